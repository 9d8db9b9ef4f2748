// Small shared adapters: today's date in the spreadsheet's time zone, a table or form sheet read in one batch, and
// placing a record in a table row / growing a sheet to a row.
import { DateParts } from '../report/vnFormat';
import { locateForm, readForm } from '../sheet/form';
import { FormSheetSpec, TableSheetSpec } from '../sheet/schema';
import { TableLayout, locateTable, readTableRows } from '../sheet/table';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** Today's date and a "dd/MM/yyyy HH:mm" stamp, in the spreadsheet's time zone (two Utilities calls). */
export function today(ss: Spreadsheet, tz = ss.getSpreadsheetTimeZone()): { date: DateParts; stamp: string } {
  const now = new Date();
  const [day, month, year] = Utilities.formatDate(now, tz, 'd/M/yyyy').split('/').map(Number);
  return { date: { day, month, year }, stamp: Utilities.formatDate(now, tz, 'dd/MM/yyyy HH:mm') };
}

/**
 * All of a sheet's data in ONE call: getSheetValues(1, 1, -1, -1), where "a -1 value given as the row or column
 * position is equivalent to getting the very last row or column that has data in the sheet"
 * (https://developers.google.com/apps-script/reference/spreadsheet/sheet#getSheetValues(Integer,Integer,Integer,Integer);
 * the idiom is common in published scripts). getDataRange().getValues() returns the same grid in two calls. A sheet
 * with no data at all may not give a range of -1 rows, so it falls back to the two documented calls.
 */
export function sheetValues(sheet: GoogleAppsScript.Spreadsheet.Sheet): unknown[][] {
  try {
    return sheet.getSheetValues(1, 1, -1, -1);
  } catch (e) {
    return sheet.getDataRange().getValues();
  }
}

export interface SheetTable {
  readonly sheet: GoogleAppsScript.Spreadsheet.Sheet;
  readonly values: unknown[][];
  readonly layout: TableLayout;
}

/** A table sheet with its values (one read) and where its columns are; a Vietnamese error when it is missing. */
export function readTableSheet(ss: Spreadsheet, spec: TableSheetSpec, fix: string): SheetTable {
  const sheet = ss.getSheetByName(spec.name);
  if (!sheet) throw new Error(`Thiếu sheet "${spec.name}": ${fix}`);
  const values = sheetValues(sheet);
  const layout = locateTable(values, spec);
  if (!layout) throw new Error(`Sheet "${spec.name}" không có dòng tiêu đề của mẫu ĐVHT: ${fix}`);
  return { sheet, values, layout };
}

/** The records of a table sheet (one read); none when the sheet or its header row is missing. */
export function tableRecords(ss: Spreadsheet, spec: TableSheetSpec): Record<string, unknown>[] {
  const sheet = ss.getSheetByName(spec.name);
  if (!sheet) return [];
  const values = sheetValues(sheet);
  const layout = locateTable(values, spec);
  return layout ? readTableRows(values, layout).map((r) => r.record) : [];
}

/** The values of a form sheet by field key (one read); every field '' when the sheet is missing. */
export function formRecord(ss: Spreadsheet, spec: FormSheetSpec): Record<string, unknown> {
  const sheet = ss.getSheetByName(spec.name);
  const values = sheet ? sheetValues(sheet) : [];
  return readForm(values, locateForm(values, spec), spec);
}

/** A row of `layout.width` cells with each record value in its field's column ('' elsewhere; unknown fields dropped). */
export function layoutRow(layout: TableLayout, record: object): unknown[] {
  const row: unknown[] = Array(layout.width).fill('');
  for (const [k, v] of Object.entries(record)) if (layout.columns[k] !== undefined) row[layout.columns[k]] = v;
  return row;
}

/** Grows a sheet so that row `lastRow` exists (one call to read the size, one to grow when needed). */
export function ensureRows(sheet: GoogleAppsScript.Spreadsheet.Sheet, lastRow: number): void {
  const max = sheet.getMaxRows();
  if (lastRow > max) sheet.insertRowsAfter(max, lastRow - max);
}
