/** The decoded text body and the raw headers of a .eml file. */
export function readEml(content: string): { headers: string; body: string } {
  const [headers = '', ...rest] = content.split('\r\n\r\n');
  const raw = rest.join('\r\n\r\n');
  const quoted = /Content-Transfer-Encoding: quoted-printable/i.test(headers);
  const body = quoted
    ? Buffer.from(
        raw.replace(/=\r\n/g, '').replace(/=([0-9A-F]{2})/g, (_, hex: string) => String.fromCharCode(Number.parseInt(hex, 16))),
        'latin1',
      ).toString('utf8')
    : raw;
  return { headers, body: body.replace(/\r\n/g, '\n') };
}
