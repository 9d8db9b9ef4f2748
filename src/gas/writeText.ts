// Writing the add-in's values so that Sheets keeps them as they are: text goes into cells formatted as plain text.
//
// Apps Script's setValues parses strings as if the user typed them (ValueInputOption USER_ENTERED,
// https://developers.google.com/sheets/api/reference/rest/v4/ValueInputOption): in a Vietnamese spreadsheet "15/01"
// becomes a date, "1,5" a number and "=…" a formula. A cell formatted as plain text ('@') BEFORE the write keeps the
// string exactly (https://github.com/vlucas/sheetquery/issues/20: setNumberFormat('@') then setValue; a Plain text
// cell shows "=…" as literal text, https://how-to-sheets.com/formulas-functions/google-sheets-text-instead-of-formula),
// with no apostrophe added, so what the user reads back is what was written.

type Range = GoogleAppsScript.Spreadsheet.Range;

export const PLAIN_TEXT = '@';

/**
 * setValues, after giving every cell that receives a non-empty string the plain-text format (other cells keep their
 * format). One getNumberFormats, at most one setNumberFormats, one setValues.
 */
export function setTextValues(range: Range, rows: unknown[][]): Range {
  const formats = range.getNumberFormats();
  let changed = false;
  const wanted = rows.map((row, i) => row.map((v, j) => {
    if (typeof v !== 'string' || v === '' || formats[i][j] === PLAIN_TEXT) return formats[i][j];
    changed = true;
    return PLAIN_TEXT;
  }));
  if (changed) range.setNumberFormats(wanted);
  return range.setValues(rows);
}

/** setValues of rows that are all text (a new Lịch sử line): the whole range plain text first — two calls. */
export function setAllText(range: Range, rows: string[][]): Range {
  return range.setNumberFormat(PLAIN_TEXT).setValues(rows);
}
