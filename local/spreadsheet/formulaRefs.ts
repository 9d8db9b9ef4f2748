// Rewrites A1 references inside stored formulas when rows/columns are inserted or deleted, or a sheet is renamed.
import { columnToLetters, lettersToColumn, quoteSheetName, unquoteSheetName } from './a1';

/** One structural change on one sheet: `count` rows/columns inserted before `at`, or deleted starting at `at`. */
export interface StructuralChange {
  sheetName: string;
  axis: 'row' | 'column';
  kind: 'insert' | 'delete';
  at: number;
  count: number;
}

// A reference token: optional sheet prefix, then a cell, a cell range, a column range (A:C) or a row range (2:5).
const SHEET_PREFIX = String.raw`(?:('(?:[^']|'')+'|[A-Za-z_\u00C0-\u1EF9][\w.\u00C0-\u1EF9]*)!)?`;
const CELL = String.raw`\$?[A-Za-z]{1,3}\$?\d+`;
const COL = String.raw`\$?[A-Za-z]{1,3}`;
const ROW = String.raw`\$?\d+`;
// "G1:G" (open at the bottom) is tried before a lone cell so that its column end is rewritten too.
const REF = new RegExp(`${SHEET_PREFIX}(${CELL}:${CELL}|${CELL}:${COL}(?![\\w(])|${CELL}|${COL}:${COL}|${ROW}:${ROW})`, 'y');
const IDENT_CHAR = /[\w.$\u00C0-\u1EF9]/;

interface Endpoint {
  colAbs: boolean;
  col: number | null;
  rowAbs: boolean;
  row: number | null;
}

function parseEndpoint(text: string): Endpoint {
  const m = /^(\$?)([A-Za-z]{1,3})?(\$?)(\d+)?$/.exec(text)!;
  return { colAbs: m[1] === '$' && !!m[2], col: m[2] ? lettersToColumn(m[2]) : null, rowAbs: m[3] === '$' || (!m[2] && m[1] === '$'), row: m[4] ? Number(m[4]) : null };
}

function formatEndpoint(e: Endpoint): string {
  const col = e.col === null ? '' : `${e.colAbs ? '$' : ''}${columnToLetters(e.col)}`;
  const row = e.row === null ? '' : `${e.rowAbs ? '$' : ''}${e.row}`;
  return col + row;
}

/**
 * Visits every reference in a formula (skipping string literals and function names) and replaces it with what
 * `visit` returns. `visit` gets the unquoted sheet name (null when unqualified) and the reference body.
 */
export function mapReferences(formula: string, visit: (sheetName: string | null, body: string, prefix: string) => string): string {
  let out = '';
  let i = 0;
  while (i < formula.length) {
    const ch = formula[i];
    if (ch === '"') {
      const end = formula.indexOf('"', i + 1);
      const stop = end < 0 ? formula.length : end + 1;
      out += formula.slice(i, stop);
      i = stop;
      continue;
    }
    const prev = i > 0 ? formula[i - 1] : '';
    if (!IDENT_CHAR.test(prev) && prev !== "'") {
      REF.lastIndex = i;
      const m = REF.exec(formula);
      if (m) {
        const next = formula[i + m[0].length] ?? '';
        if (!IDENT_CHAR.test(next) && next !== '(' && next !== '!' && !(m[1] === undefined && /^\d+:\d+$/.test(m[2]) && next === '.')) {
          const prefix = m[1] === undefined ? '' : `${m[1]}!`;
          out += visit(m[1] === undefined ? null : unquoteSheetName(m[1]), m[2], prefix);
          i += m[0].length;
          continue;
        }
      }
    }
    out += ch;
    i += 1;
  }
  return out;
}

/** Moves one coordinate for an insertion or deletion; null means the coordinate was deleted. */
function shift(value: number, change: StructuralChange): number | null {
  if (change.kind === 'insert') return value >= change.at ? value + change.count : value;
  if (value < change.at) return value;
  if (value >= change.at + change.count) return value - change.count;
  return null;
}

/** Adjusts an inclusive span [a, b] for an insertion or deletion; null when the whole span was deleted. */
export function shiftSpan(a: number, b: number, change: StructuralChange): [number, number] | null {
  if (change.kind === 'insert') {
    // Inserting inside a span (strictly after its first cell) widens it, as Sheets does.
    return [a >= change.at ? a + change.count : a, b >= change.at ? b + change.count : b];
  }
  const lastDeleted = change.at + change.count - 1;
  if (a >= change.at && b <= lastDeleted) return null;
  const na = a < change.at ? a : a > lastDeleted ? a - change.count : change.at;
  const nb = b < change.at ? b : b > lastDeleted ? b - change.count : change.at - 1;
  return [na, nb];
}

/** Rewrites the references of `formula` (which lives on sheet `hostSheetName`) that point at the changed sheet. */
export function adjustFormula(formula: string, hostSheetName: string, change: StructuralChange): string {
  return mapReferences(formula, (sheetName, body, prefix) => {
    if ((sheetName ?? hostSheetName) !== change.sheetName) return prefix + body;
    const [left, right] = body.split(':');
    const a = parseEndpoint(left);
    const b = right === undefined ? null : parseEndpoint(right);
    const key = change.axis === 'row' ? 'row' : 'col';
    if (b === null) {
      const v = a[key];
      if (v === null) return prefix + body;
      const moved = shift(v, change);
      if (moved === null) return `${prefix}#REF!`;
      a[key] = moved;
      return prefix + formatEndpoint(a);
    }
    const va = a[key];
    const vb = b[key];
    if (va !== null && vb === null) {
      // "G1:G", open at the bottom: only its start moves (a deleted start row leaves the range starting there).
      a[key] = shift(va, change) ?? change.at;
      return `${prefix}${formatEndpoint(a)}:${formatEndpoint(b)}`;
    }
    if (va === null || vb === null) return prefix + body;
    const span = shiftSpan(va, vb, change);
    if (span === null) return `${prefix}#REF!`;
    a[key] = span[0];
    b[key] = span[1];
    return `${prefix}${formatEndpoint(a)}:${formatEndpoint(b)}`;
  });
}

/** Rewrites 'Old name'!A1 to 'New name'!A1 everywhere in a formula. */
export function renameSheetInFormula(formula: string, oldName: string, newName: string): string {
  return mapReferences(formula, (sheetName, body, prefix) => (sheetName === oldName ? `${quoteSheetName(newName)}!${body}` : prefix + body));
}

/** Turns every reference to a deleted sheet into #REF!. */
export function deleteSheetInFormula(formula: string, name: string): string {
  return mapReferences(formula, (sheetName, body, prefix) => (sheetName === name ? '#REF!' : prefix + body));
}

/** Adjusts a rectangle for a structural change on its own sheet; null when it was deleted entirely. */
export function shiftRect(rect: { r1: number; c1: number; r2: number; c2: number }, change: StructuralChange): { r1: number; c1: number; r2: number; c2: number } | null {
  if (change.axis === 'row') {
    const span = shiftSpan(rect.r1, rect.r2, change);
    return span && { r1: span[0], c1: rect.c1, r2: span[1], c2: rect.c2 };
  }
  const span = shiftSpan(rect.c1, rect.c2, change);
  return span && { r1: rect.r1, c1: span[0], r2: rect.r2, c2: span[1] };
}

/**
 * Moves the relative parts of every reference by (rows, columns), as copying or filling a formula does; references
 * pushed off the sheet become #REF!.
 */
export function translateFormula(formula: string, rows: number, columns: number): string {
  if (rows === 0 && columns === 0) return formula;
  return mapReferences(formula, (_sheetName, body, prefix) => {
    const ends = body.split(':').map(parseEndpoint);
    for (const e of ends) {
      if (e.row !== null && !e.rowAbs) e.row += rows;
      if (e.col !== null && !e.colAbs) e.col += columns;
      if ((e.row !== null && e.row < 1) || (e.col !== null && e.col < 1)) return `${prefix}#REF!`;
    }
    return prefix + ends.map(formatEndpoint).join(':');
  });
}
