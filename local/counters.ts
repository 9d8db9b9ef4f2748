// Per-service call counters and an optional latency model for the offline Apps Script runtime.
//
// Every public method of a runtime service records one call here ("SpreadsheetApp", "Range.getValues"), so tests can
// pin how many round trips an operation costs in real Apps Script, and benchmarks can add a simulated delay per call.

/** Simulated milliseconds per call, by "Service.method", by "Service", or a default. */
export interface LatencyModel {
  readonly perMethod?: Readonly<Record<string, number>>;
  readonly perService?: Readonly<Record<string, number>>;
  readonly defaultMs?: number;
}

export class CallCounter {
  private readonly counts = new Map<string, number>();
  private latency: LatencyModel = {};
  /** Moves the runtime's simulated clock by each call's delay (set with the latency model). */
  private advance?: (ms: number) => void;

  /** Records one call of `service.method` (e.g. "Range", "getValues"). */
  count(service: string, method: string): void {
    const key = `${service}.${method}`;
    this.counts.set(key, (this.counts.get(key) ?? 0) + 1);
    const ms = this.latency.perMethod?.[key] ?? this.latency.perService?.[service] ?? this.latency.defaultMs ?? 0;
    if (ms) this.advance?.(ms);
  }

  /** `advance` receives each call's delay: the runtime moves its one simulated clock with it. */
  setLatency(model: LatencyModel, advance?: (ms: number) => void): void {
    this.latency = model;
    this.advance = advance;
  }

  /** Calls of one "Service.method", of a whole service ("Range"), or of everything (no argument). */
  get(keyOrService?: string): number {
    let total = 0;
    for (const [key, n] of this.counts) {
      if (keyOrService === undefined || key === keyOrService || key.startsWith(`${keyOrService}.`)) total += n;
    }
    return total;
  }

  /** Calls per service ("SpreadsheetApp", "Drive", "Utilities"…), most first. */
  byService(): Record<string, number> {
    const out = new Map<string, number>();
    for (const [key, n] of this.counts) {
      const service = key.slice(0, key.indexOf('.'));
      out.set(service, (out.get(service) ?? 0) + n);
    }
    return Object.fromEntries([...out.entries()].sort(([a, x], [b, y]) => y - x || a.localeCompare(b)));
  }

  snapshot(): Record<string, number> {
    return Object.fromEntries([...this.counts.entries()].sort(([a], [b]) => a.localeCompare(b)));
  }

  reset(): void {
    this.counts.clear();
  }
}
