// Compares the live "Tổng hợp" sheet (DVHT_* formulas evaluated by the bundle) with the rules engine run directly on
// the same workbook's values: the two must agree on every chỉ tiêu, tiêu chí and the unit.
import { CheckOptions, checkWorkbook } from '../src/check/checkWorkbook';
import { SummaryComparison, compareSummary } from '../src/check/summaryComparison';
import { readWorkbook } from '../src/sheet/readWorkbook';
import { SHEET_NAMES } from '../src/sheet/schema';
import { INPUT_SHEETS } from '../src/gas/readSheets';
import { CalendarDate } from '../src/vocab/dates';
import { FakeSpreadsheet, dumpSheet } from './spreadsheet';
import { wallClockMs } from './spreadsheet/numberFormat';

export type { SummaryComparison };

/** Every input sheet's values, read without counting (inspection), as the bundle's single getValues would see them. */
export function inputValues(ss: FakeSpreadsheet): Record<string, unknown[][] | undefined> {
  return Object.fromEntries(INPUT_SHEETS.map((n) => [n, ss._sheetByName(n) ? dumpSheet(ss._sheetByName(n)!).values : undefined]));
}

/** The options the bundle's check gets from Apps Script: today and date cells in the spreadsheet's time zone. */
export function localCheckOptions(ss: FakeSpreadsheet, now: Date = new Date()): CheckOptions {
  const dateOf = (d: Date): CalendarDate | undefined => {
    if (!Number.isFinite(d.getTime())) return undefined;
    const wall = new Date(wallClockMs(d, ss.timeZone));
    return { day: wall.getUTCDate(), month: wall.getUTCMonth() + 1, year: wall.getUTCFullYear() };
  };
  return { today: dateOf(now), dateOf };
}

/** Tổng hợp's values (read without counting) against the engine on the same workbook: src/check/summaryComparison.ts. */
export function compareSummaryWithEngine(ss: FakeSpreadsheet): SummaryComparison {
  const sheet = ss._sheetByName(SHEET_NAMES.tongHop);
  const check = checkWorkbook(readWorkbook(inputValues(ss)), localCheckOptions(ss));
  return compareSummary(sheet ? dumpSheet(sheet).values : [], check);
}
