import type { Channel } from './schema.js';

/**
 * What every view calls a channel: its `name`, or its id made readable ("sales-sync" ->
 * "Sales sync") when it has none, so a schedule, a brief, a report and a draft agree.
 */
export function channelDisplayName(channel: Pick<Channel, 'name'> | undefined, id: string): string {
  if (channel?.name !== undefined && channel.name.trim() !== '') return channel.name;
  const words = id.replace(/-+/g, ' ').trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}
