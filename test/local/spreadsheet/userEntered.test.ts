// setValue/setValues parse strings as Google Sheets parses typed input (USER_ENTERED) for the spreadsheet's locale,
// using the number format the cell has at the time of the write.
import { setup } from './helpers';

/** The current year in the runtime's default time zone (Asia/Ho_Chi_Minh). */
const thisYear = () => Number(new Intl.DateTimeFormat('en-US', { timeZone: 'Asia/Ho_Chi_Minh', year: 'numeric' }).format(new Date()));

/** Wall-clock midnight of a date in Hà Nội (UTC+7, no daylight saving). */
const hanoi = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d) - 7 * 3_600_000);

describe('vi_VN (the default locale of a new spreadsheet)', () => {
  test('the locale of a new spreadsheet is vi_VN', () => {
    const { active } = setup();
    expect(active.getSpreadsheetLocale()).toBe('vi_VN');
  });

  test('day-first dates, decimal comma, "." thousands, percents, booleans; other text stays text', () => {
    const { sheet } = setup();
    const typed = ['15/01', '06/01/2026', '30-6-2026', '2026-01-06', '1,5', '1.000', '1.234,5', '93,3%', 'TRUE', 'false', '-5', '1.1', '3.6', '1.13', 'TC1-01', '05/BC-THCSBM', '+84 912 345 678', '31/02/2026'];
    sheet.getRange(1, 1, 1, typed.length).setValues([typed]);
    const [values] = sheet.getRange(1, 1, 1, typed.length).getValues();
    const y = thisYear();
    expect(values.map((v) => (v instanceof Date ? v.getTime() : v))).toEqual([
      hanoi(y, 1, 15).getTime(), hanoi(2026, 1, 6).getTime(), hanoi(2026, 6, 30).getTime(), hanoi(2026, 1, 6).getTime(),
      1.5, 1000, 1234.5, 0.933, true, false, -5,
      hanoi(y, 1, 1).getTime(), hanoi(y, 6, 3).getTime(), '1.13',
      'TC1-01', '05/BC-THCSBM', '+84 912 345 678', '31/02/2026',
    ]);
    const [shown] = sheet.getRange(1, 1, 1, typed.length).getDisplayValues();
    expect(shown.slice(0, 11)).toEqual([`15/01/${y}`, '06/01/2026', '30/06/2026', '06/01/2026', '1,5', '1.000', '1.234,5', '93,3%', 'TRUE', 'FALSE', '-5']);
  });

  test('a leading apostrophe keeps the text and is not stored', () => {
    const { sheet } = setup();
    sheet.getRange('A1:C1').setValues([["'15/01", "'1.1", "'=HYPERLINK(\"x\")"]]);
    expect(sheet.getRange('A1:C1').getValues()).toEqual([['15/01', '1.1', '=HYPERLINK("x")']]);
    expect(sheet.getRange('A1:C1').getDisplayValues()).toEqual([['15/01', '1.1', '=HYPERLINK("x")']]);
    expect(sheet.getRange('A1:C1').getFormulas()).toEqual([['', '', '']]);
  });

  test('a cell already formatted as plain text keeps the exact string: no date, number, formula or escape', () => {
    const { sheet } = setup();
    const typed = ['15/01', '1.1', '1,5', '0912345678', '=HYPERLINK("x")', "'quoted", '- Một số giáo viên', 'TRUE'];
    const range = sheet.getRange(1, 1, 1, typed.length);
    range.setNumberFormat('@');
    range.setValues([typed]);
    expect(range.getValues()).toEqual([typed]);
    expect(range.getDisplayValues()).toEqual([typed]);
    expect(range.getFormulas()).toEqual([typed.map(() => '')]);
  });

  test('the order matters: formatting as plain text AFTER the write does not bring the text back', () => {
    const { sheet } = setup();
    sheet.getRange('A1:B1').setValues([['15/01', '1.1']]);
    sheet.getRange('A1:B1').setNumberFormat('@');
    const [[a, b]] = sheet.getRange('A1:B1').getValues();
    expect(a).toBeInstanceOf(Date);
    expect(b).toBeInstanceOf(Date);
    expect(sheet.getRange('A1:B1').getDisplayValues()).not.toEqual([['15/01', '1.1']]);
  });

  test('setValue parses like setValues; non-string values are stored unchanged whatever the format', () => {
    const { sheet } = setup();
    sheet.getRange('A1').setValue('15/01');
    expect(sheet.getRange('A1').getValue()).toBeInstanceOf(Date);
    sheet.getRange('B1:D1').setNumberFormat('@').setValues([[1.5, true, hanoi(2026, 1, 6)]]);
    const [[n, b, d]] = sheet.getRange('B1:D1').getValues();
    expect([n, b, (d as Date).getTime()]).toEqual([1.5, true, hanoi(2026, 1, 6).getTime()]);
  });
});

describe('en_US', () => {
  test('month-first dates, decimal point, "," thousands', () => {
    const { sheet, active } = setup({ locale: 'en_US' });
    expect(active.getSpreadsheetLocale()).toBe('en_US');
    const typed = ['1/15', '6/1/2026', '1.5', '1,000', '93.3%', '1.1', '1,5', '15/01'];
    sheet.getRange(1, 1, 1, typed.length).setValues([typed]);
    const [values] = sheet.getRange(1, 1, 1, typed.length).getValues();
    expect(values.map((v) => (v instanceof Date ? v.getTime() : v))).toEqual([
      hanoi(thisYear(), 1, 15).getTime(), hanoi(2026, 6, 1).getTime(), 1.5, 1000, 0.933, 1.1, '1,5', '15/01',
    ]);
    expect(sheet.getRange('D1:E1').getDisplayValues()).toEqual([['1,000', '93.3%']]);
  });

  test('a test can switch a spreadsheet to another locale; later writes follow it', () => {
    const { sheet, active } = setup();
    active.setSpreadsheetLocale('en_US');
    sheet.getRange('A1').setValue('1.5');
    expect(sheet.getRange('A1').getValue()).toBe(1.5);
  });
});
