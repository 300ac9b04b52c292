/** A measured value as typed on the command line or at a prompt: a plain decimal number, nothing else. */
export function readMeasurementValue(text: string): number | undefined {
  const trimmed = text.trim();
  if (!/^[-+]?(\d+(\.\d*)?|\.\d+)([eE][-+]?\d+)?$/.test(trimmed)) return undefined;
  // -0 is recorded as 0: YAML and the plan's data know no negative zero.
  const value = Number(trimmed) + 0;
  return Number.isFinite(value) ? value : undefined;
}
