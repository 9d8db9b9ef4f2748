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
  /** Headers that name their column only nearly, or that cannot be told apart. */
  readonly issues: readonly HeaderIssue[];
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

/** A header that does not name its column exactly: a near match used, or a column that cannot be told apart. */
export interface HeaderIssue {
  readonly key: string;
  /** 'shadow': another column also looks like this one (the exact header is used); 'ambiguous': two or more do. */
  readonly kind: 'shadow' | 'ambiguous';
  /** 0-based columns of the header cells concerned, the one used first for 'shadow'. */
  readonly columns: readonly number[];
}

/** "2.1" for "2.1 Kỷ luật lao động": the chỉ tiêu code a header starts with, if any. */
function headerCode(c: ColumnSpec): string | undefined {
  return /^([1-3]\.[1-6]) /.exec(c.header)?.[1];
}

/** Folded header texts that identify a column, its own header first (then aliases, and the header without its code). */
export function headerKeys(c: ColumnSpec): string[] {
  return [...matcherOf(c).keys];
}

interface HeaderMatcher {
  readonly keys: readonly string[];
  /** Matches a folded header that starts with the column's chỉ tiêu code. */
  readonly byCode?: RegExp;
}

/** Each column's folded keys and code pattern, built once (headers are matched cell by cell, in every custom function call). */
const MATCHERS = new WeakMap<ColumnSpec, HeaderMatcher>();

function matcherOf(c: ColumnSpec): HeaderMatcher {
  let m = MATCHERS.get(c);
  if (!m) {
    const code = headerCode(c);
    const bare = code ? [c.header.slice(code.length + 1)] : [];
    m = { keys: [c.header, ...(c.aliases ?? []), ...bare].map(foldKey), byCode: code ? new RegExp(`^${code.replace('.', '\\.')}([.:)\\s-]|$)`) : undefined };
    MATCHERS.set(c, m);
  }
  return m;
}

/**
 * How well one header cell names a column: 2 = its own header, 1 = an alias, the header without its chỉ tiêu code,
 * or a header that starts with the code ("2.1. Kỷ luật", "2.1 - Chấp hành kỷ luật"), 0 = not at all.
 */
function headerStrength(cell: unknown, c: ColumnSpec): 0 | 1 | 2 {
  const key = foldKey(cell);
  if (!key) return 0;
  const m = matcherOf(c);
  if (key === m.keys[0]) return 2;
  if (m.keys.includes(key)) return 1;
  return m.byCode?.test(key) ? 1 : 0;
}

/** Matches one header cell to a column of the spec (the strongest match; ties go to the first column). */
export function matchColumn(cell: unknown, columns: readonly ColumnSpec[]): ColumnSpec | undefined {
  let best: ColumnSpec | undefined;
  let bestStrength = 0;
  for (const c of columns) {
    const s = headerStrength(cell, c);
    if (s > bestStrength) [best, bestStrength] = [c, s];
  }
  return best;
}

/**
 * Assigns header cells to the spec's columns: exact headers first, then near matches for the columns still without
 * one. A column named by two cells equally well is left out and reported as ambiguous: ĐVHT never guesses which of
 * two columns holds the results. A near match next to an exact one is reported as a shadow.
 */
export function resolveHeader(header: readonly unknown[], spec: TableSheetSpec): { columns: Record<string, number>; issues: HeaderIssue[] } {
  const columns: Record<string, number> = {};
  const issues: HeaderIssue[] = [];
  const claimed = new Set<number>();
  const cellsWith = (c: ColumnSpec, strength: number) =>
    header.map((cell, j) => (headerStrength(cell, c) === strength ? j : -1)).filter((j) => j >= 0 && !claimed.has(j));
  for (const strength of [2, 1]) {
    const picks: [ColumnSpec, number[]][] = spec.columns
      .filter((c) => columns[c.key] === undefined && !issues.some((i) => i.key === c.key))
      .map((c) => [c, cellsWith(c, strength)]);
    for (const [c, found] of picks) {
      if (found.length === 1) columns[c.key] = found[0];
      else if (found.length > 1) {
        issues.push({ key: c.key, kind: 'ambiguous', columns: found });
        found.forEach((j) => claimed.add(j));
      }
    }
    for (const j of Object.values(columns)) claimed.add(j);
  }
  for (const c of spec.columns) {
    if (columns[c.key] === undefined) continue;
    const others = cellsWith(c, 1);
    if (others.length) issues.push({ key: c.key, kind: 'shadow', columns: [columns[c.key], ...others] });
  }
  return { columns, issues };
}

/**
 * Finds the header row: among the first rows, the one naming the most columns of the spec. Undefined when no row
 * names any (an empty or foreign sheet).
 */
export function locateTable(values: readonly (readonly unknown[])[], spec: TableSheetSpec): TableLayout | undefined {
  let best: TableLayout | undefined;
  let bestCount = 0;
  const width = values.reduce((w, r) => Math.max(w, r.length), 0);
  for (let i = 0; i < Math.min(HEADER_SCAN_ROWS, values.length); i++) {
    const count = values[i].filter((cell) => matchColumn(cell, spec.columns)).length;
    if (count > bestCount) {
      const { columns, issues } = resolveHeader(values[i], spec);
      best = { headerIndex: i, columns, width, issues };
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
