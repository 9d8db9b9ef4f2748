// npm start [-- file.xlsx]: opens a school workbook (default: the bundled example) in the offline runtime, runs the
// real bundle's "Kiểm tra dữ liệu", prints the live Tổng hợp sheet and checks it against the rules engine.
// A user's workbook that cannot be used (missing, not .xlsx, a sheet missing) gives one Vietnamese line and exit 1.
import { existsSync, mkdirSync, statSync, writeFileSync } from 'node:fs';
import { dirname, resolve, join } from 'node:path';
import { createRuntime, Runtime } from '../local/runtime';
import { ROOT } from '../local/bundle';
import { FakeSpreadsheet, dumpSheet } from '../local/spreadsheet';
import { SHEET_NAMES } from '../src/sheet/schema';
import { INPUT_SHEETS } from '../src/gas/readSheets';
import { compareSummaryWithEngine } from '../local/summaryCheck';

const DEFAULT_EXAMPLE = join(ROOT, 'examples', 'truong-thcs-binh-minh.xlsx');
const SET_UP = 'Mở tệp bằng Google Sheets, chọn ĐVHT → Thiết lập / nâng cấp mẫu để tạo lại phần còn thiếu (dữ liệu đã nhập được giữ nguyên), rồi tải lại về dạng .xlsx.';

/** A problem with the user's file: printed as one line, without a stack trace. */
class UserFileError extends Error {}

function pad(text: unknown, width: number): string {
  const s = String(text ?? '');
  const t = s.length > width ? s.slice(0, width - 1) + '…' : s;
  return t + ' '.repeat(Math.max(0, width - t.length));
}

/** "Hồ sơ ĐVHT 2025 - Trường THCS Bình Minh" → "ho-so-dvht-2025-truong-thcs-binh-minh" */
function slug(name: string): string {
  return name.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[đĐ]/g, 'd').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
}

async function openWorkbook(rt: Runtime, file: string): Promise<FakeSpreadsheet> {
  if (!existsSync(file)) throw new UserFileError(`Không tìm thấy tệp "${file}".`);
  if (statSync(file).isDirectory()) throw new UserFileError(`"${file}" là một thư mục, không phải tệp bảng tính .xlsx.`);
  let ss: FakeSpreadsheet;
  try {
    ss = await rt.open(file);
  } catch {
    throw new UserFileError(`Không đọc được tệp "${file}": tệp không phải bảng tính .xlsx (trong Google Sheets: Tệp → Tải xuống → Microsoft Excel (.xlsx)).`);
  }
  const missing = [...INPUT_SHEETS, SHEET_NAMES.tongHop].filter((n) => !ss._sheetByName(n));
  if (missing.length) {
    const names = missing.map((n) => `"${n}"`).join(', ');
    throw new UserFileError(`Bảng tính "${file}" không có ${missing.length > 1 ? 'các sheet' : 'sheet'} ${names}. ${SET_UP}`);
  }
  return ss;
}

async function main(): Promise<void> {
  const file = resolve(process.argv[2] ?? DEFAULT_EXAMPLE);
  const rt = createRuntime();
  const ss = await openWorkbook(rt, file);
  console.log(`\nĐVHT — ${ss.getName()} (${file})`);

  rt.counter.reset();
  rt.run('dvhtKiemTraDuLieu');
  const calls = rt.counter.get('SpreadsheetApp');
  const alert = rt.services.controls.alerts[rt.services.controls.alerts.length - 1];
  console.log(`\n${alert.title}: ${alert.prompt}\n`);

  const summary = dumpSheet(ss._sheetByName(SHEET_NAMES.tongHop)!);
  console.log(`${pad('Chỉ tiêu, tiêu chí', 58)} ${pad('Số liệu', 10)} ${pad('Tỉ lệ', 7)} ${pad('Mức đạt', 16)} Điều còn thiếu`);
  console.log('─'.repeat(150));
  summary.displayValues.slice(2).forEach((r) => {
    console.log(`${pad(r[1], 58)} ${pad(r[2], 10)} ${pad(r[3], 7)} ${pad(r[4], 16)} ${r[5] ?? ''}`);
  });

  // The same workbook through the rules engine directly: the live formulas must agree with it.
  const { expected, differences, stale } = compareSummaryWithEngine(ss);
  if (stale) console.log(`\nĐối chiếu sheet Tổng hợp (công thức DVHT_*) với bộ quy tắc: chưa so được. ${stale}`);
  else console.log(`\nĐối chiếu sheet Tổng hợp (công thức DVHT_*) với bộ quy tắc: ${expected.length - differences.length}/${expected.length} mục khớp.`);
  for (const d of differences) console.log(`  ! ${d.id}: Tổng hợp ghi "${d.shown ?? ''}", bộ quy tắc tính "${d.engine}"`);
  console.log(`Kiểm tra dữ liệu dùng ${calls} lệnh gọi SpreadsheetApp (mỗi sheet đọc một lần).`);

  // "Tạo báo cáo" from the menu, as the secretary would; the new Doc is written out as .docx.
  rt.counter.reset();
  const before = rt.docs.documents().length;
  rt.run('dvhtTaoBaoCao');
  const docs = rt.docs.documents();
  const doc = docs.length > before ? docs[docs.length - 1] : undefined;
  if (!doc) {
    const last = rt.services.controls.alerts[rt.services.controls.alerts.length - 1];
    throw new UserFileError(`Không tạo được hồ sơ: ${last && last !== alert ? String(last.prompt) : 'không rõ lý do'}`);
  }
  const out = join(ROOT, 'out', `${slug(doc.getName().replace(/ - \d\d\/\d\d\/\d{4} \d\d:\d\d$/, ''))}.docx`);
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, await rt.docs.toDocx(doc));
  const dialog = rt.services.controls.dialogs[rt.services.controls.dialogs.length - 1];
  console.log(`\nTạo báo cáo: "${doc.getName()}" (${rt.counter.get('DocumentApp')} lệnh gọi DocumentApp).`);
  if (dialog) console.log(`Hộp thoại: ${String(dialog.title)}`);
  console.log(`Đã ghi ${out}  (xem từng trang: npm run pages)`);
  if (differences.length) process.exitCode = 1;
}

main().catch((e: unknown) => {
  // The user's file: one line. Anything else is a fault of ĐVHT itself: one line too, the stack only on request.
  const message = e instanceof Error ? e.message : String(e);
  console.error(e instanceof UserFileError ? `Lỗi: ${message}` : `Lỗi của ĐVHT: ${message} (chạy lại với DVHT_DEBUG=1 để xem chi tiết)`);
  if (process.env.DVHT_DEBUG && e instanceof Error && !(e instanceof UserFileError)) console.error(e.stack);
  process.exit(1);
});
