// Display formatting (getDisplayValues): number formats, dates in the spreadsheet time zone, locale separators.
import { CellValue, isDate } from './values';

/** What Range.getNumberFormat returns for a cell with the automatic format. */
export const AUTOMATIC_FORMAT = '0.###############';
/** Sheets number-format syntax (not Java's): 'mm' is the month unless it follows an hour or precedes seconds. */
export const DEFAULT_DATE_FORMAT = 'dd/mm/yyyy';
export const DEFAULT_DATETIME_FORMAT = 'dd/mm/yyyy hh:mm:ss';

interface Separators {
  decimal: string;
  group: string;
}

/** Decimal and grouping marks by locale; vi_VN (the default) uses "1.234,5". */
export function separatorsFor(locale: string): Separators {
  const lang = locale.toLowerCase().split(/[_-]/)[0];
  if (['vi', 'de', 'id', 'it', 'es', 'pt', 'nl', 'tr', 'da'].includes(lang)) return { decimal: ',', group: '.' };
  if (['fr', 'ru', 'pl', 'cs', 'sv', 'nb', 'fi', 'uk'].includes(lang)) return { decimal: ',', group: '\u00a0' };
  return { decimal: '.', group: ',' };
}

const SERIAL_EPOCH_MS = Date.UTC(1899, 11, 30);
const DAY_MS = 86_400_000;

const partsFormatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let f = partsFormatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    partsFormatters.set(timeZone, f);
  }
  return f;
}

/** The wall-clock time of an instant in a time zone, as milliseconds of a UTC date with the same fields. */
export function wallClockMs(instant: Date, timeZone: string): number {
  const parts: Record<string, number> = {};
  for (const p of formatterFor(timeZone).formatToParts(instant)) if (p.type !== 'literal') parts[p.type] = Number(p.value);
  return Date.UTC(parts.year, parts.month - 1, parts.day, parts.hour, parts.minute, parts.second, instant.getUTCMilliseconds());
}

/** The instant at which the wall clock of `timeZone` shows the fields of the UTC date `wallMs`. */
export function instantFromWallClock(wallMs: number, timeZone: string): Date {
  let guess = wallMs;
  for (let i = 0; i < 3; i++) {
    const offset = wallClockMs(new Date(guess), timeZone) - guess;
    guess = wallMs - offset;
  }
  return new Date(guess);
}

export function dateToSerial(value: Date, timeZone: string): number {
  return (wallClockMs(value, timeZone) - SERIAL_EPOCH_MS) / DAY_MS;
}

export function serialToWallMs(serial: number): number {
  return Math.round(SERIAL_EPOCH_MS + serial * DAY_MS);
}

function isDateFormat(format: string): boolean {
  const bare = format.replace(/"[^"]*"|\\.|\[[^\]]*\]/g, '');
  return /[dyhs]/i.test(bare) || (/m/i.test(bare) && !/[0#?]/.test(bare));
}

/** Date tokens in lowercase (outside quotes, keeping AM/PM), as spreadsheet files expect: 'dd/MM/yyyy' → 'dd/mm/yyyy'. */
export function lowerDateTokens(format: string): string {
  if (!isDateFormat(format)) return format;
  return format.replace(/"[^"]*"|\\.|\[[^\]]*\]|AM\/PM|A\/P|[DMYHS]/g, (t) => (t.length === 1 ? t.toLowerCase() : t));
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}

/** Formats wall-clock fields with a Sheets/Excel date pattern (d, dd, ddd, dddd, m/M, mm/MM, yy, yyyy, h, hh, H, HH, ss, am/pm). */
function formatDatePattern(wallMs: number, format: string): string {
  const d = new Date(wallMs);
  const y = d.getUTCFullYear();
  const mo = d.getUTCMonth() + 1;
  const day = d.getUTCDate();
  const h = d.getUTCHours();
  const mi = d.getUTCMinutes();
  const s = d.getUTCSeconds();
  const tokens = format.match(/"[^"]*"|\\.|am\/pm|AM\/PM|a\/p|[dD]+|[mM]+|[yY]+|[hH]+|[sS]+|./g) ?? [];
  const twelve = tokens.some((t) => /^(am\/pm|a\/p)$/i.test(t));
  let out = '';
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    const lower = t.toLowerCase();
    if (t.startsWith('"')) out += t.slice(1, -1);
    else if (t.startsWith('\\')) out += t.slice(1);
    else if (/^(am\/pm|a\/p)$/i.test(t)) out += h < 12 ? (t.length > 3 ? 'AM' : 'A') : t.length > 3 ? 'PM' : 'P';
    else if (lower[0] === 'd') {
      if (t.length <= 2) out += pad(day, t.length);
      else out += new Intl.DateTimeFormat('en-US', { weekday: t.length === 3 ? 'short' : 'long', timeZone: 'UTC' }).format(d);
    } else if (lower[0] === 'y') out += t.length <= 2 ? pad(y % 100, 2) : String(y);
    else if (lower[0] === 'h') out += pad(twelve ? ((h + 11) % 12) + 1 : h, Math.min(t.length, 2)); // hh is 0-23 without AM/PM
    else if (lower[0] === 's') out += pad(s, Math.min(t.length, 2));
    else if (lower[0] === 'm') {
      // "m" is minutes right after an hour token or right before a seconds token, otherwise the month.
      const before = tokens.slice(0, i).reverse().find((x) => /^[a-z]/i.test(x) && !x.startsWith('"'));
      const after = tokens.slice(i + 1).find((x) => /^[a-z]/i.test(x) && !x.startsWith('"'));
      const minutes = (before && /^h/i.test(before)) || (after && /^s/i.test(after));
      if (minutes) out += pad(mi, Math.min(t.length, 2));
      else if (t.length <= 2) out += pad(mo, t.length);
      else out += new Intl.DateTimeFormat('en-US', { month: t.length === 3 ? 'short' : 'long', timeZone: 'UTC' }).format(d);
    } else out += t;
  }
  return out;
}

/**
 * Rounds half up on the decimal digits a spreadsheet shows (15 significant), so 0.9495 as '0.0%' is 95,0% and 1.005
 * as '0.00' is 1,01, not the binary-float neighbours.
 */
function roundHalfUp(value: number, digits: number): number {
  const p = String(Number(value.toPrecision(15)));
  if (p.includes('e')) return Math.round(value * Math.pow(10, digits)) / Math.pow(10, digits);
  return Number(`${Math.round(Number(`${p}e${digits}`))}e-${digits}`);
}

function groupDigits(intPart: string, group: string): string {
  return intPart.replace(/\B(?=(\d{3})+(?!\d))/g, group);
}

/** Automatic/General display: up to 10 decimals and 15 significant digits, no grouping, locale decimal mark. */
function formatGeneral(n: number, sep: Separators): string {
  if (n === 0) return '0';
  const abs = Math.abs(n);
  let text: string;
  if (abs >= 1e15 || abs < 1e-10) {
    text = n.toExponential(5).replace(/\.?0+e/, 'e').replace('e', 'E');
    text = text.replace(/E([+-])(\d)$/, 'E$1$2');
  } else {
    text = String(Number(n.toPrecision(15)));
    if (text.includes('e')) text = Number(n.toFixed(10)).toString();
    const [i, f] = text.split('.');
    if (f && f.length > 10) text = String(Number(`${i}.${f}`).toFixed(10)).replace(/\.?0+$/, '');
  }
  return text.replace('.', sep.decimal);
}

/** Formats a number with a numeric pattern section such as 0, 0.00, #,##0, 0.0%, "x" 0 "đ". */
function formatNumberSection(n: number, section: string, sep: Separators): string {
  const tokens = section.match(/"[^"]*"|\\.|[0#?.,%]+|./g) ?? [];
  const numeric = tokens.findIndex((t) => /^[0#?.,%]+$/.test(t) && /[0#?]/.test(t));
  if (numeric < 0) return tokens.map((t) => (t.startsWith('"') ? t.slice(1, -1) : t.startsWith('\\') ? t.slice(1) : t)).join('');
  const percentCount = (section.replace(/"[^"]*"/g, '').match(/%/g) ?? []).length;
  let value = Math.abs(n) * Math.pow(100, percentCount);
  const pattern = tokens[numeric].replace(/%/g, '');
  const [intPat, fracPat = ''] = pattern.split('.');
  // A trailing comma scales by 1000 (Excel/Sheets "#,##0," shows thousands).
  let scaled = intPat;
  while (scaled.endsWith(',')) {
    value /= 1000;
    scaled = scaled.slice(0, -1);
  }
  const grouping = scaled.includes(',');
  const minInt = (scaled.match(/0/g) ?? []).length;
  const maxFrac = (fracPat.match(/[0#?]/g) ?? []).length;
  const minFrac = (fracPat.match(/0/g) ?? []).length;
  let fixed = roundHalfUp(value, maxFrac).toFixed(maxFrac);
  let [i, f = ''] = fixed.split('.');
  while (f.length > minFrac && f.endsWith('0')) f = f.slice(0, -1);
  if (i === '0' && minInt === 0) i = '';
  i = i.padStart(minInt, '0');
  if (grouping) i = groupDigits(i, sep.group);
  fixed = f ? `${i}${sep.decimal}${f}` : pattern.includes('.') && minFrac === 0 && maxFrac > 0 ? `${i}${sep.decimal}` : i;
  let out = '';
  tokens.forEach((t, k) => {
    if (k === numeric) out += fixed + '%'.repeat((t.match(/%/g) ?? []).length);
    else if (t.startsWith('"')) out += t.slice(1, -1);
    else if (t.startsWith('\\')) out += t.slice(1);
    else out += t;
  });
  return out;
}

function formatNumber(n: number, format: string, sep: Separators): string {
  const sections = format.split(/;(?=(?:[^"]*"[^"]*")*[^"]*$)/);
  if (sections.length === 1) return (n < 0 ? '-' : '') + formatNumberSection(n, sections[0], sep);
  if (n > 0 || (n === 0 && sections.length < 3)) return formatNumberSection(n, sections[0], sep);
  if (n < 0) return formatNumberSection(n, sections[1], sep);
  return formatNumberSection(n, sections[2], sep);
}

export function isAutomatic(format: string | undefined): boolean {
  return format === undefined || format === '' || format === AUTOMATIC_FORMAT || /^general$/i.test(format);
}

/** What getDisplayValue shows for a value under a number format, locale and time zone. */
export function formatDisplay(value: CellValue, format: string | undefined, locale: string, timeZone: string): string {
  const sep = separatorsFor(locale);
  if (typeof value === 'string') return value;
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  const fmt = format ?? '';
  if (isDate(value)) {
    if (isAutomatic(fmt) || !isDateFormat(fmt)) {
      if (!isAutomatic(fmt) && fmt !== '@') return formatNumber(dateToSerial(value, timeZone), fmt, sep);
      const wall = wallClockMs(value, timeZone);
      return formatDatePattern(wall, wall % DAY_MS === 0 ? DEFAULT_DATE_FORMAT : DEFAULT_DATETIME_FORMAT);
    }
    return formatDatePattern(wallClockMs(value, timeZone), fmt);
  }
  if (fmt === '@' || isAutomatic(fmt)) return formatGeneral(value, sep);
  if (isDateFormat(fmt)) return formatDatePattern(serialToWallMs(value), fmt);
  return formatNumber(value, fmt, sep);
}
