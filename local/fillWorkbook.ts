// Writes workbook records (examples/*.json) into a spreadsheet that holds the template, column by header, in blocks,
// the way a secretary would type them. Used to build the example workbook and random workbooks for tests.
import { SchoolWorkbook } from '../src/workbook/records';
import { CHI_TIEU, DON_VI, HOI_DONG, MINH_CHUNG, NGUOI_HOC, TableSheetSpec, THANH_VIEN } from '../src/sheet/schema';
import { locateTable } from '../src/sheet/table';
import { locateForm } from '../src/sheet/form';
import { allChiTieu } from '../src/rules/catalogue';
import { chiTieuIdOf } from '../src/sheet/readWorkbook';
import { changesWhenEntered } from './spreadsheet/userEntered';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

function sheetOf(ss: Spreadsheet, name: string): GoogleAppsScript.Spreadsheet.Sheet {
  const sheet = ss.getSheetByName(name);
  if (!sheet) throw new Error(`Sheet ${name} is missing: set the template up first`);
  return sheet;
}

interface Typing {
  readonly locale: string;
  readonly timeZone: string;
}

function typingOf(ss: Spreadsheet): Typing {
  return { locale: ss.getSpreadsheetLocale(), timeZone: ss.getSpreadsheetTimeZone() };
}

/**
 * What a user types to get this value into a cell of this number format: the text itself, except where Sheets would
 * read it as something else (a date, a number, a formula) — then the user types an apostrophe first. In a plain-text
 * cell ('@', the template's text columns) nothing is ever read otherwise, so the text is typed as it is.
 */
function typed(v: unknown, numberFormat: string, how: Typing): unknown {
  if (v === undefined || v === null) return '';
  if (typeof v !== 'string') return v;
  return changesWhenEntered(v, { numberFormat, ...how }) ? `'${v}` : v;
}

/** Types a block of values into a range, cell by cell as `typed` says (one getNumberFormats, one setValues). */
function typeInto(range: GoogleAppsScript.Spreadsheet.Range, values: unknown[][], how: Typing): void {
  const formats = range.getNumberFormats();
  range.setValues(values.map((row, i) => row.map((v, j) => typed(v, formats[i][j], how))));
}

function fillTable(ss: Spreadsheet, spec: TableSheetSpec, records: readonly Record<string, unknown>[]): void {
  if (!records.length) return;
  const sheet = sheetOf(ss, spec.name);
  const top = sheet.getRange(1, 1, 10, sheet.getLastColumn()).getValues();
  const layout = locateTable(top, spec);
  if (!layout) throw new Error(`No header in ${spec.name}`);
  const rows = records.map((r) => {
    const row: unknown[] = Array(layout.width).fill('');
    for (const [field, col] of Object.entries(layout.columns)) row[col] = r[field] ?? '';
    return row;
  });
  const needed = layout.headerIndex + 1 + rows.length - sheet.getMaxRows();
  if (needed > 0) sheet.insertRowsAfter(sheet.getMaxRows(), needed); // as a user adds rows for a long list
  typeInto(sheet.getRange(layout.headerIndex + 2, 1, rows.length, layout.width), rows, typingOf(ss));
}

export function fillWorkbook(ss: Spreadsheet, wb: SchoolWorkbook): void {
  const form = sheetOf(ss, DON_VI.name);
  const values = form.getRange(1, 1, form.getLastRow(), 3).getValues();
  const rowOf = locateForm(values, DON_VI);
  const settings = wb.settings as unknown as Record<string, unknown>;
  const column = values.map((r, i) => {
    const field = Object.entries(rowOf).find(([, idx]) => idx === i)?.[0];
    return [field && settings[field] !== undefined ? settings[field] : r[1]];
  });
  typeInto(form.getRange(1, 2, column.length, 1), column, typingOf(ss));

  fillTable(ss, THANH_VIEN, wb.members as unknown as Record<string, unknown>[]);
  fillTable(ss, NGUOI_HOC, wb.classes as unknown as Record<string, unknown>[]);
  fillTable(ss, MINH_CHUNG, wb.evidence as unknown as Record<string, unknown>[]);
  fillTable(ss, HOI_DONG, wb.council as unknown as Record<string, unknown>[]);

  // Chỉ tiêu rows exist already (one per chỉ tiêu): fill the user's columns on each.
  const sheet = sheetOf(ss, CHI_TIEU.name);
  const all = sheet.getDataRange().getValues();
  const layout = locateTable(all, CHI_TIEU)!;
  const userFields = CHI_TIEU.columns.filter((c) => c.kind !== 'readonly').map((c) => c.key);
  const known = new Set(allChiTieu('tinh').map((c) => c.id));
  for (let i = layout.headerIndex + 1; i < all.length; i++) {
    const id = chiTieuIdOf(all[i][layout.columns.ma]);
    const rec = id && known.has(id) ? (wb.chiTieu[id] as Record<string, unknown> | undefined) : undefined;
    if (!rec) continue;
    for (const f of userFields) if (rec[f] !== undefined) all[i][layout.columns[f]] = rec[f];
  }
  const body = all.slice(layout.headerIndex + 1).map((r) => userFields.map((f) => r[layout.columns[f]]));
  // Write each user column as one block (columns may not be adjacent).
  userFields.forEach((f, j) => {
    typeInto(sheet.getRange(layout.headerIndex + 2, layout.columns[f] + 1, body.length, 1), body.map((r) => [r[j]]), typingOf(ss));
  });
}
