// Years and dates as users type them (src/vocab/dates.ts): the evaluation year, full dates, day-month deadlines and
// the dates inside the "Số, ngày ban hành" of a Minh chứng.
import { calendarOfDate, datesInText, readDate, readDayMonth, readYear, yearOf } from '../../src/vocab/dates';

/** Midnight of a day in Hà Nội (UTC+7), as Sheets returns a date cell of a sheet in Asia/Ho_Chi_Minh. */
const hanoi = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d) - 7 * 3_600_000);

describe('the evaluation year', () => {
  test.each([
    [2025, { kind: 'year', year: 2025, from: 'number' }],
    [2025.0, { kind: 'year', year: 2025, from: 'number' }],
    ['2025', { kind: 'year', year: 2025, from: 'text' }],
    ['năm 2025', { kind: 'year', year: 2025, from: 'text' }],
    ['Năm 2025', { kind: 'year', year: 2025, from: 'text' }],
    [' NĂM  2025 ', { kind: 'year', year: 2025, from: 'text' }],
    ['2025,0', { kind: 'year', year: 2025, from: 'text' }],
    ['', { kind: 'blank' }],
    ['25', { kind: 'invalid', text: '25' }],
    ['20255', { kind: 'invalid', text: '20255' }],
    [25, { kind: 'invalid', text: '25' }],
    [2025.5, { kind: 'invalid', text: '2025.5' }],
    ['năm học 2025-2026', { kind: 'invalid', text: 'năm học 2025-2026' }],
    ['hai nghìn không trăm hai lăm', { kind: 'invalid', text: 'hai nghìn không trăm hai lăm' }],
  ])('%p reads as %p', (raw, expected) => {
    expect(readYear(raw)).toEqual(expected);
  });

  test('a date cell (01/01/2025 typed, turned into a date by Sheets) gives its year, and says it came from a date', () => {
    expect(readYear(hanoi(2025, 1, 1))).toEqual({ kind: 'year', year: 2025, from: 'date', date: { day: 1, month: 1, year: 2025 } });
    expect(yearOf('năm 2025')).toBe(2025);
    expect(yearOf('25')).toBeUndefined();
  });
});

describe('full dates', () => {
  test('a date cell is the day it shows in its sheet, whatever zone the code runs in', () => {
    // 01/01/2025 00:00 in Hà Nội is 31/12/2024 17:00 UTC: read with UTC getters it would be the wrong year.
    expect(calendarOfDate(hanoi(2025, 1, 1))).toEqual({ day: 1, month: 1, year: 2025 });
    expect(calendarOfDate(new Date(Date.UTC(2025, 6, 17) + 4 * 3_600_000))).toEqual({ day: 17, month: 7, year: 2025 }); // GMT-4 midnight
    expect(readDate(hanoi(2025, 12, 15))).toEqual({ kind: 'date', date: { day: 15, month: 12, year: 2025 } });
  });

  test.each([
    ['15/12/2025', { kind: 'date', date: { day: 15, month: 12, year: 2025 } }],
    ['6/1/2026', { kind: 'date', date: { day: 6, month: 1, year: 2026 } }],
    ['06-01-2026', { kind: 'date', date: { day: 6, month: 1, year: 2026 } }],
    ['ngày 06 tháng 01 năm 2026', { kind: 'date', date: { day: 6, month: 1, year: 2026 } }],
    ['29/02/2024', { kind: 'date', date: { day: 29, month: 2, year: 2024 } }],
    ['29/02/2025', { kind: 'impossible', text: '29/02/2025', day: 29, month: 2, year: 2025 }],
    ['31/02/2026', { kind: 'impossible', text: '31/02/2026', day: 31, month: 2, year: 2026 }],
    ['15/13/2025', { kind: 'impossible', text: '15/13/2025', day: 15, month: 13, year: 2025 }],
    ['sáng thứ hai', { kind: 'notDate', text: 'sáng thứ hai' }],
    ['2025-12-15', { kind: 'notDate', text: '2025-12-15' }],
    [46006, { kind: 'notDate', text: '46006' }],
    ['', { kind: 'blank' }],
  ])('%p reads as %p', (raw, expected) => {
    expect(readDate(raw)).toEqual(expected);
  });

  test('the dates written inside free text, impossible ones included', () => {
    expect(datesInText('112/KH-THCSBM, 05/9/2025')).toEqual([{ kind: 'date', date: { day: 5, month: 9, year: 2025 } }]);
    expect(datesInText('08/QĐ-THCSBM ngày 10 tháng 01 năm 2025')).toEqual([{ kind: 'date', date: { day: 10, month: 1, year: 2025 } }]);
    expect(datesInText('Số 45/QĐ-THCSBM')).toEqual([]);
    expect(datesInText('Biên bản năm học 2025-2026')).toEqual([]);
    expect(datesInText('12/BB, 30/02/2025')).toEqual([{ kind: 'impossible', text: '30/02/2025', day: 30, month: 2, year: 2025 }]);
  });
});

describe('day-month deadlines', () => {
  test.each([
    ['15/01', { kind: 'dayMonth', day: 15, month: 1 }],
    ['5/2', { kind: 'dayMonth', day: 5, month: 2 }],
    ['29/02', { kind: 'dayMonth', day: 29, month: 2 }],
    ['32/01', { kind: 'invalid', text: '32/01' }],
    ['15/13', { kind: 'invalid', text: '15/13' }],
    ['15/01/2026', { kind: 'invalid', text: '15/01/2026' }],
    ['', { kind: 'blank' }],
  ])('%p reads as %p', (raw, expected) => {
    expect(readDayMonth(raw)).toEqual(expected);
  });

  test('"15/01" that Sheets turned into a date is recognised as a full date', () => {
    expect(readDayMonth(hanoi(2026, 1, 15))).toEqual({ kind: 'date', date: { day: 15, month: 1, year: 2026 } });
  });
});
