// Digital-transformation levels of QĐ 4725/QĐ-BGDĐT (and QĐ 4740 for higher education), by name or by group scores.
import { buildLookup } from './lookup';
import { foldKey, isBlank } from './normalize';

/** 0 = Mức chưa đáp ứng (4725 "mức độ 1"), 1 = Mức đáp ứng cơ bản ("mức độ 2"), 2 = Mức đáp ứng tốt ("mức độ 3"). */
export type DigitalLevel = 0 | 1 | 2;

export const DIGITAL_LEVEL_NAMES: Record<DigitalLevel, string> = {
  0: 'Mức chưa đáp ứng',
  1: 'Mức đáp ứng cơ bản',
  2: 'Mức đáp ứng tốt',
};

/**
 * Score bands of QĐ 4725 for one group (dạy-học or quản trị), each scored out of 100:
 * < 50 chưa đáp ứng; 50–75 đáp ứng cơ bản; > 75 đáp ứng tốt.
 */
export const DIGITAL_SCORE_BANDS = { basicFrom: 50, goodAbove: 75, max: 100 } as const;

const NAMES = buildLookup<DigitalLevel>([
  { value: 0, spellings: ['Mức chưa đáp ứng', 'chưa đáp ứng'] },
  { value: 1, spellings: ['Mức đáp ứng cơ bản', 'đáp ứng cơ bản', 'cơ bản'] },
  { value: 2, spellings: ['Mức đáp ứng tốt', 'đáp ứng tốt', 'tốt'] },
]);

export const DIGITAL_LEVEL_HELP =
  'ghi tên mức theo Quyết định 4725: "Mức chưa đáp ứng", "Mức đáp ứng cơ bản" hoặc "Mức đáp ứng tốt" (hoặc nhập hai điểm nhóm tiêu chí, thang 100)';

/**
 * Reads a level name, tolerating a trailing "(Mức độ n)". A bare "Mức độ 2" is refused on purpose:
 * QĐ 4725's "mức độ 2" is TT 24's mức 1 (the trap in S001), so only the names are accepted.
 */
export function parseDigitalLevelName(raw: unknown): DigitalLevel | undefined {
  if (isBlank(raw)) return undefined;
  const key = foldKey(raw).replace(/\(\s*muc do \d\s*\)/g, '').replace(/[.;,]+$/, '').trim();
  return NAMES.get(key);
}

/** The level of one group score; undefined when the score is not a number in 0…100. */
export function digitalLevelOfScore(score: number): DigitalLevel | undefined {
  if (!Number.isFinite(score) || score < 0 || score > DIGITAL_SCORE_BANDS.max) return undefined;
  if (score > DIGITAL_SCORE_BANDS.goodAbove) return 2;
  if (score >= DIGITAL_SCORE_BANDS.basicFrom) return 1;
  return 0;
}

/** The unit's level is the lower of its two group levels. */
export function digitalLevelOfScores(teaching: number, management: number): DigitalLevel | undefined {
  const a = digitalLevelOfScore(teaching);
  const b = digitalLevelOfScore(management);
  if (a === undefined || b === undefined) return undefined;
  return Math.min(a, b) as DigitalLevel;
}
