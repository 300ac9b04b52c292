/**
 * Who speaks and who is thanked. The sender is the channel's owner, else the plan's: they sign
 * the draft and are never thanked, credited, listed as a guest or addressed by it.
 */
import { samePerson } from '../../words/names.js';

export function senderOf(channelOwner: string | undefined, planOwner: string | undefined): string | null {
  const owner = channelOwner?.trim() || planOwner?.trim() || '';
  return owner === '' ? null : owner;
}

/** The people named, each once, without the sender. */
export function othersThan(sender: string | null, people: readonly string[]): string[] {
  const seen: string[] = [];
  for (const raw of people) {
    const name = raw.trim();
    if (name === '' || (sender !== null && samePerson(name, sender)) || seen.some((other) => samePerson(other, name))) continue;
    seen.push(name);
  }
  return seen;
}
