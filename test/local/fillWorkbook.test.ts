// The workbook filler types values as a user would: into the template's plain-text cells the text as it is (no
// apostrophe), elsewhere an apostrophe only where Sheets would read the text as something else.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createRuntime } from '../../local/runtime';
import { fillWorkbook } from '../../local/fillWorkbook';
import { SchoolWorkbook } from '../../src/workbook/records';

const example = JSON.parse(readFileSync(join(__dirname, '../../examples/truong-thcs-binh-minh.json'), 'utf8')) as SchoolWorkbook;

test('text typed into plain-text cells reads back exactly; a mark that Sheets would read as a number stays text', () => {
  const rt = createRuntime();
  const ss = rt.newSpreadsheet('Điền');
  rt.run('dvhtThietLapMau');
  const members = example.members.map((m) => ({ ...m }));
  members[0] = { ...members[0], ghiChu: '15/01', lyDo: '- nghỉ thai sản', chucVu: '=HYPERLINK("x")', kyLuat: '1' };
  const chiTieu = { ...example.chiTieu, '1.1': { ...example.chiTieu['1.1'], moTa: '- Ban hành kế hoạch.\n+ Tổ chức thực hiện.' } };
  fillWorkbook(ss as unknown as GoogleAppsScript.Spreadsheet.Spreadsheet, { ...example, members, chiTieu, settings: { ...example.settings, ngayHopHoiDong: '06/01/2026' } });

  const sheet = ss.getSheetByName('Thành viên')!;
  const header = sheet.getRange(1, 1, 1, sheet.getLastColumn()).getValues()[0];
  const cell = (h: string) => sheet.getRange(2, header.indexOf(h) + 1);
  expect(['Ghi chú', 'Lý do không thuộc diện', 'Chức vụ'].map((h) => cell(h).getValue())).toEqual(['15/01', '- nghỉ thai sản', '=HYPERLINK("x")']);
  expect(['Ghi chú', 'Lý do không thuộc diện', 'Chức vụ'].map((h) => cell(h).getDisplayValue())).toEqual(['15/01', '- nghỉ thai sản', '=HYPERLINK("x")']);
  expect(cell('Chức vụ').getFormula()).toBe('');
  // The mark column has the automatic format: "1" would be the number 1, so the user typed '1 and the text is "1".
  expect(cell('2.1 Kỷ luật lao động').getValue()).toBe('1');

  const chiTieuSheet = ss.getSheetByName('Chỉ tiêu')!;
  const moTa = chiTieuSheet.getRange(1, 1, 1, chiTieuSheet.getLastColumn()).getValues()[0].indexOf('Mô tả hiện trạng') + 1;
  expect(chiTieuSheet.getRange(2, moTa).getValue()).toBe('- Ban hành kế hoạch.\n+ Tổ chức thực hiện.');
  const form = ss.getSheetByName('Đơn vị')!;
  const row = form.getRange(1, 1, form.getLastRow(), 1).getValues().findIndex((r) => r[0] === 'Ngày họp Hội đồng tự đánh giá') + 1;
  expect(form.getRange(row, 2).getValue()).toBe('06/01/2026');
});
