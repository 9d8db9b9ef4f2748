// npm start [-- file.xlsx]: opens a school workbook (default: the bundled example) in the offline runtime, runs the
// real bundle's "Kiểm tra dữ liệu", prints the live Tổng hợp sheet and checks it against the rules engine.
// A user's workbook that cannot be used (missing, not .xlsx, a sheet missing) gives one Vietnamese line and exit 1.
import { resolve, join } from 'node:path';
import { createRuntime, Runtime } from '../local/runtime';
import { ROOT } from '../local/bundle';
import { FakeSpreadsheet, dumpSheet } from '../local/spreadsheet';
import { SHEET_NAMES } from '../src/sheet/schema';
import { INPUT_SHEETS } from '../src/gas/readSheets';
import { compareSummaryWithEngine } from '../local/summaryCheck';
import { UserFileError, googleDocs, markUi, missingSheets, openXlsx, runMain, saveNewDocuments } from './cli';

const DEFAULT_EXAMPLE = join(ROOT, 'examples', 'truong-thcs-binh-minh.xlsx');
const SET_UP = 'Mở tệp bằng Google Sheets, chọn ĐVHT → Thiết lập / nâng cấp mẫu để tạo lại phần còn thiếu (dữ liệu đã nhập được giữ nguyên), rồi tải lại về dạng .xlsx.';

function pad(text: unknown, width: number): string {
  const s = String(text ?? '');
  const t = s.length > width ? s.slice(0, width - 1) + '…' : s;
  return t + ' '.repeat(Math.max(0, width - t.length));
}

async function openWorkbook(rt: Runtime, file: string): Promise<FakeSpreadsheet> {
  const ss = await openXlsx(rt, file);
  const missing = missingSheets(ss, [...INPUT_SHEETS, SHEET_NAMES.tongHop]);
  if (missing) throw new UserFileError(`Bảng tính "${file}" ${missing}. ${SET_UP}`);
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
  const mark = markUi(rt, ss);
  rt.run('dvhtTaoBaoCao');
  const doc = googleDocs(rt)[mark.docs];
  if (!doc) {
    const shown = rt.services.controls.alerts.slice(mark.alerts).at(-1);
    throw new UserFileError(`Không tạo được hồ sơ: ${shown ? String(shown.prompt) : 'không rõ lý do'}`);
  }
  // Utilities (blobs, zip, formatDate) runs in the script's own process: listed apart from the calls to Google.
  const services = Object.entries(rt.counter.byService());
  const google = services.filter(([service]) => service !== 'Utilities');
  const perService = google.map(([service, n]) => `${service} ${n}`).join(', ');
  const total = google.reduce((sum, [, n]) => sum + n, 0);
  const [out] = await saveNewDocuments(rt, mark);
  const dialog = rt.services.controls.dialogs[rt.services.controls.dialogs.length - 1];
  console.log(`\nTạo báo cáo: "${doc.name}" — ${total} lệnh gọi dịch vụ Google (${perService}), cộng ${rt.counter.get('Utilities')} lệnh Utilities trong bộ nhớ.`);
  if (dialog) console.log(`Hộp thoại: ${String(dialog.title)}`);
  console.log(`Đã ghi ${out}  (xem từng trang: npm run pages)`);
  if (differences.length) process.exitCode = 1;
}

runMain(main);
