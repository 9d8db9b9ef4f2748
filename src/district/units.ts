// The units of the district's documents (pure): one per spreadsheet id, in the order of Danh sách đơn vị, named as the
// list names them, with the results stored under that id in Kết quả. A name a school typed in its own workbook never
// decides which result belongs to which unit.
import { allChiTieu, Tier } from '../rules/catalogue';
import { cleanText } from '../vocab/normalize';
import { listUnits } from './batch';
import { LEVEL_IDS } from './schema';

export interface DistrictUnit {
  /** The spreadsheet id from the list's link; '' when the link is not one. */
  readonly id: string;
  /** The name in Danh sách đơn vị. */
  readonly name: string;
  /** Loại đơn vị in Danh sách đơn vị (for the report by type). */
  readonly type: string;
  /** Recomputed level label per chỉ tiêu ("1.1") and tiêu chí ("TC1"); empty when the unit could not be read. */
  readonly levels: Readonly<Record<string, string>>;
  /** Recomputed level label of the unit, or '' when the sheet could not be read. */
  readonly level: string;
  readonly claimed: string;
  readonly mismatches: string;
  readonly errors: number;
  /** Why the unit could not be read, when it could not. */
  readonly readError: string;
}

export interface DistrictUnits {
  readonly units: readonly DistrictUnit[];
  /** Rows of Danh sách đơn vị whose link names a spreadsheet listed above them (`sameAs`): counted once. */
  readonly duplicates: readonly { name: string; sameAs: string }[];
}

/** A listed unit no batch has read yet (not an error). */
export const NOT_READ = 'Chưa đọc được bảng tính (chưa tổng hợp)';
/** What a list row whose link is not a spreadsheet link says, in Nhật ký, Danh sách and the documents. */
export const BAD_LINK = 'Liên kết bảng tính không hợp lệ: dán đường dẫn https://docs.google.com/spreadsheets/d/… của đơn vị.';

/**
 * `listed`: the records of Danh sách đơn vị (tenDonVi, loaiDonVi, lienKet, trangThai); `results`: those of Kết quả
 * (ma, muc_<id>, mucTinhLai…). A list row whose status is an error ("Lỗi: …") is unread, whatever an older result says.
 */
export function districtUnits(listed: readonly Record<string, unknown>[], results: readonly Record<string, unknown>[]): DistrictUnits {
  const byId = new Map<string, Record<string, unknown>>();
  for (const r of results) {
    const id = cleanText(r.ma);
    if (id && !byId.has(id)) byId.set(id, r);
  }
  // The same identity as the consolidation's (listUnits): a unit is its first row; later rows linking it are duplicates.
  const rows = listed.map((r, i) => ({ row: i, name: cleanText(r.tenDonVi), link: r.lienKet })).filter((r) => r.name || cleanText(r.link));
  const listedUnits = listUnits(rows);
  const duplicates = listedUnits.flatMap((u) => u.sameAs.map((d) => ({ name: d.name, sameAs: u.name })));
  const units: DistrictUnit[] = [];
  for (const unit of listedUnits) {
    const row = listed[unit.row];
    const name = unit.name;
    const id = unit.id ?? '';
    const status = cleanText(row.trangThai);
    const r = id ? byId.get(id) : undefined;
    const readError = !id ? BAD_LINK : status.startsWith('Lỗi') ? status.replace(/^Lỗi:\s*/, '') : !r ? NOT_READ : '';
    const base = { id, name: name || cleanText(r?.tenDonVi), type: cleanText(row.loaiDonVi) };
    if (readError || !r) {
      units.push({ ...base, levels: {}, level: '', claimed: '', mismatches: '', errors: 0, readError });
      continue;
    }
    const levels: Record<string, string> = {};
    for (const l of LEVEL_IDS) if (cleanText(r[`muc_${l}`])) levels[l] = cleanText(r[`muc_${l}`]);
    units.push({
      ...base, levels, level: cleanText(r.mucTinhLai), claimed: cleanText(r.mucTuNhan), mismatches: cleanText(r.chenhLech),
      errors: Number(r.soLoi) || 0, readError: '',
    });
  }
  return { units, duplicates };
}

export const isRecognised = (u: DistrictUnit): boolean => u.level === 'Đạt mức độ 1' || u.level === 'Đạt mức độ 2';

/** The tier's chỉ tiêu the unit did not reach (recomputed "Không đạt" or "Chưa có dữ liệu"), in catalogue order. */
export function failingChiTieu(u: DistrictUnit, tier: Tier): string[] {
  return allChiTieu(tier).map((c) => c.id).filter((id) => /^(Không đạt|Chưa có dữ liệu)$/.test(u.levels[id] ?? ''));
}
