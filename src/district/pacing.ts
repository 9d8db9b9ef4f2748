// Pacing the district job's reads under the Sheets API read quota, pure. Google allows "Read requests … Per minute
// per user per project: 60" (300 per project); "Sheets API has per-minute quotas, and they're refilled every
// minute"; over it a request gets "429: Too many requests" and "you should use an exponential backoff algorithm"
// (https://developers.google.com/workspace/sheets/api/limits).
//
// Two rules, so that the job is under the quota whether Google counts per clock minute or per rolling minute:
// - at most `rate` reads (Cài đặt, default 50: a margin of 10) in each clock minute. A late read (a batch boundary,
//   an interruption) only uses up the minute's idle end: the next minute starts afresh, so delays do not add up;
// - at most `cap` reads (Google's 60) in any rolling minute, so that the end of one minute and the start of the next
//   never hold more than Google allows together.

export const WINDOW_MS = 60000;
/** The default of Cài đặt "Số lượt đọc tối đa mỗi phút": a margin of 10 under Google's 60 per user. */
export const DEFAULT_READS_PER_MINUTE = 50;
/** Google's per-user limit: no rolling minute holds more. */
export const READS_PER_MINUTE_LIMIT = 60;
/** Exponential backoff after a 429: 1 s, 2 s, 4 s … truncated at 64 s (Google's maximum_backoff). */
export const MAX_BACKOFF_MS = 64000;

/** What the job remembers between batches of one run. */
export interface PaceState {
  readonly runId: string;
  /** Reads allowed per clock minute; lowered when Google answers 429 although the job kept under the setting. */
  readonly rate: number;
  /** Reads allowed per rolling minute (Google's 60, or lower after a 429). */
  readonly cap: number;
  /** Start times (epoch ms, ascending) of the accepted reads of the last minute. */
  readonly reads: readonly number[];
}

/**
 * The setting as a rate: a whole number from 1 up to 300 (the per-project limit, for a Cloud project whose per-user
 * quota was raised); empty or not a number is the default.
 */
export function rateSetting(value: number | undefined): number {
  if (value === undefined || !Number.isFinite(value) || value < 1) return DEFAULT_READS_PER_MINUTE;
  return Math.min(Math.floor(value), 300);
}

/**
 * The stored state for `runId` at the setting `rate`: the reads of the last minute always carry over (Google counts
 * them whichever run made them); limits lowered after a 429 hold for the rest of that run only.
 */
export function paceState(raw: string | null, runId: string, rate: number): PaceState {
  const cap = Math.max(READS_PER_MINUTE_LIMIT, rate);
  try {
    const s = raw ? (JSON.parse(raw) as Partial<PaceState>) : null;
    if (s && Array.isArray(s.reads)) {
      const reads = s.reads.filter((t): t is number => typeof t === 'number' && Number.isFinite(t)).sort((a, b) => a - b);
      const same = s.runId === runId;
      const lowered = (v: unknown, d: number) => (same && typeof v === 'number' && v >= 1 ? Math.min(v, d) : d);
      return { runId, rate: lowered(s.rate, rate), cap: lowered(s.cap, cap), reads };
    }
  } catch {
    // a hand-edited property: start afresh
  }
  return { runId, rate, cap, reads: [] };
}

/** The reads still inside the minute that ends at `now`. */
export function recentReads(reads: readonly number[], now: number): number[] {
  return reads.filter((t) => t > now - WINDOW_MS);
}

const minuteOf = (t: number) => Math.floor(t / WINDOW_MS);

/**
 * How long to wait before the next read: until the clock minute has a read left under `rate`, and the rolling minute
 * one under `cap` (the oldest of the last `cap` reads a minute old).
 */
export function waitBeforeRead(state: Pick<PaceState, 'rate' | 'cap' | 'reads'>, now: number): number {
  let t = now;
  for (;;) {
    const inMinute = state.reads.filter((r) => minuteOf(r) === minuteOf(t)).length;
    if (inMinute >= state.rate) {
      t = (minuteOf(t) + 1) * WINDOW_MS;
      continue;
    }
    const recent = recentReads(state.reads, t);
    if (recent.length >= state.cap) {
      t = recent[recent.length - state.cap] + WINDOW_MS;
      continue;
    }
    return t - now;
  }
}

/**
 * After a 429 (the `attempt`-th in a row, from 0): the quota is evidently what the job read in the last rolling minute
 * (other scripts of the same user share it), so the rolling cap drops to that (at least 1, below what it was) for the
 * rest of the run, and the clock-minute rate with it; a rolling cap holds in every clock minute too, whichever way
 * Google counts. The job waits until the limits allow a read, and at least the exponential backoff.
 */
export function afterQuotaError(state: PaceState, now: number, attempt: number): { state: PaceState; waitMs: number } {
  const recent = recentReads(state.reads, now);
  const cap = Math.max(1, Math.min(recent.length, state.cap - 1));
  const next = { ...state, rate: Math.min(state.rate, cap), cap, reads: recent };
  const backoff = Math.min(1000 * 2 ** attempt, MAX_BACKOFF_MS);
  return { state: next, waitMs: Math.max(backoff, waitBeforeRead(next, now)) };
}

/** The state after an accepted read that started at `at`, trimmed to the last minute. */
export function withRead(state: PaceState, at: number): PaceState {
  return { ...state, reads: [...recentReads(state.reads, at), at] };
}

/** Reads per minute as the quota sees them: those that started in the last minute. */
export function readsPerMinute(reads: readonly number[], now: number): number {
  return recentReads(reads, now).length;
}

/**
 * When the run should end (epoch ms): the remaining units at `rate`, or slower when this batch, leaving out its waits,
 * managed fewer units a minute than that (slow reads); null when nothing is left. Waits are left out because they are
 * the pacing itself, so the figure holds steady from batch to batch.
 */
export function estimatedEnd(batch: { units: number; elapsedMs: number; waitedMs: number }, remaining: number, now: number, rate: number): number | null {
  if (remaining <= 0) return null;
  const working = batch.elapsedMs - batch.waitedMs;
  const unpaced = batch.units > 0 && working > 0 ? (batch.units * WINDOW_MS) / working : Infinity;
  return now + Math.ceil((remaining / Math.min(rate, unpaced)) * WINDOW_MS);
}

/** 1240 → "1.240" (Vietnamese digit grouping). */
export function groupDigits(n: number): string {
  return String(Math.trunc(n)).replace(/\B(?=(\d{3})+(?!\d))/g, '.');
}

/** "Đã đọc 1.240/3.000 đơn vị · 48 lượt đọc/phút · dự kiến xong lúc 14:35" (`eta` as the adapter formats it). */
export function progressLine(done: number, total: number, readsPerMinute: number, eta: string): string {
  const parts = [`Đã đọc ${groupDigits(done)}/${groupDigits(total)} đơn vị`, `${readsPerMinute} lượt đọc/phút`];
  if (eta) parts.push(`dự kiến xong lúc ${eta}`);
  return parts.join(' · ');
}
