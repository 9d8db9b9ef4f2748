// .xlsx round trip: everything a school workbook uses survives save → load, and foreign files load without __runtime.
import ExcelJS from 'exceljs';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FakeSheet, activeRangeA1, dumpSheet, loadXlsx, saveXlsx } from '../../../local/spreadsheet';
import { toFileSyntax } from '../../../local/spreadsheet/xlsx';
import { setup } from './helpers';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'dvht-xlsx-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function buildWorkbook() {
  const env = setup({ evaluateFormula: (f) => (f.startsWith('=DVHT_PERCENT') ? 0.933 : f === '=BAD()' ? (() => { throw new Error('hỏng'); })() : 'Đạt mức độ 1') });
  const { active, app } = env;
  const members = active.getSheets()[0].setName('Thành viên');
  const learners = active.insertSheet('Người học');
  const hidden = active.insertSheet('Danh mục');
  hidden.getRange('A1:A3').setValues([['Đạt'], ['Không đạt'], ['Không áp dụng']]);
  hidden.hideSheet();
  members.getRange('A1:F3').setValues([
    ['Họ tên', 'Ngày sinh', 'Bồi dưỡng', 'Danh hiệu', 'Tỉ lệ', 'Mức'],
    ['Nguyễn Văn An', new Date(Date.UTC(1985, 2, 14, 17)), true, 'LĐTT', '=DVHT_PERCENT(C2:C3; A2:A3)', '=DVHT_LEVEL("2.5"; D2:D3)'],
    ["'0912", new Date(Date.UTC(1990, 10, 2, 17)), false, 'CSTĐCS', 12.5, '=BAD()'],
  ]);
  members.getRange('C2:C3').insertCheckboxes();
  members.getRange('D2:D3').setDataValidation(app.newDataValidation().requireValueInList(['LĐTT', 'CSTĐCS'], true).setAllowInvalid(false).setHelpText('Chọn danh hiệu').build());
  members.getRange('G2:G3').setDataValidation(app.newDataValidation().requireValueInRange(hidden.getRange('A1:A3')).build());
  members.getRange('H2').setDataValidation(app.newDataValidation().requireNumberBetween(0, 100).build());
  members.getRange('E2').setNumberFormat('0.0%');
  members.getRange('E3').setNumberFormat('#,##0.00');
  members.getRange('A1:F1').setFontWeight('bold').setBackground('#cfe2f3').setHorizontalAlignment('center').setWrap(true).setFontColor('#1c4587');
  members.getRange('A2').setFontStyle('italic').setFontSize(12).setFontFamily('Times New Roman').setVerticalAlignment('middle');
  members.getRange('A1:F3').setBorder(true, true, true, true, true, true, '#000000', app.BorderStyle.SOLID);
  members.getRange('B2').setNote('Theo giấy khai sinh');
  members.getRange('A5:C5').merge();
  members.getRange('A5').setValue('Tổng cộng');
  members.setColumnWidth(1, 210).setColumnWidths(2, 2, 98).setTabColor('#34a853');
  members.setFrozenRows(1);
  members.setFrozenColumns(1);
  members.getRange('B7').setWrapStrategy(app.WrapStrategy.CLIP);
  members.setConditionalFormatRules([
    app.newConditionalFormatRule().whenTextEqualTo('Không đạt').setBackground('#f4cccc').setFontColor('#990000').setRanges([members.getRange('F2:F60')]).build(),
    app.newConditionalFormatRule().whenFormulaSatisfied('=$E2<0,95').setBold(true).setRanges([members.getRange('E2:E60')]).build(),
    app.newConditionalFormatRule().whenCellEmpty().setBackground('#fff2cc').setRanges([members.getRange('A2:A60'), members.getRange('D2:D60')]).build(),
  ]);
  active.setNamedRange('ThanhVien', members.getRange('A2:A60'));
  active.setNamedRange('DanhMuc', hidden.getRange('A1:A3'));
  active.addDeveloperMetadata('dvht.template', 'school-v1');
  members.addDeveloperMetadata('dvht.role', 'members', app.DeveloperMetadataVisibility.PROJECT);
  const p = members.protect().setDescription('Mẫu').setWarningOnly(true);
  p.setUnprotectedRanges([members.getRange('A2:H60')]);
  members.getRange('A1:H1').protect().setDescription('Tiêu đề').addEditor('hieutruong@truong.edu.vn');
  learners.getRange('A1:B2').setValues([['Lớp', 'Sĩ số'], ['6A', 42]]);
  learners.getRange('B2').activate();
  active.setSpreadsheetTimeZone('Asia/Ho_Chi_Minh');
  return { ...env, members, learners, hidden };
}

describe('formula syntax in files', () => {
  test('Vietnamese separators become en_US ones outside strings and array literals', () => {
    expect(toFileSyntax('=DVHT_LEVEL("2.5"; L2:L60; B2:B60)')).toBe('=DVHT_LEVEL("2.5", L2:L60, B2:B60)');
    expect(toFileSyntax('=IF(A1<0,95; "a;b"; {1;2})')).toBe('=IF(A1<0.95, "a;b", {1;2})');
    expect(toFileSyntax('=SUM(A1,B1)')).toBe('=SUM(A1,B1)');
  });
});

describe('xlsx round trip', () => {
  test('the plain-text format of empty cells survives, so what is written there later stays text', async () => {
    const { ss, sheet } = setup();
    sheet.getRange('A1').setValue('Hạn');
    sheet.getRange('A2:B900').setNumberFormat('@');
    const path = join(dir, 'định dạng.xlsx');
    await saveXlsx(ss, path);
    const other = setup();
    const loaded = (await loadXlsx(other.controls, path)) as unknown as GoogleAppsScript.Spreadsheet.Spreadsheet;
    const s = loaded.getSheets()[0];
    expect(s.getRange('B900').getNumberFormat()).toBe('@');
    s.getRange('A2:B2').setValues([['15/01', '1.1']]);
    expect(s.getRange('A2:B2').getValues()).toEqual([['15/01', '1.1']]);
  });

  test('saves and loads back sheets, values, formulas, notes, validations, formats, names, rules, protections, metadata', async () => {
    const built = buildWorkbook();
    const { ss } = built;
    const members = built.members as unknown as FakeSheet;
    const path = join(dir, 'trường thcs.xlsx');
    await saveXlsx(ss, path);

    const other = setup();
    const loaded = await loadXlsx(other.controls, path);
    expect(other.controls.getById('ss-1')).toBe(loaded);
    expect(loaded.name).toBe('Trường THCS Bình Minh');
    expect(loaded.sheets.map((s) => [s.name, s.hidden])).toEqual([['Thành viên', false], ['Người học', false], ['Danh mục', true]]);
    expect(loaded.sheets.map((s) => s.sheetId)).toEqual(ss.sheets.map((s) => s.sheetId));

    const before = dumpSheet(members);
    const lm = loaded.sheets[0];
    const after = dumpSheet(lm);
    expect(after.formulas).toEqual(before.formulas);
    expect(after.notes).toEqual(before.notes);
    expect(after.validations).toEqual(before.validations);
    expect(after.numberFormats).toEqual(before.numberFormats);
    expect(after.merges).toEqual(['A5:C5']);
    expect([after.frozenRows, after.frozenColumns]).toEqual([1, 1]);
    // Without an evaluator the loaded formulas show the results cached in the file ('#ERROR!' is not an Excel error:
    // it is cached as '#VALUE!').
    before.values[2][5] = '#VALUE!';
    expect(after.values).toEqual(before.values);
    expect(after.displayValues[1].slice(0, 6)).toEqual(['Nguyễn Văn An', '15/03/1985', 'TRUE', 'LĐTT', '93,3%', 'Đạt mức độ 1']);
    expect(lm.getRange('A3').getValue()).toBe('0912');
    expect((lm.getRange('B2').getValue() as Date).toISOString()).toBe('1985-03-14T17:00:00.000Z');

    const h = lm.getRange('A1');
    expect([h.getFontWeight(), h.getBackground(), h.getHorizontalAlignment(), h.getWrap(), h.getFontColor()]).toEqual(['bold', '#cfe2f3', 'center', true, '#1c4587']);
    const a2 = lm.getRange('A2');
    expect([a2.getFontStyle(), a2.getFontSize(), a2.getFontFamily(), a2.getVerticalAlignment()]).toEqual(['italic', 12, 'Times New Roman', 'middle']);
    expect(lm.getRange('B7').getWrapStrategy()).toBe('CLIP');
    expect(lm.rows[0]![0]!.format!.borders).toEqual(members.rows[0]![0]!.format!.borders);
    expect([lm.getColumnWidth(1), lm.getColumnWidth(2), lm.getColumnWidth(3), lm.getColumnWidth(4)]).toEqual([210, 98, 98, 100]);
    expect(lm.getTabColor()).toBe('#34a853');
    expect(lm.getRange('C2').getDataValidation()!.getCriteriaType()).toBe('CHECKBOX');

    expect(loaded.getNamedRanges().map((n) => [n.getName(), n.getRange().getSheet().getName(), n.getRange().getA1Notation()])).toEqual([
      ['ThanhVien', 'Thành viên', 'A2:A60'],
      ['DanhMuc', 'Danh mục', 'A1:A3'],
    ]);
    const rules = lm.getConditionalFormatRules();
    expect(rules.map((r) => [r.getBooleanCondition()!.getCriteriaType(), r.getBooleanCondition()!.getCriteriaValues(), r.getRanges().map((x) => x.getA1Notation())])).toEqual([
      ['TEXT_EQUAL_TO', ['Không đạt'], ['F2:F60']],
      ['CUSTOM_FORMULA', ['=$E2<0,95'], ['E2:E60']],
      ['CELL_EMPTY', [], ['A2:A60', 'D2:D60']],
    ]);
    const [sp] = lm.getProtections('SHEET' as never);
    expect([sp.getDescription(), sp.isWarningOnly(), sp.getUnprotectedRanges().map((r) => r.getA1Notation())]).toEqual(['Mẫu', true, ['A2:H60']]);
    const [rp] = lm.getProtections('RANGE' as never);
    expect([rp.getDescription(), rp.getRange().getA1Notation(), rp.getEditors().map((u) => u.getEmail())]).toEqual(['Tiêu đề', 'A1:H1', ['user@example.com', 'hieutruong@truong.edu.vn']]);
    expect(loaded.getDeveloperMetadata().map((m) => [m.getKey(), m.getValue()])).toEqual([['dvht.template', 'school-v1']]);
    expect(lm.getDeveloperMetadata().map((m) => [m.getKey(), m.getValue(), m.getVisibility()])).toEqual([['dvht.role', 'members', 'PROJECT']]);
    expect(activeRangeA1(loaded)).toBe("'Người học'!B2");
    expect(loaded.getSheetByName('__runtime')).toBeNull();
  });

  test('the file itself carries values other programs can read: formula results, lists, dates, a veryHidden runtime sheet', async () => {
    const { ss } = buildWorkbook();
    const path = join(dir, 'plain.xlsx');
    await saveXlsx(ss, path);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(path);
    const ws = wb.getWorksheet('Thành viên')!;
    // Vietnamese-syntax formulas are stored in en_US syntax (the original text comes back through __runtime).
    expect(ws.getCell('E2').value).toEqual({ formula: 'DVHT_PERCENT(C2:C3, A2:A3)', result: 0.933 });
    expect((ws.getCell('F3').value as { result: unknown }).result).toEqual({ error: '#VALUE!' });
    expect(ws.getCell('D2').dataValidation).toMatchObject({ type: 'list', formulae: ['"LĐTT,CSTĐCS"'], showErrorMessage: true, prompt: 'Chọn danh hiệu' });
    expect(ws.getCell('G2').dataValidation).toMatchObject({ type: 'list', formulae: ["'Danh mục'!$A$1:$A$3"] });
    expect(ws.getCell('C2').dataValidation).toMatchObject({ type: 'list', formulae: ['"TRUE,FALSE"'] });
    expect((ws.getCell('B2').value as Date).toISOString()).toBe('1985-03-15T00:00:00.000Z');
    expect(wb.getWorksheet('__runtime')!.state).toBe('veryHidden');
    expect(wb.getWorksheet('Danh mục')!.state).toBe('hidden');
  });

  test('loads a foreign workbook without a runtime sheet from a Buffer', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Đơn vị');
    ws.getCell('A1').value = 'Loại đơn vị';
    ws.getCell('B1').value = 'THCS';
    ws.getCell('B1').dataValidation = { type: 'list', formulae: ['"Mầm non,Tiểu học,THCS"'], showErrorMessage: true };
    ws.getCell('C1').value = true;
    ws.getCell('C1').dataValidation = { type: 'list', formulae: ['"TRUE,FALSE"'] };
    ws.getCell('A2').value = { formula: 'B1&"!"', result: 'THCS!' };
    ws.getCell('A3').value = { formula: 'A2', result: 'THCS!' };
    ws.getCell('A3').note = 'ghi chú';
    ws.addConditionalFormatting({ ref: 'A1:A9', rules: [{ type: 'expression', formulae: ['LEN(A1)>3'], priority: 1, style: { fill: { type: 'pattern', pattern: 'solid', bgColor: { argb: 'FFFF0000' } } } }] });
    wb.definedNames.add("'Đơn vị'!$B$1", 'LoaiDonVi');
    const buffer = Buffer.from(await wb.xlsx.writeBuffer());
    const { controls } = setup();
    const loaded = await loadXlsx(controls, buffer, { name: 'Mẫu ngoài' });
    const sheet = loaded.sheets[0] as FakeSheet;
    expect(loaded.name).toBe('Mẫu ngoài');
    expect(sheet.getRange('A1:C3').getValues()).toEqual([['Loại đơn vị', 'THCS', true], ['THCS!', '', ''], ['THCS!', '', '']]);
    expect(sheet.getRange('A2:A3').getFormulas()).toEqual([['=B1&"!"'], ['=A2']]);
    expect(sheet.getRange('A3').getNote()).toBe('ghi chú');
    expect(sheet.getRange('B1').getDataValidation()!.getCriteriaValues()).toEqual([['Mầm non', 'Tiểu học', 'THCS'], true]);
    expect(sheet.getRange('B1').getDataValidation()!.getAllowInvalid()).toBe(false);
    expect(sheet.getRange('C1').getDataValidation()!.getCriteriaType()).toBe('CHECKBOX');
    expect(loaded.getRangeByName('LoaiDonVi')!.getA1Notation()).toBe('B1');
    const [rule] = sheet.getConditionalFormatRules();
    expect(rule.getBooleanCondition()!.getCriteriaValues()).toEqual(['=LEN(A1)>3']);
    expect(sheet.getMaxRows()).toBe(1000);
  });
});
