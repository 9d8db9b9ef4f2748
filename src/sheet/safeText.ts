// Text the add-in writes into a cell with the AUTOMATIC number format stays text. Sheets parses written strings as
// typed input (https://developers.google.com/sheets/api/reference/rest/v4/ValueInputOption, USER_ENTERED): "=…" is a
// formula, "-5" and "1,5" numbers, "15/01" and (strictly) "1.1" dates in a vi_VN sheet. A leading apostrophe keeps
// the rest as text and is not part of the value.
//
// Only for automatic cells: in a plain-text ('@') cell an apostrophe would be stored as a character. Text the user
// reads back (tables, the improvement plan) goes into plain-text cells as it is: see src/gas/writeText.ts.

/** Could Sheets read this text as a formula, number, date, percent or boolean in some locale? */
const MAY_PARSE = /^\s*[=+\-@'\d.,]|^\s*(true|false)\s*$/i;

/** The value to write into an automatic cell so that Sheets stores exactly this text. */
export function plainText(value: string): string {
  return MAY_PARSE.test(value) ? `'${value}` : value;
}
