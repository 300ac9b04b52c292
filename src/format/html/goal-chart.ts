import { compareText } from '../../core/words/text.js';
import { formatValue, plural, shortDate } from '../../core/words/values.js';
/**
 * A goal's measurements over time as an inline SVG line chart: the measured values as a line
 * with points, baseline and target as dashed reference lines, months on the x axis and the
 * report date as a marker. Inline SVG needs no script and no network, and prints sharply.
 */
import { addMonths, dateParts, daysBetween, formatDate, monthName, type IsoDate } from '../../core/time/dates.js';
import { escapeHtml } from './escape.js';

export interface GoalChartInput {
  id: string;
  title: string;
  unit: string | null;
  baseline: number | null;
  target: number | null;
  /** The plan's start: where the baseline stands. */
  start: IsoDate;
  due: IsoDate;
  /** The report date, marked with a vertical line when it falls inside the chart. */
  date: IsoDate;
  measurements: readonly { date: IsoDate; value: number }[];
  /** Touches and wins that reached the goal's audiences: markers in a lane under the line. */
  events?: readonly ChartEvent[];
}

export interface ChartEvent {
  date: IsoDate;
  kind: 'sent' | 'skipped' | 'win';
  /** What the marker's tooltip says, plain text. */
  label: string;
}

/** The height of the lane of markers under the month labels. */
const LANE = 26;

/**
 * Sized for a phone: the SVG scales to its box, text with it, so the drawing is made for about
 * 400 px (a 390 px phone shows its 13-unit text at about 11 px) and the page caps its width
 * (page-shell's figure.chart), so on a desktop the text grows no bigger than about 17 px.
 * Baseline and target are labelled inside the plot, so no margin is lost to them.
 */
const WIDTH = 400;
const HEIGHT = 230;
const PAD = { left: 44, right: 10, top: 24, bottom: 28 };
/** Room a label needs above or below its line, in SVG units (the text is 13 units high). */
const LABEL_GAP = 15;

/**
 * Why a goal gets no chart, or null when it gets one: a chart without any measurement would
 * only draw empty axes (once 0 to 1, whatever the goal), so the page says why instead.
 */
export function unchartedReason(input: Pick<GoalChartInput, 'baseline' | 'target' | 'measurements'>): string | null {
  if (input.measurements.length > 0) return null;
  const missing = [input.baseline === null ? 'baseline' : null, input.target === null ? 'target' : null].filter((part) => part !== null);
  const also = missing.length === 0 ? '' : `, and it has no ${missing.join(' or ')} to draw`;
  return `No chart yet: nothing has been measured${also}.`;
}

export function renderGoalChart(input: GoalChartInput): string {
  const reason = unchartedReason(input);
  if (reason !== null) {
    const track = `herald track ${input.id} <value>`;
    return `<p class="no-chart muted" data-goal="${escapeHtml(input.id)}">${escapeHtml(reason)} Record a value with <code>${escapeHtml(track)}</code>.</p>`;
  }
  const points = [...input.measurements].sort((a, b) => compareText(a.date, b.date));
  // The line starts at the baseline on the plan's start, where the plan says the goal stood.
  const first = points[0];
  const series =
    input.baseline !== null && first !== undefined && first.date > input.start
      ? [{ date: input.start, value: input.baseline }, ...points]
      : points;
  const events = (input.events ?? []).filter((event) => event.date <= input.date);
  const dates = [input.start, input.due, ...points.map((p) => p.date), ...events.map((e) => e.date)].sort();
  const from = dates[0] ?? input.start;
  const to = dates[dates.length - 1] ?? input.due;
  const values = [input.baseline, input.target, ...points.map((p) => p.value)].filter((v): v is number => v !== null);
  const [low, high] = valueRange(values);
  const span = Math.max(1, daysBetween(from, to));
  const x = (date: IsoDate): number => PAD.left + (daysBetween(from, date) / span) * (WIDTH - PAD.left - PAD.right);
  const y = (value: number): number => PAD.top + (1 - (value - low) / (high - low)) * (HEIGHT - PAD.top - PAD.bottom);
  const unit = input.unit;

  const parts: string[] = [];
  for (const tick of valueTicks(low, high)) {
    parts.push(`<line class="grid" x1="${PAD.left}" x2="${WIDTH - PAD.right}" y1="${n(y(tick))}" y2="${n(y(tick))}"/>`);
    parts.push(
      `<text class="tick" x="${PAD.left - 6}" y="${n(y(tick) + 4)}" text-anchor="end">${escapeHtml(formatValue(tick, null))}</text>`,
    );
  }
  const bottom = HEIGHT - PAD.bottom;
  parts.push(`<line class="axis" x1="${PAD.left}" x2="${WIDTH - PAD.right}" y1="${bottom}" y2="${bottom}"/>`);
  for (const tick of monthTicks(from, to)) {
    parts.push(`<line class="axis" x1="${n(x(tick.date))}" x2="${n(x(tick.date))}" y1="${bottom}" y2="${bottom + 4}"/>`);
    parts.push(`<text class="tick" x="${n(x(tick.date))}" y="${bottom + 16}" text-anchor="middle">${tick.label}</text>`);
  }
  // Each label sits just above its line at the plot's right end; the lower of two close lines
  // (or a line at the very top) has its label below instead, so the two never overlap.
  const close = input.baseline !== null && input.target !== null && Math.abs(y(input.baseline) - y(input.target)) < LABEL_GAP;
  const reference = (value: number | null, kind: 'baseline' | 'target'): void => {
    if (value === null) return;
    parts.push(`<line class="${kind}" x1="${PAD.left}" x2="${WIDTH - PAD.right}" y1="${n(y(value))}" y2="${n(y(value))}"/>`);
    const other = kind === 'baseline' ? input.target : input.baseline;
    const below = (close && other !== null && value < other) || y(value) - LABEL_GAP < PAD.top;
    const label = `${kind} ${formatValue(value, unit)}`;
    parts.push(
      `<text class="label ${kind}-label" x="${WIDTH - PAD.right - 2}" y="${n(y(value) + (below ? LABEL_GAP - 1 : -5))}" text-anchor="end">${escapeHtml(label)}</text>`,
    );
  };
  reference(input.baseline, 'baseline');
  reference(input.target, 'target');
  if (input.date >= from && input.date <= to) {
    const at = n(x(input.date));
    parts.push(`<line class="today" x1="${at}" x2="${at}" y1="${PAD.top}" y2="${bottom}"/>`);
    parts.push(
      `<text class="tick" x="${at}" y="${PAD.top - 8}" text-anchor="${todayAnchor(x(input.date))}">${shortDate(input.date)}</text>`,
    );
  }
  if (series.length > 0) {
    const path = series.map((p, i) => `${i === 0 ? 'M' : 'L'}${n(x(p.date))} ${n(y(p.value))}`).join(' ');
    parts.push(`<path class="series" d="${path}"/>`);
    for (const p of series) {
      const start = p.date === input.start && !points.includes(p);
      const what = start ? `baseline ${formatValue(p.value, unit)} at the start` : `${formatValue(p.value, unit)} on ${shortDate(p.date)}`;
      parts.push(
        `<circle class="${start ? 'start' : 'point'}" cx="${n(x(p.date))}" cy="${n(y(p.value))}" r="4"><title>${escapeHtml(what)}</title></circle>`,
      );
    }
  }

  if (events.length > 0) parts.push(...eventMarkers(events, x, bottom));

  const titleId = `chart-${escapeHtml(input.id)}-title`;
  const summary = chartSummary(input, points) + eventSummary(events);
  const height = events.length > 0 ? HEIGHT + LANE : HEIGHT;
  return [
    `<figure class="chart" data-goal="${escapeHtml(input.id)}">`,
    `<svg viewBox="0 0 ${WIDTH} ${height}" role="img" aria-labelledby="${titleId}" xmlns="http://www.w3.org/2000/svg">`,
    `<title id="${titleId}">${escapeHtml(`${input.title}: ${summary}`)}</title>`,
    ...parts,
    '</svg>',
    `<figcaption>${escapeHtml(summary)}</figcaption>`,
    '</figure>',
  ].join('\n');
}

/**
 * The lane under the month labels: a filled dot for a touch sent, a hollow one for a touch
 * skipped, a diamond for a win, each with its tooltip; a win also gets a faint line up
 * through the plot, so a reader sees whether the figure moved after it.
 */
function eventMarkers(events: readonly ChartEvent[], x: (date: IsoDate) => number, bottom: number): string[] {
  const lane = bottom + 30;
  const parts: string[] = [];
  for (const event of events) {
    const at = n(x(event.date));
    const title = `<title>${escapeHtml(`${shortDate(event.date)}: ${event.kind} · ${event.label}`)}</title>`;
    if (event.kind === 'win') {
      parts.push(`<line class="win-guide" x1="${at}" x2="${at}" y1="${PAD.top}" y2="${bottom}"/>`);
      const cx = x(event.date);
      const d = `M${n(cx)} ${lane - 6} L${n(cx + 6)} ${lane} L${n(cx)} ${lane + 6} L${n(cx - 6)} ${lane} Z`;
      parts.push(`<path class="marker win" data-date="${event.date}" d="${d}">${title}</path>`);
    } else {
      parts.push(`<circle class="marker touch-${event.kind}" data-date="${event.date}" cx="${at}" cy="${lane}" r="4">${title}</circle>`);
    }
  }
  return parts;
}

function eventSummary(events: readonly ChartEvent[]): string {
  if (events.length === 0) return '';
  const count = (kind: ChartEvent['kind']): number => events.filter((event) => event.kind === kind).length;
  const parts = [
    count('sent') === 0 ? null : `${count('sent')} sent`,
    count('skipped') === 0 ? null : `${count('skipped')} skipped`,
    count('win') === 0 ? null : count('win') === 1 ? '1 win' : `${count('win')} wins`,
  ].filter((part) => part !== null);
  return `; under it, ${parts.join(', ')} (● sent, ○ skipped, ◆ win)`;
}

function chartSummary(input: GoalChartInput, points: readonly { date: IsoDate; value: number }[]): string {
  const measured = plural(points.length, 'measurement');
  const against = [
    input.baseline === null ? null : `baseline ${formatValue(input.baseline, input.unit)}`,
    input.target === null ? null : `target ${formatValue(input.target, input.unit)} by ${shortDate(input.due)}`,
  ].filter((part) => part !== null);
  return against.length === 0 ? measured : `${measured} against ${against.join(' and ')}`;
}

/** The lowest and highest value shown, with some room around the data. */
function valueRange(values: readonly number[]): [number, number] {
  if (values.length === 0) return [0, 1];
  const min = Math.min(...values);
  const max = Math.max(...values);
  const room = max === min ? Math.max(1, Math.abs(max) * 0.1) : (max - min) * 0.1;
  return [min - room, max + room];
}

/** Three to six round values between low and high, for grid lines. */
function valueTicks(low: number, high: number): number[] {
  const raw = (high - low) / 4;
  const magnitude = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 2.5, 5, 10].map((f) => f * magnitude).find((s) => s >= raw) ?? 10 * magnitude;
  const ticks: number[] = [];
  for (let value = Math.ceil(low / step) * step; value <= high; value += step) ticks.push(Number(value.toPrecision(12)));
  return ticks;
}

/** The report date's label stays inside the drawing near either edge. */
function todayAnchor(at: number): 'start' | 'middle' | 'end' {
  if (at < PAD.left + 30) return 'start';
  return at > WIDTH - PAD.right - 30 ? 'end' : 'middle';
}

/** The first day of each month in from..to, at most about six of them, labelled. */
function monthTicks(from: IsoDate, to: IsoDate): { date: IsoDate; label: string }[] {
  const { year, month, day } = dateParts(from);
  let first = day === 1 ? from : formatDate(month === 12 ? year + 1 : year, month === 12 ? 1 : month + 1, 1);
  const months: IsoDate[] = [];
  while (first <= to && months.length < 240) {
    months.push(first);
    first = addMonths(first, 1);
  }
  const stride = Math.ceil(months.length / 6);
  return months
    .filter((_, i) => i % stride === 0)
    .map((date, i) => {
      const parts = dateParts(date);
      const name = monthName(parts.month, 'short');
      return { date, label: i === 0 || parts.month === 1 ? `${name} ${parts.year}` : name };
    });
}

/** Coordinates with one decimal: enough for the screen, short in the file. */
function n(value: number): string {
  return String(Math.round(value * 10) / 10);
}
