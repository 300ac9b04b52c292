/**
 * The helpers of the draft templates: dates, times, numbers, money, percentages, progress
 * bars, plurals and lists. Each takes raw values from the draft data and returns text that
 * needs no escaping in any draft format (digits, words, symbols).
 *
 * Handlebars' strict mode catches a misspelt `{{field}}` but passes `undefined` silently to
 * helpers and to `#if`/`#each`. The draft data never holds `undefined` (absent is null), so
 * every helper here, and the wrapped built-ins, treat an undefined argument as a misspelt
 * field and throw with the position of the expression.
 */
import type { HelperDelegate, HelperOptions } from 'handlebars';
import {
  type DateStyle,
  asSentence,
  formatDateWords,
  formatList,
  formatMoney,
  formatNumber,
  formatPercent,
  formatProgressBar,
  formatQuantity,
  formatTimeOfDay,
  formatWhen,
  plural,
} from '../../words/values.js';

interface Location {
  start: { line: number; column: number };
}

/** A helper was given a field the draft data does not have. */
export class TemplateFieldError extends Error {
  readonly line: number | null;
  readonly column: number | null;

  constructor(message: string, loc: Location | undefined) {
    super(message);
    this.name = 'TemplateFieldError';
    this.line = loc?.start.line ?? null;
    this.column = loc === undefined ? null : loc.start.column + 1;
  }
}

type HandlebarsLike = {
  registerHelper(name: string, fn: HelperDelegate): void;
  helpers: Record<string, HelperDelegate>;
};

/** Splits a helper's arguments from Handlebars' trailing options object. */
function argsOf(name: string, raw: unknown[]): { args: unknown[]; options: HelperOptions & { loc?: Location } } {
  const options = raw[raw.length - 1] as HelperOptions & { loc?: Location };
  const args = raw.slice(0, -1);
  args.forEach((arg, position) => {
    if (arg === undefined) {
      throw new TemplateFieldError(`argument ${position + 1} of \`${name}\` is not a field of the draft data`, options.loc);
    }
  });
  return { args, options };
}

function number(name: string, value: unknown, options: { loc?: Location }): number {
  if (typeof value === 'number') return value;
  throw new TemplateFieldError(`\`${name}\` needs a number, not ${describe(value)}`, options.loc);
}

function text(value: unknown): string {
  return typeof value === 'string' ? value : typeof value === 'number' ? formatNumber(value) : '';
}

function describe(value: unknown): string {
  if (value === null) return 'null (check the field with #if first)';
  if (Array.isArray(value)) return 'a list';
  return typeof value === 'object' ? 'an object' : JSON.stringify(value);
}

/** Rootdata carries the plan's time zone for times. */
function timeZoneOf(options: HelperOptions): string {
  const root = (options.data as { root?: { plan?: { timezone?: unknown } } } | undefined)?.root;
  return typeof root?.plan?.timezone === 'string' ? root.plan.timezone : 'UTC';
}

const DATE_STYLES: readonly DateStyle[] = ['long', 'medium', 'short', 'weekday'];

export function registerDraftHelpers(handlebars: HandlebarsLike): void {
  const define = (name: string, fn: (args: unknown[], options: HelperOptions & { loc?: Location }) => unknown): void => {
    handlebars.registerHelper(name, function (this: unknown, ...raw: unknown[]) {
      const { args, options } = argsOf(name, raw);
      return fn.call(this, args, options);
    });
  };

  // {{date touchpoint.date}} "Monday, 4 January 2027"; {{date d "short"}} "4 January"
  define('date', ([date, style], options) => {
    if (typeof date !== 'string') throw new TemplateFieldError(`\`date\` needs a date, not ${describe(date)}`, options.loc);
    const chosen = typeof style === 'string' && DATE_STYLES.includes(style as DateStyle) ? (style as DateStyle) : 'long';
    return formatDateWords(date, chosen);
  });
  // {{time touchpoint.time}} "09:00 Berlin time" (a date after the time, as templates once needed, is ignored)
  define('time', ([time], options) => (typeof time === 'string' ? formatTimeOfDay(time, timeZoneOf(options)) : ''));
  // {{when touchpoint}} "Monday, 4 January 2027 at 09:00 Berlin time" (any object with date and time)
  define('when', ([at], options) => {
    const value = at as { date?: unknown; time?: unknown } | null;
    if (value === null || typeof value !== 'object' || typeof value.date !== 'string') {
      throw new TemplateFieldError(`\`when\` needs something with a date, not ${describe(at)}`, options.loc);
    }
    return formatWhen(value.date, typeof value.time === 'string' ? value.time : null, timeZoneOf(options));
  });
  define('number', ([value], options) => formatNumber(number('number', value, options)));
  // {{money 240000 "USD"}} "$240,000"
  define('money', ([value, currency], options) => formatMoney(number('money', value, options), text(currency) || 'USD'));
  // {{percent 0.64}} "64%"
  define('percent', ([share], options) => formatPercent(number('percent', share, options)));
  // {{quantity goal.latest.value goal.unit}} "45%", "$240,000", "2 days"
  define('quantity', ([value, unit], options) => formatQuantity(number('quantity', value, options), unit === null ? null : text(unit)));
  // {{metric highlight.metric}} "pipeline: $240,000"
  define('metric', ([metric], options) => {
    const m = metric as { name?: unknown; value?: unknown; unit?: unknown } | null;
    if (m === null || typeof m !== 'object')
      throw new TemplateFieldError(`\`metric\` needs a metric, not ${describe(metric)}`, options.loc);
    const quantity = formatQuantity(number('metric', m.value, options), typeof m.unit === 'string' ? m.unit : null);
    return text(m.name).trim() === '' ? quantity : `${text(m.name).trim()}: ${quantity}`;
  });
  // {{progress goal.progress}} "██████░░░░ 64%"
  define('progress', ([share], options) => formatProgressBar(number('progress', share, options)));
  // {{plural highlights.length "highlight"}} "3 highlights"; {{plural n "person" "people"}}
  define('plural', ([count, singular, pluralWord], options) =>
    plural(number('plural', count, options), text(singular), typeof pluralWord === 'string' ? pluralWord : undefined),
  );
  // {{list credits}} "Ann, Bo and Cy"; {{list touchpoint.audiences "name"}}; {{list xs "" "or"}}
  define('list', ([items, key, last], options) => {
    if (!Array.isArray(items)) throw new TemplateFieldError(`\`list\` needs a list, not ${describe(items)}`, options.loc);
    const field = typeof key === 'string' && key !== '' ? key : null;
    const values = field === null ? items : items.map((item: unknown) => (item as Record<string, unknown> | null)?.[field]);
    return formatList(values, typeof last === 'string' ? last : 'and');
  });
  // {{sentence why}} "Webinars cost less." (capital first letter, full stop)
  define('sentence', ([value]) => asSentence(text(value)));
  // {{clause next}} "Brief every HRBP" (no closing full stop, so a date can follow)
  define('clause', ([value]) =>
    text(value)
      .trim()
      .replace(/[.\s]+$/, ''),
  );
  // {{capital figure}} "Pipeline: $240,000" (a capital first letter, nothing else changed)
  define('capital', ([value]) => {
    const words = text(value);
    return words.charAt(0).toUpperCase() + words.slice(1);
  });
  // {{inc @index}} 1 for the first item
  define('inc', ([value], options) => formatNumber(number('inc', value, options) + 1));
  // {{minus highlights.length 1}}
  define('minus', ([a, b], options) => number('minus', a, options) - number('minus', b, options));
  // {{#if (any featured "why")}}: does some item of the list have that field set?
  define('any', ([items, key], options) => {
    if (!Array.isArray(items)) throw new TemplateFieldError(`\`any\` needs a list, not ${describe(items)}`, options.loc);
    const field = text(key);
    return items.some((item: unknown) => {
      const value = (item as Record<string, unknown> | null)?.[field];
      return value !== null && value !== undefined && value !== '' && !(Array.isArray(value) && value.length === 0);
    });
  });
  // {{#if (or a b)}}
  define('or', (args) => args.find((arg) => Boolean(arg) && !(Array.isArray(arg) && arg.length === 0)) ?? false);
  define('eq', ([a, b]) => a === b);
  define('gt', ([a, b], options) => number('gt', a, options) > number('gt', b, options));

  // The block built-ins, made strict about their argument as described above.
  for (const name of ['if', 'unless', 'each', 'with'] as const) {
    const builtIn = handlebars.helpers[name];
    if (builtIn === undefined) continue;
    handlebars.registerHelper(name, function (this: unknown, ...raw: unknown[]) {
      argsOf(`#${name}`, raw);
      return (builtIn as (...args: unknown[]) => unknown).apply(this, raw);
    });
  }
}
