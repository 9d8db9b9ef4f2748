// npm run district:scale [-- N]: the district job over N synthetic schools (default 3,000) behind a latency model,
// uninterrupted and with interruptions at random points; prints batches, simulated time and calls per school.
import { createRuntime, Runtime } from '../local/runtime';
import { consolidateAll, interrupt as interruptAtRandom, resultsOf, setUpDistrict } from '../local/district';
import { prng, syntheticSchools } from '../local/syntheticSchools';
import { LATENCY } from '../local/latency';


function runOnce(n: number, interrupt: boolean): { rt: Runtime; results: string; batches: number; interruptions: number; ms: number; wall: number } {
  const rt = createRuntime({ target: 'district', latency: LATENCY });
  const schools = syntheticSchools(rt.sheets, n);
  const ss = setUpDistrict(rt, schools, { nganSachGiay: 240 });
  rt.counter.reset();
  if (interrupt) {
    const r = prng(11);
    interruptAtRandom(rt, r, 0.004);
  }
  const started = Date.now();
  const run = consolidateAll(rt);
  const wall = Date.now() - started;
  const results = JSON.stringify([...resultsOf(ss).entries()].map(([id, r]) => [id, { ...r, thoiGianDoc: '' }]).sort());
  return { rt, results, batches: run.batches, interruptions: run.interruptions, ms: rt.counter.simulatedMs, wall };
}

function main(): void {
  const n = Number(process.argv[2] ?? 3000);
  const a = runOnce(n, false);
  const b = runOnce(n, true);
  const reads = (rt: Runtime) => rt.counter.get('Sheets.Spreadsheets.Values.batchGet');
  const calls = (rt: Runtime) => rt.counter.get();
  console.log(`Đơn vị: ${n}`);
  console.log(`Không gián đoạn: ${a.batches} lượt, ${(a.ms / 60000).toFixed(1)} phút mô phỏng, ${reads(a.rt)} lần đọc (${(reads(a.rt) / n).toFixed(2)}/đơn vị), ${calls(a.rt)} lệnh gọi (${(calls(a.rt) / n).toFixed(2)}/đơn vị), ${(a.wall / 1000).toFixed(1)} s thực`);
  console.log(`Có gián đoạn: ${b.batches} lượt (${b.interruptions} lần gián đoạn), ${(b.ms / 60000).toFixed(1)} phút mô phỏng, ${reads(b.rt)} lần đọc, kết quả ${a.results === b.results ? 'GIỐNG HỆT' : 'KHÁC'} lượt không gián đoạn`);
  if (a.results !== b.results || reads(a.rt) !== n || reads(b.rt) !== n) process.exitCode = 1;
}

main();
