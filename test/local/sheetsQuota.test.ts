// The offline Sheets advanced service enforces Google's per-user read quota on the runtime's simulated clock:
// "Read requests — Per minute per user per project: 60", per-minute quotas "refilled every minute", and over it "a
// 429: Too many requests" (https://developers.google.com/workspace/sheets/api/limits). Apps Script surfaces the 429
// as "API call to sheets.spreadsheets.values.batchGet failed with error: Quota exceeded for quota metric 'Read
// requests' and limit 'Read requests per minute per user' …".
import vm from 'node:vm';
import { createRuntime } from '../../local/runtime';
import { LATENCY } from '../../local/latency';
import { READ_QUOTA_EXCEEDED } from '../../local/sheetsApi';
import { DEFAULT_CLOCK_START } from '../../local/services';

const TEXT = "API call to sheets.spreadsheets.values.batchGet failed with error: Quota exceeded for quota metric 'Read requests' and limit 'Read requests per minute per user' of service 'sheets.googleapis.com' for consumer 'project_number:000000000000'.";

function setUp(opts: { sheetsReadsPerMinute?: number; latency?: boolean } = {}) {
  const rt = createRuntime({ target: 'district', ...(opts.latency === false ? {} : { latency: LATENCY }), sheetsReadsPerMinute: opts.sheetsReadsPerMinute });
  const ss = rt.sheets.createSpreadsheet('Trường TH Bình Minh');
  ss.getSheets()[0].getRange('A1').setValue('x');
  const values = rt.context.Sheets.Spreadsheets.Values as { batchGet(id: string, o: { ranges: string[] }): unknown };
  const id = ss.getId();
  const read = () => values.batchGet(id, { ranges: ['A1'] });
  const clock = rt.services.controls.clock;
  clock.set(DEFAULT_CLOCK_START); // the set-up calls above took simulated time too
  return { rt, read, clock };
}

/** Reads until one fails; the number that succeeded. */
function readsBeforeError(read: () => unknown, max = 200): { ok: number; error: string } {
  for (let i = 0; i < max; i++) {
    try {
      read();
    } catch (e) {
      return { ok: i, error: (e as Error).message };
    }
  }
  return { ok: max, error: '' };
}

describe('read quota of the offline Sheets advanced service', () => {
  test("Google's text, after 60 reads in one clock minute (default under a latency model)", () => {
    const { read, clock } = setUp();
    expect(clock.now()).toBe(DEFAULT_CLOCK_START); // 14:05:00 in Hà Nội, the start of a minute
    // 60 reads at 0.9 s each end at 54 s: the 61st is sent in the same minute.
    expect(readsBeforeError(read)).toEqual({ ok: 60, error: TEXT });
    expect(READ_QUOTA_EXCEEDED).toBe(TEXT);
  });

  test('a fixed window per clock minute: the next minute is refilled whole, a refused read uses no allowance', () => {
    const { rt, read, clock } = setUp({ sheetsReadsPerMinute: 5 });
    expect(readsBeforeError(read).ok).toBe(5); // sent at 0 … 3.6 s, the 6th refused at 4.5 s
    expect(() => read()).toThrow(TEXT); // 5.4 s: still this minute
    expect(clock.now()).toBe(DEFAULT_CLOCK_START + 7 * 900);
    rt.context.Utilities.sleep(60000 - 7 * 900 - 40); // Utilities.sleep (a 40 ms call) moves the same clock
    expect(clock.now()).toBe(DEFAULT_CLOCK_START + 60000);
    expect(readsBeforeError(read).ok).toBe(5);
  });

  test('the bundle sees the same clock: Date.now() follows call delays and sleeps', () => {
    const { rt, read, clock } = setUp();
    const now = () => vm.runInContext('Date.now()', rt.context) as number;
    const t = now();
    read();
    rt.context.Utilities.sleep(1500);
    expect(now() - t).toBe(900 + 1500 + LATENCY.defaultMs!); // the batchGet, the sleep, and the sleep call itself
    expect(now()).toBe(clock.now());
  });

  test('no quota without a latency model (every call is at the same instant) unless asked for; 0 turns it off', () => {
    expect(readsBeforeError(setUp({ latency: false }).read).ok).toBe(200);
    expect(readsBeforeError(setUp({ latency: false, sheetsReadsPerMinute: 3 }).read)).toEqual({ ok: 3, error: TEXT });
    expect(readsBeforeError(setUp({ sheetsReadsPerMinute: 0 }).read).ok).toBe(200);
  });

  test('a refused read is still one call (a round trip) in the counter', () => {
    const { rt, read } = setUp({ sheetsReadsPerMinute: 2 });
    readsBeforeError(read);
    expect(rt.counter.get('Sheets.Spreadsheets.Values.batchGet')).toBe(3);
  });
});
