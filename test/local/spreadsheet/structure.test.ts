// Inserting, deleting and renaming: values, formulas, notes, validations, named ranges, protections and rules follow.
import { dumpSheet } from '../../../local/spreadsheet';
import { setup } from './helpers';

function build() {
  const env = setup();
  const { active, app } = env;
  const members = active.getSheets()[0].setName('Thành viên');
  const summary = active.insertSheet('Tổng hợp');
  members.getRange('A1:D3').setValues([
    ['Họ tên', 'Lớp', 'Bồi dưỡng', 'Ngoại ngữ'],
    ['Nguyễn Văn An', '6A', true, 'B1'],
    ['Trần Thị Bình', '6B', false, 'A2'],
  ]);
  members.getRange('E2').setFormula('=C2&D2');
  members.getRange('C2').setNote('Đã hoàn thành');
  members.getRange('C2:C3').insertCheckboxes();
  members.getRange('D2:D3').setDataValidation(app.newDataValidation().requireValueInList(['A1', 'A2', 'B1']).build());
  summary.getRange('A1').setFormula("=COUNTIF('Thành viên'!C2:C3;TRUE)");
  summary.getRange('A2').setDataValidation(app.newDataValidation().requireValueInRange(members.getRange('D2:D3')).build());
  active.setNamedRange('BoiDuong', members.getRange('C2:C3'));
  const protection = members.protect().setUnprotectedRanges([members.getRange('C2:D3')]);
  const rangeProtection = members.getRange('A1:D1').protect().setDescription('Tiêu đề');
  members.setConditionalFormatRules([
    app.newConditionalFormatRule().whenFormulaSatisfied('=$C2=FALSE').setBackground('#f4cccc').setRanges([members.getRange('A2:D3')]).build(),
  ]);
  members.setColumnWidth(3, 150);
  return { ...env, members, summary, protection, rangeProtection };
}

describe('inserting columns', () => {
  test('shifts values, notes, validations, formulas (same and other sheets), names, protections and rules', () => {
    const { members, summary, active, protection, rangeProtection } = build();
    members.insertColumnsAfter(2, 2); // two new columns C and D; "Bồi dưỡng" moves to E
    expect(members.getRange('A1:F1').getValues()).toEqual([['Họ tên', 'Lớp', '', '', 'Bồi dưỡng', 'Ngoại ngữ']]);
    expect(members.getRange('E2').getNote()).toBe('Đã hoàn thành');
    expect(members.getRange('E2').getDataValidation()!.getCriteriaType()).toBe('CHECKBOX');
    expect(members.getRange('C2').getDataValidation()).toBeNull();
    expect(members.getRange('G2').getFormula()).toBe('=E2&F2');
    expect(summary.getRange('A1').getFormula()).toBe("=COUNTIF('Thành viên'!E2:E3;TRUE)");
    expect(summary.getRange('A2').getDataValidation()!.getCriteriaValues()[0].getA1Notation()).toBe('F2:F3');
    expect(active.getRangeByName('BoiDuong')!.getA1Notation()).toBe('E2:E3');
    expect(protection.getUnprotectedRanges().map((r) => r.getA1Notation())).toEqual(['E2:F3']);
    expect(rangeProtection.getRange().getA1Notation()).toBe('A1:F1'); // insertion inside the range widens it
    const [rule] = members.getConditionalFormatRules();
    expect(rule.getRanges().map((r) => r.getA1Notation())).toEqual(['A2:F3']);
    expect(rule.getBooleanCondition()!.getCriteriaValues()).toEqual(['=$E2=FALSE']);
    expect(members.getColumnWidth(5)).toBe(150);
    expect(members.getColumnWidth(3)).toBe(100);
    expect(members.getMaxColumns()).toBe(28);
  });

  test('insertColumnBefore and insertColumnAfter at the edge of a range', () => {
    const { members, active } = build();
    members.insertColumnAfter(3); // after C: the named range C2:C3 does not grow
    expect(active.getRangeByName('BoiDuong')!.getA1Notation()).toBe('C2:C3');
    members.insertColumnBefore(3); // before C: it moves
    expect(active.getRangeByName('BoiDuong')!.getA1Notation()).toBe('D2:D3');
    expect(members.getRange('A1:F1').getValues()).toEqual([['Họ tên', 'Lớp', '', 'Bồi dưỡng', '', 'Ngoại ngữ']]);
  });
});

describe('inserting and deleting rows', () => {
  test('insertRowsAfter moves rows down and grows ranges that span the insertion point', () => {
    const { members, active, summary } = build();
    members.insertRowsAfter(2, 3);
    expect(members.getRange('A2').getValue()).toBe('Nguyễn Văn An');
    expect(members.getRange('A6').getValue()).toBe('Trần Thị Bình');
    expect(active.getRangeByName('BoiDuong')!.getA1Notation()).toBe('C2:C6');
    expect(summary.getRange('A1').getFormula()).toBe("=COUNTIF('Thành viên'!C2:C6;TRUE)");
    expect(members.getMaxRows()).toBe(1003);
  });

  test('deleteRows shrinks ranges and makes references to deleted cells #REF!', () => {
    const { members, summary, active } = build();
    members.getRange('F3').setFormula('=A2');
    members.deleteRows(2, 1);
    expect(members.getRange('A2').getValue()).toBe('Trần Thị Bình');
    expect(members.getRange('F2').getFormula()).toBe('=#REF!');
    expect(summary.getRange('A1').getFormula()).toBe("=COUNTIF('Thành viên'!C2:C2;TRUE)");
    expect(active.getRangeByName('BoiDuong')!.getA1Notation()).toBe('C2');
    expect(members.getLastRow()).toBe(2);
  });

  test('deleteColumns removes the column, its validations and the names that lived only there', () => {
    const { members, active } = build();
    members.deleteColumns(3, 1);
    expect(members.getRange('A1:C1').getValues()).toEqual([['Họ tên', 'Lớp', 'Ngoại ngữ']]);
    expect(members.getRange('C2').getDataValidation()!.getCriteriaType()).toBe('VALUE_IN_LIST');
    expect(active.getRangeByName('BoiDuong')).toBeNull();
    expect(() => members.deleteRows(1, 1000)).toThrow('Sorry, it is not possible to delete all non-frozen rows.');
  });
});

describe('sheets', () => {
  test('renaming a sheet rewrites formulas that name it', () => {
    const { members, summary } = build();
    members.setName('Cán bộ');
    expect(summary.getRange('A1').getFormula()).toBe("=COUNTIF('Cán bộ'!C2:C3;TRUE)");
    expect(() => summary.setName('Cán bộ')).toThrow('A sheet with the name "Cán bộ" already exists. Please enter another name.');
  });

  test('insertSheet places sheets, names them by default and activates them; deleteSheet breaks references', () => {
    const { active, summary, members } = build();
    expect(active.getSheets().map((s) => s.getName())).toEqual(['Thành viên', 'Tổng hợp']);
    const third = active.insertSheet();
    expect(third.getName()).toBe('Trang tính3');
    expect(active.getActiveSheet().getName()).toBe('Trang tính3');
    active.insertSheet('Đầu', 0);
    expect(active.getSheets().map((s) => s.getIndex())).toEqual([1, 2, 3, 4]);
    expect(active.getSheets()[0].getName()).toBe('Đầu');
    expect(() => active.insertSheet('Tổng hợp')).toThrow('A sheet with the name "Tổng hợp" already exists. Please enter another name.');
    active.deleteSheet(members);
    expect(summary.getRange('A1').getFormula()).toBe('=COUNTIF(#REF!;TRUE)');
    expect(active.getSheetByName('Thành viên')).toBeNull();
  });

  test('moveActiveSheet, hide/show, tab colour, frozen panes', () => {
    const { active, summary, members } = build();
    summary.activate();
    active.moveActiveSheet(1);
    expect(active.getSheets()[0].getName()).toBe('Tổng hợp');
    members.hideSheet();
    expect(members.isSheetHidden()).toBe(true);
    expect(() => summary.hideSheet()).toThrow("You can't hide all the sheets in a document.");
    members.showSheet().setTabColor('#34A853').setFrozenRows(1);
    expect([members.getTabColor(), members.getFrozenRows()]).toEqual(['#34a853', 1]);
    members.insertRowsBefore(1, 1);
    expect(members.getFrozenRows()).toBe(2);
  });

  test('copyTo copies contents and rules into a sheet named "Bản sao của …"', () => {
    const { members, active } = build();
    const copy = members.copyTo(active);
    expect(copy.getName()).toBe('Bản sao của Thành viên');
    expect(dumpSheet(copy).values).toEqual(dumpSheet(members).values);
    expect(copy.getRange('C2').getDataValidation()!.getCriteriaType()).toBe('CHECKBOX');
  });
});
