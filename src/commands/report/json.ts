/**
 * `herald report --format json`: a stable shape for scripts, documented in docs/json-output.md. Built
 * field by field rather than dumping the report model, so that changing the model cannot
 * change the output by accident. Per goal, `id`, `baseline`, `target`, `latest` and `progress`
 * are PRODUCT.md section 5.
 */
import type { PlanReport, ReportTouch } from '../../core/report/build-report.js';

export function formatReportJson(file: string, report: PlanReport): string {
  const output = {
    file,
    plan: report.plan,
    date: report.date,
    period: report.period,
    elapsed: report.elapsed,
    goals: report.goals.map((goal) => ({
      id: goal.id,
      title: goal.title,
      unit: goal.unit,
      baseline: goal.baseline,
      target: goal.target,
      latest: goal.latest,
      latestDate: goal.latestDate,
      progress: goal.progress,
      due: goal.due,
      expected: goal.expected,
      status: goal.status,
      trend: goal.trend === null ? null : { direction: goal.trend.direction, improving: goal.trend.improving },
      measurements: goal.measurements.map((m) => ({ date: m.date, value: m.value, note: m.note, responses: m.responses })),
      level: goal.level,
      audiences: goal.audiences,
      events: goal.events.map((event) =>
        event.kind === 'win'
          ? { kind: event.kind, date: event.date, highlight: event.highlight, title: event.title }
          : {
              kind: event.kind,
              date: event.date,
              channel: event.channel,
              status: event.status,
              audiences: event.audiences,
              reach: event.reach,
            },
      ),
    })),
    audiences: report.audiences.map((audience) => ({
      id: audience.id,
      name: audience.name,
      lastTouch: touch(audience.lastTouch),
      nextTouch: touch(audience.nextTouch),
      size: audience.size,
      lastSent:
        audience.lastSent === null
          ? null
          : { date: audience.lastSent.date, channel: audience.lastSent.channel, reach: audience.lastSent.reach },
      execution: audience.execution,
    })),
    highlights: report.highlights.map((highlight) => ({
      id: highlight.id,
      date: highlight.date,
      title: highlight.title,
      goals: highlight.goals,
      audiences: highlight.audiences,
      credit: highlight.credit,
      evidence: highlight.evidence,
      shared: highlight.shared === null ? null : { date: highlight.shared.date, channel: highlight.shared.channel },
    })),
    recognition: report.recognition.map((person) => ({
      name: person.name,
      highlights: person.highlights,
      thanked: person.thanked,
      waiting: person.waiting,
    })),
    touchesRecorded: report.touchesRecorded,
  };
  return `${JSON.stringify(output, null, 2)}\n`;
}

function touch(value: ReportTouch | null): { date: string; time: string | null; channel: string } | null {
  return value === null ? null : { date: value.date, time: value.time, channel: value.channel };
}
