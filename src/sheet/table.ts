// Reads a table sheet from its values (one batch read): finds the header row and columns by header text, not position.
import { cleanMultiline, foldKey, isBlank } from '../vocab/normalize';
import { ColumnSpec, TableSheetSpec } from './schema';

/** Where a table's header row and columns are (0-based indexes into the values read). */
export interface TableLayout {
  readonly headerIndex: number;
  /** Column index by record field. */
  readonly columns: Readonly<Record<string, number>>;
  /** Width of the values read. */
  readonly width: number;
}

export interface TableRow {
  /** Sheet row, 1-based. */
  readonly row: number;
  readonly record: Record<string, unknown>;
  /** Error values met in the row (#N/A…), by field. */
  readonly errors: readonly { field: string; value: string }[];
}

const HEADER_SCAN_ROWS = 10;
const ERROR_VALUE = /^#(N\/A|REF!|VALUE!|DIV\/0!|NAME\?|NUM!|NULL!|ERROR!)$/;

export function isErrorValue(v: unknown): v is string {
  return typeof v === 'string' && ERROR_VALUE.test(v.trim());
}

/** Folded header texts that identify a column, its own header first. */
export function headerKeys(c: ColumnSpec): string[] {
  return [c.header, ...(c.aliases ?? [])].map(foldKey);
}

/** Matches one header cell to a column of the spec; header cells may carry line breaks or a leading code. */
export function matchColumn(cell: unknown, columns: readonly ColumnSpec[]): ColumnSpec | undefined {
  const key = foldKey(cell);
  if (!key) return undefined;
  return columns.find((c) => headerKeys(c).includes(key));
}

/**
 * Finds the header row: among the first rows, the one naming the most columns of the spec. Undefined when no row
 * names any (an empty or foreign sheet). The first match of a column wins, so a duplicated header is ignored.
 */
export function locateTable(values: readonly (readonly unknown[])[], spec: TableSheetSpec): TableLayout | undefined {
  let best: TableLayout | undefined;
  let bestCount = 0;
  const width = values.reduce((w, r) => Math.max(w, r.length), 0);
  for (let i = 0; i < Math.min(HEADER_SCAN_ROWS, values.length); i++) {
    const columns: Record<string, number> = {};
    values[i].forEach((cell, j) => {
      const c = matchColumn(cell, spec.columns);
      if (c && columns[c.key] === undefined) columns[c.key] = j;
    });
    const count = Object.keys(columns).length;
    if (count > bestCount) {
      best = { headerIndex: i, columns, width };
      bestCount = count;
    }
  }
  return best;
}

/** The data rows under the header: rows with nothing in any known column are skipped. */
export function readTableRows(values: readonly (readonly unknown[])[], layout: TableLayout): TableRow[] {
  const rows: TableRow[] = [];
  for (let i = layout.headerIndex + 1; i < values.length; i++) {
    const record: Record<string, unknown> = {};
    const errors: { field: string; value: string }[] = [];
    let filled = false;
    for (const [field, j] of Object.entries(layout.columns)) {
      let v = values[i][j];
      if (isErrorValue(v)) {
        errors.push({ field, value: v.trim() });
        v = '';
      }
      if (typeof v === 'string') v = cleanMultiline(v);
      if (!isBlank(v)) filled = true;
      record[field] = v;
    }
    if (filled || errors.length) rows.push({ row: i + 1, record, errors });
  }
  return rows;
}
