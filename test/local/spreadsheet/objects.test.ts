// SpreadsheetApp entry points, builders, protections, named ranges, metadata, selection, toasts and call counting.
import { activeRangeA1, toasts } from '../../../local/spreadsheet';
import { setup } from './helpers';

describe('SpreadsheetApp', () => {
  test('openById and openByUrl find registered spreadsheets; unknown and denied ids throw', () => {
    const { app, controls, ss } = setup();
    expect(app.openById('ss-1').getName()).toBe('Trường THCS Bình Minh');
    expect(app.openByUrl(ss.getUrl()).getId()).toBe('ss-1');
    expect(ss._url()).toBe('https://docs.google.com/spreadsheets/d/ss-1/edit');
    expect(() => app.openById('missing')).toThrow('Unexpected error while getting the method or property openById on object SpreadsheetApp.');
    expect(() => app.openByUrl('https://example.com/x')).toThrow('Invalid argument: url');
    controls.denyAccess('ss-1');
    expect(() => app.openById('ss-1')).toThrow('You do not have permission to access the requested document.');
  });

  test('create registers a new spreadsheet with deterministic ids; no active spreadsheet gives null', () => {
    const a = setup();
    const b = setup();
    const x = a.app.create('Phòng GD');
    expect(x.getId()).toBe(b.app.create('Phòng GD').getId());
    expect(x.getId()).toMatch(/^1[\w-]{43}$/);
    expect(a.controls.getById(x.getId())).toBe(x);
    expect(a.controls.all()).toHaveLength(2);
    a.controls.setActive(null);
    expect(a.app.getActiveSpreadsheet()).toBeNull();
  });

  test('objects print as their class name and serialize as {} (no circular structures)', () => {
    const { app, active, sheet } = setup();
    expect([String(app), String(active), String(sheet), String(sheet.getRange('A1')), String(sheet.protect())]).toEqual(['SpreadsheetApp', 'Spreadsheet', 'Sheet', 'Range', 'Protection']);
    expect(JSON.stringify({ r: sheet.getRange('A1'), s: sheet })).toBe('{"r":{},"s":{}}');
  });

  test('getUi returns the configured Ui; flush is a counted no-op; enums are names', () => {
    const ui = { alert: () => 'OK' };
    const { app, counter } = setup({ ui });
    expect(app.getUi()).toBe(ui);
    app.flush();
    expect(counter.get('SpreadsheetApp.SpreadsheetApp.flush')).toBe(1);
    expect(String(app.DataValidationCriteria.CHECKBOX)).toBe('CHECKBOX');
    expect(String(app.ProtectionType.SHEET)).toBe('SHEET');
    expect(String(app.BorderStyle.SOLID_MEDIUM)).toBe('SOLID_MEDIUM');
  });

  test('copy() deep-copies everything into a new registered spreadsheet', () => {
    const { active, sheet, controls } = setup();
    sheet.getRange('A1').setValue('gốc').setNote('n');
    active.setNamedRange('Goc', sheet.getRange('A1'));
    active.addDeveloperMetadata('dvht.version', '1');
    const copy = active.copy('Bản sao');
    sheet.getRange('A1').setValue('đã sửa');
    const copied = copy.getSheets()[0];
    expect(copied.getRange('A1').getValue()).toBe('gốc');
    expect(copy.getRangeByName('Goc')!.getSheet()).toBe(copied);
    expect(copy.getDeveloperMetadata()[0].getValue()).toBe('1');
    expect(copy.getId()).not.toBe(active.getId());
    expect(controls.getById(copy.getId())).toBe(copy);
  });
});

describe('data validation', () => {
  test('builders record criteria, values, allowInvalid (default true) and help text', () => {
    const { app, sheet } = setup();
    const list = app.newDataValidation().requireValueInList(['Đạt', 'Không đạt'], false).setAllowInvalid(false).setHelpText('Chọn một').build();
    expect([list.getCriteriaType(), list.getCriteriaValues(), list.getAllowInvalid(), list.getHelpText()]).toEqual([
      'VALUE_IN_LIST', [['Đạt', 'Không đạt'], false], false, 'Chọn một',
    ]);
    const between = app.newDataValidation().requireNumberBetween(0, 100).build();
    expect([between.getCriteriaType(), between.getCriteriaValues(), between.getAllowInvalid()]).toEqual(['NUMBER_BETWEEN', [0, 100], true]);
    expect(app.newDataValidation().requireNumberGreaterThanOrEqualTo(0).build().getCriteriaValues()).toEqual([0]);
    expect(app.newDataValidation().requireFormulaSatisfied('=A1>0').build().getCriteriaType()).toBe('CUSTOM_FORMULA');
    expect(app.newDataValidation().requireCheckbox().build().getCriteriaValues()).toEqual([]);
    const ranged = app.newDataValidation().requireValueInRange(sheet.getRange('Z1:Z9')).build();
    expect(ranged.getCriteriaValues()[0].getA1Notation()).toBe('Z1:Z9');
    expect(ranged.getCriteriaValues()[1]).toBe(true);
    const copied = list.copy().setAllowInvalid(true).build();
    expect([copied.getAllowInvalid(), list.getAllowInvalid()]).toEqual([true, false]);
    expect(() => app.newDataValidation().build()).toThrow();
  });

  test('setDataValidation(s), insertCheckboxes and check/uncheck', () => {
    const { app, sheet } = setup();
    const rule = app.newDataValidation().requireValueInList(['x']).build();
    sheet.getRange('A1:B1').setDataValidations([[rule, null]]);
    expect(sheet.getRange('A1:B1').getDataValidations().map((r) => r.map((v) => v && v.getCriteriaType()))).toEqual([['VALUE_IN_LIST', null]]);
    sheet.getRange('C1:C3').setValue('').getCell(2, 1).setValue(true);
    sheet.getRange('C1:C3').insertCheckboxes();
    expect(sheet.getRange('C1:C3').getValues()).toEqual([[false], [true], [false]]);
    expect(sheet.getRange('C1:C3').isChecked()).toBeNull();
    sheet.getRange('C1:C3').check();
    expect(sheet.getRange('C1:C3').isChecked()).toBe(true);
    sheet.getRange('A1:C3').clearDataValidations();
    expect(sheet.getRange('C1').getDataValidation()).toBeNull();
  });
});

describe('conditional formatting', () => {
  test('builder and rule expose condition, format and ranges', () => {
    const { app, sheet } = setup();
    const rule = app
      .newConditionalFormatRule()
      .whenTextEqualTo('Không đạt')
      .setBackground('#F4CCCC')
      .setFontColor('#990000')
      .setBold(true)
      .setRanges([sheet.getRange('E2:E60'), sheet.getRange('G2:G60')])
      .build();
    sheet.setConditionalFormatRules([rule, app.newConditionalFormatRule().whenCellEmpty().setBackground('#fff2cc').setRanges([sheet.getRange('B2:B60')]).build()]);
    const [r1, r2] = sheet.getConditionalFormatRules();
    const c = r1.getBooleanCondition()!;
    expect([c.getCriteriaType(), c.getCriteriaValues(), c.getBackground(), c.getFontColor(), c.getBold()]).toEqual(['TEXT_EQUAL_TO', ['Không đạt'], '#f4cccc', '#990000', true]);
    expect(r1.getRanges().map((r) => r.getA1Notation())).toEqual(['E2:E60', 'G2:G60']);
    expect(r2.getBooleanCondition()!.getCriteriaType()).toBe('CELL_EMPTY');
    const changed = r1.copy().whenTextContains('đạt').build();
    expect(changed.getBooleanCondition()!.getCriteriaType()).toBe('TEXT_CONTAINS');
    expect(app.newConditionalFormatRule().whenNumberLessThan(0.95).build().getBooleanCondition()!.getCriteriaValues()).toEqual([0.95]);
    expect(app.newConditionalFormatRule().whenFormulaSatisfied('=$H2<0,95').build().getBooleanCondition()!.getCriteriaType()).toBe('CUSTOM_FORMULA');
  });
});

describe('protection', () => {
  test('sheet and range protections: type, range, description, warning, editors, unprotected ranges, remove', () => {
    const { sheet, active, app } = setup({ userEmail: 'thuky@truong.edu.vn' });
    const p = sheet.protect().setDescription('Khóa mẫu').setWarningOnly(true);
    expect(sheet.protect()).toBe(p);
    expect([p.getProtectionType(), p.getDescription(), p.isWarningOnly(), p.getRange().getA1Notation()]).toEqual(['SHEET', 'Khóa mẫu', true, 'A1:Z1000']);
    p.setUnprotectedRanges([sheet.getRange('B2:H60')]);
    expect(p.getUnprotectedRanges().map((r) => r.getA1Notation())).toEqual(['B2:H60']);
    const rp = sheet.getRange('A1:H1').protect();
    expect(() => rp.setUnprotectedRanges([sheet.getRange('A1')])).toThrow();
    rp.addEditor('hieutruong@truong.edu.vn').addEditors(['pho@truong.edu.vn']).removeEditor('pho@truong.edu.vn');
    expect(rp.getEditors().map((u) => u.getEmail())).toEqual(['thuky@truong.edu.vn', 'hieutruong@truong.edu.vn']);
    rp.removeEditors(rp.getEditors());
    expect(rp.getEditors().map((u) => u.getEmail())).toEqual(['thuky@truong.edu.vn']);
    expect(rp.canEdit()).toBe(true);
    expect(sheet.getProtections(app.ProtectionType.RANGE)).toHaveLength(1);
    expect(active.getProtections(app.ProtectionType.SHEET)).toHaveLength(1);
    rp.remove();
    p.remove();
    expect(sheet.getProtections(app.ProtectionType.RANGE)).toHaveLength(0);
    expect(sheet.getProtections(app.ProtectionType.SHEET)).toHaveLength(0);
  });
});

describe('named ranges and developer metadata', () => {
  test('named ranges: set, get, rename, move, remove, per sheet', () => {
    const { active, sheet } = setup();
    active.setNamedRange('DanhSach', sheet.getRange('B2:B60'));
    expect(active.getRangeByName('DanhSach')!.getA1Notation()).toBe('B2:B60');
    expect(active.getRangeByName('KhongCo')).toBeNull();
    const [named] = active.getNamedRanges();
    named.setName('DanhSachThanhVien').setRange(sheet.getRange('C2:C9'));
    expect(sheet.getNamedRanges().map((n) => [n.getName(), n.getRange().getA1Notation()])).toEqual([['DanhSachThanhVien', 'C2:C9']]);
    active.setNamedRange('Khac', sheet.getRange('A1'));
    active.removeNamedRange('Khac');
    named.remove();
    expect(active.getNamedRanges()).toEqual([]);
    expect(() => active.setNamedRange('A1', sheet.getRange('A1'))).toThrow();
  });

  test('developer metadata on the spreadsheet and sheets', () => {
    const { active, sheet, app } = setup();
    active.addDeveloperMetadata('dvht.template', 'school-v1');
    active.addDeveloperMetadata('dvht.private', app.DeveloperMetadataVisibility.PROJECT);
    sheet.addDeveloperMetadata('dvht.role', 'members', app.DeveloperMetadataVisibility.DOCUMENT);
    const [a, b] = active.getDeveloperMetadata();
    expect([a.getKey(), a.getValue(), a.getVisibility()]).toEqual(['dvht.template', 'school-v1', 'DOCUMENT']);
    expect([b.getKey(), b.getValue(), b.getVisibility()]).toEqual(['dvht.private', null, 'PROJECT']);
    const [m] = sheet.getDeveloperMetadata();
    m.setValue('roster');
    expect(sheet.getDeveloperMetadata()[0].getValue()).toBe('roster');
    m.remove();
    expect(sheet.getDeveloperMetadata()).toEqual([]);
    expect(active.getDeveloperMetadata()).toHaveLength(2);
  });
});

describe('selection and toasts', () => {
  test('Range.activate selects a cell on its sheet; toasts are recorded', () => {
    const { active, ss } = setup();
    const other = active.insertSheet('Người học');
    active.getSheets()[0].activate();
    expect(activeRangeA1(ss)).toBe("'Trang tính1'!A1");
    other.getRange('C7').activate();
    expect(active.getActiveSheet().getName()).toBe('Người học');
    expect(active.getActiveRange()!.getA1Notation()).toBe('C7');
    expect(activeRangeA1(ss)).toBe("'Người học'!C7");
    active.toast('Đã kiểm tra 45 dòng', 'ĐVHT', 10);
    active.toast('Xong');
    expect(toasts(ss)).toEqual([
      { message: 'Đã kiểm tra 45 dòng', title: 'ĐVHT', timeoutSeconds: 10 },
      { message: 'Xong', title: '', timeoutSeconds: 5 },
    ]);
    expect(active.getRange("'Người học'!B2:C5").getSheet().getName()).toBe('Người học');
    expect(active.getRange('D4').getSheet().getName()).toBe('Người học');
  });

  test('time zone and locale', () => {
    const { active } = setup();
    expect([active.getSpreadsheetTimeZone(), active.getSpreadsheetLocale()]).toEqual(['Asia/Ho_Chi_Minh', 'vi_VN']);
    active.setSpreadsheetTimeZone('Asia/Bangkok');
    active.setSpreadsheetLocale('en_US');
    expect([active.getSpreadsheetTimeZone(), active.getSpreadsheetLocale()]).toEqual(['Asia/Bangkok', 'en_US']);
  });
});

describe('call counting', () => {
  test('one count per user-level call, none for internal work', () => {
    const { app, counter, sheet } = setup();
    const range = sheet.getRange('A1:C3');
    range.setValues([[1, 2, 3], [4, 5, 6], [7, 8, 9]]);
    range.getValues();
    sheet.insertColumnsAfter(1, 2);
    sheet.getDataRange();
    app.getActiveSpreadsheet()!.getSheetByName('Trang tính1')!.getRange(1, 1).getDisplayValue();
    app.newDataValidation().requireCheckbox().build();
    expect(counter.snapshot()).toEqual({
      'SpreadsheetApp.DataValidationBuilder.build': 1,
      'SpreadsheetApp.DataValidationBuilder.requireCheckbox': 1,
      'SpreadsheetApp.Range.getDisplayValue': 1,
      'SpreadsheetApp.Range.getValues': 1,
      'SpreadsheetApp.Range.setValues': 1,
      'SpreadsheetApp.Sheet.getDataRange': 1,
      'SpreadsheetApp.Sheet.getRange': 2,
      'SpreadsheetApp.Sheet.insertColumnsAfter': 1,
      'SpreadsheetApp.Spreadsheet.getSheetByName': 1,
      'SpreadsheetApp.SpreadsheetApp.getActiveSpreadsheet': 1,
      'SpreadsheetApp.SpreadsheetApp.newDataValidation': 1,
    });
    expect(counter.get('SpreadsheetApp')).toBe(12);
  });

  test('a per-cell loop costs one call per cell, a batch read one call', () => {
    const { counter, sheet } = setup();
    for (let r = 1; r <= 10; r++) sheet.getRange(r, 1).getValue();
    expect(counter.get('SpreadsheetApp.Range.getValue')).toBe(10);
    counter.reset();
    sheet.getRange(1, 1, 10, 1).getValues();
    expect(counter.get('SpreadsheetApp')).toBe(2);
  });
});
