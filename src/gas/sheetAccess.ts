// Small shared adapters: today's date in the spreadsheet's time zone, and one table sheet read in one batch.
import { DateParts } from '../report/vnFormat';
import { TableSheetSpec } from '../sheet/schema';
import { TableLayout, locateTable } from '../sheet/table';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** Today's date and a "dd/MM/yyyy HH:mm" stamp, in the spreadsheet's time zone (two Utilities calls). */
export function today(ss: Spreadsheet, tz = ss.getSpreadsheetTimeZone()): { date: DateParts; stamp: string } {
  const now = new Date();
  const [day, month, year] = Utilities.formatDate(now, tz, 'd/M/yyyy').split('/').map(Number);
  return { date: { day, month, year }, stamp: Utilities.formatDate(now, tz, 'dd/MM/yyyy HH:mm') };
}

export interface SheetTable {
  readonly sheet: GoogleAppsScript.Spreadsheet.Sheet;
  readonly values: unknown[][];
  readonly layout: TableLayout;
}

/** A table sheet with its values (one getValues) and where its columns are; a Vietnamese error when it is missing. */
export function readTableSheet(ss: Spreadsheet, spec: TableSheetSpec, fix: string): SheetTable {
  const sheet = ss.getSheetByName(spec.name);
  if (!sheet) throw new Error(`Thiếu sheet "${spec.name}": ${fix}`);
  const values = sheet.getDataRange().getValues();
  const layout = locateTable(values, spec);
  if (!layout) throw new Error(`Sheet "${spec.name}" không có dòng tiêu đề của mẫu ĐVHT: ${fix}`);
  return { sheet, values, layout };
}
