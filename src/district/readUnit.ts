// One school, as the district sees it: the ranges read in one batch call, recomputed from the raw rows with the same
// rules engine, compared with what the school's own summary claims (pure).
import { checkWorkbook } from '../check/checkWorkbook';
import { Level, levelLabel, parseLevelLabel } from '../rules/levels';
import { readWorkbook } from '../sheet/readWorkbook';
import { CHI_TIEU, DON_VI, MINH_CHUNG, NGUOI_HOC, SHEET_NAMES, THANH_VIEN } from '../sheet/schema';
import { quoteSheet } from '../sheet/a1';
import { cleanText } from '../vocab/normalize';

/**
 * Everything the district needs, as A1 ranges for one Sheets.Spreadsheets.Values.batchGet. The council sheet (phone
 * numbers) is not read at all.
 */
export const UNIT_RANGES: readonly { sheet: string; range: string }[] = [
  { sheet: DON_VI.name, range: 'A1:C100' },
  { sheet: THANH_VIEN.name, range: 'A1:Z' },
  { sheet: NGUOI_HOC.name, range: 'A1:Z' },
  { sheet: CHI_TIEU.name, range: 'A1:Z60' },
  { sheet: MINH_CHUNG.name, range: 'A1:Z' },
  { sheet: SHEET_NAMES.tongHop, range: 'A1:F80' },
  { sheet: SHEET_NAMES.huongDan, range: 'A1:A5' },
].map((r) => ({ sheet: r.sheet, range: `${quoteSheet(r.sheet)}!${r.range}` }));

/** The spreadsheet id in a link ("https://docs.google.com/spreadsheets/d/<id>/edit#gid=0") or a bare id. */
export function spreadsheetIdOf(raw: unknown): string | undefined {
  const text = cleanText(raw);
  const inUrl = /\/spreadsheets\/d\/([A-Za-z0-9_-]{20,})/.exec(text);
  if (inUrl) return inUrl[1];
  return /^[A-Za-z0-9_-]{20,}$/.test(text) ? text : undefined;
}

export interface UnitAssessment {
  readonly name: string;
  /** Level label per chỉ tiêu id and per tiêu chí ("TC1"), recomputed. */
  readonly levels: Readonly<Record<string, string>>;
  readonly claimed: string;
  readonly recomputed: string;
  readonly recomputedLevel: Level;
  readonly mismatches: readonly string[];
  readonly errors: number;
  readonly warnings: number;
  readonly templateVersion: string;
  /** The unit's tier and type, as its settings say. */
  readonly tierName: string;
}

/** `values[i]` are the rows returned for UNIT_RANGES[i] (ragged rows allowed, as the API returns them). */
export function assessUnitValues(values: readonly (readonly (readonly unknown[])[] | undefined)[]): UnitAssessment {
  const bySheet: Record<string, readonly (readonly unknown[])[] | undefined> = {};
  UNIT_RANGES.forEach((r, i) => (bySheet[r.sheet] = values[i] ?? []));
  const read = readWorkbook(bySheet);
  const check = checkWorkbook(read);
  const a = check.assessment;
  const levels: Record<string, string> = {};
  for (const tc of a.unit.tieuChi) {
    levels[tc.tieuChi.id] = levelLabel(tc.level);
    for (const c of tc.chiTieu) levels[c.chiTieu.id] = levelLabel(c.level);
  }
  const recomputed = levelLabel(a.unit.level);
  levels['ĐV'] = recomputed;

  // What the school's own summary sheet shows (its formula results, never trusted).
  const shown = new Map<string, string>();
  for (const row of bySheet[SHEET_NAMES.tongHop] ?? []) {
    const id = cleanText(row[0]);
    const level = parseLevelLabel(row[4]);
    if (id && level !== undefined) shown.set(id, levelLabel(level));
  }
  const mismatches: string[] = [];
  for (const [id, level] of Object.entries(levels)) {
    const s = shown.get(id);
    if (s !== undefined && s !== level) mismatches.push(`${id}: bảng tính ghi "${s}", tính lại "${level}"`);
  }
  if (!(bySheet[SHEET_NAMES.tongHop] ?? []).length) mismatches.push('Sheet Tổng hợp của đơn vị trống: không có mức tự nhận để đối chiếu');
  for (const p of check.problems) {
    const m = /^Chỉ tiêu (\d\.\d): đơn vị tự đánh giá "([^"]+)" nhưng số liệu và minh chứng chỉ cho "([^"]+)"/.exec(p.message);
    if (m) mismatches.push(`${m[1]}: tự đánh giá "${m[2]}", số liệu cho "${m[3]}"`);
  }
  const guide = (bySheet[SHEET_NAMES.huongDan] ?? []).map((r) => cleanText(r[0])).join(' ');
  const version = /Phiên bản mẫu ĐVHT: (\d+)/.exec(guide)?.[1] ?? '';
  return {
    name: cleanText(read.workbook.settings.tenDonVi),
    levels,
    claimed: shown.get('ĐV') ?? '',
    recomputed,
    recomputedLevel: a.unit.level,
    mismatches,
    errors: check.errors,
    warnings: check.warnings,
    templateVersion: version,
    tierName: a.profile.tierName,
  };
}
