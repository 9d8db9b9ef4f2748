// `npm start -- file.xlsx` (dist/tools/start.cjs) on a user's workbook that cannot be used: one Vietnamese line on
// stderr naming the file or the missing sheet, exit code 1, never a stack trace. Needs the build (npm test builds).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from '../../local/bundle';
import { fillWorkbook } from '../../local/fillWorkbook';
import { createRuntime } from '../../local/runtime';
import { SchoolWorkbook } from '../../src/workbook/records';

const START = join(ROOT, 'dist', 'tools', 'start.cjs');
const dir = mkdtempSync(join(tmpdir(), 'dvht-cli-'));
const SET_UP = 'Mở tệp bằng Google Sheets, chọn ĐVHT → Thiết lập / nâng cấp mẫu để tạo lại phần còn thiếu (dữ liệu đã nhập được giữ nguyên), rồi tải lại về dạng .xlsx.';

function start(file: string): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [START, file], { encoding: 'utf8', timeout: 120_000 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** The example workbook set up and filled by the bundle, without the given sheets, saved as .xlsx. */
async function workbookWithout(name: string, sheets: string[]): Promise<string> {
  const rt = createRuntime();
  const ss = rt.newSpreadsheet(name);
  rt.run('dvhtThietLapMau');
  const example = JSON.parse(readFileSync(join(ROOT, 'examples', 'truong-thcs-binh-minh.json'), 'utf8')) as SchoolWorkbook;
  fillWorkbook(ss as unknown as GoogleAppsScript.Spreadsheet.Spreadsheet, example);
  for (const s of sheets) ss.deleteSheet(ss.getSheetByName(s)!);
  const file = join(dir, `${name}.xlsx`);
  await rt.save(ss, file);
  return file;
}

test('a workbook without Tổng hợp names the sheet', async () => {
  const file = await workbookWithout('khong-tong-hop', ['Tổng hợp']);
  expect(start(file)).toEqual({ status: 1, stdout: '', stderr: `Lỗi: Bảng tính "${file}" không có sheet "Tổng hợp". ${SET_UP}\n` });
});

test('a workbook without Đơn vị names it', async () => {
  const file = await workbookWithout('khong-don-vi', ['Đơn vị']);
  expect(start(file)).toEqual({ status: 1, stdout: '', stderr: `Lỗi: Bảng tính "${file}" không có sheet "Đơn vị". ${SET_UP}\n` });
});

test('a workbook without Thành viên and Tổng hợp names both sheets', async () => {
  const file = await workbookWithout('khong-thanh-vien', ['Thành viên', 'Tổng hợp']);
  expect(start(file)).toEqual({ status: 1, stdout: '', stderr: `Lỗi: Bảng tính "${file}" không có các sheet "Thành viên", "Tổng hợp". ${SET_UP}\n` });
});

test('a usable workbook with a user\'s mistakes runs to the end, with Tổng hợp and the engine agreeing on what they cannot compute', async () => {
  const rt = createRuntime();
  const ss = await rt.open(join(ROOT, 'examples', 'truong-thcs-binh-minh.xlsx'));
  ss.getSheetByName('Đơn vị')!.getRange('B9').setValue('năm 2025');
  ss.getSheetByName('Thành viên')!.getRange('G6').setValue('х');
  const file = join(dir, 'loi-nguoi-dung.xlsx');
  await rt.save(ss, file);
  const r = start(file);
  expect(r.stderr).toBe('');
  expect(r.stdout).toContain('Lỗi – Thành viên!G6 (giá trị "х"): Giá trị "х" của Châu Thu Linh không hợp lệ cho chỉ tiêu 2.1; chỉ tiêu 2.1 chưa tính được. Giá trị "х" có ký tự "х" (U+0445, chữ Kirin), không phải chữ x');
  expect(r.stdout).toMatch(/Tạo báo cáo: "Hồ sơ ĐVHT 2025 - Trường THCS Bình Minh - /);
  // 2.1 cannot be known while a mark is not understood: Tổng hợp's formula refuses it ("#ERROR!") and the engine says
  // "Chưa có dữ liệu", both naming the value; they agree, so the run ends normally.
  expect(r.stdout).toContain('2.1. Kỷ luật lao động');
  expect(r.stdout).toMatch(/Đối chiếu sheet Tổng hợp \(công thức DVHT_\*\) với bộ quy tắc: (\d+)\/\1 mục khớp\./);
  expect(r.stdout).not.toMatch(/^ {2}! /m);
  expect(r.status).toBe(0);
}, 180_000);

test('a file that is not .xlsx', () => {
  const file = join(dir, 'ghi-chu.xlsx');
  writeFileSync(file, 'Đây là văn bản, không phải bảng tính.\n');
  expect(start(file)).toEqual({
    status: 1, stdout: '',
    stderr: `Lỗi: Không đọc được tệp "${file}": tệp không phải bảng tính .xlsx (trong Google Sheets: Tệp → Tải xuống → Microsoft Excel (.xlsx)).\n`,
  });
});

test('a missing file, and a folder', () => {
  const missing = join(dir, 'khong-co.xlsx');
  expect(start(missing)).toEqual({ status: 1, stdout: '', stderr: `Lỗi: Không tìm thấy tệp "${missing}".\n` });
  const folder = join(dir, 'thu-muc.xlsx');
  mkdirSync(folder);
  expect(start(folder)).toEqual({ status: 1, stdout: '', stderr: `Lỗi: "${folder}" là một thư mục, không phải tệp bảng tính .xlsx.\n` });
});
