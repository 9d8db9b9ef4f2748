// `npm run dvht -- <lệnh> <tệp.xlsx> [--out …]` (dist/tools/dvht.cjs): every menu item of the real bundle on a copy of
// the example, as a user would chain them, each writing what the menu would (documents to out/, the workbook to --out).
// Needs the build (npm test builds).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from '../../local/bundle';
import { createRuntime } from '../../local/runtime';
import { dumpSheet } from '../../local/spreadsheet';
import { unzipSync, strFromU8 } from 'fflate';

const DVHT = join(ROOT, 'dist', 'tools', 'dvht.cjs');
const START = join(ROOT, 'dist', 'tools', 'start.cjs');
const EXAMPLE = join(ROOT, 'examples', 'truong-thcs-binh-minh.xlsx');
const dir = mkdtempSync(join(tmpdir(), 'dvht-cmd-'));

function node(tool: string, ...args: string[]): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [tool, ...args], { encoding: 'utf8', timeout: 120_000 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** The documents a run says it wrote. */
const written = (stdout: string) => [...stdout.matchAll(/^Đã ghi văn bản: (.+\.docx)$/gm)].map((m) => m[1]);

async function docText(path: string): Promise<string> {
  const xml = strFromU8(unzipSync(readFileSync(path))['word/document.xml']);
  return xml.replace(/<w:p[ >][\s\S]*?<\/w:p>/g, (p) => `${p.replace(/<[^>]+>/g, '')}\n`).replace(/<[^>]+>/g, '');
}

test('help lists every command with one Vietnamese line', () => {
  const r = node(DVHT, 'help');
  expect(r.status).toBe(0);
  for (const c of ['thiet-lap', 'kiem-tra', 'tao-bao-cao', 'ke-hoach', 'cai-tien', 'bao-cao-cai-tien', 'nam-moi', 'so-thiet-lap', 'so-tong-hop <thư-mục>', 'so-van-ban']) {
    expect(r.stdout).toMatch(new RegExp(`^  ${c.replace(/[<>]/g, '.')} +\\S`, 'm'));
  }
});

test('user errors are one line and exit 1: unknown command, missing file, not a ĐVHT workbook, nam-moi without --out', async () => {
  expect(node(DVHT, 'lam-gi', EXAMPLE)).toEqual({ status: 1, stdout: '', stderr: 'Lỗi: Không có lệnh "lam-gi". Xem các lệnh: npm run dvht -- help\n' });
  const missing = join(dir, 'khong-co.xlsx');
  expect(node(DVHT, 'kiem-tra', missing)).toEqual({ status: 1, stdout: '', stderr: `Lỗi: Không tìm thấy tệp "${missing}".\n` });
  const rt = createRuntime();
  const blank = rt.newSpreadsheet('Bảng tính khác');
  blank.getSheets()[0].getRange('A1').setValue('Danh sách lớp');
  const other = join(dir, 'khac.xlsx');
  await rt.save(blank, other);
  const r = node(DVHT, 'kiem-tra', other);
  expect(r.status).toBe(1);
  expect(r.stderr).toBe(`Lỗi: Bảng tính "${other}" không có các sheet "Đơn vị", "Thành viên", "Chỉ tiêu", "Minh chứng": không phải bảng tính mẫu ĐVHT đã thiết lập; chạy trước: npm run dvht -- thiet-lap <tệp.xlsx> --out <tệp-mới.xlsx> (dữ liệu đã nhập được giữ nguyên).\n`);
  expect(node(DVHT, 'nam-moi', EXAMPLE).stderr).toBe('Lỗi: Lệnh nam-moi cần --out <tệp-mới.xlsx>: bảng tính năm mới được ghi vào tệp đó, tệp gốc giữ nguyên.\n');
});

test('thiet-lap after setting Cấp công nhận to cấp tỉnh, then npm start: the six chỉ tiêu of tiêu chí 3, equal to the engine', async () => {
  const rt = createRuntime();
  const ss = await rt.open(EXAMPLE);
  const donVi = ss.getSheetByName('Đơn vị')!;
  const row = donVi.getRange('A1:A40').getValues().findIndex((r) => r[0] === 'Cấp công nhận') + 1;
  donVi.getRange(row, 2).setValue('cấp tỉnh'); // typed offline: no onEdit runs
  const edited = join(dir, 'cap-tinh.xlsx');
  await rt.save(ss, edited);
  const laidOut = join(dir, 'cap-tinh-da-thiet-lap.xlsx');
  const setUp = node(DVHT, 'thiet-lap', edited, '--out', laidOut);
  expect(setUp.status).toBe(0);
  expect(setUp.stdout).toContain(`Đã ghi bảng tính: ${laidOut}`);
  const start = node(START, laidOut);
  expect(start.stdout).toMatch(/^3\.6\. Kiểm định chất lượng GDNN/m);
  expect(start.stdout).toMatch(/^3\.5\. Chuyển đổi số \(QĐ 4740\)/m);
  expect(start.stdout).toMatch(/Đối chiếu sheet Tổng hợp \(công thức DVHT_\*\) với bộ quy tắc: (\d+)\/\1 mục khớp\./);
  // The input was not written.
  const again = await createRuntime().open(edited);
  expect(dumpSheet(again._sheetByName('Tổng hợp')!).values.map((r) => r[0])).not.toContain('3.6');
}, 180_000);

test('ke-hoach writes the Kế hoạch tự đánh giá and the Quyết định thành lập Tổ đánh giá', async () => {
  const r = node(DVHT, 'ke-hoach', EXAMPLE);
  expect(r.status).toBe(0);
  const [doc] = written(r.stdout);
  expect(existsSync(doc)).toBe(true);
  const text = await docText(doc);
  expect(text).toContain('KẾ HOẠCH');
  expect(text).toMatch(/QUYẾT ĐỊNH/);
  expect(text).toMatch(/thành lập Tổ (tự )?đánh giá/i);
  expect(r.stdout).not.toContain('Đã ghi bảng tính');
}, 120_000);

test('cai-tien then bao-cao-cai-tien: the plan sheet, then the follow-up report built from it', async () => {
  const plan = join(dir, 'cai-tien.xlsx');
  const r1 = node(DVHT, 'cai-tien', EXAMPLE, '--out', plan);
  expect(r1.status).toBe(0);
  expect(r1.stdout).toMatch(/\[ĐVHT\] Đã thêm (\d+) nội dung cải tiến từ các tồn tại \(tổng \1\)\. Các dòng đã có được giữ nguyên\./);
  const sheet = dumpSheet((await createRuntime().open(plan))._sheetByName('Kế hoạch cải tiến')!).values;
  expect(sheet.length).toBeGreaterThan(1);
  const r2 = node(DVHT, 'bao-cao-cai-tien', plan);
  expect(r2.status).toBe(0);
  const text = await docText(written(r2.stdout)[0]);
  expect(text).toContain('BÁO CÁO');
  expect(text).toContain(String(sheet[1][2]).slice(0, 30)); // the first action's text is in the report
}, 180_000);

test('nam-moi on a copy writes the next year\'s workbook; the input stays the old year', async () => {
  const next = join(dir, 'nam-2026.xlsx');
  const r = node(DVHT, 'nam-moi', EXAMPLE, '--out', next);
  expect(r.status).toBe(0);
  expect(r.stdout).toContain('Tiếp tục? (trả lời: Có)');
  expect(r.stdout).toContain('Đã chuyển bản sao sang năm 2026.');
  const year = (file: string) => createRuntime().open(file).then((ss) => {
    const v = dumpSheet(ss._sheetByName('Đơn vị')!).values;
    return v.find((x) => x[0] === 'Năm đánh giá')![1];
  });
  expect(await year(next)).toBe(2026);
  expect(await year(EXAMPLE)).toBe(2025);
}, 180_000);

test('the district: so-thiet-lap, so-tong-hop over a folder, so-van-ban', () => {
  const book = join(dir, 'so.xlsx');
  expect(node(DVHT, 'so-thiet-lap', '--out', book).stdout).toContain('[ĐVHT] Đã tạo sổ tổng hợp gồm 6 sheet: Cài đặt, Danh sách đơn vị, Kết quả, Nhật ký, Công nhận, Hội đồng thẩm định.');
  const done = join(dir, 'so-da-tong-hop.xlsx');
  const r = node(DVHT, 'so-tong-hop', book, join(ROOT, 'examples', 'district'), '--out', done);
  expect(r.status).toBe(0);
  expect(r.stdout).toContain('- Trường Tiểu học Bình Minh A: tự nhận Đạt mức độ 2, tính lại Đạt mức độ 2');
  expect(r.stdout).toContain('- Trường THCS Hòa Bình (gửi nhầm tệp): không đọc được (xem Nhật ký)');
  const docs = node(DVHT, 'so-van-ban', done);
  expect(docs.status).toBe(0);
  expect(docs.stdout).toContain('[Đã tạo văn bản công nhận]');
  expect(written(docs.stdout)).toHaveLength(1);
}, 180_000);
