/**
 * What people write for a time zone when they do not know its IANA name: abbreviations and
 * city names. Each maps to the IANA zones it usually means, most likely first; more than one
 * means the abbreviation is ambiguous (CST is Chicago, Shanghai or Havana) and Herald says so
 * rather than guess. Abbreviations name half a year (PST is winter only), so the answer is
 * always the place, whose zone knows both halves.
 */
export interface ZoneGuess {
  /** What the abbreviation stands for, for the message ("Pacific Time"). */
  meaning: string;
  zones: readonly string[];
}

const US_PACIFIC = { meaning: 'US Pacific Time', zones: ['America/Los_Angeles'] };
const US_MOUNTAIN = { meaning: 'US Mountain Time', zones: ['America/Denver', 'America/Phoenix'] };
const US_CENTRAL = { meaning: 'US Central Time', zones: ['America/Chicago'] };
const US_EASTERN = { meaning: 'US Eastern Time', zones: ['America/New_York'] };
const CENTRAL_EUROPE = { meaning: 'Central European Time', zones: ['Europe/Berlin', 'Europe/Paris', 'Europe/Madrid', 'Europe/Rome'] };
const EASTERN_EUROPE = { meaning: 'Eastern European Time', zones: ['Europe/Athens', 'Europe/Helsinki', 'Europe/Bucharest'] };
const WESTERN_EUROPE = { meaning: 'Western European Time', zones: ['Europe/Lisbon', 'Europe/London'] };
const AUSTRALIA_EAST = { meaning: 'Australian Eastern Time', zones: ['Australia/Sydney', 'Australia/Melbourne', 'Australia/Brisbane'] };
const NEW_ZEALAND = { meaning: 'New Zealand Time', zones: ['Pacific/Auckland'] };

// Maps, not object literals: user text such as "constructor" must not find Object.prototype.
// Made on first use: only a zone name that is not listed asks, and a valid plan never does.
let abbreviations: ReadonlyMap<string, ZoneGuess> | undefined;
export const zoneAbbreviations = (): ReadonlyMap<string, ZoneGuess> =>
  (abbreviations ??= new Map([
    ['PST', US_PACIFIC],
    ['PDT', US_PACIFIC],
    ['PT', US_PACIFIC],
    ['PST8PDT', US_PACIFIC],
    ['MST', US_MOUNTAIN],
    ['MDT', US_MOUNTAIN],
    ['MT', US_MOUNTAIN],
    ['MST7MDT', US_MOUNTAIN],
    [
      'CST',
      {
        meaning: 'Central Standard Time (US), China Standard Time or Cuba Standard Time',
        zones: ['America/Chicago', 'Asia/Shanghai', 'America/Havana'],
      },
    ],
    ['CDT', { meaning: 'US Central Daylight Time or Cuba Daylight Time', zones: ['America/Chicago', 'America/Havana'] }],
    ['CT', US_CENTRAL],
    ['CST6CDT', US_CENTRAL],
    ['EST', US_EASTERN],
    ['EDT', US_EASTERN],
    ['ET', US_EASTERN],
    ['EST5EDT', US_EASTERN],
    ['AKST', { meaning: 'Alaska Time', zones: ['America/Anchorage'] }],
    ['AKDT', { meaning: 'Alaska Time', zones: ['America/Anchorage'] }],
    ['HST', { meaning: 'Hawaii Time', zones: ['Pacific/Honolulu'] }],
    ['AST', { meaning: 'Atlantic Standard Time or Arabia Standard Time', zones: ['America/Halifax', 'Asia/Riyadh'] }],
    ['GMT', { meaning: 'Greenwich Mean Time: UTC all year, or UK time with its summer time', zones: ['UTC', 'Europe/London'] }],
    ['BST', { meaning: 'British Summer Time or Bangladesh Standard Time', zones: ['Europe/London', 'Asia/Dhaka'] }],
    ['IST', { meaning: 'India, Irish or Israel Standard Time', zones: ['Asia/Kolkata', 'Europe/Dublin', 'Asia/Jerusalem'] }],
    ['WET', WESTERN_EUROPE],
    ['WEST', WESTERN_EUROPE],
    ['CET', CENTRAL_EUROPE],
    ['CEST', CENTRAL_EUROPE],
    ['MET', CENTRAL_EUROPE],
    ['EET', EASTERN_EUROPE],
    ['EEST', EASTERN_EUROPE],
    ['MSK', { meaning: 'Moscow Time', zones: ['Europe/Moscow'] }],
    ['SAST', { meaning: 'South Africa Standard Time', zones: ['Africa/Johannesburg'] }],
    ['WAT', { meaning: 'West Africa Time', zones: ['Africa/Lagos'] }],
    ['EAT', { meaning: 'East Africa Time', zones: ['Africa/Nairobi'] }],
    ['GST', { meaning: 'Gulf Standard Time', zones: ['Asia/Dubai'] }],
    ['PKT', { meaning: 'Pakistan Standard Time', zones: ['Asia/Karachi'] }],
    ['SGT', { meaning: 'Singapore Time', zones: ['Asia/Singapore'] }],
    ['HKT', { meaning: 'Hong Kong Time', zones: ['Asia/Hong_Kong'] }],
    ['JST', { meaning: 'Japan Standard Time', zones: ['Asia/Tokyo'] }],
    ['KST', { meaning: 'Korea Standard Time', zones: ['Asia/Seoul'] }],
    ['AEST', AUSTRALIA_EAST],
    ['AEDT', AUSTRALIA_EAST],
    ['ACST', { meaning: 'Australian Central Time', zones: ['Australia/Adelaide', 'Australia/Darwin'] }],
    ['AWST', { meaning: 'Australian Western Time', zones: ['Australia/Perth'] }],
    ['NZST', NEW_ZEALAND],
    ['NZDT', NEW_ZEALAND],
    ['BRT', { meaning: 'Brasília Time', zones: ['America/Sao_Paulo'] }],
    ['ART', { meaning: 'Argentina Time', zones: ['America/Argentina/Buenos_Aires'] }],
  ]));

/**
 * Cities people name that are not themselves in a zone's name (the tz database names one
 * city per zone). Cities that are (New York, Berlin) are found from the zone list itself.
 */
let cities: ReadonlyMap<string, string> | undefined;
export const zoneCities = (): ReadonlyMap<string, string> =>
  (cities ??= new Map([
    ['san francisco', 'America/Los_Angeles'],
    ['seattle', 'America/Los_Angeles'],
    ['portland', 'America/Los_Angeles'],
    ['san diego', 'America/Los_Angeles'],
    ['austin', 'America/Chicago'],
    ['dallas', 'America/Chicago'],
    ['houston', 'America/Chicago'],
    ['boston', 'America/New_York'],
    ['washington', 'America/New_York'],
    ['atlanta', 'America/New_York'],
    ['miami', 'America/New_York'],
    ['philadelphia', 'America/New_York'],
    ['montreal', 'America/Toronto'],
    ['munich', 'Europe/Berlin'],
    ['frankfurt', 'Europe/Berlin'],
    ['hamburg', 'Europe/Berlin'],
    ['barcelona', 'Europe/Madrid'],
    ['milan', 'Europe/Rome'],
    ['geneva', 'Europe/Zurich'],
    ['manchester', 'Europe/London'],
    ['edinburgh', 'Europe/London'],
    ['mumbai', 'Asia/Kolkata'],
    ['bombay', 'Asia/Kolkata'],
    ['delhi', 'Asia/Kolkata'],
    ['new delhi', 'Asia/Kolkata'],
    ['bangalore', 'Asia/Kolkata'],
    ['bengaluru', 'Asia/Kolkata'],
    ['beijing', 'Asia/Shanghai'],
    ['shenzhen', 'Asia/Shanghai'],
    ['canberra', 'Australia/Sydney'],
    ['wellington', 'Pacific/Auckland'],
    ['tel aviv', 'Asia/Jerusalem'],
    ['abu dhabi', 'Asia/Dubai'],
  ]));
