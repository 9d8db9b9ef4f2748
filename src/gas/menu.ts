// The "ĐVHT" menu and its handlers. onOpen runs as a simple trigger (restricted auth): it only builds the menu.
import { checkWorkbook } from '../check/checkWorkbook';
import { checkOptions } from './checkOptions';
import { checkReport, checkSummary } from '../check/describe';
import { SHEET_NAMES } from '../sheet/schema';
import { appendHistory } from './history';
import { readSchoolWorkbook } from './readSheets';
import { ForeignSheetError } from './template/tableSheet';
import { ReportResult, createReport, reportPdf } from './report/createReport';
import { escapeHtml } from '../util/html';
import { dvhtBaoCaoCaiTien, dvhtCapNhatKeHoachCaiTien, dvhtTaoKeHoach } from './year';
import { setUpTemplate } from './template/setupTemplate';

const MENU = 'ĐVHT';

export function onOpen(): void {
  SpreadsheetApp.getUi()
    .createMenu(MENU)
    .addItem('Mở bảng điều khiển', 'dvhtMoBangDieuKhien')
    .addItem('Thiết lập / nâng cấp mẫu', 'dvhtThietLapMau')
    .addItem('Kiểm tra dữ liệu', 'dvhtKiemTraDuLieu')
    .addItem('Tạo báo cáo', 'dvhtTaoBaoCao')
    .addSeparator()
    .addItem('Tạo kế hoạch tự đánh giá', 'dvhtTaoKeHoachMenu')
    .addItem('Cập nhật kế hoạch cải tiến', 'dvhtCapNhatKeHoachCaiTienMenu')
    .addItem('Báo cáo thực hiện cải tiến', 'dvhtBaoCaoCaiTienMenu')
    .addItem('Tạo năm đánh giá mới', 'dvhtNamMoi')
    .addSeparator()
    .addItem('Hướng dẫn', 'dvhtHuongDan')
    .addToUi();
}

export function onInstall(): void {
  onOpen();
}

/** Runs an action under the document lock; tells the user, in Vietnamese, when it cannot. */
function withLock<T>(action: string, body: () => T): T | undefined {
  const ui = SpreadsheetApp.getUi();
  const lock = LockService.getDocumentLock();
  if (lock && !lock.tryLock(10000)) {
    ui.alert(MENU, `Đang có người khác thực hiện thao tác trên bảng tính này. Vui lòng thử lại "${action}" sau ít phút.`, ui.ButtonSet.OK);
    return undefined;
  }
  try {
    return body();
  } catch (e) {
    const message = e instanceof ForeignSheetError ? e.message : `Không thực hiện được "${action}": ${e instanceof Error ? e.message : String(e)}`;
    ui.alert(MENU, message, ui.ButtonSet.OK);
    return undefined;
  } finally {
    if (lock) lock.releaseLock();
  }
}

export function dvhtThietLapMau(): void {
  withLock('Thiết lập / nâng cấp mẫu', () => {
    const ss = SpreadsheetApp.getActiveSpreadsheet();
    const r = setUpTemplate(ss);
    const parts = [
      r.fromVersion === null ? `Đã tạo mẫu ĐVHT phiên bản ${r.toVersion}.` : r.fromVersion < r.toVersion ? `Đã nâng cấp mẫu từ phiên bản ${r.fromVersion} lên ${r.toVersion}.` : `Mẫu đã ở phiên bản ${r.toVersion}; đã kiểm tra và bổ sung phần còn thiếu.`,
      r.createdSheets.length && r.fromVersion !== null ? `Sheet mới: ${r.createdSheets.join(', ')}.` : '',
      r.addedColumns.length ? `Cột mới: ${r.addedColumns.join('; ')}.` : '',
      r.addedFields.length ? `Thông tin mới ở sheet Đơn vị: ${r.addedFields.join(', ')}.` : '',
      r.addedChiTieu.length ? `Dòng chỉ tiêu mới: ${r.addedChiTieu.join(', ')}.` : '',
      'Dữ liệu đã nhập được giữ nguyên.',
    ].filter(Boolean);
    appendHistory(ss, { action: r.fromVersion === null ? 'Thiết lập mẫu' : 'Nâng cấp mẫu', result: parts.join(' ') });
    SpreadsheetApp.getUi().alert(MENU, parts.join('\n'), SpreadsheetApp.getUi().ButtonSet.OK);
  });
}

export function dvhtKiemTraDuLieu(): void {
  withLock('Kiểm tra dữ liệu', () => {
    const ss = SpreadsheetApp.getActiveSpreadsheet();
    const result = checkWorkbook(readSchoolWorkbook(ss), checkOptions(ss));
    appendHistory(ss, { action: 'Kiểm tra dữ liệu', result: checkSummary(result) });
    SpreadsheetApp.getUi().alert('Kiểm tra dữ liệu', checkReport(result), SpreadsheetApp.getUi().ButtonSet.OK);
  });
}

/** Menu: creates the whole dossier (or only the báo cáo for a unit below mức độ 1) and shows its link. */
export function dvhtTaoBaoCao(): void {
  withLock('Tạo báo cáo', () => {
    const r = createReport(SpreadsheetApp.getActiveSpreadsheet());
    const html = HtmlService.createHtmlOutput(reportLinkHtml(r)).setWidth(420).setHeight(220);
    SpreadsheetApp.getUi().showModalDialog(html, 'Đã tạo hồ sơ');
  });
}

function reportLinkHtml(r: ReportResult): string {
  const notes = r.notes.map((n) => `<p style="color:#b06000">${escapeHtml(n)}</p>`).join('');
  return `<div style="font-family:Arial,sans-serif;font-size:13px">
<p>Mức tự đánh giá: <b>${escapeHtml(r.level)}</b>. Hồ sơ gồm ${r.parts.length} phần.</p>
<p><a href="${escapeHtml(r.url)}" target="_blank" rel="noopener">Mở hồ sơ: ${escapeHtml(r.name)}</a></p>${notes}</div>`;
}

/** For the sidebar (google.script.run): creates the chosen parts and returns plain JSON. */
export function dvhtTaoHoSo(parts?: string[]): ReportResult {
  const lock = LockService.getDocumentLock();
  if (lock && !lock.tryLock(10000)) throw new Error('Đang có người khác tạo báo cáo trên bảng tính này. Vui lòng thử lại sau ít phút.');
  try {
    return createReport(SpreadsheetApp.getActiveSpreadsheet(), parts);
  } finally {
    if (lock) lock.releaseLock();
  }
}

/** For the sidebar: the PDF of a report just created, base64-encoded. */
export function dvhtTaiPdf(id: string): { name: string; base64: string } {
  return reportPdf(String(id));
}

function showDocLink(title: string, r: { url: string; name: string }): void {
  const html = `<div style="font-family:Arial,sans-serif;font-size:13px"><p><a href="${escapeHtml(r.url)}" target="_blank" rel="noopener">Mở: ${escapeHtml(r.name)}</a></p></div>`;
  SpreadsheetApp.getUi().showModalDialog(HtmlService.createHtmlOutput(html).setWidth(420).setHeight(140), title);
}

export function dvhtTaoKeHoachMenu(): void {
  withLock('Tạo kế hoạch tự đánh giá', () => showDocLink('Đã tạo kế hoạch', dvhtTaoKeHoach()));
}

export function dvhtCapNhatKeHoachCaiTienMenu(): void {
  withLock('Cập nhật kế hoạch cải tiến', () => {
    const r = dvhtCapNhatKeHoachCaiTien();
    SpreadsheetApp.getUi().alert(MENU, `Đã thêm ${r.added} nội dung cải tiến từ các tồn tại (tổng ${r.total}). Các dòng đã có được giữ nguyên.`, SpreadsheetApp.getUi().ButtonSet.OK);
  });
}

export function dvhtBaoCaoCaiTienMenu(): void {
  withLock('Báo cáo thực hiện cải tiến', () => showDocLink('Đã tạo báo cáo cải tiến', dvhtBaoCaoCaiTien()));
}

export function dvhtHuongDan(): void {
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  const sheet = ss.getSheetByName(SHEET_NAMES.huongDan);
  if (sheet) ss.setActiveSheet(sheet);
  else SpreadsheetApp.getUi().alert(MENU, 'Chưa có sheet Hướng dẫn: chọn ĐVHT → Thiết lập / nâng cấp mẫu.', SpreadsheetApp.getUi().ButtonSet.OK);
}
