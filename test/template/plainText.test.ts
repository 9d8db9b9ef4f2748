// Text the add-in writes keeps its type in a Vietnamese spreadsheet: the cells are plain text ('@') BEFORE the write,
// since the runtime, like Sheets (ValueInputOption USER_ENTERED), reads "15/01" as a date and "1.1" as 1 January in
// vi_VN. Written in the wrong order (format after the write) these assertions fail.
import { join } from 'node:path';
import { createRuntime } from '../../local/runtime';
import { allChiTieu } from '../../src/rules/catalogue';

function formValue(sheet: GoogleAppsScript.Spreadsheet.Sheet, label: string): { value: unknown; shown: string } {
  const labels = sheet.getRange(1, 1, sheet.getLastRow(), 1).getValues().map((r) => r[0]);
  const row = labels.indexOf(label) + 1;
  if (row === 0) throw new Error(`no row ${label}`);
  return { value: sheet.getRange(row, 2).getValue(), shown: sheet.getRange(row, 2).getDisplayValue() };
}

test('a new spreadsheet is vi_VN; set-up writes the chỉ tiêu codes and the deadlines as text', () => {
  const rt = createRuntime();
  const ss = rt.newSpreadsheet('Mới');
  expect(ss.getSpreadsheetLocale()).toBe('vi_VN');
  rt.run('dvhtThietLapMau');
  const chiTieu = ss.getSheetByName('Chỉ tiêu')!;
  const ids = allChiTieu('huyen').map((c) => c.id);
  const codes = chiTieu.getRange(2, 1, ids.length, 1);
  expect(codes.getValues().map((r) => r[0])).toEqual(ids);
  expect(codes.getDisplayValues().map((r) => r[0])).toEqual(ids);
  const form = ss.getSheetByName('Đơn vị')!;
  expect(formValue(form, 'Hạn nộp hồ sơ')).toEqual({ value: '15/01', shown: '15/01' });
  expect(formValue(form, 'Hạn công nhận')).toEqual({ value: '15/02', shown: '15/02' });
});

test('upgrading a template version 1 workbook adds the deadline rows as text and keeps the codes', async () => {
  const rt = createRuntime();
  const ss = await rt.open(join(__dirname, '../fixtures/truong-thcs-binh-minh-v1.xlsx'));
  rt.run('dvhtThietLapMau');
  const form = ss.getSheetByName('Đơn vị')!;
  expect(formValue(form, 'Hạn nộp hồ sơ')).toEqual({ value: '15/01', shown: '15/01' });
  expect(formValue(form, 'Hạn công nhận')).toEqual({ value: '15/02', shown: '15/02' });
  const chiTieu = ss.getSheetByName('Chỉ tiêu')!;
  const codes = chiTieu.getRange(2, 1, chiTieu.getLastRow() - 1, 1).getValues().map((r) => r[0]).filter((v) => v !== '');
  expect(codes.every((v) => typeof v === 'string')).toBe(true);
  expect(codes).toEqual(expect.arrayContaining(allChiTieu('huyen').map((c) => c.id)));
});

test('in an en_US spreadsheet too, the codes and deadlines are text', () => {
  const rt = createRuntime({ locale: 'en_US' });
  const ss = rt.newSpreadsheet('New');
  expect(ss.getSpreadsheetLocale()).toBe('en_US');
  rt.run('dvhtThietLapMau');
  const chiTieu = ss.getSheetByName('Chỉ tiêu')!;
  const ids = allChiTieu('huyen').map((c) => c.id);
  expect(chiTieu.getRange(2, 1, ids.length, 1).getValues().map((r) => r[0])).toEqual(ids);
  expect(formValue(ss.getSheetByName('Đơn vị')!, 'Hạn nộp hồ sơ')).toEqual({ value: '15/01', shown: '15/01' });
});
