// The "ĐVHT" menu and its handlers. onOpen runs as a simple trigger (restricted auth): it only builds the menu.
import { checkWorkbook } from '../check/checkWorkbook';
import { checkOptions } from './checkOptions';
import { checkReport, checkSummary } from '../check/describe';
import { SHEET_NAMES } from '../sheet/schema';
import { appendHistory } from './history';
import { readSchoolWorkbook } from './readSheets';
import { alertUser, runLocked, underLock } from './lockedAction';
import { ReportResult, createReport } from './report/createReport';
import { documentNotes } from './report/saveDocument';
import { escapeHtml } from '../util/html';
import { documentLinksHtml, showDialog, showDocLink } from './docLink';
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
    .addItem('Kiểm tra cài đặt', 'dvhtKiemTraCaiDat')
    .addToUi();
}

export function onInstall(): void {
  onOpen();
}

export function dvhtThietLapMau(): void {
  runLocked('Thiết lập / nâng cấp mẫu', () => {
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
    return () => alertUser(parts.join('\n'));
  });
}

export function dvhtKiemTraDuLieu(): void {
  runLocked('Kiểm tra dữ liệu', () => {
    const ss = SpreadsheetApp.getActiveSpreadsheet();
    const tz = ss.getSpreadsheetTimeZone(); // read once: the check's dates and the Lịch sử line
    const result = checkWorkbook(readSchoolWorkbook(ss), checkOptions(ss, tz));
    appendHistory(ss, { action: 'Kiểm tra dữ liệu', result: checkSummary(result) }, tz);
    return () => alertUser(checkReport(result), 'Kiểm tra dữ liệu');
  });
}

/** Menu: creates the whole dossier (or only the báo cáo for a unit below mức độ 1) and shows its link. */
export function dvhtTaoBaoCao(): void {
  runLocked('Tạo báo cáo', () => {
    const r = createReport(SpreadsheetApp.getActiveSpreadsheet());
    return () => showDialog(reportLinkHtml(r), 'Đã tạo hồ sơ', 240);
  });
}

function reportLinkHtml(r: ReportResult): string {
  const notes = r.notes.map((n) => `<p style="color:#b06000">${escapeHtml(n)}</p>`).join('');
  return `<div style="font-family:Arial,sans-serif;font-size:13px">
<p>Mức tự đánh giá: <b>${escapeHtml(r.level)}</b>. Hồ sơ gồm ${r.parts.length} phần.</p>
${documentLinksHtml(r)}${notes}</div>`;
}

/**
 * For the sidebar (google.script.run): creates the chosen parts and returns plain JSON. `inFolder` false puts the
 * Doc in My Drive rather than the year's folder.
 */
export function dvhtTaoHoSo(parts?: string[], inFolder?: boolean): ReportResult {
  return underLock('Đang có người khác tạo báo cáo trên bảng tính này. Vui lòng thử lại sau ít phút.', () => createReport(SpreadsheetApp.getActiveSpreadsheet(), parts, inFolder !== false));
}

export function dvhtTaoKeHoachMenu(): void {
  runLocked('Tạo kế hoạch tự đánh giá', () => {
    const r = dvhtTaoKeHoach();
    return () => showDocLink('Đã tạo kế hoạch', r, documentNotes(r));
  });
}

export function dvhtCapNhatKeHoachCaiTienMenu(): void {
  runLocked('Cập nhật kế hoạch cải tiến', () => {
    const r = dvhtCapNhatKeHoachCaiTien();
    return () => alertUser(`Đã thêm ${r.added} nội dung cải tiến từ các tồn tại (tổng ${r.total}). Các dòng đã có được giữ nguyên.`);
  });
}

export function dvhtBaoCaoCaiTienMenu(): void {
  runLocked('Báo cáo thực hiện cải tiến', () => {
    const r = dvhtBaoCaoCaiTien();
    return () => showDocLink('Đã tạo báo cáo cải tiến', r, documentNotes(r));
  });
}

export function dvhtHuongDan(): void {
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  const sheet = ss.getSheetByName(SHEET_NAMES.huongDan);
  if (sheet) ss.setActiveSheet(sheet);
  else alertUser('Chưa có sheet Hướng dẫn: chọn ĐVHT → Thiết lập / nâng cấp mẫu.');
}
