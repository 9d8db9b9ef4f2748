// Server side of the sidebar: open it, one call returning everything it shows, and selecting a problem's cell.
import { checkWorkbook } from '../check/checkWorkbook';
import { checkOptions } from './checkOptions';
import { PanelStatus, panelStatus } from '../panel/status';
import { reportContext } from '../report/context';
import { readSchoolWorkbook } from './readSheets';
import { today } from './sheetAccess';

/** Menu: opens the sidebar (one inlined HTML file: Sidebar.html). */
export function dvhtMoBangDieuKhien(): void {
  const html = HtmlService.createHtmlOutputFromFile('Sidebar').setTitle('ĐVHT – Đơn vị học tập');
  SpreadsheetApp.getUi().showSidebar(html);
}

/** For the sidebar: the unit's status, every chỉ tiêu and every problem, as plain JSON (each sheet read once). */
export function dvhtTrangThai(): PanelStatus {
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  const read = readSchoolWorkbook(ss);
  const check = checkWorkbook(read, checkOptions(ss));
  return panelStatus(check, reportContext(read.workbook, check.assessment, today(ss).date));
}

/** For the sidebar: selects the cell a problem names, e.g. ("Thành viên", "G12"). */
export function dvhtChonO(sheetName: string, cell: string): void {
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  const sheet = ss.getSheetByName(String(sheetName));
  if (!sheet) throw new Error(`Không tìm thấy sheet "${sheetName}".`);
  const a1 = /^[A-Z]{1,3}\d{1,7}$/.test(String(cell)) ? String(cell) : 'A1';
  ss.setActiveSheet(sheet);
  sheet.getRange(a1).activate();
}
