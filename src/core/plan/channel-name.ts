import type { ChannelType } from './formats.js';
import type { Channel } from './schema.js';

/** What a channel of each type is called when its id does not say. */
const TYPE_NOUNS: Record<ChannelType, string> = {
  email: 'email',
  slack: 'Slack channel',
  teams: 'Teams channel',
  meeting: 'meeting',
  'one-on-one': 'one-on-one',
  hallway: 'hallway chat',
  podcast: 'podcast',
  newsletter: 'newsletter',
  intranet: 'intranet page',
  other: 'update',
};

/** What a channel of this type is called: "email", "Slack channel", "one-on-one". */
export function channelNoun(type: ChannelType): string {
  return TYPE_NOUNS[type];
}

/** Words that already name a kind of channel: "exec-digest" needs no "email" after it. */
const CHANNEL_WORDS =
  /\b(e-?mail|mail|digest|slack|teams|channel|meeting|sync|standup|stand-up|review|briefing|brief|call|chat|one-on-one|1-1|1on1|podcast|episode|show|newsletter|bulletin|news|update|updates|intranet|page|post|blog|all-hands|townhall|town-hall|kickoff|offsite|forum|council|huddle)$/i;
const PROPER_WORDS: Record<string, string> = Object.fromEntries(
  ['Slack', 'Teams', 'SKO', 'ELT', 'QBR', 'OKR', 'HR', 'CEO', 'CTO', 'CFO', 'CMO', 'CRO', 'COO', 'CPO', 'VP', 'IT', 'UX'].map((word) => [
    word.toLowerCase(),
    word,
  ]),
);

/**
 * What every view calls a channel: its `name`, or a natural one made from its id and type when
 * it has none ("leadership" email -> "Leadership email", "sales-sync" -> "Sales sync"), so a
 * schedule, a brief, a report and a draft agree, and no draft reads "Email for …".
 */
export function channelDisplayName(channel: (Pick<Channel, 'name'> & { type?: ChannelType }) | undefined, id: string): string {
  if (channel?.name !== undefined && channel.name.trim() !== '') return channel.name;
  const words = id
    .split(/-+/)
    .filter((word) => word !== '')
    .map((word) => PROPER_WORDS[word] ?? word);
  let text = words.join(' ').replace(/\bone on one\b/g, 'one-on-one');
  const type = channel?.type;
  if (type !== undefined && !CHANNEL_WORDS.test(id.replace(/-/g, ' ')) && !CHANNEL_WORDS.test(id)) text = `${text} ${TYPE_NOUNS[type]}`;
  return text.charAt(0).toUpperCase() + text.slice(1);
}
