// The whole year around the assessment: plan documents, the improvement plan and its follow-up report, and moving a
// copy of the workbook to the next year without retyping.
import { assessWorkbook } from '../assess/assessWorkbook';
import { ActionRow, improvementReport, newActions, suggestedActions } from '../report/improvement';
import { planDocuments } from '../report/plan';
import { reportContext } from '../report/context';
import { locateForm } from '../sheet/form';
import { CHI_TIEU, DON_VI, KE_HOACH_CAI_TIEN, MINH_CHUNG, NEEDS_CONFIRMATION, NGUOI_HOC, TableSheetSpec, THANH_VIEN } from '../sheet/schema';
import { readTableRows } from '../sheet/table';
import { ensureRows, layoutRow, readTableSheet, sheetValues, today } from './sheetAccess';
import { yearOf } from '../vocab/dates';
import { appendHistory } from './history';
import { readSchoolWorkbook } from './readSheets';
import { SavedDocument, saveDocument } from './report/saveDocument';
import { folderYear } from '../report/documentsFolderName';
import { setUpTemplate } from './template/setupTemplate';
import { setTextValues } from './writeText';
import { FILE_ID_KEY } from './template/version';
import { runLocked } from './lockedAction';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

function context(ss: Spreadsheet) {
  const read = readSchoolWorkbook(ss);
  const a = assessWorkbook(read.workbook);
  const tz = ss.getSpreadsheetTimeZone(); // read once: today and the Lịch sử line both need it
  const when = today(ss, tz);
  return { read, a, when, tz, ctx: reportContext(read.workbook, a, when.date) };
}

/** Menu / sidebar: Kế hoạch tự đánh giá and Quyết định thành lập Tổ tự đánh giá, as one new Doc. */
export function dvhtTaoKeHoach(): SavedDocument {
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  const { ctx, when, tz } = context(ss);
  const model = planDocuments(ctx);
  const name = `${model.name} - ${when.stamp}`;
  const doc = saveDocument(model, name, folderYear(ctx.year, when.date.year));
  appendHistory(ss, { action: 'Tạo kế hoạch tự đánh giá', result: 'Kế hoạch và quyết định thành lập Tổ tự đánh giá', link: doc.url }, tz);
  return doc;
}

const SET_UP = 'chọn ĐVHT → Thiết lập / nâng cấp mẫu.';
const table = (ss: Spreadsheet, spec: TableSheetSpec) => readTableSheet(ss, spec, SET_UP);

/** Menu: adds an action for every chỉ tiêu with a tồn tại not yet in "Kế hoạch cải tiến"; never deletes a line. */
export function dvhtCapNhatKeHoachCaiTien(): { added: number; total: number } {
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  const { a, read, tz } = context(ss);
  const t = table(ss, KE_HOACH_CAI_TIEN);
  const existing = readTableRows(t.values, t.layout).map((r) => r.record as unknown as ActionRow);
  const year = yearOf(read.workbook.settings.namDanhGia) ?? new Date().getFullYear();
  const add = newActions(existing, suggestedActions(a, year));
  if (add.length) {
    const start = t.values.length + 1;
    const rows = add.map((x) => layoutRow(t.layout, x));
    ensureRows(t.sheet, start + rows.length - 1);
    // The user's tồn tại is copied exactly ("- Một số…", "15/01"): text cells, no apostrophe, never a formula.
    setTextValues(t.sheet.getRange(start, 1, rows.length, t.layout.width), rows);
  }
  appendHistory(ss, { action: 'Cập nhật kế hoạch cải tiến', result: `Thêm ${add.length} nội dung; tổng ${existing.length + add.length}` }, tz);
  return { added: add.length, total: existing.length + add.length };
}

/** Menu / sidebar: the follow-up report of the improvement plan (S004 structure), as a new Doc. */
export function dvhtBaoCaoCaiTien(): SavedDocument {
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  const { ctx, when, tz } = context(ss);
  const t = table(ss, KE_HOACH_CAI_TIEN);
  const actions = readTableRows(t.values, t.layout).map((r) => r.record as unknown as ActionRow);
  const model = improvementReport(ctx, actions);
  const name = `${model.name} - ${when.stamp}`;
  const doc = saveDocument(model, name, folderYear(ctx.year, when.date.year));
  appendHistory(ss, { action: 'Báo cáo cải tiến', result: `${actions.length} nội dung`, link: doc.url }, tz);
  return doc;
}

/** The yearly columns cleared in the new year's copy: marks, claims, texts and evidence of the year before. */
const YEARLY: readonly [TableSheetSpec, readonly string[]][] = [
  [THANH_VIEN, ['kyLuat', 'boiDuong', 'chuyenDoiSo', 'ngoaiNgu', 'danhHieu', 'cdht', 'lyDo']],
  [NGUOI_HOC, ['soDatCdht']],
  [CHI_TIEU, ['tuDanhGia', 'danhHieuTapThe', 'mucChuyenDoiSo', 'diemDayHoc', 'diemQuanTri', 'minhChung', 'moTa', 'diemManh', 'tonTai', 'giaiPhap']],
];
const YEARLY_SETTINGS = ['soHieuVanBan', 'soQuyetDinhHoiDong', 'ngayThanhLapHoiDong', 'ngayHopHoiDong', 'ngayBaoCao'];

/**
 * Menu: turns a COPY of last year's workbook (Tệp → Tạo bản sao) into the next year's. The original is recognised by
 * its file id stamped at set-up and is never changed: the add-in keeps its narrow "this spreadsheet only" scope, so
 * it cannot create files itself, and the user's own copy keeps sharing and ownership as they were.
 */
export function dvhtNamMoi(): void {
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  const ui = SpreadsheetApp.getUi();
  const stamped = ss.getDeveloperMetadata().find((m) => m.getKey() === FILE_ID_KEY)?.getValue();
  if (stamped === ss.getId()) {
    ui.alert('Tạo năm đánh giá mới', 'Đây là bảng tính gốc của năm đánh giá hiện tại nên ĐVHT không sửa. Hãy chọn Tệp → Tạo bản sao, mở bản sao rồi chọn lại ĐVHT → Tạo năm đánh giá mới.', ui.ButtonSet.OK);
    return;
  }
  const answer = ui.alert('Tạo năm đánh giá mới', 'Bảng tính này sẽ thành bảng tính của năm sau: giữ danh sách thành viên, thông tin đơn vị, danh mục minh chứng (đánh dấu "Cần xác nhận lại" ở cột "Xác nhận lại", ghi chú của bạn giữ nguyên) và kế hoạch cải tiến; xóa kết quả từng người, số liệu người học và nội dung tự đánh giá của năm trước. Chỉ thực hiện trên BẢN SAO. Tiếp tục?', ui.ButtonSet.YES_NO);
  if (answer !== ui.Button.YES) return;
  // The work runs under the document lock, taken only after the question (an open alert would hold it).
  runLocked('Tạo năm đánh giá mới', () => {
    const year = carryOver(ss);
    return () => ui.alert('Tạo năm đánh giá mới', `Đã chuyển bản sao sang năm ${year ? year + 1 : 'mới'}. Bảng tính gốc không thay đổi. Hãy xác nhận lại các minh chứng (sheet Minh chứng, cột "Xác nhận lại"; Kiểm tra dữ liệu liệt kê các dòng còn dấu) và nhập kết quả của năm mới.`, ui.ButtonSet.OK);
  });
}

/** Turns the copy into the next year's workbook; returns the year it was (null when not typed). */
function carryOver(ss: Spreadsheet): number | null {
  setUpTemplate(ss); // carry-over also works from an older template: upgrade first
  for (const [spec, fields] of YEARLY) {
    const t = table(ss, spec);
    const rows = t.values.length - t.layout.headerIndex - 1;
    if (rows <= 0) continue;
    for (const f of fields) {
      const c = t.layout.columns[f];
      if (c !== undefined) t.sheet.getRange(t.layout.headerIndex + 2, c + 1, rows, 1).setValues(Array.from({ length: rows }, () => ['']));
    }
  }
  // Every evidence row is marked in its own column (set-up above added it): the user's Ghi chú is never touched.
  const ev = table(ss, MINH_CHUNG);
  const mark = ev.layout.columns.xacNhanLai;
  if (mark !== undefined && ev.values.length > ev.layout.headerIndex + 1) {
    const body = ev.values.slice(ev.layout.headerIndex + 1);
    const marks = body.map((r) => [String(r[ev.layout.columns.ma] ?? '').trim() ? NEEDS_CONFIRMATION : r[mark]]);
    setTextValues(ev.sheet.getRange(ev.layout.headerIndex + 2, mark + 1, marks.length, 1), marks);
  }
  // Only the year and the yearly settings change; every other value of Đơn vị (and any formula there) stays.
  const form = ss.getSheetByName(DON_VI.name)!;
  const values = sheetValues(form);
  const rowOf = locateForm(values, DON_VI);
  const year = yearOf(values[rowOf.namDanhGia]?.[1]); // "năm 2025" is 2025, as in every document
  if (year && rowOf.namDanhGia !== undefined) form.getRange(rowOf.namDanhGia + 1, 2).setValue(year + 1);
  for (const k of YEARLY_SETTINGS) if (rowOf[k] !== undefined) form.getRange(rowOf[k] + 1, 2).clearContent();
  stampFileId(ss);
  setUpTemplate(ss); // the guide and Tổng hợp now speak of the new year
  appendHistory(ss, { action: 'Tạo năm đánh giá mới', result: `Chuyển sang năm ${year ? year + 1 : 'mới'}; dữ liệu năm trước ở bảng tính gốc` });
  return year ?? null;
}

function stampFileId(ss: Spreadsheet): void {
  const found = ss.getDeveloperMetadata().find((m) => m.getKey() === FILE_ID_KEY);
  if (found) found.setValue(ss.getId());
  else ss.addDeveloperMetadata(FILE_ID_KEY, ss.getId(), SpreadsheetApp.DeveloperMetadataVisibility.DOCUMENT);
}
