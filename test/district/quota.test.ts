// The district job under the Sheets API read quota, through the real district bundle and the offline service's quota
// on the simulated clock. Google: "Read requests … Per minute per user per project 60", refilled every minute, a 429
// beyond it, then "use an exponential backoff algorithm" (https://developers.google.com/workspace/sheets/api/limits).
import { createRuntime } from '../../local/runtime';
import { consolidateAll, resultsOf, setUpDistrict } from '../../local/district';
import { syntheticSchools } from '../../local/syntheticSchools';
import { LATENCY } from '../../local/latency';
import { dumpSheet } from '../../local/spreadsheet';

const READS = 'Sheets.Spreadsheets.Values.batchGet';

function district(count: number, quota: number, settings: Record<string, unknown>) {
  const rt = createRuntime({ target: 'district', latency: LATENCY, sheetsReadsPerMinute: quota });
  const schools = syntheticSchools(rt.sheets, count);
  const ss = setUpDistrict(rt, schools, settings);
  rt.counter.reset();
  // The run starts at a clock minute (Google refills its quota every minute), so the figures below are exact.
  const clock = rt.services.controls.clock;
  clock.set(Math.ceil(clock.now() / 60000) * 60000);
  const start = clock.now();
  const batches: { done: number; message: string; rate: number; readsPerMinute: number; eta: string }[] = [];
  const run = () => {
    const p = rt.run('dvhtTongHopLo') as (typeof batches)[number] & { finished: boolean };
    batches.push(p);
    return p;
  };
  return { rt, ss, schools, start, batches, run };
}

/** Hà Nội time (UTC+7) of an instant, "HH:mm". */
const hhmm = (ms: number) => new Date(ms + 7 * 3600000).toISOString().slice(11, 16);

const unreadable = (schools: ReturnType<typeof syntheticSchools>) =>
  schools.filter((s) => s.fault === 'deleted' || s.fault === 'notShared' || s.fault === 'notTemplate').length;

describe('a quota of 5 reads a minute, the job set to 50 (it learns the lower rate from the first 429)', () => {
  const d = district(30, 5, { nganSachGiay: 30 });
  for (let i = 0; i < 1000; i++) if ((d.run() as { finished: boolean }).finished) break;
  const elapsed = d.rt.services.controls.clock.now() - d.start;
  const log = dumpSheet(d.ss._sheetByName('Nhật ký')!).values.slice(1);

  test('every school is read, none fails for the quota, with no manual step', () => {
    expect(d.batches.at(-1)!.message).toMatch(/^Đã đọc xong 30 đơn vị: \d+ đọc được, \d+ lỗi\.$/);
    expect(resultsOf(d.ss).size).toBe(30 - unreadable(d.schools));
    expect(log.filter((r) => /quota|Quota|hạn mức/.test(String(r[4])))).toEqual([]);
    expect(log.filter((r) => r[3] === 'Lỗi').length).toBe(unreadable(d.schools));
  });

  test('one refused read in the whole run: 30 reads and the 429 that taught the rate', () => {
    expect(d.rt.counter.get(READS)).toBe(31);
    expect(d.batches.at(-1)!.rate).toBe(5);
  });

  test('the simulated time is at least the floor: 30 reads at 5 a minute need 5 minute-windows', () => {
    // Windows are clock minutes (local/sheetsApi.ts): reads 1–5 in the first, 26–30 in the sixth at the earliest, so
    // ⌈30 / 5⌉ − 1 = 5 whole minutes before the last reads; the job's rolling minute adds up to one more.
    expect(elapsed).toBeGreaterThanOrEqual(5 * 60000);
    expect(elapsed).toBeLessThan(7 * 60000);
  });

  test('each batch waits inside its 30 s budget and reports progress, reads per minute and the end', () => {
    const first = d.batches[0];
    // The first batch: 5 reads, the 429 at the 6th, then it waits out its budget. 25 left at 5 a minute.
    expect(first.message).toBe(`Đã đọc 5/30 đơn vị · 5 lượt đọc/phút · dự kiến xong lúc ${hhmm(d.start + 30000 + 5 * 60000)}`);
    expect(Math.max(...d.batches.map((b) => b.readsPerMinute))).toBeLessThanOrEqual(5);
  });
});

describe('paced at the default 50 a minute under Google\'s 60', () => {
  test("120 schools: never a 429, one read each, 50 per clock minute and never more than Google's 60 in a rolling one", () => {
    const d = district(120, 60, { nganSachGiay: 240 });
    const sent: number[] = [];
    const values = d.rt.context.Sheets.Spreadsheets.Values;
    const original = values.batchGet.bind(values);
    values.batchGet = (...args: unknown[]) => {
      sent.push(d.rt.services.controls.clock.now());
      return original(...args);
    };
    const r = consolidateAll(d.rt);
    expect(r.interruptions).toBe(0);
    expect(d.rt.counter.get(READS)).toBe(120);
    const rolling = Math.max(...sent.map((t) => sent.filter((u) => u >= t && u < t + 60000).length));
    const perClockMinute = [0, 1, 2].map((m) => sent.filter((t) => Math.floor((t - d.start) / 60000) === m).length);
    expect(perClockMinute).toEqual([50, 50, 20]);
    expect(rolling).toBeLessThanOrEqual(60);
    // Floor 120 ÷ 60 = 2 minutes; paced at 50: reads 101–120 start at 2 min and take 20 × 0.9 s.
    const elapsed = d.rt.services.controls.clock.now() - d.start;
    expect(elapsed).toBeGreaterThanOrEqual(2 * 60000 + 18000);
    expect(elapsed).toBeLessThan(2 * 60000 + 25000);
  });

  test('the setting Số lượt đọc tối đa mỗi phút = 10 paces at 10', () => {
    const d = district(25, 60, { nganSachGiay: 240, luotDocMoiPhut: 10 });
    consolidateAll(d.rt);
    expect(d.rt.counter.get(READS)).toBe(25);
    const elapsed = d.rt.services.controls.clock.now() - d.start;
    expect(elapsed).toBeGreaterThanOrEqual(2 * 60000 + 4500); // reads 21–25 start 2 minutes after the first
    expect(elapsed).toBeLessThan(2 * 60000 + 10000);
  });
});
