// Recognition register rules (TT24.md §1): recognition is kept for 3 years after the year recognised; a unit at
// mức độ 1 may apply for mức độ 2 from 12 months after its recognition decision.
import { parseDateParts, shortDate } from '../report/vnFormat';
import { cleanText } from '../vocab/normalize';
import { daysInMonth, yearOf } from '../vocab/dates';

/** The last day the recognition of year `year` is kept ("31/12/2028" for 2025). */
export function validUntil(year: unknown): string {
  // The year as everywhere else: "năm 2025", 2025.0 or a date cell (src/vocab/dates.ts).
  const y = yearOf(year);
  return y !== undefined ? `31/12/${y + 3}` : '';
}

/** The first day a mức độ 1 unit may apply for mức độ 2: the decision date plus 12 months. */
export function upgradeFrom(level: unknown, decisionDate: unknown): string {
  if (!/1$/.test(cleanText(level))) return '';
  const d = parseDateParts(decisionDate);
  if (!d) return '';
  // A decision of 29/02 has no same day the next year: "at least 12 months" is reached on 01/03.
  const year = d.year + 1;
  return d.day > daysInMonth(d.month, year) ? shortDate({ day: 1, month: d.month + 1, year }) : shortDate({ ...d, year });
}

/** Điều 5.4 / 11.4, word for word: how long a recognition is kept. */
export const RETENTION = 'Kết quả công nhận được bảo lưu trong thời hạn 03 năm (36 tháng) tiếp theo năm được công nhận';

/** Điều 5.3 / 11.3: when a mức độ 1 unit may ask for mức độ 2. */
export const UPGRADE = 'Đơn vị được công nhận mức độ 1 sau ít nhất 1 năm (12 tháng) kể từ ngày ra quyết định công nhận có thể đề nghị đánh giá, công nhận nâng mức độ 2';

/**
 * Điều 20.3: the Phòng's report "gửi về Sở Giáo dục và Đào tạo trước ngày 15 tháng 3 hằng năm" — for the results of
 * assessment year `year`, recognised before 15/02 of the next year (Điều 10.3), the 15/03 of that next year.
 */
export function reportToSoDue(year: unknown): string {
  const y = yearOf(year);
  return y !== undefined ? `15/03/${y + 1}` : '';
}
