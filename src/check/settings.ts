// The "Đơn vị" settings that are years and dates: the evaluation year, the Hội đồng's dates and the date on the
// documents, the deadlines. Each unreadable value is an error at its cell; a date that is readable but unlikely
// (the Hội đồng formed after it met, a meeting before the year's figures are complete) is a warning.
import { Problem, SHEETS } from '../assess/problems';
import { DON_VI } from '../sheet/schema';
import { CalendarDate, DateOf, compareDates, daysInMonth, formatDate, formatDayMonth, readDate, readDayMonth, readYear } from '../vocab/dates';
import { isBlank } from '../vocab/normalize';
import { UnitSettings } from '../workbook/records';

/** Thông tư 24 took effect on 26/01/2024 (Điều 22.1): no earlier year is evaluated under it. */
export const FIRST_YEAR = 2024;

export interface DateContext {
  /** Today in the spreadsheet's time zone, from the runtime's clock; without it the year has no upper bound. */
  readonly today?: CalendarDate;
  readonly dateOf?: DateOf;
}

type Key = keyof UnitSettings & string;

const labelOf = (key: Key): string => DON_VI.fields.find((f) => f.key === key)?.label ?? key;
const raw = (s: UnitSettings, key: Key): unknown => (s as unknown as Record<string, unknown>)[key];

function problem(key: Key, value: string, message: string, fix: string, severity: Problem['severity'] = 'loi'): Problem {
  return { sheet: SHEETS.donVi, field: key, value, message, fix, severity };
}

const YEAR_FIX = 'Ghi năm dương lịch có số liệu (01/01 – 31/12), bốn chữ số, ví dụ 2025.';
const PLAIN_TEXT = 'chọn ô, Định dạng → Số → Văn bản thuần túy, rồi nhập lại';

/** The evaluation year, when readable and in range, with the problems of its cell. */
function evaluationYear(s: UnitSettings, ctx: DateContext, out: Problem[]): number | undefined {
  const r = readYear(s.namDanhGia, ctx.dateOf);
  if (r.kind === 'blank') return undefined; // "Chưa nhập" is reported with the other required settings
  if (r.kind === 'invalid') {
    out.push(problem('namDanhGia', r.text, `Năm đánh giá "${r.text}" không phải một năm (bốn chữ số).`, YEAR_FIX));
    return undefined;
  }
  const { year } = r;
  if (year < FIRST_YEAR) {
    out.push(problem('namDanhGia', String(year), `Năm đánh giá ${year} trước năm ${FIRST_YEAR}: Thông tư 24 có hiệu lực thi hành từ ngày 26/01/2024.`, YEAR_FIX));
    return undefined;
  }
  if (ctx.today && year > ctx.today.year + 1) {
    out.push(problem('namDanhGia', String(year), `Năm đánh giá ${year} chưa đến (hôm nay là ${formatDate(ctx.today)}).`,
      `Ghi năm dương lịch có số liệu (01/01 – 31/12), từ ${FIRST_YEAR} đến ${ctx.today.year + 1}.`));
    return undefined;
  }
  if (r.from === 'date' && r.date) {
    out.push(problem('namDanhGia', formatDate(r.date),
      `Năm đánh giá đang là một ngày (${formatDate(r.date)}), không phải một năm; ĐVHT dùng năm ${year}.`,
      `Nếu đúng là năm ${year}: ${PLAIN_TEXT} ${year}.`, 'canhBao'));
  }
  return year;
}

interface CouncilDates {
  readonly founded?: CalendarDate;
  readonly met?: CalendarDate;
  readonly signed?: CalendarDate;
}

/** A date setting read, or an error at its cell. */
function dateSetting(s: UnitSettings, key: Key, ctx: DateContext, out: Problem[]): CalendarDate | undefined {
  const r = readDate(raw(s, key), ctx.dateOf);
  const label = labelOf(key);
  if (r.kind === 'date') return r.date;
  if (r.kind === 'notDate') {
    out.push(problem(key, r.text, `"${label}" ghi "${r.text}", không phải một ngày.`, 'Ghi ngày dạng ngày/tháng/năm, ví dụ 15/12/2025.'));
  } else if (r.kind === 'impossible') {
    const why = r.month >= 1 && r.month <= 12 ? `tháng ${r.month} năm ${r.year} chỉ có ${daysInMonth(r.month, r.year)} ngày` : `không có tháng ${r.month}`;
    out.push(problem(key, r.text, `"${label}" ghi "${r.text}": không có ngày này (${why}).`, 'Ghi lại ngày đúng, dạng ngày/tháng/năm, ví dụ 15/12/2025.'));
  }
  return undefined;
}

/** The deadline of the dossier in the year after `year` (the "Hạn nộp hồ sơ" setting, 15/01 by default). */
function deadline(s: UnitSettings, year: number, dateOf: DateContext['dateOf']): CalendarDate {
  // As the guide reads it (src/sheet/guide.ts deadlineOf): a date Sheets made of "15/01" keeps its day and month.
  const r = readDayMonth(s.hanNopHoSo, dateOf);
  const dm = r.kind === 'dayMonth' ? r : r.kind === 'date' ? r.date : { day: 15, month: 1 };
  return { day: dm.day, month: dm.month, year: year + 1 };
}

export const YEAR_RULE = 'Thông tư 24 (Điều 10.1.b, 16.1.b): thông tin, số liệu được tính từ ngày 01 tháng 1 đến ngày 31 tháng 12 của năm đánh giá.';
const DEADLINE_RULE = 'Thông tư 24 (Điều 10.1.c, 16.1.c): hồ sơ gửi trước ngày 15 tháng 1 của năm liền kề sau năm đánh giá.';

/** Warnings for dates that are readable but unlikely for the evaluation year `year`. */
function councilWarnings(d: CouncilDates, year: number, due: CalendarDate): Problem[] {
  const out: Problem[] = [];
  const yearEnd = { day: 31, month: 12, year };
  const f = (x: CalendarDate) => formatDate(x);
  const warn = (key: Key, when: CalendarDate, message: string, fix: string) => out.push(problem(key, f(when), message, fix, 'canhBao'));
  const timing = (key: Key, what: string, when: CalendarDate): boolean => {
    if (compareDates(when, yearEnd) < 0) {
      warn(key, when, `${what} ngày ${f(when)}, trước khi kết thúc năm đánh giá ${year}: số liệu của năm được tính đến ngày 31/12/${year}.`,
        `${YEAR_RULE} Kiểm tra lại ngày này hoặc năm đánh giá.`);
      return true;
    }
    if (compareDates(when, due) >= 0) {
      warn(key, when, `${what} ngày ${f(when)}, không trước hạn nộp hồ sơ ${f(due)}.`,
        `${DEADLINE_RULE} Kiểm tra lại ngày này, năm đánh giá hoặc "${labelOf('hanNopHoSo')}".`);
      return true;
    }
    return false;
  };
  if (d.founded && d.met && compareDates(d.founded, d.met) > 0) {
    warn('ngayThanhLapHoiDong', d.founded, `Hội đồng được thành lập ngày ${f(d.founded)}, sau ngày họp ${f(d.met)}.`,
      'Kiểm tra lại ngày thành lập và ngày họp: Hội đồng được thành lập trước khi họp.');
  } else if (d.founded && d.founded.year < year) {
    warn('ngayThanhLapHoiDong', d.founded, `Hội đồng được thành lập ngày ${f(d.founded)}, trước năm đánh giá ${year}.`,
      `Kiểm tra lại ngày thành lập: Hội đồng tự đánh giá năm ${year} thường được thành lập trong năm ${year}.`);
  }
  if (d.met) timing('ngayHopHoiDong', 'Hội đồng họp', d.met);
  if (d.signed) {
    if (d.met && compareDates(d.signed, d.met) < 0) {
      warn('ngayBaoCao', d.signed, `Ngày ký văn bản ${f(d.signed)} trước ngày Hội đồng họp ${f(d.met)}.`,
        'Tờ trình, báo cáo ghi kết quả Hội đồng đã thông qua: ngày ký từ ngày họp trở đi.');
    } else {
      timing('ngayBaoCao', 'Văn bản ký', d.signed);
    }
  }
  return out;
}

/** "Hạn nộp hồ sơ" / "Hạn công nhận": a day and month, not later than Thông tư 24's. */
function deadlineSetting(s: UnitSettings, key: 'hanNopHoSo' | 'hanCongNhan', latest: { day: number; month: number }, ctx: DateContext, out: Problem[]): void {
  const r = readDayMonth(raw(s, key), ctx.dateOf);
  const label = labelOf(key);
  const example = formatDayMonth(latest);
  if (r.kind === 'invalid') {
    out.push(problem(key, r.text, `"${label}" ghi "${r.text}", không phải ngày/tháng.`, `Ghi ngày/tháng của năm sau năm đánh giá, ví dụ ${example}.`));
  } else if (r.kind === 'date') {
    const dm = formatDayMonth(r.date);
    out.push(problem(key, formatDate(r.date), `"${label}" đang là một ngày đầy đủ (${formatDate(r.date)}), không phải ngày/tháng; ĐVHT dùng ngày/tháng ${dm}.`,
      `Để ô ghi đúng ngày/tháng: ${PLAIN_TEXT} ${dm}.`, 'canhBao'));
  } else if (r.kind === 'dayMonth' && (r.month > latest.month || (r.month === latest.month && r.day > latest.day))) {
    const shown = formatDayMonth(r);
    out.push(problem(key, shown, `"${label}" ${shown} muộn hơn hạn của Thông tư 24 (trước ngày ${example} của năm liền kề sau năm đánh giá).`,
      'Ghi hạn theo văn bản hướng dẫn của địa phương; hạn đó không muộn hơn hạn của Thông tư 24.', 'canhBao'));
  }
}

/** Every problem of the year and date settings; returns the evaluation year for the other checks. */
export function dateSettingProblems(s: UnitSettings, ctx: DateContext): { year?: number; problems: Problem[] } {
  const out: Problem[] = [];
  const year = evaluationYear(s, ctx, out);
  if (!isBlank(s.namCongNhan) && readYear(s.namCongNhan, ctx.dateOf).kind === 'invalid') {
    out.push(problem('namCongNhan', String(s.namCongNhan), `"${labelOf('namCongNhan')}" ghi "${String(s.namCongNhan)}", không phải một năm (bốn chữ số).`,
      'Ghi năm của quyết định công nhận gần nhất, ví dụ 2024; để trống nếu chưa được công nhận.'));
  }
  const dates: CouncilDates = {
    founded: dateSetting(s, 'ngayThanhLapHoiDong', ctx, out),
    met: dateSetting(s, 'ngayHopHoiDong', ctx, out),
    signed: dateSetting(s, 'ngayBaoCao', ctx, out),
  };
  deadlineSetting(s, 'hanNopHoSo', { day: 15, month: 1 }, ctx, out);
  deadlineSetting(s, 'hanCongNhan', { day: 15, month: 2 }, ctx, out);
  if (year !== undefined) out.push(...councilWarnings(dates, year, deadline(s, year, ctx.dateOf)));
  return { year, problems: out };
}
