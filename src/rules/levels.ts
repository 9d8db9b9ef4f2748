// The result scale of TT 24 (Không đạt < Đạt mức độ 1 < Đạt mức độ 2) plus "Không áp dụng" and "Chưa có dữ liệu".
import { foldKey } from '../vocab/normalize';
import { buildLookup } from '../vocab/lookup';

/** 0 = Không đạt, 1 = Đạt mức độ 1, 2 = Đạt mức độ 2. */
export type Achieved = 0 | 1 | 2;
export type Level = Achieved | 'na' | 'nodata';

export const LEVEL_LABELS = {
  0: 'Không đạt',
  1: 'Đạt mức độ 1',
  2: 'Đạt mức độ 2',
  na: 'Không áp dụng',
  nodata: 'Chưa có dữ liệu',
} as const;

export type LevelLabel = (typeof LEVEL_LABELS)[keyof typeof LEVEL_LABELS];

export function levelLabel(level: Level): LevelLabel {
  return LEVEL_LABELS[level];
}

const LABELS = buildLookup<Level>([
  { value: 0, spellings: ['Không đạt', 'KĐ', 'chưa đạt'] },
  { value: 1, spellings: ['Đạt mức độ 1', 'Mức độ 1', 'Mức 1', 'MĐ1', 'M1', 'Đạt mức 1'] },
  { value: 2, spellings: ['Đạt mức độ 2', 'Mức độ 2', 'Mức 2', 'MĐ2', 'M2', 'Đạt mức 2'] },
  { value: 'na', spellings: ['Không áp dụng', 'KAD', 'N/A', '-'] },
  { value: 'nodata', spellings: ['Chưa có dữ liệu', 'chưa đánh giá'] },
]);

/** Reads a level label as a sheet shows it (e.g. a DVHT_LEVEL result); undefined if unknown. */
export function parseLevelLabel(raw: unknown): Level | undefined {
  return LABELS.get(foldKey(raw));
}

/**
 * The level of a whole from its parts (tiêu chí from chỉ tiêu, unit from tiêu chí): the lowest applicable one.
 * "Không áp dụng" parts are left out; a Không đạt part decides even when others lack data; otherwise missing data
 * makes the whole "Chưa có dữ liệu". All parts not applicable cannot happen with the real catalogue: the caller
 * treats 'na' as an error.
 */
export function lowestLevel(parts: readonly Level[]): Level {
  const applicable = parts.filter((p) => p !== 'na');
  if (applicable.length === 0) return 'na';
  if (applicable.includes(0)) return 0;
  if (applicable.includes('nodata')) return 'nodata';
  return Math.min(...(applicable as Achieved[])) as Achieved;
}
