// npm run bench: service calls per operation (next to the minimum and to a naive per-row approach), CPU time of the
// rules and custom functions, the district job under a latency model, and npm start's wall time. Writes
// bench/results.json and prints a table. Not part of npm test: timings live here, never in tests.
import { READS_PER_MINUTE_PER_USER } from '../local/sheetsApi';
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { ROOT } from '../local/bundle';
import { createRuntime, Runtime } from '../local/runtime';
import { fillWorkbook } from '../local/fillWorkbook';
import { consolidateAll, setUpDistrict } from '../local/district';
import { syntheticSchools } from '../local/syntheticSchools';
import { FakeSpreadsheet } from '../local/spreadsheet';
import { INPUT_SHEETS } from '../src/gas/readSheets';
import { assessWorkbook } from '../src/assess/assessWorkbook';
import { SchoolWorkbook, MemberRow, ClassRow } from '../src/workbook/records';
import { LATENCY } from '../local/latency';

const example = JSON.parse(readFileSync(join(ROOT, 'examples', 'truong-thcs-binh-minh.json'), 'utf8')) as SchoolWorkbook;

function workbookOf(members: number, learners = 3000): SchoolWorkbook {
  const m: MemberRow[] = Array.from({ length: members }, (_, i) => ({ ...example.members[i % example.members.length], hoTen: `Thành viên ${i + 1}`, stt: i + 1 }));
  const classes: ClassRow[] = Array.from({ length: Math.ceil(learners / 40) }, (_, i) => ({ lop: `L${i + 1}`, khoi: 6 + (i % 4), siSo: 40, soDatCdht: 39 }));
  return { ...example, members: m, classes };
}

interface Measure { calls: number; reads: number; writes: number; docCalls: number; inMemory: number }

function measure(rt: Runtime, fn: () => void): Measure {
  rt.counter.reset();
  fn();
  const s = rt.counter.snapshot();
  const sum = (re: RegExp) => Object.entries(s).filter(([k]) => re.test(k)).reduce((n, [, v]) => n + v, 0);
  return {
    // Calls to Google's services; Utilities (blobs, zip, formatDate) runs in the script's own process.
    calls: rt.counter.get() - rt.counter.get('Utilities'),
    reads: sum(/(Range\.(getValues|getValue|getDisplayValues|getNotes)|Sheet\.getSheetValues)$/),
    writes: sum(/Range\.(setValues|setValue|setNotes|setDataValidation|setNumberFormat)$/),
    docCalls: rt.counter.get('Drive'),
    inMemory: rt.counter.get('Utilities'),
  };
}

/** The naive way: one getValue per cell of every input sheet. */
function naiveRead(rt: Runtime, ss: FakeSpreadsheet): number {
  rt.counter.reset();
  for (const name of INPUT_SHEETS) {
    const sheet = ss.getSheetByName(name)!;
    const rows = sheet.getLastRow();
    const cols = sheet.getLastColumn();
    for (let r = 1; r <= rows; r++) for (let c = 1; c <= cols; c++) sheet.getRange(r, c).getValue();
  }
  return rt.counter.get('SpreadsheetApp');
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

function time(fn: () => void, runs = 5): number {
  const out: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    fn();
    out.push(performance.now() - t);
  }
  return median(out);
}

function school(members: number) {
  const rt = createRuntime();
  const ss = rt.newSpreadsheet(`Trường ${members}`);
  const setupEmpty = measure(rt, () => rt.run('dvhtThietLapMau'));
  fillWorkbook(ss as unknown as GoogleAppsScript.Spreadsheet.Spreadsheet, workbookOf(members));
  const upgrade = measure(rt, () => rt.run('dvhtThietLapMau'));
  const check = measure(rt, () => rt.run('dvhtKiemTraDuLieu'));
  const sidebar = measure(rt, () => {
    rt.run('dvhtMoBangDieuKhien');
    rt.run('dvhtTrangThai');
  });
  const report = measure(rt, () => rt.run('dvhtTaoHoSo'));
  // One recalculation of Tổng hợp: every DVHT_* cell re-evaluated once, each one a custom-function call in Sheets.
  let customCalls = 0;
  for (const name of ['DVHT_LEVEL', 'DVHT_COUNT', 'DVHT_PERCENT', 'DVHT_GAP']) {
    const original = rt.context[name];
    rt.context[name] = (...a: unknown[]) => {
      customCalls++;
      return original(...a);
    };
  }
  const recalc = () => {
    ss.getSheetByName('Đơn vị')!.getRange('Z2').setValue(String(Math.random())); // any write invalidates cached results
    ss.getSheetByName('Tổng hợp')!.getDataRange().getValues();
  };
  recalc();
  customCalls = 0;
  recalc();
  const perRecalc = customCalls;
  const recalcMs = time(recalc, 3);
  const naive = naiveRead(rt, ss);
  return { members, setupEmpty, upgrade, check, sidebar, report, recalc: { customFunctionCalls: perRecalc, ms: recalcMs }, minimumCheckReads: INPUT_SHEETS.length + 1, naiveReadCalls: naive };
}

function cpu() {
  const rt = createRuntime();
  const out: Record<string, number> = {};
  for (const n of [10000, 100000]) {
    const wb = workbookOf(n, 3000);
    out[`engine_${n}`] = time(() => assessWorkbook(wb));
    const marks = wb.members.map((m) => [m.danhHieu]);
    const roster = wb.members.map((m) => [m.hoTen]);
    out[`DVHT_LEVEL_${n}`] = time(() => rt.context.DVHT_LEVEL('2.5', marks, roster));
    out[`DVHT_PERCENT_${n}`] = time(() => rt.context.DVHT_PERCENT(marks, roster));
  }
  return out;
}

function district(n: number) {
  const rt = createRuntime({ target: 'district', latency: LATENCY });
  const schools = syntheticSchools(rt.sheets, n);
  setUpDistrict(rt, schools, { nganSachGiay: 240 });
  rt.counter.reset();
  const start = rt.services.controls.clock.now();
  const run = consolidateAll(rt);
  const calls = rt.counter.get();
  // Simulated time on the runtime's clock: the calls and the waits that pace the reads under Google's 60 a minute.
  const simulatedMinutes = (rt.services.controls.clock.now() - start) / 60000;
  return { units: n, batches: run.batches, calls, callsPerUnit: calls / n, readsPerUnit: rt.counter.get('Sheets.Spreadsheets.Values.batchGet') / n, simulatedMinutes, floorMinutes: n / READS_PER_MINUTE_PER_USER, naiveCallsPerUnit: 1 + 2 * INPUT_SHEETS.length + 2 };
}

function startWall(): number {
  const t = performance.now();
  execFileSync('npm', ['start', '--silent'], { cwd: ROOT, stdio: 'ignore' });
  return performance.now() - t;
}

function main(): void {
  const schools = [50, 500, 5000].map(school);
  const cpuMs = cpu();
  const districts = [300, 3000].map(district);
  const start = startWall();
  const results = { date: new Date().toISOString(), schools, cpuMs, districts, npmStartMs: start, latencyAssumptions: LATENCY };
  writeFileSync(join(ROOT, 'bench', 'results.json'), JSON.stringify(results, null, 2));

  const pad = (s: unknown, n: number) => String(s).padStart(n);
  console.log('\nLệnh gọi dịch vụ Google mỗi thao tác (không kể Utilities chạy trong bộ nhớ), đọc/ghi khối, so với cách làm từng dòng');
  console.log(`${'thành viên'.padEnd(11)}${pad('thiết lập', 10)}${pad('nâng cấp', 10)}${pad('kiểm tra', 10)}${pad('đọc', 5)}${pad('tối thiểu', 10)}${pad('bảng đk', 9)}${pad('báo cáo', 9)}${pad('Drive', 7)}${pad('hàm/tính', 10)}${pad('đọc từng ô', 12)}${pad('tỉ lệ', 8)}`);
  for (const s of schools) {
    console.log(`${String(s.members).padEnd(11)}${pad(s.setupEmpty.calls, 10)}${pad(s.upgrade.calls, 10)}${pad(s.check.calls, 10)}${pad(s.check.reads, 5)}${pad(s.minimumCheckReads, 10)}${pad(s.sidebar.calls, 9)}${pad(s.report.calls, 9)}${pad(s.report.docCalls, 7)}${pad(s.recalc.customFunctionCalls, 10)}${pad(s.naiveReadCalls, 12)}${pad(`${(s.naiveReadCalls / s.check.reads).toFixed(0)}×`, 8)}`);
  }
  console.log('\nThời gian CPU (trung vị), phần của giới hạn 30 s mỗi hàm tùy chỉnh');
  for (const [k, v] of Object.entries(cpuMs)) console.log(`${k.padEnd(22)}${pad(v.toFixed(1), 9)} ms  ${pad(((v / 30000) * 100).toFixed(3), 7)} %`);
  console.log('\nTổng hợp huyện/tỉnh (mô hình độ trễ: batchGet 900 ms, ghi 150 ms, đọc 100 ms, khác 40 ms)');
  for (const d of districts) console.log(`${pad(d.units, 5)} đơn vị: ${d.batches} lượt, ${d.callsPerUnit.toFixed(2)} lệnh/đơn vị (từng sheet: ${d.naiveCallsPerUnit}), ${d.readsPerUnit.toFixed(2)} lần đọc/đơn vị, ${d.simulatedMinutes.toFixed(1)} phút mô phỏng (mức sàn ${d.floorMinutes.toFixed(1)})`);
  console.log(`\nnpm start (build + kiểm tra + báo cáo): ${(start / 1000).toFixed(1)} s`);
  console.log('Đã ghi bench/results.json');
}

main();
