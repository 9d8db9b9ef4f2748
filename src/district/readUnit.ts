// One school, as the district sees it: whole sheets read in one batch call (a missing optional sheet left out),
// recomputed from the raw rows with the same rules engine, compared with what the school's own summary claims (pure).
import { checkWorkbook } from '../check/checkWorkbook';
import { Level, levelLabel, parseLevelLabel } from '../rules/levels';
import { readWorkbook } from '../sheet/readWorkbook';
import { CHI_TIEU, DON_VI, HOI_DONG, MINH_CHUNG, NGUOI_HOC, SHEET_NAMES, THANH_VIEN } from '../sheet/schema';
import { quoteSheet } from '../sheet/a1';
import { cleanText } from '../vocab/normalize';

export interface UnitRange {
  readonly sheet: string;
  readonly range: string;
  /** The rules can do without it: when the school has no such sheet, it is a note, and the unit is still read. */
  readonly optional: boolean;
}

/**
 * Everything the district needs, as A1 ranges for one Sheets.Spreadsheets.Values.batchGet. The sheets the rules read
 * are requested whole: a sheet name alone "refers to all the cells in" that sheet
 * (https://developers.google.com/sheets/api/guides/concepts, A1 notation), so a school's extra columns, however many,
 * never push a rule column out of the range. Người học is optional here because the rules decide whether the unit
 * needs it (Điều 2.8); Tổng hợp (the claimed levels) and Hướng dẫn (the template version) are only compared or shown.
 * Not read at all: Hội đồng (phone numbers), Lịch sử and Kế hoạch cải tiến (the rules do not use them).
 */
export const UNIT_RANGES: readonly UnitRange[] = [
  { sheet: DON_VI.name, range: '', optional: false },
  { sheet: THANH_VIEN.name, range: '', optional: false },
  { sheet: NGUOI_HOC.name, range: '', optional: true },
  { sheet: CHI_TIEU.name, range: '', optional: false },
  { sheet: MINH_CHUNG.name, range: '', optional: false },
  { sheet: SHEET_NAMES.tongHop, range: 'A:F', optional: true },
  { sheet: SHEET_NAMES.huongDan, range: 'A1:A5', optional: true },
].map((r) => ({ ...r, range: r.range ? `${quoteSheet(r.sheet)}!${r.range}` : quoteSheet(r.sheet) }));

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
  /** What the district could not see but did not need (a missing optional sheet), one sentence each. */
  readonly notes: readonly string[];
}

/** Rows per sheet as the API returns them; a sheet the school does not have is absent. */
export type UnitSheets = Readonly<Record<string, readonly (readonly unknown[])[] | undefined>>;

/** One batchGet of `ranges` (rows per range, in order); throws the service's error. */
export type FetchRanges = (ranges: readonly string[]) => readonly ((readonly (readonly unknown[])[]) | undefined)[];

const MISSING_NOTE: Readonly<Record<string, string>> = {
  [SHEET_NAMES.tongHop]: `Không có sheet "${SHEET_NAMES.tongHop}": không có mức tự nhận để đối chiếu`,
  [SHEET_NAMES.huongDan]: `Không có sheet "${SHEET_NAMES.huongDan}": không rõ phiên bản mẫu`,
};

const MISSING_SHEET = 'Bảng tính thiếu sheet';

/** The Nhật ký reason when a sheet the rules need is missing (readFailure passes it through unchanged). */
export function missingSheetReason(sheet: string): string {
  return `${MISSING_SHEET} "${sheet}" mà ĐVHT cần để tính lại (không phải mẫu ĐVHT, hoặc sheet đã bị xóa hay đổi tên): đề nghị đơn vị chạy ĐVHT → Thiết lập / nâng cấp mẫu, hoặc kiểm tra liên kết.`;
}

export const isMissingSheetReason = (message: string): boolean => message.startsWith(MISSING_SHEET);

/** The range a "Unable to parse range: …" error names, among `ranges` (matched by the range or its sheet name). */
export function unparsableRange(message: string, ranges: readonly UnitRange[]): UnitRange | undefined {
  const m = /Unable to parse range:\s*(.+?)\s*$/.exec(message);
  if (!m) return undefined;
  const text = m[1];
  const bang = text.lastIndexOf('!');
  const sheetPart = bang >= 0 ? text.slice(0, bang) : text;
  const sheet = /^'.*'$/.test(sheetPart) ? sheetPart.slice(1, -1).replace(/''/g, "'") : sheetPart;
  return ranges.find((r) => r.range === text) ?? ranges.find((r) => r.sheet === sheet);
}

/**
 * Reads one school with as few calls as the school allows. A batchGet naming a sheet the spreadsheet lacks fails as a
 * whole with "Unable to parse range: <range>" (HTTP 400, e.g. https://github.com/invokable/laravel-google-sheets/issues/13),
 * so: one call for a school that has every sheet; when the error names an optional sheet, the call is repeated without
 * it (one more call per missing optional sheet, at most three); when it names a sheet the rules need, the school is
 * not read further and the error says which sheet (no extra call). No Spreadsheets.get is needed.
 */
export function readUnitWith(fetch: FetchRanges): UnitAssessment {
  let ranges = UNIT_RANGES;
  for (;;) {
    let values: ReturnType<FetchRanges>;
    try {
      values = fetch(ranges.map((r) => r.range));
    } catch (e) {
      const missing = unparsableRange(e instanceof Error ? e.message : String(e), ranges);
      if (!missing) throw e;
      if (!missing.optional) throw new Error(missingSheetReason(missing.sheet));
      ranges = ranges.filter((r) => r !== missing);
      continue;
    }
    const bySheet: Record<string, readonly (readonly unknown[])[]> = {};
    ranges.forEach((r, i) => (bySheet[r.sheet] = values[i] ?? []));
    return assessUnitSheets(bySheet);
  }
}

/** Recomputes a unit from its sheets' rows; an optional sheet absent from `sheets` is a note. */
export function assessUnitSheets(sheets: UnitSheets): UnitAssessment {
  // Hội đồng is never read by the district: an empty sheet, so that its absence is not counted as the school's error.
  const bySheet: Record<string, readonly (readonly unknown[])[] | undefined> = { ...sheets, [HOI_DONG.name]: [] };
  const notes = UNIT_RANGES.filter((r) => r.optional && !sheets[r.sheet]).map((r) => MISSING_NOTE[r.sheet] ?? `Không có sheet "${r.sheet}"`);
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
  if (sheets[SHEET_NAMES.tongHop] && !sheets[SHEET_NAMES.tongHop]!.length) notes.push(`Sheet "${SHEET_NAMES.tongHop}" của đơn vị trống: không có mức tự nhận để đối chiếu`);
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
    notes,
  };
}
