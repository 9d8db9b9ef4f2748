// npm run district:scale [-- N]: the district job over N synthetic schools (default 3,000) behind the latency model and
// Google's read quota (60 a minute per user, enforced by the offline Sheets service on the simulated clock),
// uninterrupted and with interruptions at random points. Prints batches, reads per school, the simulated time against
// the floor (reads ÷ quota) and whether the interrupted run gives identical results; fails when a target is missed.
import { createRuntime, Runtime } from '../local/runtime';
import { consolidateAll, interrupt as interruptAtRandom, resultsOf, setUpDistrict } from '../local/district';
import { prng, syntheticSchools } from '../local/syntheticSchools';
import { LATENCY } from '../local/latency';
import { READS_PER_MINUTE_PER_USER } from '../local/sheetsApi';

const READS = 'Sheets.Spreadsheets.Values.batchGet';

interface Run {
  rt: Runtime;
  results: string;
  batches: number;
  interruptions: number;
  /** Simulated time of the whole run (calls and waits), ms. */
  ms: number;
  wall: number;
}

function runOnce(n: number, interrupt: boolean): Run {
  const rt = createRuntime({ target: 'district', latency: LATENCY });
  const schools = syntheticSchools(rt.sheets, n);
  const ss = setUpDistrict(rt, schools, { nganSachGiay: 240 });
  rt.counter.reset();
  if (interrupt) interruptAtRandom(rt, prng(11), 0.004);
  const clock = rt.services.controls.clock;
  const start = clock.now();
  const started = Date.now();
  // consolidateAll calls the next batch as the sidebar does, with no click: after each batch and after an interruption.
  const run = consolidateAll(rt);
  const wall = Date.now() - started;
  const results = JSON.stringify([...resultsOf(ss).entries()].map(([id, r]) => [id, { ...r, thoiGianDoc: '' }]).sort());
  return { rt, results, batches: run.batches, interruptions: run.interruptions, ms: clock.now() - start, wall };
}

const minutes = (ms: number) => (ms / 60000).toFixed(1).replace('.', ',');

function main(): void {
  const n = Number(process.argv[2] ?? 3000);
  const floorMs = (n / READS_PER_MINUTE_PER_USER) * 60000;
  const a = runOnce(n, false);
  const b = runOnce(n, true);
  const reads = (r: Run) => r.rt.counter.get(READS);
  const perSchool = (r: Run) => reads(r) / n;
  const ok = (r: Run) => perSchool(r) <= 1.02 && r.ms >= floorMs && r.ms <= floorMs * 1.2;
  const line = (r: Run) =>
    `${r.batches} lượt, ${reads(r)} lần đọc (${perSchool(r).toFixed(2).replace('.', ',')}/đơn vị), ${minutes(r.ms)} phút mô phỏng` +
    ` = ${(r.ms / floorMs).toFixed(2).replace('.', ',')} × mức sàn, ${(r.wall / 1000).toFixed(1).replace('.', ',')} s thực`;
  console.log(`Đơn vị: ${n}; hạn mức Google ${READS_PER_MINUTE_PER_USER} lượt đọc/phút → mức sàn ${minutes(floorMs)} phút; giới hạn đạt: ≤ 1,02 lần đọc/đơn vị, từ mức sàn đến 1,2 × mức sàn`);
  console.log(`Không gián đoạn: ${line(a)}, không cần bấm lại lần nào — ${ok(a) ? 'ĐẠT' : 'KHÔNG ĐẠT'}`);
  console.log(`Có gián đoạn (${b.interruptions} lần, lượt sau tự làm tiếp): ${line(b)}, kết quả ${a.results === b.results ? 'GIỐNG HỆT' : 'KHÁC'} lượt không gián đoạn — ${ok(b) ? 'ĐẠT' : 'KHÔNG ĐẠT'}`);
  if (a.results !== b.results || !ok(a) || !ok(b)) process.exitCode = 1;
}

main();
