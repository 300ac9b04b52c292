import { draftName } from '../drafts/draft-name.js';
import { extensionOf } from '../drafts/kinds.js';
import { audiencesByChannel } from '../schedule/touchpoints.js';
import type { PlanningRule, RuleReport } from './types.js';

/** The longest file name most file systems take (ext4, APFS, NTFS: 255). */
export const MAX_FILE_NAME = 255;
/** `YYYY-MM-DD-` before a draft's name, and room for a `-NN` that keeps names apart. */
const DATE_PART = 11;
const SUFFIX_ROOM = 3;

/**
 * Ids that make a draft's file name too long: validate would pass and `generate` fail with
 * ENAMETOOLONG. Draft names are `<date>-<channel>-<audience>.<ext>` and
 * `<date>-recognition-<highlight>.<ext>`; ids are ASCII slugs, so characters are bytes.
 */
export const idLength: PlanningRule = {
  id: 'id-length',
  check: ({ plan }) => {
    const reports: RuleReport[] = [];
    const reach = audiencesByChannel(plan);
    const tooLong = (name: string): boolean => DATE_PART + name.length + SUFFIX_ROOM > MAX_FILE_NAME;
    const hint = `Draft file names hold the ids, and a file name has at most ${MAX_FILE_NAME} characters: shorten the id (and its references).`;
    (plan.channels ?? []).forEach((channel, index) => {
      const audiences = reach.get(channel.id) ?? [];
      const extension = extensionOf(channel.type);
      // A draft's name is at most `<channel>-<audience>`: only a pair that long is named.
      const longestName = (audience: string): number => channel.id.length + 1 + audience.length + extension.length;
      const over = audiences.filter(
        (audience) =>
          DATE_PART + longestName(audience) + SUFFIX_ROOM > MAX_FILE_NAME &&
          tooLong(draftName({ channel: channel.id, audiences }, audience) + extension),
      );
      if (over.length === 0) return;
      const longest = over.reduce((a, b) => (b.length > a.length ? b : a));
      const audienceIndex = (plan.audiences ?? []).findIndex((audience) => audience.id === longest);
      const blame =
        channel.id.length >= longest.length || audienceIndex === -1
          ? (['channels', index, 'id'] as const)
          : (['audiences', audienceIndex, 'id'] as const);
      reports.push({
        message: `The drafts of channel "${short(channel.id)}" to audience "${short(longest)}" would have file names over ${MAX_FILE_NAME} characters`,
        hint,
        path: blame,
      });
    });
    (plan.highlights ?? []).forEach((highlight, index) => {
      if ((highlight.credit ?? []).length === 0 || !tooLong(`recognition-${highlight.id}${extensionOf('recognition')}`)) return;
      reports.push({
        message: `The recognition note of highlight "${short(highlight.id)}" would have a file name over ${MAX_FILE_NAME} characters`,
        hint,
        path: ['highlights', index, 'id'],
      });
    });
    return reports;
  },
};

/** An id of hundreds of characters, cut for the message. */
function short(id: string): string {
  return id.length <= 40 ? id : `${id.slice(0, 37)}...`;
}
