// Appends a row to "Lịch sử" (written by the add-in only): time, user, action, result, link, template version.
import { LICH_SU, TEMPLATE_VERSION } from '../sheet/schema';
import { locateTable } from '../sheet/table';
import { setTextValues } from './writeText';

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

export function appendHistory(ss: Spreadsheet, entry: HistoryEntry): void {
  const sheet = ss.getSheetByName(LICH_SU.name);
  if (!sheet) return; // the template is not set up; nothing to log into
  const header = sheet.getRange(1, 1, Math.min(10, Math.max(sheet.getLastRow(), 1)), Math.max(sheet.getLastColumn(), 1)).getValues();
  const layout = locateTable(header, LICH_SU);
  if (!layout) return;
  const row: unknown[] = Array(layout.width).fill('');
  const time = Utilities.formatDate(new Date(), ss.getSpreadsheetTimeZone(), 'dd/MM/yyyy HH:mm:ss');
  const values: Record<string, string> = {
    thoiGian: time, nguoiThucHien: currentUser(), thaoTac: entry.action, ketQua: entry.result, lienKet: entry.link ?? '', phienBanMau: String(TEMPLATE_VERSION),
  };
  for (const [field, col] of Object.entries(layout.columns)) row[col] = values[field] ?? '';
  // Plain-text cells, also past the formatted rows: the time "dd/MM/yyyy HH:mm:ss" stays the text it is.
  const at = sheet.getLastRow() + 1;
  if (at > sheet.getMaxRows()) sheet.insertRowsAfter(sheet.getMaxRows(), 1);
  setTextValues(sheet.getRange(at, 1, 1, layout.width), [row]);
}
