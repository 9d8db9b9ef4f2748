// Creates or upgrades a table sheet in place: finds columns by header, appends what is missing, never moves or
// overwrites a value the user typed; every write is a block, so the cost does not grow with the number of rows.
import { columnLetter } from '../../sheet/a1';
import { ColumnSpec, TABLE_CAPACITY, TableSheetSpec } from '../../sheet/schema';
import { locateTable } from '../../sheet/table';
import { isBlank } from '../../vocab/normalize';
import { ensureProtection } from './protection';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** Where a table is after set-up (1-based). */
export interface PlacedTable {
  readonly headerRow: number;
  readonly columns: Readonly<Record<string, number>>;
  /** Last row covered by validations, formats and the summary's formulas. */
  readonly lastRow: number;
  readonly addedColumns: readonly string[];
}

const HEADER_SCAN_ROWS = 10;
const HEADER_BACKGROUND = '#e8f0fe';

/** Thrown when a sheet of the template's name holds something else: the user must rename it; nothing is touched. */
export class ForeignSheetError extends Error {}

function validationFor(c: ColumnSpec): GoogleAppsScript.Spreadsheet.DataValidation | null {
  if (!c.choice) return null;
  return SpreadsheetApp.newDataValidation()
    .requireValueInList([...c.choice.values], true)
    .setAllowInvalid(!c.choice.strict)
    .setHelpText(c.note)
    .build();
}

function numberFormatFor(c: ColumnSpec): string | null {
  switch (c.kind) {
    case 'integer': return '0';
    case 'number': return '0.##';
    case 'text': case 'longText': case 'evidence': case 'readonly': return '@';
    default: return null;
  }
}

export function ensureTable(sheet: Sheet, spec: TableSheetSpec, created: boolean): PlacedTable {
  const lastColumn = sheet.getLastColumn();
  const lastRow = sheet.getLastRow();
  const top = lastColumn > 0 ? sheet.getRange(1, 1, Math.min(HEADER_SCAN_ROWS, Math.max(lastRow, 1)), lastColumn).getValues() : [];
  const located = locateTable(top, spec);
  if (!located && top.some((r) => r.some((v) => !isBlank(v)))) {
    throw new ForeignSheetError(
      `Sheet "${spec.name}" đã có dữ liệu nhưng không có dòng tiêu đề của mẫu ĐVHT. Hãy đổi tên sheet đó (ví dụ "${spec.name} cũ") rồi chạy lại Thiết lập / nâng cấp mẫu; ĐVHT không ghi đè dữ liệu.`,
    );
  }
  const headerRow = located ? located.headerIndex + 1 : 1;
  const columns: Record<string, number> = {};
  for (const [k, i] of Object.entries(located?.columns ?? {})) columns[k] = i + 1;
  const missing = spec.columns.filter((c) => columns[c.key] === undefined);

  // New columns go after everything already used, so no typed value is ever moved or overwritten.
  const firstNew = lastColumn + 1;
  if (missing.length) {
    const maxColumns = sheet.getMaxColumns();
    const needed = firstNew + missing.length - 1 - maxColumns;
    if (needed > 0) sheet.insertColumnsAfter(maxColumns, needed);
    sheet.getRange(headerRow, firstNew, 1, missing.length).setValues([missing.map((c) => c.header)]);
    missing.forEach((c, i) => (columns[c.key] = firstNew + i));
  }
  const width = Math.max(lastColumn, firstNew + missing.length - 1);
  const dataLastRow = Math.max(headerRow + TABLE_CAPACITY, lastRow + 200);
  const maxRows = sheet.getMaxRows();
  if (maxRows < dataLastRow) sheet.insertRowsAfter(maxRows, dataLastRow - maxRows);

  // Header row: style and help notes (notes of columns the template does not know are kept).
  const header = sheet.getRange(headerRow, 1, 1, width);
  header.setFontWeight('bold').setBackground(HEADER_BACKGROUND).setWrap(true).setVerticalAlignment('middle');
  const notes = header.getNotes();
  for (const c of spec.columns) notes[0][columns[c.key] - 1] = c.note;
  header.setNotes(notes);
  sheet.setFrozenRows(headerRow);

  // Per column: widths for new columns only (the user may have resized), validations and formats on the data rows.
  const rows = dataLastRow - headerRow;
  for (const c of spec.columns) {
    const at = columns[c.key];
    if (created || missing.includes(c)) sheet.setColumnWidth(at, c.width);
    const body = sheet.getRange(headerRow + 1, at, rows, 1);
    const rule = validationFor(c);
    if (rule) body.setDataValidation(rule);
    const format = numberFormatFor(c);
    if (format) body.setNumberFormat(format);
    if (c.kind === 'longText') body.setWrap(true).setVerticalAlignment('top');
  }
  if (created) sheet.setTabColor(spec.tabColor);

  ensureProtection(sheet, `ĐVHT: dòng tiêu đề sheet ${spec.name}`, () => sheet.getRange(headerRow, 1, 1, width));
  for (const c of spec.columns.filter((x) => x.kind === 'readonly')) {
    const l = columnLetter(columns[c.key]);
    ensureProtection(sheet, `ĐVHT: cột ${c.header} (không sửa)`, () => sheet.getRange(`${l}${headerRow + 1}:${l}${dataLastRow}`));
  }
  if (spec.addInOwned) ensureProtection(sheet, `ĐVHT: sheet ${spec.name} do ĐVHT ghi`, null);
  return { headerRow, columns, lastRow: dataLastRow, addedColumns: missing.map((c) => c.header) };
}
