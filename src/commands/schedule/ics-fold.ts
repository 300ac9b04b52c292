/**
 * iCalendar's line folding (RFC 5545 3.1) as ical-generator's `foldLines` does it, to the byte:
 * a line is cut before the character that would take it past 74 octets of UTF-8, and each
 * continuation starts with a space (uncounted, so it holds 75). The library measures each
 * character with a new TextEncoder: a year's calendar across 500 plans (39 MB) took over a
 * minute in it. A line of ASCII that fits, nearly every line, is passed through as it is.
 */
export function foldIcsLines(text: string): string {
  return text
    .split('\r\n')
    .map((line) => (line.length <= LIMIT && isAscii(line) ? line : foldLine(line)))
    .join('\r\n');
}

/** Octets a line may hold before it is cut. */
const LIMIT = 74;

function isAscii(line: string): boolean {
  for (let i = 0; i < line.length; i += 1) if (line.charCodeAt(i) > 0x7f) return false;
  return true;
}

function foldLine(line: string): string {
  let result = '';
  let octets = 0;
  for (let i = 0; i < line.length; i += 1) {
    let character = line.charAt(i);
    // As the library does: a high surrogate takes the next unit with it, whatever it is.
    if (character >= '\ud800' && character <= '\udbff') character += line.charAt(++i);
    const size = utf8Length(character);
    octets += size;
    if (octets > LIMIT) {
      result += '\r\n ';
      octets = size;
    }
    result += character;
  }
  return result;
}

/** The UTF-8 length TextEncoder gives a short text: a lone surrogate becomes U+FFFD (3 octets). */
function utf8Length(text: string): number {
  let length = 0;
  for (let i = 0; i < text.length; i += 1) {
    const unit = text.charCodeAt(i);
    const next = text.charCodeAt(i + 1);
    if (unit >= 0xd800 && unit <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) {
      length += 4;
      i += 1;
    } else length += unit < 0x80 ? 1 : unit < 0x800 ? 2 : 3;
  }
  return length;
}
