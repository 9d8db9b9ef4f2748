// `npm run district <folder>` never crashes on a school's file: a non-workbook, an empty file and a workbook of another
// program are each one Nhật ký line naming the file or the missing sheet, and the other schools are processed.
import { copyFileSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { createRuntime } from '../../local/runtime';
import { ROOT } from '../../local/bundle';
import { consolidateAll, logLines, resultsOf, setUpDistrict } from '../../local/district';
import { loadSchoolFolder } from '../../scripts/cli';

const EXAMPLES = join(ROOT, 'examples', 'district');
const GOOD = ['1-truong-th-binh-minh-a-muc-2.xlsx', '2-truong-thcs-binh-minh-muc-1.xlsx'];
const OTHER_PROGRAM = '4-truong-thcs-hoa-binh-tep-loi.xlsx';
const NOT_FOUND = 'Không tìm thấy bảng tính (đã bị xóa hoặc liên kết sai): hãy kiểm tra liên kết.';
const NOT_XLSX = 'tệp không phải bảng tính .xlsx (trong Google Sheets: Tệp → Tải xuống → Microsoft Excel (.xlsx)); ghi vào Nhật ký là không đọc được.';

function folder(): string {
  const dir = mkdtempSync(join(tmpdir(), 'dvht-district-'));
  for (const f of [...GOOD, OTHER_PROGRAM]) copyFileSync(join(EXAMPLES, f), join(dir, f));
  writeFileSync(join(dir, '3-rong.xlsx'), '');
  writeFileSync(join(dir, '5-khong-phai-bang-tinh.xlsx'), 'Đây là một văn bản, không phải bảng tính.');
  // Not schools' files: Excel's lock file, a hidden file, another document.
  writeFileSync(join(dir, '~$1-truong-th-binh-minh-a-muc-2.xlsx'), 'lock');
  writeFileSync(join(dir, '.DS_Store'), '');
  writeFileSync(join(dir, 'ghi-chu.txt'), 'Danh sách trường nộp hồ sơ');
  return dir;
}

describe('a folder with broken school files', () => {
  test('each broken file is one Nhật ký line, every other school is read and recomputed', async () => {
    const rt = createRuntime({ target: 'district' });
    const { schools, skipped } = await loadSchoolFolder(rt, folder());
    expect(schools.map((s) => s.file)).toEqual(['1-truong-th-binh-minh-a-muc-2.xlsx', '2-truong-thcs-binh-minh-muc-1.xlsx', '3-rong.xlsx', OTHER_PROGRAM, '5-khong-phai-bang-tinh.xlsx']);
    expect(skipped).toEqual([`"3-rong.xlsx": ${NOT_XLSX}`, `"5-khong-phai-bang-tinh.xlsx": ${NOT_XLSX}`]);
    const ss = setUpDistrict(rt, schools);
    consolidateAll(rt);
    const log = logLines(ss);
    expect(log.map((l) => l.slice(0, 2))).toEqual([
      ['Trường Tiểu học Bình Minh A', 'Đọc được'], ['Trường THCS Bình Minh', 'Đọc được'], ['3-rong.xlsx', 'Lỗi'],
      ['Trường THCS Hòa Bình (gửi nhầm tệp)', 'Lỗi'], ['5-khong-phai-bang-tinh.xlsx', 'Lỗi'],
    ]);
    expect(log[2][2]).toBe(NOT_FOUND);
    expect(log[3][2]).toBe('Bảng tính thiếu sheet "Đơn vị" mà ĐVHT cần để tính lại (không phải mẫu ĐVHT, hoặc sheet đã bị xóa hay đổi tên): đề nghị đơn vị chạy ĐVHT → Thiết lập / nâng cấp mẫu, hoặc kiểm tra liên kết.');
    expect(log[4][2]).toBe(NOT_FOUND);
    const results = [...resultsOf(ss).values()].map((r) => [r.tenDonVi, r.mucTinhLai]);
    expect(results).toEqual([['Trường Tiểu học Bình Minh A', 'Đạt mức độ 2'], ['Trường THCS Bình Minh', 'Đạt mức độ 1']]);
  });

  test('npm run district on that folder exits 0 and prints the Nhật ký lines', () => {
    const run = spawnSync(process.execPath, [join(ROOT, 'dist', 'tools', 'district.cjs'), folder()], { encoding: 'utf8', timeout: 120000 });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const lines = run.stdout.split('\n');
    expect(lines).toContain(`"3-rong.xlsx": ${NOT_XLSX}`);
    expect(lines).toContain(`  Nhật ký: 3-rong.xlsx — ${NOT_FOUND}`);
    expect(lines).toContain(`  Nhật ký: 5-khong-phai-bang-tinh.xlsx — ${NOT_FOUND}`);
    expect(lines).toContain('- Trường Tiểu học Bình Minh A: tự nhận Đạt mức độ 2, tính lại Đạt mức độ 2');
  });
});
