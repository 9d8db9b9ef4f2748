// The careless user's workbooks of issue 11, each saved as .xlsx and run through `npm start -- file.xlsx`
// (dist/tools/start.cjs): every one ends with the right figures or a Vietnamese error at the right cell, and Tổng hợp
// agrees with the engine (or both say why). Needs the build (npm test builds).
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { ROOT } from '../../local/bundle';
import { fillWorkbook } from '../../local/fillWorkbook';
import { createRuntime } from '../../local/runtime';
import { SchoolWorkbook } from '../../src/workbook/records';

const START = join(ROOT, 'dist', 'tools', 'start.cjs');
const dir = mkdtempSync(join(tmpdir(), 'dvht-hostile-'));
const example = JSON.parse(readFileSync(join(ROOT, 'examples', 'truong-thcs-binh-minh.json'), 'utf8')) as SchoolWorkbook;
type Sheets = GoogleAppsScript.Spreadsheet.Spreadsheet;

interface Case {
  readonly name: string;
  readonly wb?: SchoolWorkbook;
  readonly edit: (ss: Sheets) => void;
  /** Lines (or their beginnings) that `npm start` must print. */
  readonly lines: readonly string[];
}

const many = Array.from({ length: 1100 }, (_, i) => ({ ...example.members[i % example.members.length], hoTen: `Thành viên số ${i + 1}`, kyLuat: i === 5 ? '' : 'x' }));
const donViRow = (ss: Sheets, label: string) => ss.getSheetByName('Đơn vị')!.getRange('A1:A40').getValues().findIndex((r) => r[0] === label) + 1;

const CASES: readonly Case[] = [
  {
    name: 'tieu-de-doi-ten',
    edit: (ss) => ss.getSheetByName('Thành viên')!.getRange('G1').setValue('Chấp hành nội quy'),
    lines: ['Lỗi – Thành viên!G1 (giá trị "Chấp hành nội quy"): Không tìm thấy cột "2.1 Kỷ luật lao động" ở dòng tiêu đề 1 (ô G1 ghi "Chấp hành nội quy"); phần dữ liệu của cột này chưa được tính.'],
  },
  {
    name: 'tieu-de-bo-ma',
    edit: (ss) => ss.getSheetByName('Thành viên')!.getRange('G1').setValue('Kỷ luật lao động'),
    lines: ['2.1. Kỷ luật lao động                                      47/48      97,9%   Đạt mức độ 2'],
  },
  {
    name: 'gop-o-tieu-de',
    edit: (ss) => ss.getSheetByName('Thành viên')!.getRange('G1:H1').merge(),
    lines: ['Lỗi – Thành viên!H1: Không tìm thấy cột "2.2 Hoàn thành bồi dưỡng" ở dòng tiêu đề 1 (ô H1 để trống (có thể do gộp ô hoặc xóa tiêu đề)); phần dữ liệu của cột này chưa được tính.'],
  },
  {
    name: 'cot-ky-luat-truoc',
    edit: (ss) => {
      const sheet = ss.getSheetByName('Thành viên')!;
      sheet.insertColumnBefore(4);
      sheet.getRange('D1').setValue('Kỷ luật');
    },
    lines: [
      'Cảnh báo – Thành viên!D1 (giá trị "Kỷ luật"): Cột D1 ("Kỷ luật") có tên giống cột "2.1 Kỷ luật lao động"; ĐVHT dùng cột H1 ("2.1 Kỷ luật lao động").',
      '2.1. Kỷ luật lao động                                      47/48      97,9%   Đạt mức độ 2',
    ],
  },
  {
    name: 'hon-1000-thanh-vien',
    wb: { ...example, members: many },
    edit: () => {},
    lines: ['2.1. Kỷ luật lao động                                      1099/1100  99,9%   Đạt mức độ 2'],
  },
  {
    name: 'doi-cap-tinh',
    edit: (ss) => ss.getSheetByName('Đơn vị')!.getRange(donViRow(ss, 'Cấp công nhận'), 2).setValue('cấp tỉnh'),
    lines: ['Lỗi – Đơn vị!B6 (giá trị "cấp tỉnh"): Cấp công nhận là "cấp tỉnh" nhưng sheet "Chỉ tiêu" chưa có dòng chỉ tiêu 3.6; sheet "Tổng hợp" cũng chưa theo cấp này.'],
  },
  {
    name: 'tckt-ok',
    edit: (ss) => ss.getSheetByName('Thành viên')!.getRange('F6').setValue('ok'),
    lines: ['Lỗi – Thành viên!F6 (giá trị "ok"): Giá trị "ok" ở cột "Thuộc tổ chức kinh tế" của Châu Thu Linh không hợp lệ nên chưa biết có tính Châu Thu Linh ở chỉ tiêu 2.4 hay không; chỉ tiêu 2.4 chưa tính được.'],
  },
  {
    name: 'danh-sach-trong',
    wb: { ...example, members: [] },
    edit: () => {},
    lines: ['Lỗi – Thành viên!B2: Danh sách thành viên trống (chưa có dòng nào có họ tên): các chỉ tiêu 2.1, 2.2, 2.3, 2.4, 2.5, 3.1 tính theo tỉ lệ thành viên nên chưa tính được.'],
  },
];

async function save(c: Case): Promise<string> {
  const rt = createRuntime();
  const ss = rt.newSpreadsheet(c.name);
  rt.run('dvhtThietLapMau');
  fillWorkbook(ss as unknown as Sheets, c.wb ?? example);
  c.edit(ss as unknown as Sheets);
  const file = join(dir, `${c.name}.xlsx`);
  await rt.save(ss, file);
  return file;
}

const run = promisify(execFile);

describe('npm start on the hostile corpus', () => {
  const outputs = new Map<string, { stdout: string; stderr: string }>();
  beforeAll(async () => {
    const files: string[] = [];
    for (const c of CASES) files.push(await save(c));
    // Two at a time: the machine has two cores.
    for (let i = 0; i < CASES.length; i += 2) {
      const batch = CASES.slice(i, i + 2).map(async (c, k) => {
        const r = await run(process.execPath, [START, files[i + k]], { encoding: 'utf8', timeout: 120_000 }).catch((e) => e as { stdout: string; stderr: string });
        outputs.set(c.name, { stdout: r.stdout, stderr: r.stderr });
      });
      await Promise.all(batch);
    }
  }, 600_000);

  test.each(CASES.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    const out = outputs.get(c.name)!;
    expect(out.stderr).toBe('');
    const lines = out.stdout.split('\n');
    // Each expected line begins a printed line (the fix follows it after " → Cách sửa:"); a miss shows what was printed.
    for (const expected of c.lines) expect(lines.filter((l) => l.startsWith(expected))).toEqual([expect.stringContaining(expected)]);
    // Tổng hợp agrees with the engine, figure for figure (or both name the same unreadable column or value); laid out
    // for another tier, it cannot be compared and says which menu item lays it out again.
    if (c.name === 'doi-cap-tinh') expect(out.stdout).toContain('Đối chiếu sheet Tổng hợp (công thức DVHT_*) với bộ quy tắc: chưa so được. Cấp công nhận là "cấp tỉnh"');
    else expect(out.stdout).toMatch(/Đối chiếu sheet Tổng hợp \(công thức DVHT_\*\) với bộ quy tắc: (\d+)\/\1 mục khớp\./);
  });
});
