// Java SimpleDateFormat patterns and time zone IDs, as Utilities.formatDate applies them, computed with Intl.
import { gasError } from './support';

/**
 * Utilities.formatDate(date, timeZone, format) formats "as described in the Java SE SimpleDateFormat class"
 * (developers.google.com/apps-script/reference/utilities/utilities#formatDate(Date,String,String)).
 * Time zones follow java.util.TimeZone.getTimeZone: an IANA ID, "GMT"/"UTC", or a custom ID "GMT+7", "GMT+07:00",
 * "GMT+0700"; Java silently falls back to GMT for an ID it does not know, and so do we.
 * Text (months, weekdays, AM/PM, era) is English, as in Apps Script.
 */

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

/** Java's short and long names for zones Intl names differently (Intl says "GMT+7" where Java says "ICT"). */
const JAVA_ZONE_NAMES: Record<string, { std: [string, string]; dst?: [string, string] }> = {
  'Asia/Ho_Chi_Minh': { std: ['ICT', 'Indochina Time'] },
  'Asia/Saigon': { std: ['ICT', 'Indochina Time'] },
  'Asia/Bangkok': { std: ['ICT', 'Indochina Time'] },
  'Asia/Phnom_Penh': { std: ['ICT', 'Indochina Time'] },
  'Asia/Vientiane': { std: ['ICT', 'Indochina Time'] },
  'Asia/Tokyo': { std: ['JST', 'Japan Standard Time'] },
  'Asia/Seoul': { std: ['KST', 'Korea Standard Time'] },
  'Asia/Shanghai': { std: ['CST', 'China Standard Time'] },
  'Asia/Singapore': { std: ['SGT', 'Singapore Time'] },
  'Europe/Paris': { std: ['CET', 'Central European Time'], dst: ['CEST', 'Central European Summer Time'] },
  'Europe/Berlin': { std: ['CET', 'Central European Time'], dst: ['CEST', 'Central European Summer Time'] },
  'Europe/London': { std: ['GMT', 'Greenwich Mean Time'], dst: ['BST', 'British Summer Time'] },
  UTC: { std: ['UTC', 'Coordinated Universal Time'] },
  GMT: { std: ['GMT', 'Greenwich Mean Time'] },
};

export type Zone =
  | { kind: 'fixed'; id: string; offsetMinutes: number }
  | { kind: 'iana'; id: string; format: Intl.DateTimeFormat };

const zoneCache = new Map<string, Zone>();

function customId(sign: number, hours: number, minutes: number): string {
  return `GMT${sign < 0 ? '-' : '+'}${pad(hours, 2)}:${pad(minutes, 2)}`;
}

/** Resolves a time zone ID the way java.util.TimeZone.getTimeZone does (unknown → GMT). */
export function resolveZone(timeZone: string): Zone {
  const id = String(timeZone);
  const cached = zoneCache.get(id);
  if (cached) return cached;
  let zone: Zone | undefined;
  if (id === 'GMT' || id === 'UTC') {
    zone = { kind: 'fixed', id, offsetMinutes: 0 };
  } else {
    const m = /^GMT([+-])(\d{1,2})(?::(\d{2})|(\d{2}))?$/.exec(id);
    if (m) {
      const sign = m[1] === '-' ? -1 : 1;
      const hours = Number(m[2]);
      const minutes = Number(m[3] ?? m[4] ?? 0);
      if (hours <= 23 && minutes <= 59) {
        zone = { kind: 'fixed', id: customId(sign, hours, minutes), offsetMinutes: sign * (hours * 60 + minutes) };
      }
    } else if (/^[A-Za-z][A-Za-z0-9_+\-/]*$/.test(id)) {
      try {
        const format = new Intl.DateTimeFormat('en-US', {
          timeZone: id,
          hourCycle: 'h23',
          year: 'numeric',
          month: 'numeric',
          day: 'numeric',
          hour: 'numeric',
          minute: 'numeric',
          second: 'numeric',
        });
        zone = { kind: 'iana', id: format.resolvedOptions().timeZone, format };
      } catch {
        zone = undefined;
      }
    }
  }
  zone ??= { kind: 'fixed', id: 'GMT', offsetMinutes: 0 };
  zoneCache.set(id, zone);
  return zone;
}

/** Offset from UTC in minutes of `zone` at instant `ms`. */
export function zoneOffsetMinutes(zone: Zone, ms: number): number {
  if (zone.kind === 'fixed') return zone.offsetMinutes;
  const parts: Record<string, number> = {};
  for (const p of zone.format.formatToParts(new Date(ms))) if (p.type !== 'literal') parts[p.type] = Number(p.value);
  const asUtc = new Date(0);
  asUtc.setUTCFullYear(parts.year, parts.month - 1, parts.day);
  asUtc.setUTCHours(parts.hour, parts.minute, parts.second, 0);
  return Math.round((asUtc.getTime() - Math.floor(ms / 1000) * 1000) / 60000);
}

function pad(n: number, width: number): string {
  const s = String(Math.abs(n));
  return (n < 0 ? '-' : '') + (s.length >= width ? s : '0'.repeat(width - s.length) + s);
}

function offsetText(minutes: number, withColon: boolean, hoursOnly = false): string {
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  const h = pad(Math.floor(abs / 60), 2);
  if (hoursOnly) return sign + h;
  return sign + h + (withColon ? ':' : '') + pad(abs % 60, 2);
}

function zoneName(zone: Zone, ms: number, offsetMinutes: number, long: boolean): string {
  if (zone.kind === 'fixed') {
    const known = JAVA_ZONE_NAMES[zone.id];
    if (known) return known.std[long ? 1 : 0];
    return zone.id;
  }
  const known = JAVA_ZONE_NAMES[zone.id];
  if (known) {
    const january = zoneOffsetMinutes(zone, Date.UTC(new Date(ms).getUTCFullYear(), 0, 1));
    const july = zoneOffsetMinutes(zone, Date.UTC(new Date(ms).getUTCFullYear(), 6, 1));
    const isDst = known.dst !== undefined && offsetMinutes !== Math.min(january, july);
    return (isDst ? known.dst! : known.std)[long ? 1 : 0];
  }
  const name = new Intl.DateTimeFormat('en-US', { timeZone: zone.id, timeZoneName: long ? 'long' : 'short' })
    .formatToParts(new Date(ms))
    .find((p) => p.type === 'timeZoneName')?.value;
  if (name === 'GMT' || name === 'UTC') return name;
  if (!name || /^(GMT|UTC)[+-]/.test(name)) return offsetMinutes === 0 ? 'GMT' : `GMT${offsetText(offsetMinutes, true)}`;
  return name;
}

interface Fields {
  year: number;
  month: number; // 0-11
  day: number;
  hour: number;
  minute: number;
  second: number;
  millisecond: number;
  weekday: number; // 0 = Sunday
  dayOfYear: number;
}

function fieldsAt(ms: number, offsetMinutes: number): Fields {
  const d = new Date(ms + offsetMinutes * 60000);
  const startOfYear = Date.UTC(d.getUTCFullYear(), 0, 1);
  const startOfDay = Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate());
  return {
    year: d.getUTCFullYear(),
    month: d.getUTCMonth(),
    day: d.getUTCDate(),
    hour: d.getUTCHours(),
    minute: d.getUTCMinutes(),
    second: d.getUTCSeconds(),
    millisecond: d.getUTCMilliseconds(),
    weekday: d.getUTCDay(),
    dayOfYear: Math.round((startOfDay - startOfYear) / 86400000) + 1,
  };
}

/** Week of year and week year with Java's US rules (weeks start on Sunday; week 1 contains January 1). */
function weekOfYear(f: Fields): { week: number; weekYear: number } {
  const jan1Weekday = (f.weekday - (f.dayOfYear - 1) % 7 + 7) % 7;
  const daysInYear = (f.year % 4 === 0 && f.year % 100 !== 0) || f.year % 400 === 0 ? 366 : 365;
  const daysToSaturday = 6 - f.weekday;
  if (f.dayOfYear + daysToSaturday > daysInYear) return { week: 1, weekYear: f.year + 1 };
  return { week: Math.floor((f.dayOfYear - 1 + jan1Weekday) / 7) + 1, weekYear: f.year };
}

type Token = { kind: 'field'; letter: string; count: number } | { kind: 'text'; text: string };

const patternCache = new Map<string, Token[]>();
const PATTERN_LETTERS = 'GyYMLwWDdFEuaHkKhmsSzZX';

/** Compiles a SimpleDateFormat pattern: letter runs are fields, 'quoted' text is literal, '' is one quote. */
export function compilePattern(pattern: string): Token[] {
  const cached = patternCache.get(pattern);
  if (cached) return cached;
  const tokens: Token[] = [];
  const pushText = (text: string) => {
    const last = tokens[tokens.length - 1];
    if (last && last.kind === 'text') last.text += text;
    else tokens.push({ kind: 'text', text });
  };
  let i = 0;
  while (i < pattern.length) {
    const c = pattern[i];
    if (c === "'") {
      if (pattern[i + 1] === "'") {
        pushText("'");
        i += 2;
        continue;
      }
      let j = i + 1;
      let text = '';
      for (;;) {
        if (j >= pattern.length) throw gasError('Unterminated quote');
        if (pattern[j] === "'") {
          if (pattern[j + 1] === "'") {
            text += "'";
            j += 2;
            continue;
          }
          break;
        }
        text += pattern[j++];
      }
      pushText(text);
      i = j + 1;
    } else if (/[A-Za-z]/.test(c)) {
      if (!PATTERN_LETTERS.includes(c)) throw gasError(`Illegal pattern character '${c}'`);
      let j = i;
      while (pattern[j] === c) j++;
      if (c === 'X' && j - i > 3) throw gasError(`invalid ISO 8601 format: length=${j - i}`);
      tokens.push({ kind: 'field', letter: c, count: j - i });
      i = j;
    } else {
      pushText(c);
      i++;
    }
  }
  patternCache.set(pattern, tokens);
  return tokens;
}

/** Formats epoch `ms` in `timeZone` with a Java SimpleDateFormat `pattern`. */
export function formatJavaDate(ms: number, timeZone: string, pattern: string): string {
  const zone = resolveZone(timeZone);
  const offset = zoneOffsetMinutes(zone, ms);
  const f = fieldsAt(ms, offset);
  let out = '';
  for (const t of compilePattern(pattern)) {
    if (t.kind === 'text') {
      out += t.text;
      continue;
    }
    const n = t.count;
    switch (t.letter) {
      case 'G':
        out += f.year > 0 ? 'AD' : 'BC';
        break;
      case 'y':
      case 'Y': {
        const year = t.letter === 'Y' ? weekOfYear(f).weekYear : f.year;
        out += n === 2 ? pad(year % 100, 2) : pad(year, n);
        break;
      }
      case 'M':
      case 'L':
        out += n >= 4 ? MONTHS[f.month] : n === 3 ? MONTHS[f.month].slice(0, 3) : pad(f.month + 1, n);
        break;
      case 'w':
        out += pad(weekOfYear(f).week, n);
        break;
      case 'W': {
        const firstWeekday = (f.weekday - (f.day - 1) % 7 + 7) % 7;
        out += pad(Math.floor((f.day - 1 + firstWeekday) / 7) + 1, n);
        break;
      }
      case 'D':
        out += pad(f.dayOfYear, n);
        break;
      case 'd':
        out += pad(f.day, n);
        break;
      case 'F':
        out += pad(Math.floor((f.day - 1) / 7) + 1, n);
        break;
      case 'E':
        out += n >= 4 ? WEEKDAYS[f.weekday] : WEEKDAYS[f.weekday].slice(0, 3);
        break;
      case 'u':
        out += pad(f.weekday === 0 ? 7 : f.weekday, n);
        break;
      case 'a':
        out += f.hour < 12 ? 'AM' : 'PM';
        break;
      case 'H':
        out += pad(f.hour, n);
        break;
      case 'k':
        out += pad(f.hour === 0 ? 24 : f.hour, n);
        break;
      case 'K':
        out += pad(f.hour % 12, n);
        break;
      case 'h':
        out += pad(f.hour % 12 === 0 ? 12 : f.hour % 12, n);
        break;
      case 'm':
        out += pad(f.minute, n);
        break;
      case 's':
        out += pad(f.second, n);
        break;
      case 'S':
        out += pad(f.millisecond, n);
        break;
      case 'z':
        out += zoneName(zone, ms, offset, n >= 4);
        break;
      case 'Z':
        out += offsetText(offset, false);
        break;
      case 'X':
        out += offset === 0 ? 'Z' : n === 1 ? offsetText(offset, false, true) : offsetText(offset, n === 3);
        break;
    }
  }
  return out;
}
