// A controllable clock for the offline services: cache expiry, lock waits and Utilities.sleep read and move it.

/** Default start: a Monday morning in Hà Nội (14:05 ICT). */
export const DEFAULT_CLOCK_START = Date.parse('2026-11-23T07:05:00Z');

export class Clock {
  private ms: number;

  constructor(startMs: number = DEFAULT_CLOCK_START) {
    this.ms = startMs;
  }

  /** Current time in epoch milliseconds. */
  now(): number {
    return this.ms;
  }

  /** Moves time forward (never backward) by `ms`. */
  advance(ms: number): void {
    if (!Number.isFinite(ms) || ms < 0) throw new RangeError(`Clock.advance needs a finite ms >= 0, got ${ms}`);
    this.ms += ms;
  }

  /** Jumps to an absolute time (epoch ms); tests may go back in time with this. */
  set(ms: number): void {
    if (!Number.isFinite(ms)) throw new RangeError(`Clock.set needs a finite ms, got ${ms}`);
    this.ms = ms;
  }

  /** A Date at the current time (for the runtime and tests; services use now()). */
  date(): Date {
    return new Date(this.ms);
  }
}
