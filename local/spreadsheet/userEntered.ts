// The one place where a value written by setValue/setValues/appendRow is parsed the way Google Sheets parses what a
// user types into a cell of a spreadsheet of a given locale (ValueInputOption USER_ENTERED).
//
// References:
// - https://developers.google.com/sheets/api/reference/rest/v4/ValueInputOption — USER_ENTERED: "The values will be
//   parsed as if the user typed them into the UI. Numbers will stay as numbers, but strings may be converted to
//   numbers, dates, etc. following the same rules that are applied when entering text into a cell via the Google
//   Sheets UI." Apps Script's Range.setValue/setValues behave this way (a string starting with "=" is a formula).
// - https://developers.google.com/sheets/api/guides/formats — "the actual rendering of the format depends on the
//   spreadsheet's locale" (decimal comma and day-first dates in vi_VN; decimal point and month-first in en_US).
// - https://github.com/theoephraim/node-google-spreadsheet/issues/696 — "0001" typed into a cell becomes the number 1;
//   a leading apostrophe ("'0001") keeps the text and is not part of the value.
// - https://github.com/vlucas/sheetquery/issues/20 — setNumberFormat('@') (plain text) on the cells BEFORE setValue
//   keeps strings unchanged, even if the format is changed back to automatic later; after the write it is too late.
// - https://how-to-sheets.com/formulas-functions/google-sheets-text-instead-of-formula — a cell formatted as Plain
//   text shows "=…" as literal text instead of running it.
//
// What is modelled (anything else stays text, exactly as written):
// - '' / null / undefined clear the cell; numbers, booleans and Dates are stored as they are (Dates copied);
// - in a cell formatted as plain text ('@') a string is stored exactly as written: no formula, no number, no date,
//   and a leading apostrophe is kept as a character (nothing is "escaped" in a text cell);
// - a string starting with '=' (longer than '=') is a formula;
// - a leading apostrophe makes the rest literal text (the apostrophe is not stored);
// - TRUE / FALSE in any case are booleans (Sheets keeps the English words in vi_VN too);
// - numbers in the locale's notation: vi_VN "1,5" → 1.5, "1.000" → 1000, "1.234,5" → 1234.5, "-3" → -3,
//   "0912345678" → 912345678 (leading zeros and a leading '+' are lost), "1e3" → 1000; en_US "1.5", "1,000";
//   a grouped number gets the format '#,##0' (with its decimals) so it shows as typed;
// - percents: vi_VN "93,3%" → 0.933 (en_US "93.3%"), with a percent format showing the typed decimals;
// - dates, day first in vi_VN ("15/01" → 15 January of the current year, "06/01/2026", "30-6-2026") and month first
//   in en_US ("1/15", "1/15/2026"); ISO "2026-01-06" everywhere; an optional time "06/01/2026 08:30[:15]". Two-digit
//   years: 00–29 → 20xx, 30–99 → 19xx. The value is the wall-clock midnight (or time) in the spreadsheet time zone;
//   a cell with the automatic format gets a date format.
// - "1.1" in vi_VN: the reference pages do not say. '.' is not the decimal mark there and "1.1" is not a grouped
//   number, so we model the strictest plausible reading: a day.month date (1 January), as day-first spreadsheets
//   have long done with "1.2" (https://erack.org/blog/archives/8-LibreOffice-date-acceptance-patterns.html describes
//   exactly that for de-DE). Chỉ tiêu codes must therefore go into plain-text cells; a test fails otherwise.
//   "1.13" (no month 13) stays text. In en_US "1.1" is the number 1.1.
// Not modelled: currencies, times without a date, month names, fractions ("1 1/2").
import { isDate, CellValue } from './values';
import { instantFromWallClock, separatorsFor, wallClockMs } from './numberFormat';

/** The result of parsing what a script wrote. `numberFormat` is applied when the cell has the automatic format. */
export type Entered =
  | { kind: 'value'; value: CellValue | null; numberFormat?: string }
  | { kind: 'formula'; formula: string };

export interface EntryContext {
  /** The cell's number format at the time of the write (undefined: automatic). */
  readonly numberFormat?: string;
  readonly locale: string;
  readonly timeZone: string;
  /** The clock for dates typed without a year (default: now). */
  readonly now?: Date;
}

export const PLAIN_TEXT_FORMAT = '@';

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Month-first date entry (M/D/Y): en_US. Every other locale modelled here reads day first. */
function monthFirst(locale: string): boolean {
  return /^en[_-]us$/i.test(locale);
}

function numberPattern(locale: string): RegExp {
  const { decimal, group } = separatorsFor(locale);
  const g = escapeRe(group);
  const d = escapeRe(decimal);
  // sign, integer part (plain digits or groups of three), optional fraction, optional exponent.
  return new RegExp(`^([+-]?)(\\d+|\\d{1,3}(?:${g}\\d{3})+)?(?:${d}(\\d+))?(?:[eE]([+-]?\\d+))?$`);
}

interface ParsedNumber {
  value: number;
  grouped: boolean;
  decimals: number;
}

function parseNumber(text: string, locale: string): ParsedNumber | null {
  const m = numberPattern(locale).exec(text);
  if (!m || (m[2] === undefined && m[3] === undefined)) return null;
  const { group } = separatorsFor(locale);
  const intPart = (m[2] ?? '0').split(group).join('');
  const value = Number(`${m[1]}${intPart}.${m[3] ?? '0'}e${m[4] ?? '0'}`);
  if (!Number.isFinite(value)) return null;
  return { value, grouped: m[2] !== undefined && m[2].includes(group), decimals: m[3]?.length ?? 0 };
}

const decimalsPattern = (n: number) => (n > 0 ? `.${'0'.repeat(n)}` : '');

function daysIn(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function fullYear(y: string): number | null {
  if (y.length === 4) return Number(y);
  if (y.length <= 2) {
    const n = Number(y);
    return n < 30 ? 2000 + n : 1900 + n;
  }
  return null;
}

function parseDate(text: string, ctx: EntryContext): Date | null {
  const time = /^(.*\S)\s+(\d{1,2}):(\d{2})(?::(\d{2}))?$/.exec(text);
  const datePart = time ? time[1] : text;
  let h = 0, mi = 0, s = 0;
  if (time) {
    [h, mi, s] = [Number(time[2]), Number(time[3]), Number(time[4] ?? 0)];
    if (h > 23 || mi > 59 || s > 59) return null;
  }
  let y: number | null;
  let mo: number;
  let d: number;
  const iso = /^(\d{4})([-/])(\d{1,2})\2(\d{1,2})$/.exec(datePart);
  if (iso) {
    [y, mo, d] = [Number(iso[1]), Number(iso[3]), Number(iso[4])];
  } else {
    const seps = monthFirst(ctx.locale) ? '[/-]' : '[/.-]';
    const m = new RegExp(`^(\\d{1,2})(${seps})(\\d{1,2})(?:\\2(\\d{1,4}))?$`).exec(datePart);
    if (!m) return null;
    const [a, b] = [Number(m[1]), Number(m[3])];
    [d, mo] = monthFirst(ctx.locale) ? [b, a] : [a, b];
    y = m[4] === undefined ? new Date(wallClockMs(ctx.now ?? new Date(), ctx.timeZone)).getUTCFullYear() : fullYear(m[4]);
  }
  if (y === null || mo < 1 || mo > 12 || d < 1 || d > daysIn(y, mo)) return null;
  return instantFromWallClock(Date.UTC(y, mo - 1, d, h, mi, s), ctx.timeZone);
}

/** Parses one written value (see the module comment). */
export function parseEntered(raw: unknown, ctx: EntryContext): Entered {
  if (raw === null || raw === undefined) return { kind: 'value', value: null };
  if (typeof raw === 'number') return { kind: 'value', value: Number.isFinite(raw) ? raw : '#NUM!' };
  if (typeof raw === 'boolean') return { kind: 'value', value: raw };
  if (isDate(raw)) return { kind: 'value', value: new Date(raw.getTime()) };
  const text = typeof raw === 'string' ? raw : String(raw);
  if (text === '') return { kind: 'value', value: null };
  if (ctx.numberFormat === PLAIN_TEXT_FORMAT) return { kind: 'value', value: text };
  if (text.startsWith('=') && text.length > 1) return { kind: 'formula', formula: text };
  if (text.startsWith("'")) return { kind: 'value', value: text.slice(1) === '' ? null : text.slice(1) };
  const t = text.trim();
  const upper = t.toUpperCase();
  if (upper === 'TRUE') return { kind: 'value', value: true };
  if (upper === 'FALSE') return { kind: 'value', value: false };
  const percent = /^(.*\S)\s?%$/.exec(t);
  if (percent) {
    const n = parseNumber(percent[1], ctx.locale);
    if (n) return { kind: 'value', value: Number((n.value / 100).toPrecision(15)), numberFormat: `0${decimalsPattern(n.decimals)}%` };
  }
  const n = parseNumber(t, ctx.locale);
  if (n) return { kind: 'value', value: n.value, numberFormat: n.grouped ? `#,##0${decimalsPattern(n.decimals)}` : undefined };
  const date = parseDate(t, ctx);
  if (date) return { kind: 'value', value: date };
  return { kind: 'value', value: text };
}

/** True when writing `text` into a cell of this format and locale would store something other than that text. */
export function changesWhenEntered(text: string, ctx: EntryContext): boolean {
  if (text === '') return false; // clears the cell, which reads back as ''
  const e = parseEntered(text, ctx);
  return e.kind === 'formula' || e.value !== text;
}
