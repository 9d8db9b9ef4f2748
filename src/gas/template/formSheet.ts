// Creates or upgrades the "Đơn vị" form: labels in A, the user's values in B (never overwritten), help in C.
import { FORM_HELP_COLUMN, FORM_LABEL_COLUMN, FORM_VALUE_COLUMN, locateForm, readForm } from '../../sheet/form';
import { FormSheetSpec } from '../../sheet/schema';
import { isBlank } from '../../vocab/normalize';
import { ensureProtection } from './protection';
import { ForeignSheetError } from './tableSheet';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export interface PlacedForm {
  /** Row (1-based) of each field. */
  readonly rowOf: Readonly<Record<string, number>>;
  /** The settings as typed. */
  readonly values: Readonly<Record<string, unknown>>;
  readonly addedFields: readonly string[];
}

const HEADER = ['Thông tin', 'Giá trị', 'Hướng dẫn'];

export function ensureForm(sheet: Sheet, spec: FormSheetSpec, created: boolean): PlacedForm {
  const lastRow = sheet.getLastRow();
  const values = lastRow > 0 ? sheet.getRange(1, 1, lastRow, 3).getValues() : [];
  const found = locateForm(values, spec);
  if (Object.keys(found).length === 0 && values.some((r) => r.some((v) => !isBlank(v)))) {
    throw new ForeignSheetError(
      `Sheet "${spec.name}" đã có dữ liệu nhưng không phải thông tin đơn vị của mẫu ĐVHT. Hãy đổi tên sheet đó rồi chạy lại Thiết lập / nâng cấp mẫu.`,
    );
  }
  const rowOf: Record<string, number> = {};
  for (const [k, i] of Object.entries(found)) rowOf[k] = i + 1;
  const missing = spec.fields.filter((f) => rowOf[f.key] === undefined);
  let next = Math.max(lastRow, 1) + 1;
  if (lastRow === 0) sheet.getRange(1, 1, 1, 3).setValues([HEADER]);
  // Column B is plain text (one call, for the rows there and those added) BEFORE the defaults are written: "15/01"
  // (Hạn nộp hồ sơ) stays the text the user reads.
  const end = Math.max(lastRow, next + missing.length - 1);
  sheet.getRange(2, FORM_VALUE_COLUMN + 1, end - 1, 1).setNumberFormat('@');
  if (missing.length) {
    sheet.getRange(next, 1, missing.length, 3).setValues(missing.map((f) => [f.label, f.defaultValue ?? '', f.help]));
    missing.forEach((f) => (rowOf[f.key] = next++));
  }
  const last = Math.max(lastRow, next - 1);

  // Help column: rewritten for the template's rows, kept for rows the user added.
  const helpRange = sheet.getRange(2, FORM_HELP_COLUMN + 1, last - 1, 1);
  const help = helpRange.getValues();
  for (const f of spec.fields) help[rowOf[f.key] - 2][0] = f.help;
  helpRange.setValues(help);

  for (const f of spec.fields.filter((x) => x.choice)) {
    const rule = SpreadsheetApp.newDataValidation().requireValueInList([...f.choice!.values], true).setAllowInvalid(!f.choice!.strict).setHelpText(f.help).build();
    sheet.getRange(rowOf[f.key], FORM_VALUE_COLUMN + 1).setDataValidation(rule);
  }
  sheet.getRange(1, 1, 1, 3).setFontWeight('bold').setBackground('#e8f0fe');
  sheet.getRange(2, FORM_LABEL_COLUMN + 1, last - 1, 1).setFontWeight('bold');
  sheet.getRange(2, FORM_HELP_COLUMN + 1, last - 1, 1).setWrap(true).setFontColor('#5f6368');
  sheet.setFrozenRows(1);
  if (created) {
    sheet.setColumnWidth(1, 220);
    sheet.setColumnWidth(2, 360);
    sheet.setColumnWidth(3, 460);
    sheet.setTabColor(spec.tabColor);
  }
  ensureProtection(sheet, 'ĐVHT: nhãn thông tin đơn vị', () => sheet.getRange(`A1:A${last}`));
  ensureProtection(sheet, 'ĐVHT: hướng dẫn thông tin đơn vị', () => sheet.getRange(`C1:C${last}`));

  const now = sheet.getRange(1, 1, last, 3).getValues();
  return { rowOf, values: readForm(now, Object.fromEntries(Object.entries(rowOf).map(([k, r]) => [k, r - 1])), spec), addedFields: missing.map((f) => f.label) };
}
