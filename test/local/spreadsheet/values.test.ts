// Range values, formulas, notes, display values and the formula evaluator hook of the in-memory SpreadsheetApp.
import vm from 'node:vm';
import { formulaError, formulaErrors } from '../../../local/spreadsheet';
import { setup } from './helpers';

describe('reading and writing values', () => {
  test('a new sheet is 1000 × 26, empty cells read as empty strings, getValues has the range shape', () => {
    const { sheet } = setup();
    expect(sheet.getMaxRows()).toBe(1000);
    expect(sheet.getMaxColumns()).toBe(26);
    expect(sheet.getRange('B2:D3').getValues()).toEqual([['', '', ''], ['', '', '']]);
    expect(sheet.getRange(1, 1, 3).getValues()).toEqual([[''], [''], ['']]);
    expect(sheet.getLastRow()).toBe(0);
    expect(sheet.getLastColumn()).toBe(0);
    expect(sheet.getDataRange().getA1Notation()).toBe('A1');
  });

  test('numbers, booleans, strings and dates keep their types', () => {
    const { sheet } = setup();
    const d = new Date(Date.UTC(2024, 8, 4, 17, 0, 0)); // 5 Sep 2024 00:00 in Hà Nội
    sheet.getRange('A1:D1').setValues([[42, true, 'Nguyễn Văn An', d]]);
    const [[n, b, s, date]] = sheet.getRange('A1:D1').getValues();
    expect([n, b, s]).toEqual([42, true, 'Nguyễn Văn An']);
    expect(date).toBeInstanceOf(Date);
    expect((date as Date).getTime()).toBe(d.getTime());
    expect(date).not.toBe(d);
    expect(sheet.getRange('D1').getNumberFormat()).toBe('dd/mm/yyyy');
    expect(sheet.getRange('D1').getDisplayValue()).toBe('05/09/2024');
  });

  test('strings are parsed like user input: formulas, apostrophe text, numbers, booleans (vi_VN notation)', () => {
    const { sheet } = setup();
    sheet.getRange('A1:H1').setValues([['=B1*2', "'0912345678", '42', '-3,5', 'true', 'FALSE', '0912345678', '-3.5']]);
    expect(sheet.getRange('A1').getFormula()).toBe('=B1*2');
    expect(sheet.getRange('A1:H1').getValues()).toEqual([['', '0912345678', 42, -3.5, true, false, 912345678, '-3.5']]);
    expect(sheet.getRange('B1:C1').getFormulas()).toEqual([['', '']]);
    sheet.getRange('I1').setNumberFormat('@').setValue('0912345678');
    expect(sheet.getRange('I1').getValue()).toBe('0912345678');
  });

  test('setValue on a multi-cell range fills every cell; null and empty string clear', () => {
    const { sheet } = setup();
    sheet.getRange('A1:B2').setValue('x');
    expect(sheet.getRange('A1:B2').getValues()).toEqual([['x', 'x'], ['x', 'x']]);
    sheet.getRange('A1:B1').setValues([[null, '']]);
    expect(sheet.getRange('A1:B2').getValues()).toEqual([['', ''], ['x', 'x']]);
    expect(sheet.getRange('A1:B1').isBlank()).toBe(true);
  });

  test('dimension mismatches and bad coordinates throw Apps Script messages', () => {
    const { sheet } = setup();
    expect(() => sheet.getRange('A1:B2').setValues([[1, 2]])).toThrow(
      'The number of rows in the data does not match the number of rows in the range. The data has 1 but the range has 2.',
    );
    expect(() => sheet.getRange('A1:B2').setValues([[1, 2], [3]])).toThrow(
      'The number of columns in the data does not match the number of columns in the range. The data has 1 but the range has 2.',
    );
    expect(() => sheet.getRange(1000, 1, 2, 1)).toThrow('The coordinates of the range are outside the dimensions of the sheet.');
    expect(() => sheet.getRange(0, 1)).toThrow('The starting row of the range is too small.');
    expect(() => sheet.getRange('Z1:AA2')).toThrow('Range not found');
    expect(() => sheet.getRange('not a range')).toThrow('Range not found');
    expect(() => sheet.getRange('A1').offset(-1, 0)).toThrow('The starting row of the range is too small.');
  });

  test('getLastRow/getLastColumn count values and formulas, not notes or formats', () => {
    const { sheet } = setup();
    sheet.getRange('C5').setValue('x');
    sheet.getRange('B7').setFormula('=C5');
    sheet.getRange('Z100').setNote('ghi chú').setBackground('#ff0000');
    expect(sheet.getLastRow()).toBe(7);
    expect(sheet.getLastColumn()).toBe(3);
    expect(sheet.getDataRange().getA1Notation()).toBe('A1:C7');
  });

  test('appendRow writes after the last row and grows the sheet when full', () => {
    const { app } = setup();
    const ss = app.create('Nhỏ', 2, 2);
    const sheet = ss.getSheets()[0];
    sheet.appendRow(['Họ tên', 'Lớp']);
    sheet.appendRow(['An', '6A']);
    sheet.appendRow(['Bình', '6B', '=1+1']);
    expect(sheet.getMaxRows()).toBe(3);
    expect(sheet.getMaxColumns()).toBe(3);
    expect(sheet.getRange('A3:C3').getFormulas()).toEqual([['', '', '=1+1']]);
    expect(sheet.getRange('A1:B3').getValues()).toEqual([['Họ tên', 'Lớp'], ['An', '6A'], ['Bình', '6B']]);
  });

  test('geometry helpers: getCell, offset, A1 notation', () => {
    const { sheet } = setup();
    const r = sheet.getRange('B2:D5');
    expect([r.getRow(), r.getColumn(), r.getLastRow(), r.getLastColumn(), r.getNumRows(), r.getNumColumns()]).toEqual([2, 2, 5, 4, 4, 3]);
    expect(r.getCell(2, 3).getA1Notation()).toBe('D3');
    expect(r.offset(1, 1).getA1Notation()).toBe('C3:E6');
    expect(r.offset(0, 0, 1, 1).getA1Notation()).toBe('B2');
    expect(() => r.getCell(5, 1)).toThrow();
  });

  test('notes and formulas', () => {
    const { sheet } = setup();
    sheet.getRange('A1:B1').setNotes([['Ghi chú 1', '']]);
    sheet.getRange('A2:B3').setFormula('=A1*2');
    expect(sheet.getRange('A1:B1').getNotes()).toEqual([['Ghi chú 1', '']]);
    expect(sheet.getRange('A2:B3').getFormulas()).toEqual([['=A1*2', '=B1*2'], ['=A2*2', '=B2*2']]);
    sheet.getRange('A2').setFormulas([['']]);
    expect(sheet.getRange('A2').getFormula()).toBe('');
  });

  test('merging keeps the top-left value and rejects partial overlaps', () => {
    const { sheet } = setup();
    sheet.getRange('A1:B2').setValues([[1, 2], [3, 4]]);
    sheet.getRange('A1:B2').merge();
    expect(sheet.getRange('A1:B2').getValues()).toEqual([[1, ''], ['', '']]);
    expect(sheet.getRange('B2').isPartOfMerge()).toBe(true);
    expect(sheet.getRange('A1:C3').getMergedRanges().map((r) => r.getA1Notation())).toEqual(['A1:B2']);
    expect(() => sheet.getRange('B2:C3').merge()).toThrow('You must select all cells in a merged range to merge or unmerge them.');
    sheet.getRange('A1:B2').breakApart();
    expect(sheet.getRange('A1').isPartOfMerge()).toBe(false);
  });

  test('formats read back with Apps Script defaults', () => {
    const { sheet, app } = setup();
    const r = sheet.getRange('A1');
    expect([r.getBackground(), r.getFontWeight(), r.getFontColor(), r.getNumberFormat(), r.getWrap()]).toEqual(['#ffffff', 'normal', '#000000', '0.###############', false]);
    r.setBackground('#FFF').setFontWeight('bold').setFontColor('red').setWrapStrategy(app.WrapStrategy.WRAP).setHorizontalAlignment('center');
    expect([r.getBackground(), r.getFontWeight(), r.getFontColor(), r.getWrap(), r.getHorizontalAlignment()]).toEqual(['#ffffff', 'bold', '#ff0000', true, 'center']);
    sheet.getRange('A1:B1').setBackgrounds([['#00ff00', null as unknown as string]]);
    expect(sheet.getRange('A1:B1').getBackgrounds()).toEqual([['#00ff00', '#ffffff']]);
  });

  test('clear removes contents, formats and validations but keeps notes; clearContent keeps formats', () => {
    const { sheet } = setup();
    const r = sheet.getRange('A1');
    r.setValue(5).setBackground('#ff0000').setNote('n').insertCheckboxes();
    r.clearContent();
    expect([r.getValue(), r.getBackground(), r.getDataValidation() !== null]).toEqual(['', '#ff0000', true]);
    r.setValue(5);
    r.clear();
    expect([r.getValue(), r.getBackground(), r.getDataValidation(), r.getNote()]).toEqual(['', '#ffffff', null, 'n']);
  });
});

describe('display values (vi_VN)', () => {
  test('formats numbers with a decimal comma and dot grouping', () => {
    const { sheet } = setup();
    const cases: Array<[unknown, string, string]> = [
      [0.933, '0.0%', '93,3%'],
      [0.5, '0%', '50%'],
      [0.9495, '0.0%', '95,0%'],
      [0.9495, '0.00%', '94,95%'],
      [1.005, '0.00', '1,01'],
      [93.3, '0.###############', '93,3'],
      [1 / 3, '0.###############', '0,3333333333'],
      [1234.5, '#,##0', '1.235'],
      [1234567.891, '#,##0.00', '1.234.567,89'],
      [7, '0.00', '7,00'],
      [7.6, '0', '8'],
      [-2.5, '0.0', '-2,5'],
      [42, '@', '42'],
      [true, '0.###############', 'TRUE'],
      ['Đạt', '0.0%', 'Đạt'],
    ];
    cases.forEach(([value, format], i) => sheet.getRange(i + 1, 1).setValue(value).setNumberFormat(format));
    expect(sheet.getRange(1, 1, cases.length).getDisplayValues().map((r) => r[0])).toEqual(cases.map((c) => c[2]));
  });

  test('dates follow the spreadsheet time zone and pattern', () => {
    const { sheet } = setup();
    const d = new Date(Date.UTC(2024, 11, 31, 20, 5, 9)); // 1 Jan 2025 03:05:09 in Hà Nội
    sheet.getRange('A1:C1').setValues([[d, d, d]]);
    sheet.getRange('B1').setNumberFormat('dd/mm/yyyy');
    sheet.getRange('C1').setNumberFormat('HH:mm');
    expect(sheet.getRange('A1:C1').getDisplayValues()).toEqual([['01/01/2025 03:05:09', '01/01/2025', '03:05']]);
  });

  test('en_US shows a decimal point', () => {
    const { sheet } = setup({ locale: 'en_US' });
    sheet.getRange('A1').setValue(1234.5).setNumberFormat('#,##0.0');
    expect(sheet.getRange('A1').getDisplayValue()).toBe('1,234.5');
  });
});

describe('formula evaluation hook', () => {
  test('without an evaluator formulas read as empty', () => {
    const { sheet } = setup();
    sheet.getRange('A1').setFormula('=1+1');
    expect(sheet.getRange('A1').getValue()).toBe('');
  });

  test('is called lazily, cached until any cell is written, and receives the position', () => {
    const calls: string[] = [];
    const { sheet, ss } = setup({
      evaluateFormula: (f, at) => {
        calls.push(`${f}@${at.sheet.name}!R${at.row}C${at.column}`);
        expect(at.spreadsheet).toBe(ss);
        return (at.sheet._value(1, 1) as number) * 2;
      },
    });
    sheet.getRange('A1').setValue(21);
    sheet.getRange('B3').setFormula('=A1*2');
    expect(calls).toEqual([]);
    expect(sheet.getRange('B3').getValue()).toBe(42);
    expect(sheet.getRange('B3').getDisplayValue()).toBe('42');
    expect(calls).toEqual(['=A1*2@Trang tính1!R3C2']);
    sheet.getRange('A1').setValue(5);
    expect(sheet.getRange('B3').getValue()).toBe(10);
    expect(calls).toHaveLength(2);
  });

  test('a throwing evaluator gives #ERROR! and keeps the message for inspection', () => {
    const { sheet, ss } = setup({
      evaluateFormula: (f) => {
        if (f.includes('BAD')) throw new Error('Giá trị "abc" ở dòng 3 không hợp lệ');
        return f === '=DATE()' ? new Date(0) : [[7, 8]];
      },
    });
    sheet.getRange('A1:A3').setFormulas([['=BAD()'], ['=DATE()'], ['=ARR()']]);
    expect(sheet.getRange('A1:A3').getValues()).toEqual([['#ERROR!'], [new Date(0)], [7]]);
    expect(sheet.getRange('A1').getDisplayValue()).toBe('#ERROR!');
    expect(formulaError(ss, "'Trang tính1'!A1")).toBe('Giá trị "abc" ở dòng 3 không hợp lệ');
    expect(formulaErrors(ss)).toEqual([{ sheet: 'Trang tính1', a1: 'A1', formula: '=BAD()', value: '#ERROR!', message: 'Giá trị "abc" ở dòng 3 không hợp lệ' }]);
  });

  test('a circular reference reads as #REF! instead of recursing forever', () => {
    const { sheet } = setup({ evaluateFormula: (_f, at) => at.sheet._value(at.row, at.column) });
    sheet.getRange('A1').setFormula('=A1');
    expect(sheet.getRange('A1').getValue()).toBe('#REF!');
  });
});

describe('values cross into a vm realm', () => {
  test('dates and arrays are instances of the context constructors', () => {
    const context = vm.createContext({});
    const realm = vm.runInContext('({ Date, Array })', context);
    const { app, sheet } = setup({ realm });
    sheet.getRange('A1').setValue(new Date(Date.UTC(2024, 0, 1)));
    context.SpreadsheetApp = app;
    const result = vm.runInContext(
      `const v = SpreadsheetApp.getActiveSpreadsheet().getSheets()[0].getRange('A1:B1').getValues();
       [v instanceof Array, v[0] instanceof Array, v[0][0] instanceof Date, v[0][1]].join(',')`,
      context,
    );
    expect(result).toBe('true,true,true,');
    vm.runInContext(`SpreadsheetApp.getActiveSpreadsheet().getSheets()[0].getRange('B1').setValue(new Date(86400000))`, context);
    expect((sheet.getRange('B1').getValue() as Date).getTime()).toBe(86400000);
  });
});
