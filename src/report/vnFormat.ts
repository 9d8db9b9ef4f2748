// Vietnamese formatting for documents (NĐ 30/2020): dates "ngày 06 tháng 01 năm 2025", document numbers "Số: 05/BC-…".
import { dateOfCell, formatDate } from '../vocab/dates';

/** The circular as every document cites it ("Căn cứ …;"). */
export const TT24_CITATION = 'Thông tư số 24/2023/TT-BGDĐT ngày 11 tháng 12 năm 2023 của Bộ trưởng Bộ Giáo dục và Đào tạo quy định về đánh giá, công nhận “Đơn vị học tập” cấp huyện, tỉnh';

/** Date parts of an instant in a time zone (Apps Script passes the spreadsheet's zone). */
export interface DateParts {
  readonly day: number;
  readonly month: number;
  readonly year: number;
  readonly hour?: number;
  readonly minute?: number;
}

/** "ngày 06 tháng 01 năm 2025": a day below 10 and the months 1 and 2 take a leading zero (NĐ 30, Phụ lục I). */
export function vnDate(d: DateParts): string {
  const day = d.day < 10 ? `0${d.day}` : String(d.day);
  const month = d.month <= 2 ? `0${d.month}` : String(d.month);
  return `ngày ${day} tháng ${month} năm ${d.year}`;
}

/** "Bình Minh, ngày 06 tháng 01 năm 2025" */
export function placeAndDate(place: string, d: DateParts): string {
  return `${place || '…………'}, ${vnDate(d)}`;
}

/** "05/BC-THCSBM": a number below 10 takes a leading zero; a blank number leaves dots to fill by hand. */
export function documentNumber(raw: string, typeCode: string): string {
  const text = raw.trim();
  if (!text) return `Số:      /${typeCode}`;
  const m = /^(\d+)(\/.*)$/.exec(text);
  const normalised = m ? `${Number(m[1]) < 10 ? `0${Number(m[1])}` : m[1]}${m[2]}` : text;
  return `Số: ${normalised}`;
}

/** Reads "06/01/2025", a Date, or "ngày 06 tháng 01 năm 2025" into date parts; undefined when it is not a real date. */
export function parseDateParts(raw: unknown, timeZoneParts?: (d: Date) => DateParts): DateParts | undefined {
  return dateOfCell(raw, timeZoneParts);
}

/** "12/01/2026" for short mentions in the text. */
export function shortDate(d: DateParts): string {
  return formatDate(d);
}

/** Upper case the Vietnamese way (NFC kept). */
export function upper(text: string): string {
  return text.toLocaleUpperCase('vi-VN').normalize('NFC');
}
