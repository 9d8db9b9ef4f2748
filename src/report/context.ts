// What every part of the dossier is built from: the workbook, its one assessment, cleaned settings and the date.
import { Assessment } from '../assess/assessWorkbook';
import { unitType } from '../rules/unitTypes';
import { yearOf } from '../vocab/dates';
import { cleanText } from '../vocab/normalize';
import { SchoolWorkbook } from '../workbook/records';
import { DateParts, parseDateParts } from './vnFormat';

export interface ReportContext {
  readonly wb: SchoolWorkbook;
  /** The single computation every figure of every part comes from. */
  readonly a: Assessment;
  readonly unitName: string;
  readonly parent: string;
  readonly place: string;
  readonly year: string;
  readonly head: string;
  readonly headTitle: string;
  readonly authority: string;
  /** The tier as written in the documents ("cấp huyện"). */
  readonly tierName: string;
  readonly number: string;
  /** The date written on the documents. */
  readonly date: DateParts;
  readonly isSchool: boolean;
}

function text(v: unknown): string {
  return cleanText(v instanceof Date ? '' : v);
}

/** `today` is the generation date in the spreadsheet's time zone; the "Ngày ký văn bản" setting wins over it. */
export function reportContext(wb: SchoolWorkbook, a: Assessment, today: DateParts): ReportContext {
  const s = wb.settings;
  return {
    wb,
    a,
    unitName: text(s.tenDonVi) || 'Đơn vị',
    parent: text(s.coQuanChuQuan),
    place: text(s.diaDanh),
    // The one parsed year: "năm 2025", 2025.0 and a date cell all write "năm 2025" (never "năm năm 2025").
    year: String(yearOf(s.namDanhGia) ?? text(s.namDanhGia)),
    head: text(s.thuTruong),
    headTitle: text(s.chucVuThuTruong) || 'Thủ trưởng đơn vị',
    authority: text(s.coQuanTiepNhan) || 'cơ quan có thẩm quyền',
    tierName: a.profile.tierName,
    number: text(s.soHieuVanBan),
    date: parseDateParts(s.ngayBaoCao) ?? today,
    isSchool: a.profile.unitType ? unitType(a.profile.unitType).traits.coSoGiaoDuc : false,
  };
}
