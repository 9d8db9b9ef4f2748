// The logic of the DVHT_* custom functions, pure: arguments as Sheets passes them in, a cell value out.
import { catalogue, findChiTieu } from '../rules/catalogue';
import { ChiTieuResult, RuleError, evaluateChiTieu } from '../rules/evaluate';
import { gapSentence } from '../rules/gap';
import { Level, LevelLabel, levelLabel, lowestLevel, parseLevelLabel } from '../rules/levels';
import { Tally, countProblem, formatCount } from '../rules/share';
import { cleanText, isBlank } from '../vocab/normalize';
import { UserError, cells, isRange, leftoverOptionError, splitOptions, sumOf } from './args';
import { learnerColumns, parseChiTieuArgs, tallyMarks } from './chiTieuArgs';
import { startsWithHeader } from './headerRow';
import { NGUOI_HOC } from '../sheet/schema';
import { parseTarget } from './target';
import { checkLayoutTier, checkMemberHeader, takeLayoutMarker } from './layoutMarker';
import { MEMBER_COLUMN_OF } from '../workbook/records';
import { isErrorValue } from '../sheet/table';

function evaluateOne(id: string, positional: unknown[], split: ReturnType<typeof splitOptions>): ChiTieuResult {
  const ct = findChiTieu(split.profile.tier, id);
  if (!ct) throw new RuleError(`No chỉ tiêu ${id}`);
  const parsed = parseChiTieuArgs(ct, positional, split.profile, split.hasUnitType);
  if (parsed === 'na') {
    return { chiTieu: ct, level: 'na', dataLevel: 'na', reasons: ['Không áp dụng (theo đánh dấu).'], missingEvidence: false };
  }
  return evaluateChiTieu(ct, parsed, split.profile);
}

/** The level of the parts' labels (a tiêu chí from its chỉ tiêu cells, the unit from its tiêu chí cells). */
function aggregate(args: unknown[], expected: number | null, what: string): Level {
  const values = args.flatMap(cells);
  if (expected !== null && values.length !== expected) {
    // A text typed after the range that is neither a level nor an option (an unknown unit type) is named as such.
    const option = leftoverOptionError(args.filter((a) => !isRange(a)), (t) => parseLevelLabel(t) !== undefined);
    if (option) throw option;
    throw new UserError(`${what} có ${expected} chỉ tiêu nhưng vùng đã chọn có ${values.length} ô: hãy chọn đúng ${expected} ô kết quả.`);
  }
  const levels = values.map((v, i) => {
    // A part whose own formula failed (its cell says why) is not known: as in the workbook assessment, the whole is
    // then "Chưa có dữ liệu" unless another part is Không đạt.
    if (isBlank(v) || isErrorValue(v)) return 'nodata' as const;
    const l = parseLevelLabel(v);
    if (l === undefined) {
      throw new UserError(`Ô thứ ${i + 1} có giá trị "${cleanText(v)}" không phải là mức đánh giá. Giá trị hợp lệ: Không đạt, Đạt mức độ 1, Đạt mức độ 2, Không áp dụng, Chưa có dữ liệu.`);
    }
    return l;
  });
  const level = lowestLevel(levels);
  if (level === 'na') throw new UserError(`${what}: tất cả các ô đều "Không áp dụng"; hãy kiểm tra lại loại đơn vị và vùng đã chọn.`);
  return level;
}

/**
 * What DVHT_LEVEL and DVHT_GAP share: the layout marker Tổng hợp passes last (with the Thành viên header row), the
 * trailing options, the target; a changed tier or a column that could not be told apart is an error here.
 */
function prepare(indicator: unknown, rest: unknown[]) {
  const marked = takeLayoutMarker(rest);
  const split = splitOptions([indicator, ...marked.args]);
  checkLayoutTier(marked.layoutTier, split.profile.tier);
  const target = parseTarget(indicator, split.profile.tier);
  if (target.kind === 'chiTieu') checkMemberHeader(marked.memberHeader, MEMBER_COLUMN_OF[target.id]);
  return { split, target };
}

export function dvhtLevel(indicator: unknown, rest: unknown[]): LevelLabel {
  if (isBlank(indicator)) throw new UserError('Thiếu mã chỉ tiêu, ví dụ DVHT_LEVEL("2.5"; H2:H60; B2:B60).');
  const { split, target } = prepare(indicator, rest);
  const positional = split.positional.slice(1);
  switch (target.kind) {
    case 'chiTieu':
      return levelLabel(evaluateOne(target.id, positional, split).level);
    case 'tieuChi': {
      const tc = catalogue(split.profile.tier).tieuChi[target.no - 1];
      return levelLabel(aggregate(positional, tc.chiTieu.length, `Tiêu chí ${target.no} (${split.profile.tierName})`));
    }
    case 'unit':
      return levelLabel(aggregate(positional, 3, 'Đơn vị'));
  }
}

export function dvhtGap(indicator: unknown, rest: unknown[]): string {
  const { split, target } = prepare(indicator, rest);
  if (target.kind !== 'chiTieu') throw new UserError('DVHT_GAP dùng cho một chỉ tiêu, ví dụ DVHT_GAP("2.5"; H2:H60; B2:B60).');
  return gapSentence(evaluateOne(target.id, split.positional.slice(1), split));
}

/**
 * The share of members who qualify, rounded down to 0.1 % so that a cell formatted as "0.0%" never shows a
 * threshold the unit has not reached (94.95 % shows as 94.9 %). Blank when there are no members.
 */
export function dvhtPercent(marks: unknown, roster: unknown, excluded?: unknown): number | '' {
  const t = shareTally(marks, roster, excluded);
  if (t.total === 0) return '';
  return Math.floor((t.qualified * 1000) / t.total) / 1000;
}

export function dvhtCount(marks: unknown, roster: unknown, excluded?: unknown): string {
  return formatCount(shareTally(marks, roster, excluded));
}

/**
 * Members' marks against a roster; or, when both ranges hold only numbers (số đạt and sĩ số by class), their sums.
 */
function shareTally(first: unknown, second: unknown, excluded: unknown): Tally {
  if (startsWithHeader(second, NGUOI_HOC)) [first, second] = learnerColumns(first, second);
  const numeric = (v: unknown) => cells(v).every((c) => isBlank(c) || typeof c === 'number');
  if (second !== undefined && excluded === undefined && numeric(first) && numeric(second) && cells(second).some((c) => typeof c === 'number')) {
    const t = { qualified: sumOf(first, 'Số đạt'), total: sumOf(second, 'Tổng số') };
    const problem = countProblem(t.qualified, t.total, 'Người học');
    if (problem) throw new UserError(problem);
    return t;
  }
  return tallyMarks(first, second, null, 1, excluded);
}
