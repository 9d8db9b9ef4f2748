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
  /** Simulated time spent in service calls under the latency model. */
  simulatedMs = 0;

  /** Records one call of `service.method` (e.g. "Range", "getValues"). */
  count(service: string, method: string): void {
    const key = `${service}.${method}`;
    this.counts.set(key, (this.counts.get(key) ?? 0) + 1);
    this.simulatedMs += this.latency.perMethod?.[key] ?? this.latency.perService?.[service] ?? this.latency.defaultMs ?? 0;
  }

  setLatency(model: LatencyModel): void {
    this.latency = model;
  }

  /** Calls of one "Service.method", of a whole service ("Range"), or of everything (no argument). */
  get(keyOrService?: string): number {
    let total = 0;
    for (const [key, n] of this.counts) {
      if (keyOrService === undefined || key === keyOrService || key.startsWith(`${keyOrService}.`)) total += n;
    }
    return total;
  }

  snapshot(): Record<string, number> {
    return Object.fromEntries([...this.counts.entries()].sort(([a], [b]) => a.localeCompare(b)));
  }

  reset(): void {
    this.counts.clear();
    this.simulatedMs = 0;
  }
}
