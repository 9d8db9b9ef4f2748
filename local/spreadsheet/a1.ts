// A1 notation: column letters, cell and range parsing and formatting, sheet-name quoting ('Thành viên'!B2:C5).

/** A rectangle of cells, 1-based and inclusive. */
export interface Rect {
  r1: number;
  c1: number;
  r2: number;
  c2: number;
}

/** A parsed A1 reference; open sides (A:B, 2:5, A2:B) are null and are closed against the sheet by the caller. */
export interface ParsedA1 {
  sheetName: string | null;
  r1: number | null;
  c1: number | null;
  r2: number | null;
  c2: number | null;
}

export function columnToLetters(column: number): string {
  let n = column;
  let out = '';
  while (n > 0) {
    const rem = (n - 1) % 26;
    out = String.fromCharCode(65 + rem) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

export function lettersToColumn(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

export function cellA1(row: number, column: number): string {
  return `${columnToLetters(column)}${row}`;
}

/** "B2" for a single cell, "B2:C5" otherwise (Range.getA1Notation never includes the sheet name). */
export function rectA1(rect: Rect): string {
  const first = cellA1(rect.r1, rect.c1);
  return rect.r1 === rect.r2 && rect.c1 === rect.c2 ? first : `${first}:${cellA1(rect.r2, rect.c2)}`;
}

/** Absolute form "$B$2:$C$5", as spreadsheet files store defined names. */
export function rectA1Absolute(rect: Rect): string {
  const cell = (r: number, c: number) => `$${columnToLetters(c)}$${r}`;
  const first = cell(rect.r1, rect.c1);
  return rect.r1 === rect.r2 && rect.c1 === rect.c2 ? first : `${first}:${cell(rect.r2, rect.c2)}`;
}

/** Sheets quotes a sheet name unless it is a plain identifier: 'Thành viên'!A1, Sheet1!A1 (quotes doubled inside). */
export function quoteSheetName(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(name) && !/^[A-Za-z]{1,3}\d+$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

export function unquoteSheetName(token: string): string {
  return token.startsWith("'") && token.endsWith("'") && token.length >= 2 ? token.slice(1, -1).replace(/''/g, "'") : token;
}

const CELL_PART = /^\$?([A-Za-z]{1,3})?\$?(\d+)?$/;

function parsePart(part: string): { r: number | null; c: number | null } | null {
  const m = CELL_PART.exec(part);
  if (!m || (!m[1] && !m[2])) return null;
  const c = m[1] ? lettersToColumn(m[1]) : null;
  const r = m[2] ? Number(m[2]) : null;
  if (r === 0) return null;
  return { r, c };
}

/** Parses "A1", "$A$1:B2", "A:B", "2:5", "A2:B", "'Thành viên'!B2:C5", "Sheet1!A1". Returns null if malformed. */
export function parseA1(text: string): ParsedA1 | null {
  let rest = text.trim();
  let sheetName: string | null = null;
  const bang = rest.lastIndexOf('!');
  if (bang >= 0) {
    const prefix = rest.slice(0, bang);
    if (prefix.startsWith("'")) {
      if (!prefix.endsWith("'") || prefix.length < 2) return null;
      sheetName = unquoteSheetName(prefix);
    } else {
      if (prefix === '' || /['\s]/.test(prefix)) return null;
      sheetName = prefix;
    }
    rest = rest.slice(bang + 1);
  }
  const parts = rest.split(':');
  if (parts.length > 2) return null;
  const a = parsePart(parts[0]);
  if (!a) return null;
  if (parts.length === 1) {
    if (a.r === null || a.c === null) return null;
    return { sheetName, r1: a.r, c1: a.c, r2: a.r, c2: a.c };
  }
  const b = parsePart(parts[1]);
  if (!b) return null;
  // Whole columns (A:B) have no rows; whole rows (2:5) no columns; A2:B is open at the bottom.
  if (a.c === null && b.c !== null) return null;
  if (a.r === null && b.r !== null && a.c === null) return null;
  const r1 = a.r ?? 1;
  const c1 = a.c ?? 1;
  const r2 = b.r;
  const c2 = b.c;
  return {
    sheetName,
    r1: Math.min(r1, r2 ?? r1),
    c1: Math.min(c1, c2 ?? c1),
    r2: r2 === null ? null : Math.max(r1, r2),
    c2: c2 === null ? null : Math.max(c1, c2),
  };
}
