// Utilities.formatDate: Java SimpleDateFormat letters, quoting, IANA and "GMT+7" zones, and Java's fallbacks.
import * as vm from 'node:vm';
import { CallCounter } from '../../../local/counters';
import { Clock } from '../../../local/services/clock';
import { formatJavaDate, resolveZone } from '../../../local/services/format-date';
import { createUtilities } from '../../../local/services/utilities';

const Utilities = createUtilities({ counter: new CallCounter(), clock: new Clock() });
const fmt = (iso: string, tz: string, pattern: string) => Utilities.formatDate(new Date(iso), tz, pattern);

describe('formatDate', () => {
  test('Vietnamese text in quotes, across midnight in Hà Nội', () => {
    expect(fmt('2025-01-05T17:30:00Z', 'Asia/Ho_Chi_Minh', "'ngày' dd 'tháng' MM 'năm' yyyy, HH:mm")).toBe(
      'ngày 06 tháng 01 năm 2025, 00:30',
    );
  });

  test.each([
    ['Asia/Ho_Chi_Minh', '06/01/2025 00:30 +0700'],
    ['GMT+7', '06/01/2025 00:30 +0700'],
    ['GMT+07:00', '06/01/2025 00:30 +0700'],
    ['GMT+0700', '06/01/2025 00:30 +0700'],
    ['GMT', '05/01/2025 17:30 +0000'],
    ['UTC', '05/01/2025 17:30 +0000'],
    ['Europe/Paris', '05/01/2025 18:30 +0100'],
    ['America/New_York', '05/01/2025 12:30 -0500'],
    ['Asia/Kolkata', '05/01/2025 23:00 +0530'],
    ['GMT-03:30', '05/01/2025 14:00 -0330'],
  ])('zone %s', (tz, expected) => {
    expect(fmt('2025-01-05T17:30:00Z', tz, 'dd/MM/yyyy HH:mm Z')).toBe(expected);
  });

  test('daylight saving time follows the IANA zone', () => {
    expect(fmt('2025-07-04T12:00:00Z', 'America/New_York', 'HH:mm z Z XXX')).toBe('08:00 EDT -0400 -04:00');
    expect(fmt('2025-01-15T12:00:00Z', 'America/New_York', 'HH:mm z Z XXX')).toBe('07:00 EST -0500 -05:00');
    expect(fmt('2025-07-04T12:00:00Z', 'Europe/Paris', 'HH:mm z')).toBe('14:00 CEST');
  });

  // The examples table of Java's SimpleDateFormat documentation (2001-07-04 12:08:56.235 in US Pacific time).
  test.each([
    ["yyyy.MM.dd G 'at' HH:mm:ss z", '2001.07.04 AD at 12:08:56 PDT'],
    ["EEE, MMM d, ''yy", "Wed, Jul 4, '01"],
    ['h:mm a', '12:08 PM'],
    ["hh 'o''clock' a, zzzz", "12 o'clock PM, Pacific Daylight Time"],
    ['K:mm a, z', '0:08 PM, PDT'],
    ['yyyyy.MMMMM.dd GGG hh:mm aaa', '02001.July.04 AD 12:08 PM'],
    ['EEE, d MMM yyyy HH:mm:ss Z', 'Wed, 4 Jul 2001 12:08:56 -0700'],
    ['yyMMddHHmmssZ', '010704120856-0700'],
    ["yyyy-MM-dd'T'HH:mm:ss.SSSZ", '2001-07-04T12:08:56.235-0700'],
    ["yyyy-MM-dd'T'HH:mm:ss.SSSXXX", '2001-07-04T12:08:56.235-07:00'],
    ["YYYY-'W'ww-u", '2001-W27-3'],
  ])('Java example %s', (pattern, expected) => {
    expect(fmt('2001-07-04T19:08:56.235Z', 'America/Los_Angeles', pattern)).toBe(expected);
  });

  test('number widths, text lengths and 12/24-hour letters', () => {
    const iso = '2025-03-09T01:02:03.004Z';
    expect(fmt(iso, 'UTC', 'y yy yyyy M MM MMM MMMM d dd')).toBe('2025 25 2025 3 03 Mar March 9 09');
    expect(fmt(iso, 'UTC', 'H HH h hh k K a m mm s ss S SSS')).toBe('1 01 1 01 1 1 AM 2 02 3 03 4 004');
    expect(fmt('2025-03-09T00:00:00Z', 'UTC', 'H k K h a')).toBe('0 24 0 12 AM');
    expect(fmt(iso, 'UTC', 'E EEE EEEE u D F W')).toBe('Sun Sun Sunday 7 68 2 3');
  });

  test('ISO 8601 X letters: Z for UTC, hours only for one X', () => {
    expect(fmt('2025-01-05T17:30:00Z', 'UTC', 'X XX XXX')).toBe('Z Z Z');
    expect(fmt('2025-01-05T17:30:00Z', 'Asia/Ho_Chi_Minh', 'X XX XXX')).toBe('+07 +0700 +07:00');
    expect(fmt('2025-01-05T17:30:00Z', 'Asia/Kolkata', 'X XX XXX')).toBe('+05 +0530 +05:30');
  });

  test('zone names: Java abbreviations, custom IDs', () => {
    expect(fmt('2025-01-05T17:30:00Z', 'Asia/Ho_Chi_Minh', 'z | zzzz')).toBe('ICT | Indochina Time');
    expect(fmt('2025-01-05T17:30:00Z', 'GMT+7', 'z')).toBe('GMT+07:00');
    expect(fmt('2025-01-05T17:30:00Z', 'UTC', 'z')).toBe('UTC');
  });

  test('week of year rolls into the next year in the last days of December (US rules)', () => {
    expect(fmt('2025-12-30T12:00:00Z', 'UTC', 'YYYY ww yyyy')).toBe('2026 01 2025');
    expect(fmt('2025-01-01T12:00:00Z', 'UTC', 'YYYY w')).toBe('2025 1');
  });

  test('quotes: literal text, doubled quotes, non-ASCII letters pass through', () => {
    expect(fmt('2025-01-05T17:30:00Z', 'UTC', "'It''s' HH'h'mm")).toBe("It's 17h30");
    expect(fmt('2025-01-05T17:30:00Z', 'UTC', "''")).toBe("'");
    expect(fmt('2025-01-05T17:30:00Z', 'UTC', 'dd–MM·yyyy à')).toBe('05–01·2025 à');
  });

  test('an unknown pattern letter throws like Java', () => {
    expect(() => fmt('2025-01-05T17:30:00Z', 'UTC', 'yyyy qq')).toThrow("Illegal pattern character 'q'");
    expect(() => fmt('2025-01-05T17:30:00Z', 'UTC', "'open")).toThrow('Unterminated quote');
  });

  test('an unknown time zone ID falls back to GMT, as java.util.TimeZone does', () => {
    expect(fmt('2025-01-05T17:30:00Z', 'Mars/Olympus', 'HH:mm Z')).toBe('17:30 +0000');
    expect(fmt('2025-01-05T17:30:00Z', 'UTC+7', 'HH:mm Z')).toBe('17:30 +0000');
    expect(resolveZone('GMT+25').id).toBe('GMT');
  });

  test('dates made inside node:vm (another realm) are accepted; invalid dates are not', () => {
    const foreign = vm.runInNewContext('new Date(Date.UTC(2025, 0, 5, 17, 30))') as Date;
    expect(foreign instanceof Date).toBe(false);
    expect(Utilities.formatDate(foreign, 'Asia/Ho_Chi_Minh', 'dd/MM/yyyy HH:mm')).toBe('06/01/2025 00:30');
    expect(() => Utilities.formatDate(new Date('nope'), 'UTC', 'yyyy')).toThrow('Invalid argument: date');
  });

  test('formatJavaDate can be used directly with epoch milliseconds', () => {
    expect(formatJavaDate(Date.parse('2026-11-23T07:05:00Z'), 'Asia/Ho_Chi_Minh', 'EEEE dd/MM/yyyy HH:mm')).toBe(
      'Monday 23/11/2026 14:05',
    );
  });
});
