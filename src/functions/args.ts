// Reading custom-function arguments as Sheets passes them: scalars, 2D arrays for ranges, trailing options.
import { Tier } from '../rules/catalogue';
import { UnitProfile, makeProfile } from '../rules/profile';
import { UNIT_TYPE_HELP, UnitTypeId, parseUnitType } from '../rules/unitTypes';
import { buildLookup } from '../vocab/lookup';
import { cleanText, foldKey, isBlank } from '../vocab/normalize';
import { toNumber } from '../vocab/numbers';

/** A user-facing error: its Vietnamese message shows on the cell's hover. */
export class UserError extends Error {
  constructor(message: string) {
    super(message.normalize('NFC'));
    this.name = 'Lỗi';
  }
}

export function isRange(v: unknown): v is unknown[][] {
  return Array.isArray(v);
}

/** Flattens a one-column or one-row range (or a single cell) to a list; errors for a wider block. */
export function column(v: unknown, what: string): unknown[] {
  if (!isRange(v)) return [v];
  const rows = v.length;
  const cols = rows ? (Array.isArray(v[0]) ? v[0].length : 1) : 0;
  if (cols <= 1) return v.map((r) => (Array.isArray(r) ? r[0] : r));
  if (rows === 1) return v[0] as unknown[];
  throw new UserError(`${what} phải là một cột (hoặc một hàng), nhưng vùng đã chọn có ${rows} hàng × ${cols} cột.`);
}

/** Every cell of a value or range, row by row. */
export function cells(v: unknown): unknown[] {
  if (!isRange(v)) return [v];
  return v.flatMap((r) => (Array.isArray(r) ? r : [r]));
}


/** The sum of the numbers in a cell or range; blank cells count 0; text that is not a number is an error. */
export function sumOf(v: unknown, what: string): number {
  let total = 0;
  cells(v).forEach((c, i) => {
    if (isBlank(c)) return;
    const n = toNumber(c);
    if (n === undefined) throw new UserError(`${what}: ô thứ ${i + 1} có giá trị "${cleanText(c)}" không phải là số.`);
    total += n;
  });
  return total;
}

type Option = { tier: Tier } | { unitType: UnitTypeId } | { congLap: boolean };

const TIER_OPTIONS = buildLookup<Option>([
  { value: { tier: 'huyen' }, spellings: ['huyện', 'cấp huyện', 'quận', 'cấp quận', 'xã', 'cấp xã', 'thị xã', 'thành phố thuộc tỉnh'] },
  { value: { tier: 'tinh' }, spellings: ['tỉnh', 'cấp tỉnh', 'cấp thành phố trực thuộc trung ương', 'thành phố trực thuộc trung ương'] },
  { value: { congLap: true }, spellings: ['công lập', 'đơn vị công lập'] },
  { value: { congLap: false }, spellings: ['ngoài công lập', 'tư thục', 'dân lập', 'không công lập'] },
]);

function parseOption(raw: unknown): Option[] | undefined {
  const whole = parseOneOption(raw);
  if (whole) return [whole];
  const pieces = cleanText(raw).split(/[;|]/).map((p) => p.trim()).filter(Boolean);
  if (pieces.length < 2) return undefined;
  const parsed = pieces.map(parseOneOption);
  return parsed.every((p) => p !== undefined) ? (parsed as Option[]) : undefined;
}

function parseOneOption(raw: unknown): Option | undefined {
  if (typeof raw !== 'string' || isBlank(raw)) return undefined;
  const tier = TIER_OPTIONS.get(foldKey(raw));
  if (tier) return tier;
  const type = parseUnitType(raw);
  return type ? { unitType: type } : undefined;
}

/** Options from one argument (a text or a range of texts), or undefined when it is not an options argument. */
function optionsOf(arg: unknown): Option[] | undefined {
  const filled = cells(arg).filter((c) => !isBlank(c));
  // A blank single cell is a positional argument (e.g. an empty evidence cell); a block of settings cells
  // ('Đơn vị'!B4:B6) may have blanks: those options are simply not set.
  if (filled.length === 0) return isRange(arg) && cells(arg).length > 1 ? [] : undefined;
  const parsed = filled.map(parseOption);
  return parsed.every((p) => p !== undefined) ? (parsed as Option[][]).flat() : undefined;
}

export interface SplitArgs {
  readonly positional: unknown[];
  readonly profile: UnitProfile;
  /** Whether a unit type was given (so applicability can be decided). */
  readonly hasUnitType: boolean;
}

/**
 * Splits arguments into positional ones and the trailing options (tier "cấp tỉnh", a unit type "THPT", "tư thục"…),
 * which may be typed as text or taken from cells of the Đơn vị sheet.
 */
export function splitOptions(args: readonly unknown[]): SplitArgs {
  let end = args.length;
  while (end > 0 && args[end - 1] === undefined) end--;
  const options: Option[] = [];
  while (end > 1) {
    const opts = optionsOf(args[end - 1]);
    if (!opts) break;
    options.unshift(...opts);
    end--;
  }
  // A later option overrides an earlier one of the same kind.
  const chosen: { tier?: Tier; unitType?: UnitTypeId; congLap?: boolean } = Object.assign({}, ...options);
  const profile = makeProfile(chosen);
  return { positional: args.slice(0, end), profile, hasUnitType: profile.unitType !== undefined };
}

/** The error for a trailing text that is not an option ("cấp tỉnh", a unit type, "tư thục") and not data either. */
export function optionNotUnderstood(text: string): UserError {
  return new UserError(
    `Tùy chọn "${text}" không hiểu được: ghi cấp ("cấp huyện", "cấp tỉnh"), loại đơn vị (như danh sách "Loại đơn vị" ở sheet "Đơn vị", ví dụ "Trường trung học phổ thông", "THCS") hoặc "công lập"/"tư thục".`,
  );
}

/** The size of the Đơn vị block (Loại đơn vị, Công lập, Cấp công nhận) that formulas pass as options. */
const OPTION_BLOCK_CELLS = 3;

/**
 * The error for arguments left over after a chỉ tiêu's data: the first text among them that is neither an option nor
 * `isData` (e.g. an evidence code) is named as an option not understood. Undefined when there is no such text (the
 * caller then reports too many arguments). Ranges count only when small enough to be an options block: a column of
 * marks is data, not an option.
 */
export function leftoverOptionError(leftover: readonly unknown[], isData: (text: string) => boolean): UserError | undefined {
  for (const arg of leftover) {
    if (isRange(arg) && cells(arg).length > OPTION_BLOCK_CELLS) continue;
    for (const c of cells(arg)) {
      if (typeof c !== 'string' || isBlank(c) || parseOption(c) || isData(c)) continue;
      return optionNotUnderstood(cleanText(c));
    }
  }
  return undefined;
}

/** Words an option starts with ("cấp tỉnh", "Trường …", "Trung tâm …", "công lập"…), never an evidence code. */
export function looksLikeOption(raw: unknown): boolean {
  return /^(cap|truong|trung tam|loai don vi|cong lap|ngoai cong lap|tu thuc|dan lap)( |$)/.test(foldKey(raw));
}

export const OPTIONS_HELP = `Tùy chọn đặt ở cuối: "cấp tỉnh" hoặc "cấp huyện" (mặc định cấp huyện); loại đơn vị (${UNIT_TYPE_HELP}); "công lập" hoặc "tư thục".`;
