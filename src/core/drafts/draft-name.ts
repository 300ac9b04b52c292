import type { Touchpoint } from '../schedule/touchpoints.js';

/**
 * The channel and the audience, in a file name: just the channel when its id already names
 * the audience (`product-managers-slack` for `product-managers`), unless it names another of
 * the touchpoint's audiences too, so that the names of one touchpoint's drafts stay apart.
 */
export function draftName(touchpoint: Pick<Touchpoint, 'channel' | 'audiences'>, audience: string): string {
  const names = (id: string): boolean => `-${touchpoint.channel}-`.includes(`-${id}-`);
  const named = touchpoint.audiences.filter(names);
  return named.length === 1 && named[0] === audience ? touchpoint.channel : `${touchpoint.channel}-${audience}`;
}
