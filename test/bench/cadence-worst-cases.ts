// Part of `npm run bench` (run with tsx): the cadence expansions that could walk to the year
// 9999 if unbounded, timed here instead of in the tests (no test asserts a duration). Prints
// one JSON line: each case's median milliseconds over a few runs, and its bar.
import { expandCadence, parseCadence, type CadenceRange } from '../../src/core/cadence/cadence.js';

function dates(text: string, range: CadenceRange, window?: { from: string; to: string }): string[] {
  const parsed = parseCadence(text);
  if (!parsed.ok) throw new Error(parsed.message);
  return expandCadence(parsed.cadence, range, window);
}

const H1 = { start: '2027-01-04', end: '2027-06-30' };
const far = { start: '2027-01-04', end: '2099-12-31' };
const huge = { start: '2027-01-04', end: '9999-12-31' };
const cases = [
  {
    name: 'cadence: RRULEs that never match, to 2099',
    bar: 1500,
    work: () => {
      dates('RRULE:FREQ=DAILY;BYMONTH=2;BYMONTHDAY=30', H1);
      dates('RRULE:FREQ=DAILY;BYMONTH=4;BYMONTHDAY=31', far);
      dates('RRULE:FREQ=WEEKLY;BYDAY=MO;BYSETPOS=2', far, { from: '2098-01-01', to: '2098-12-31' });
      dates('RRULE:FREQ=DAILY;INTERVAL=7;BYDAY=TU', H1);
    },
  },
  {
    name: 'cadence: a week of cadences running to 9999',
    bar: 1000,
    work: () => {
      dates('daily', huge, { from: '9999-12-20', to: '9999-12-26' });
      dates('every 2 weeks on thursday', huge, { from: '9000-01-01', to: '9000-01-31' });
      dates('monthly on the first monday', huge, { from: '8000-05-01', to: '8000-05-31' });
      dates('RRULE:FREQ=DAILY;INTERVAL=3', huge, { from: '9000-01-01', to: '9000-01-09' });
    },
  },
];

const results = cases.map(({ name, bar, work }) => {
  const times = Array.from({ length: 5 }, () => {
    const started = performance.now();
    work();
    return performance.now() - started;
  }).sort((a, b) => a - b);
  return { name, ms: times[2], bar };
});
console.log(JSON.stringify(results));
