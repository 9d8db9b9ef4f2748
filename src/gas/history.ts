// Appends a row to "Lịch sử" (written by the add-in only): time, user, action, result, link, template version.
import { LICH_SU, TEMPLATE_VERSION } from '../sheet/schema';
import { locateTable } from '../sheet/table';
import { setAllText } from './writeText';
import { ensureRows, layoutRow, sheetValues } from './sheetAccess';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export interface HistoryEntry {
  readonly action: string;
  readonly result: string;
  readonly link?: string;
}

/** The user's e-mail when Google discloses it (often not, outside one Workspace domain). */
export function currentUser(): string {
  try {
    return Session.getActiveUser().getEmail() || 'không xác định';
  } catch (e) {
    return 'không xác định';
  }
}

/**
 * One line at the end of Lịch sử, found from the sheet's data (one read: the header and the line count together).
 * `tz`: the spreadsheet's time zone when the caller has read it already.
 */
export function appendHistory(ss: Spreadsheet, entry: HistoryEntry, tz = ss.getSpreadsheetTimeZone()): void {
  const sheet = ss.getSheetByName(LICH_SU.name);
  if (!sheet) return; // the template is not set up; nothing to log into
  const values = sheetValues(sheet);
  const layout = locateTable(values.slice(0, 10), LICH_SU);
  if (!layout) return;
  const time = Utilities.formatDate(new Date(), tz, 'dd/MM/yyyy HH:mm:ss');
  const row = layoutRow(layout, {
    thoiGian: time, nguoiThucHien: currentUser(), thaoTac: entry.action, ketQua: entry.result, lienKet: entry.link ?? '', phienBanMau: String(TEMPLATE_VERSION),
  }) as string[];
  // Plain-text cells, also past the formatted rows: the time "dd/MM/yyyy HH:mm:ss" stays the text it is.
  const at = values.length + 1;
  ensureRows(sheet, at);
  setAllText(sheet.getRange(at, 1, 1, layout.width), [row]);
}
