// A small plan that asks for a great deal of work (issue 14): `n` audiences sharing `n` daily
// channels through one YAML alias. 400 x 400 is a 44 KB file that would expand to 41 million
// audience-touches; Herald refuses it at the work bound (MAX_AUDIENCE_TOUCHES) instead.

/** The plan's text: a year, `n` daily email channels, `n` audiences that all use every one. */
export function sharedChannelsPlan(n) {
  const lines = ['version: 1', 'plan:', '  name: Shared channels', '  start: 2027-01-04', '  end: 2027-12-31', 'channels:'];
  for (let i = 0; i < n; i += 1) lines.push(`  - { id: c${i}, type: email, cadence: daily }`);
  const ids = Array.from({ length: n }, (_, i) => `c${i}`).join(', ');
  lines.push('audiences:', `  - { id: a0, name: Audience 0, influence: high, channels: &all [${ids}] }`);
  for (let i = 1; i < n; i += 1) lines.push(`  - { id: a${i}, name: Audience ${i}, influence: high, channels: *all }`);
  return `${lines.join('\n')}\n`;
}
