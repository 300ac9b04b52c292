import type { Plan } from './schema.js';
import { buildTouchpoints, inRange, type DateRange, type Touchpoint } from '../schedule/touchpoints.js';
import { intlZoneOffset, type ZoneOffsetSource } from '../time/zoned-time.js';

/**
 * A plan with no errors and what is worked out from it, each worked out once: validate's
 * planning rules expand the whole schedule, and report, brief, schedule and generate read the
 * same expansion instead of expanding every cadence again. Plans are never changed after
 * they are read, so what is kept stays true; what it hands out is read-only.
 */
export class PlanModel {
  private whole: readonly Touchpoint[] | undefined;

  constructor(
    readonly plan: Plan,
    /** How the plan's local times map to instants (the process's own, in commands). */
    readonly zoneOffset: ZoneOffsetSource = intlZoneOffset,
  ) {}

  /**
   * Every touchpoint, in date, time and channel order; those inside `window` when one is
   * given. Until the whole schedule is asked for, a window expands only its own days.
   * Throws ScheduleTooLargeError for a plan past the bound (validate refuses those).
   */
  touchpoints(window?: DateRange): readonly Touchpoint[] {
    if (window !== undefined) {
      return this.whole === undefined ? buildTouchpoints(this.plan, window, this.zoneOffset) : this.whole.filter((t) => inRange(t, window));
    }
    this.whole ??= Object.freeze(buildTouchpoints(this.plan, undefined, this.zoneOffset));
    return this.whole;
  }
}
