// The district job's pacing under the Sheets API read quota, pure: exact waits, the rate after a 429, the figures the
// sidebar shows. Google: "Read requests … Per minute per user per project 60", refilled every minute, 429 beyond it,
// "you should use an exponential backoff algorithm" (https://developers.google.com/workspace/sheets/api/limits).
import {
  DEFAULT_READS_PER_MINUTE, PaceState, afterQuotaError, groupDigits, estimatedEnd, paceState, progressLine, rateSetting, readsPerMinute, recentReads, waitBeforeRead, withRead,
} from '../../src/district/pacing';

const T0 = Date.parse('2026-11-23T07:05:00Z');
/** `n` reads 900 ms apart from T0. */
const reads = (n: number, from = T0, step = 900) => Array.from({ length: n }, (_, i) => from + i * step);

/** A state with the default limits: 50 per clock minute, Google's 60 per rolling minute. */
const st = (r: number[], rate = 50, cap = 60) => ({ runId: 'r', rate, cap, reads: r });

describe('waitBeforeRead: at most `rate` reads in each clock minute and `cap` in any rolling minute', () => {
  test('T0 is the start of a clock minute (14:05:00 in Hà Nội)', () => {
    expect(T0 % 60000).toBe(0);
  });

  test('no wait while the minute has reads left', () => {
    expect(waitBeforeRead(st([]), T0)).toBe(0);
    expect(waitBeforeRead(st(reads(49)), T0 + 44100)).toBe(0);
  });

  test('the clock minute is used up: wait for the next one', () => {
    // 50 reads at T0 … T0+44.1 s; at T0+45 s the 51st waits until 14:06:00.
    expect(waitBeforeRead(st(reads(50)), T0 + 45000)).toBe(15000);
    expect(waitBeforeRead(st(reads(50)), T0 + 60000)).toBe(0);
  });

  test("the rolling cap: 45 reads late in one minute and 15 early in the next are Google's 60", () => {
    // 45 reads from 14:05:20 (every 0.5 s, to 14:05:42), then 15 from 14:06:00: the 61st must wait until the read of
    // 14:05:20 is a minute old, although the clock minute 14:06 holds only 15.
    const late = reads(45, T0 + 20000, 500);
    const early = reads(15, T0 + 60000, 500);
    expect(waitBeforeRead(st([...late, ...early]), T0 + 67500)).toBe(T0 + 80000 - (T0 + 67500));
  });

  test('reads older than a minute do not count', () => {
    expect(recentReads([T0, T0 + 1000, T0 + 61000], T0 + 60000)).toEqual([T0 + 1000, T0 + 61000]);
    expect(waitBeforeRead(st(reads(5, T0 - 120000), 5, 5), T0)).toBe(0);
  });

  test('withRead appends the read and forgets those more than a minute before it', () => {
    const s = withRead(st([T0, T0 + 30000], 5, 5), T0 + 60000);
    expect(s.reads).toEqual([T0 + 30000, T0 + 60000]);
  });

  /** `n` reads of 0.9 s, paced, with `delay(i)` ms lost before read i (a batch boundary, an interruption). */
  function simulate(n: number, delay: (i: number) => number = () => 0): number {
    let state: PaceState = st([]);
    let now = T0;
    for (let i = 0; i < n; i++) {
      now += delay(i);
      now += waitBeforeRead(state, now);
      state = withRead(state, now);
      now += 900;
    }
    return now - T0;
  }

  test('3,000 reads at 0.9 s paced at 50 a clock minute: 59 minutes and 45 s', () => {
    // Read k starts at ⌊k/50⌋ minutes + (k mod 50) × 0.9 s: the last at 59 min + 44.1 s, done 0.9 s later.
    expect(simulate(3000)).toBe(59 * 60000 + 49 * 900 + 900);
  });

  test('delays inside a minute do not add up: 2 s lost before every 200th read changes nothing', () => {
    expect(simulate(3000, (i) => (i % 200 === 7 ? 2000 : 0))).toBe(59 * 60000 + 49 * 900 + 900);
  });
});

describe('after a 429', () => {
  test('the limits drop to the reads the quota evidently allowed, and the wait is for the next clock minute', () => {
    // Quota of 5: five reads at T0 … T0+3.6 s were accepted, the sixth at T0+4.5 s was refused.
    const { state, waitMs } = afterQuotaError(st(reads(5)), T0 + 4500, 0);
    expect([state.rate, state.cap]).toEqual([5, 5]);
    expect(waitMs).toBe(60000 - 4500);
  });

  test('the wait is at least the exponential backoff (1 s, 2 s, 4 s … at most 64 s)', () => {
    expect(afterQuotaError(st([]), T0, 0)).toEqual({ state: st([], 1, 1), waitMs: 1000 });
    expect(afterQuotaError(st([]), T0, 3).waitMs).toBe(8000);
    expect(afterQuotaError(st([]), T0, 10).waitMs).toBe(64000);
  });

  test('refused after 40 reads (another script of the same user read 20): both limits 40 for the rest of the run', () => {
    const { state, waitMs } = afterQuotaError(st(reads(40)), T0 + 36000, 0);
    expect([state.rate, state.cap]).toEqual([40, 40]);
    expect(waitMs).toBe(24000); // 14:06:00, when the read of 14:05:00 has left the rolling minute too
  });

  test('refused although the job read nothing in the last minute: one a minute, then the backoff grows', () => {
    expect(afterQuotaError(st(reads(3, T0 - 90000)), T0, 1)).toEqual({ state: st([], 1, 1), waitMs: 2000 });
  });
});

describe('state and setting', () => {
  test('limits lowered by a 429 hold for their run only; the last minute\'s reads always carry over', () => {
    const raw = JSON.stringify({ runId: 'a', rate: 5, cap: 5, reads: [T0 + 2, T0 + 1] });
    expect(paceState(raw, 'a', 50)).toEqual({ runId: 'a', rate: 5, cap: 5, reads: [T0 + 1, T0 + 2] });
    expect(paceState(raw, 'b', 50)).toEqual({ runId: 'b', rate: 50, cap: 60, reads: [T0 + 1, T0 + 2] });
    expect(paceState(raw, 'a', 3).rate).toBe(3); // the setting lowered since
    expect(paceState('{oops', 'a', 50)).toEqual({ runId: 'a', rate: 50, cap: 60, reads: [] });
    expect(paceState(null, 'a', 120)).toEqual({ runId: 'a', rate: 120, cap: 120, reads: [] }); // a raised quota
  });

  test('the setting: empty or nonsense is 50, decimals are cut, at most the 300 per project', () => {
    expect(DEFAULT_READS_PER_MINUTE).toBe(50);
    expect(rateSetting(undefined)).toBe(50);
    expect(rateSetting(0)).toBe(50);
    expect(rateSetting(Number.NaN)).toBe(50);
    expect(rateSetting(12.7)).toBe(12);
    expect(rateSetting(1000)).toBe(300);
  });
});

describe('figures for the sidebar', () => {
  test('reads per minute are those of the last minute, as the quota counts them', () => {
    expect(readsPerMinute(reads(50), T0 + 45000)).toBe(50);
    expect(readsPerMinute(reads(50), T0 + 60000 + 900)).toBe(48); // the reads at T0 and T0+0.9 s have left it
  });

  test('the end at the rate when the reads are faster than it: 1,560 left at 50 a minute → 31.2 minutes more', () => {
    // 200 units in a 240 s batch of which 50 s were waits: 190 s of work, 63 a minute unpaced; the rate binds.
    expect(estimatedEnd({ units: 200, elapsedMs: 240000, waitedMs: 50000 }, 1560, T0, 50)).toBe(T0 + 1872000);
  });

  test('slower when the reads are: 60 units in 120 s of work are 30 a minute, so 300 left take 10 minutes', () => {
    expect(estimatedEnd({ units: 60, elapsedMs: 120000, waitedMs: 0 }, 300, T0, 50)).toBe(T0 + 600000);
  });

  test('a batch that only waited: the end at the rate; nothing left: no end time', () => {
    expect(estimatedEnd({ units: 0, elapsedMs: 30000, waitedMs: 29000 }, 100, T0, 50)).toBe(T0 + 120000);
    expect(estimatedEnd({ units: 10, elapsedMs: 12000, waitedMs: 0 }, 0, T0, 50)).toBeNull();
  });

  test('the line, with Vietnamese digit grouping', () => {
    expect(groupDigits(1240)).toBe('1.240');
    expect(groupDigits(3000000)).toBe('3.000.000');
    expect(groupDigits(999)).toBe('999');
    expect(progressLine(1240, 3000, 48, '14:35')).toBe('Đã đọc 1.240/3.000 đơn vị · 48 lượt đọc/phút · dự kiến xong lúc 14:35');
    expect(progressLine(0, 40, 0, '')).toBe('Đã đọc 0/40 đơn vị · 0 lượt đọc/phút');
  });
});
