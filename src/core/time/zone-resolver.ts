/**
 * The one place that decides what a time zone name means. Herald takes IANA names only
 * (Europe/Berlin, America/New_York, UTC), spelt as the tz database spells them: the list is
 * known at build time. Everything else is refused with the name the user most likely meant:
 * an abbreviation (PST: America/Los_Angeles; CST is ambiguous and says so), a case slip
 * (europe/berlin), a city (New York), an old alias without a slash (Japan) or a misspelling.
 *
 * Why so strict: Intl takes "PST" (an ICU alias), but the process clock that commands use for
 * speed does not, and silently answered in UTC. A name is either one every part of Herald
 * reads the same way, or an error at its line.
 */
import zoneNames from '../plan/generated/time-zones.json' with { type: 'json' };
import { closest } from '../words/suggest.js';
import { joinWords, show } from '../words/text.js';
import { zoneAbbreviations, zoneCities } from './zone-abbreviations.js';

export type ZoneResolution =
  | { ok: true; zone: string }
  | {
      ok: false;
      message: string;
      hint: string;
      /** The one zone the input surely meant (a case slip, a city, an unambiguous abbreviation), if any. */
      meant: string | null;
    };

/**
 * The build-time list (Intl.supportedValuesOf at build) and UTC, which that list leaves out,
 * as one text: a name is looked up by one search of it, where a Set of the ~400 names would
 * cost every start ~50 KB of memory to build.
 */
const LISTED_TEXT = `\nUTC\n${zoneNames.join('\n')}\n`;

/**
 * Whether the zone is listed: Herald takes its name as it is. The last listed name is kept: the
 * plans of a workspace mostly share a zone, and each search of the list is ~15 µs.
 */
export function isListedZone(name: string): boolean {
  if (name === lastListed) return true;
  const listed = !name.includes('\n') && LISTED_TEXT.includes(`\n${name}\n`);
  if (listed) lastListed = name;
  return listed;
}

let lastListed: string | undefined;

// The lookups for names that are not listed, built on the first such name: a valid plan
// never needs them, and building them is start-up time.
const listedZones = (): readonly string[] => ['UTC', ...zoneNames];
let byLowerCase: ReadonlyMap<string, string> | undefined;
const zonesByLowerCase = (): ReadonlyMap<string, string> =>
  (byLowerCase ??= new Map(listedZones().map((zone) => [zone.toLowerCase(), zone])));
/** "new_york" -> America/New_York: the city part of each listed zone. */
let byCity: ReadonlyMap<string, string> | undefined;
const zonesByCity = (): ReadonlyMap<string, string> =>
  (byCity ??= new Map(
    listedZones()
      .map((zone) => [(zone.split('/').pop() ?? zone).toLowerCase(), zone] as const)
      .reverse(),
  ));

const EXAMPLES = 'Use an IANA name such as Europe/Berlin, America/Chicago or UTC.';

/** What a time zone name means to Herald: the zone, or why not and what was meant. */
export function resolveTimeZone(input: string): ZoneResolution {
  const name = input.trim();
  if (isListedZone(name)) return { ok: true, zone: name };
  if (name === '') return refuse('The time zone is empty', EXAMPLES, null);

  const guess = zoneAbbreviations().get(name.toUpperCase());
  if (guess !== undefined) return abbreviation(name, guess.meaning, guess.zones);
  if (/^(utc|gmt)?\s*[+\u2212-]\s*\d/i.test(name) || /^[+-]\d/.test(name)) {
    return refuse(
      `${show(name)} is a UTC offset, not a time zone`,
      'An offset is right for half the year at most: name the place instead, e.g. Europe/Berlin or America/New_York.',
      null,
    );
  }
  const listed = zonesByLowerCase().get(name.toLowerCase());
  if (listed !== undefined)
    return refuse(`${show(name)} is not spelt as the time zone is`, `Did you mean "${listed}"? Zone names are case-sensitive.`, listed);

  const runtime = runtimeZone(name);
  // A slashed name the runtime knows, spelt as the tz database spells names (each part
  // starts with a capital): a link (Asia/Kolkata, US/Eastern) or a zone newer than the list.
  if (runtime !== null && name.includes('/') && name.split('/').every((part) => /^[A-Z]/.test(part))) return { ok: true, zone: name };

  const city = cityZone(name);
  if (city !== undefined) return refuse(`${show(name)} is a city, not a time zone`, `Did you mean "${city}"?`, city);
  if (runtime !== null) {
    const why = name.includes('/') ? 'is not spelt as the tz database spells it' : 'is an old alias, not an IANA zone name';
    return refuse(`${show(name)} ${why}`, `Did you mean "${runtime}"?`, runtime);
  }
  const match = closest(name, listedZones());
  return refuse(`Unknown time zone ${show(name)}`, match !== undefined ? `Did you mean "${match}"?` : EXAMPLES, null);
}

/** True for a name resolveTimeZone takes as it is. */
export function isTimeZoneName(name: string): boolean {
  return resolveTimeZone(name).ok;
}

/**
 * The zone to write for an answer typed at a prompt or in a flag: the name itself when it is
 * one, else the one zone it surely meant (init writes America/Los_Angeles for PST, and the
 * file shows it). Null when it is unknown or ambiguous.
 */
export function zoneForAnswer(input: string): string | null {
  const resolved = resolveTimeZone(input);
  return resolved.ok ? resolved.zone : resolved.meant;
}

function abbreviation(name: string, meaning: string, zones: readonly string[]): ZoneResolution {
  if (zones.length === 1) {
    const [zone = 'UTC'] = zones;
    return refuse(
      `${show(name)} is an abbreviation (${meaning}), not a time zone`,
      `Did you mean "${zone}"? Write the place's IANA name: it knows both summer and winter time.`,
      zone,
    );
  }
  // "CST" means three places; "CET" one time shared by several zones, any of which is right.
  const ambiguous = meaning.includes(' or ') ? ' and it is ambiguous' : '';
  return refuse(
    `${show(name)} is an abbreviation (${meaning}), not a time zone${ambiguous}`,
    `Write the IANA name ${ambiguous === '' ? 'of your place' : 'you mean'}: ${joinWords([...zones], 'or')}.`,
    null,
  );
}

function cityZone(name: string): string | undefined {
  const words = name
    .toLowerCase()
    .replace(/[\s_-]+/g, ' ')
    .trim();
  return zoneCities().get(words) ?? zonesByCity().get(words.replace(/ /g, '_'));
}

/** The runtime's canonical name for a zone it knows (it matches any letter case), else null. */
function runtimeZone(name: string): string | null {
  if (!/^[A-Za-z][A-Za-z0-9_+\-/]*$/.test(name)) return null;
  try {
    return new Intl.DateTimeFormat('en-US', { timeZone: name }).resolvedOptions().timeZone;
  } catch {
    return null;
  }
}

function refuse(message: string, hint: string, meant: string | null): ZoneResolution {
  return { ok: false, message, hint, meant };
}
