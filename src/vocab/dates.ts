// Years and dates as users type them: the evaluation year ("2025", "năm 2025", 2025.0, a date cell), full dates
// ("15/12/2025", a date cell, "ngày 15 tháng 12 năm 2025"), day-month deadlines ("15/01") and the dates written inside
// free text ("112/KH-THCSBM, 05/9/2025"). Pure: today's date, when needed, is passed in by the caller.
import { cleanText, foldKey, isBlank } from './normalize';

export interface CalendarDate {
  readonly day: number;
  readonly month: number;
  readonly year: number;
}

/** A Date value from any realm (the bundle runs in its own, where `instanceof Date` fails). */
export function isDateValue(v: unknown): v is Date {
  return Object.prototype.toString.call(v) === '[object Date]';
}

const DAY_MS = 86_400_000;

/**
 * The calendar day of a date-only cell. Sheets returns such a cell as midnight in the spreadsheet's time zone
 * (e.g. https://pastebin.com/UKwQEiAd: "7/17/2018" in a GMT-4 sheet is "Tue Jul 17 00:00:00 GMT-04:00"), so the
 * nearest UTC midnight is that day for every zone from UTC−11 to UTC+12, whatever zone the code runs in.
 */
export function calendarOfDate(d: Date): CalendarDate | undefined {
  const t = d.getTime();
  if (!Number.isFinite(t)) return undefined;
  const u = new Date(Math.round(t / DAY_MS) * DAY_MS);
  return { day: u.getUTCDate(), month: u.getUTCMonth() + 1, year: u.getUTCFullYear() };
}

/** Converts a Date cell to its calendar day; callers that know the spreadsheet's time zone pass an exact one. */
export type DateOf = (d: Date) => CalendarDate | undefined;

export function daysInMonth(month: number, year: number): number {
  return [31, year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1];
}

function isRealDate(day: number, month: number, year: number): boolean {
  return Number.isInteger(day) && Number.isInteger(month) && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(month, year);
}

/** Orders dates: negative when a is before b. */
export function compareDates(a: CalendarDate, b: CalendarDate): number {
  return (a.year - b.year) * 10_000 + (a.month - b.month) * 100 + (a.day - b.day);
}

/** "15/01" */
export function formatDayMonth(d: { readonly day: number; readonly month: number }): string {
  return `${String(d.day).padStart(2, '0')}/${String(d.month).padStart(2, '0')}`;
}

/** "15/12/2025" */
export function formatDate(d: CalendarDate): string {
  return `${formatDayMonth(d)}/${d.year}`;
}

export type DateReading =
  | { readonly kind: 'blank' }
  | { readonly kind: 'date'; readonly date: CalendarDate }
  /** Looks like a date but is not in the calendar ("31/02/2026"). */
  | { readonly kind: 'impossible'; readonly text: string; readonly day: number; readonly month: number; readonly year: number }
  | { readonly kind: 'notDate'; readonly text: string };

const DMY = /^(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})$/;
const DMY_WORDS = /^ngay (\d{1,2}) thang (\d{1,2}) nam (\d{4})$/;

function reading(text: string, d: number, m: number, y: number): DateReading {
  return isRealDate(d, m, y) ? { kind: 'date', date: { day: d, month: m, year: y } } : { kind: 'impossible', text, day: d, month: m, year: y };
}

/** Reads a date cell: a Date value, "dd/mm/yyyy" (also with "." or "-"), or "ngày dd tháng mm năm yyyy". */
export function readDate(raw: unknown, dateOf: DateOf = calendarOfDate): DateReading {
  if (isDateValue(raw)) {
    const date = dateOf(raw);
    return date ? { kind: 'date', date } : { kind: 'notDate', text: '' };
  }
  if (isBlank(raw)) return { kind: 'blank' };
  const text = cleanText(raw);
  const m = DMY.exec(text) ?? DMY_WORDS.exec(foldKey(text));
  if (!m) return { kind: 'notDate', text };
  return reading(text, Number(m[1]), Number(m[2]), Number(m[3]));
}

/** The date of a cell, or undefined when it holds none (blank, not a date, impossible). */
export function dateOfCell(raw: unknown, dateOf: DateOf = calendarOfDate): CalendarDate | undefined {
  const r = readDate(raw, dateOf);
  return r.kind === 'date' ? r.date : undefined;
}

/** Every date written inside free text ("112/KH-THCSBM, 05/9/2025"), impossible ones included, in order. */
export function datesInText(raw: unknown, dateOf: DateOf = calendarOfDate): DateReading[] {
  if (isDateValue(raw)) return [readDate(raw, dateOf)];
  if (isBlank(raw)) return [];
  const text = cleanText(raw);
  const out: DateReading[] = [];
  const found = /(?<!\d)(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})(?!\d)|ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})/giu;
  for (const m of text.matchAll(found)) {
    const [d, mo, y] = m[1] ? [m[1], m[2], m[3]] : [m[4], m[5], m[6]];
    out.push(reading(m[0], Number(d), Number(mo), Number(y)));
  }
  return out;
}

export type YearReading =
  | { readonly kind: 'blank' }
  /** `from` says how it was written: a number, text ("2025", "năm 2025") or a date cell (its year). */
  | { readonly kind: 'year'; readonly year: number; readonly from: 'number' | 'text' | 'date'; readonly date?: CalendarDate }
  | { readonly kind: 'invalid'; readonly text: string };

/** Reads the evaluation year. Only four digits make a year: "25" and "20255" are invalid. The range is the caller's. */
export function readYear(raw: unknown, dateOf: DateOf = calendarOfDate): YearReading {
  if (isDateValue(raw)) {
    const date = dateOf(raw);
    return date ? { kind: 'year', year: date.year, from: 'date', date } : { kind: 'invalid', text: '' };
  }
  if (typeof raw === 'number') {
    return Number.isInteger(raw) && raw >= 1000 && raw <= 9999 ? { kind: 'year', year: raw, from: 'number' } : { kind: 'invalid', text: String(raw) };
  }
  if (isBlank(raw)) return { kind: 'blank' };
  const text = cleanText(raw);
  const m = /^(?:nam\s*)?(\d{4})(?:[.,]0+)?$/.exec(foldKey(text));
  return m ? { kind: 'year', year: Number(m[1]), from: 'text' } : { kind: 'invalid', text };
}

/** The evaluation year as every document and deadline uses it; undefined when the cell holds no readable year. */
export function yearOf(raw: unknown, dateOf: DateOf = calendarOfDate): number | undefined {
  const r = readYear(raw, dateOf);
  return r.kind === 'year' ? r.year : undefined;
}

export type DayMonthReading =
  | { readonly kind: 'blank' }
  | { readonly kind: 'dayMonth'; readonly day: number; readonly month: number }
  | { readonly kind: 'invalid'; readonly text: string }
  /** A full date where a day and month were expected (Sheets turned "15/01" into a date). */
  | { readonly kind: 'date'; readonly date: CalendarDate };

/** Reads a deadline typed as "15/01": any real day of a month (29/02 allowed). */
export function readDayMonth(raw: unknown, dateOf: DateOf = calendarOfDate): DayMonthReading {
  if (isDateValue(raw)) {
    const date = dateOf(raw);
    return date ? { kind: 'date', date } : { kind: 'invalid', text: '' };
  }
  if (isBlank(raw)) return { kind: 'blank' };
  const text = cleanText(raw);
  const m = /^(\d{1,2})\s*[/.-]\s*(\d{1,2})$/.exec(text);
  if (!m || !isRealDate(Number(m[1]), Number(m[2]), 2024)) return { kind: 'invalid', text };
  return { kind: 'dayMonth', day: Number(m[1]), month: Number(m[2]) };
}
