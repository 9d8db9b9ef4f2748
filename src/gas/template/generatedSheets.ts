// Writes the sheets whose whole content the add-in owns: "Hướng dẫn" and the live "Tổng hợp" formulas.
import { GuideLine } from '../../sheet/guide';
import { plainText } from '../../sheet/safeText';
import { SUMMARY_LEVEL_COLUMN, SummaryRow } from '../../sheet/summaryFormulas';
import { ensureProtection } from './protection';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export function writeGuide(sheet: Sheet, lines: readonly GuideLine[], created: boolean): void {
  sheet.clear();
  sheet.getRange(1, 1, lines.length, 1).setValues(lines.map((l) => [plainText(l.text)])).setWrap(true).setVerticalAlignment('top');
  lines.forEach((l, i) => {
    if (l.kind === 'title') sheet.getRange(i + 1, 1).setFontWeight('bold').setFontSize(14).setFontColor('#1a73e8');
    if (l.kind === 'heading') sheet.getRange(i + 1, 1).setFontWeight('bold').setBackground('#e8f0fe');
  });
  if (created) {
    sheet.setColumnWidth(1, 900);
    sheet.setTabColor('#5f6368');
  }
  ensureProtection(sheet, 'ĐVHT: hướng dẫn (do ĐVHT ghi)', null);
}

const LEVEL_COLOURS: readonly [string, string, string][] = [
  ['Không đạt', '#fce8e6', '#a50e0e'],
  ['Đạt mức độ 1', '#fef7e0', '#8a5a00'],
  ['Đạt mức độ 2', '#e6f4ea', '#0d652d'],
  ['Không áp dụng', '#f1f3f4', '#5f6368'],
];

export function writeSummary(sheet: Sheet, rows: readonly SummaryRow[], created: boolean): void {
  sheet.clear();
  const width = rows[0].cells.length;
  // Codes ("1.1") and names go into plain-text cells first, or a vi_VN sheet would read "1.1" as a date; the formula
  // columns stay in the automatic format, since text typed into a plain-text cell is never a formula.
  // (Number formats, "@" = plain text: https://developers.google.com/sheets/api/guides/formats)
  sheet.getRange(1, 1, rows.length, 2).setNumberFormat('@');
  // One write: strings starting with "=" become formulas, as in Sheets.
  sheet.getRange(1, 1, rows.length, width).setValues(rows.map((r) => [...r.cells]));
  sheet.getRange(1, 1).setFontWeight('bold').setFontSize(13);
  sheet.getRange(2, 1, 1, width).setFontWeight('bold').setBackground('#e8f0fe');
  rows.forEach((r, i) => {
    if (r.kind === 'tieuChi' || r.kind === 'unit') sheet.getRange(i + 1, 1, 1, width).setFontWeight('bold').setBackground('#f8f9fa');
  });
  sheet.getRange(3, 4, rows.length - 2, 1).setNumberFormat('0.0%');
  sheet.getRange(3, 2, rows.length - 2, 1).setWrap(true);
  sheet.getRange(3, 6, rows.length - 2, 1).setWrap(true);
  const levels = sheet.getRange(3, SUMMARY_LEVEL_COLUMN, rows.length - 2, 1);
  sheet.setConditionalFormatRules(
    LEVEL_COLOURS.map(([text, bg, fg]) =>
      SpreadsheetApp.newConditionalFormatRule().whenTextEqualTo(text).setBackground(bg).setFontColor(fg).setRanges([levels]).build(),
    ),
  );
  sheet.setFrozenRows(2);
  if (created) {
    [60, 330, 90, 80, 130, 420].forEach((w, i) => sheet.setColumnWidth(i + 1, w));
    sheet.setTabColor('#d93025');
  }
  ensureProtection(sheet, 'ĐVHT: tổng hợp tự động (không sửa)', null);
}
