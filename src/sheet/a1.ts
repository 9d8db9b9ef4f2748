// A1 notation helpers: column letters and cell references, with sheet names quoted as Sheets writes them.

export function columnLetter(column: number): string {
  let n = column;
  let s = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/** "G12" for row 12, column 7 (both 1-based). */
export function cellA1(row: number, column: number): string {
  return `${columnLetter(column)}${row}`;
}

/** 'Thành viên'!G2:G1001 — the sheet name quoted, quotes inside doubled. */
export function rangeA1(sheet: string, row: number, column: number, numRows = 1, numColumns = 1, absolute = false): string {
  const d = absolute ? '$' : '';
  const start = `${d}${columnLetter(column)}${d}${row}`;
  const end = `${d}${columnLetter(column + numColumns - 1)}${d}${row + numRows - 1}`;
  return `${quoteSheet(sheet)}!${numRows === 1 && numColumns === 1 ? start : `${start}:${end}`}`;
}

export function quoteSheet(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}
