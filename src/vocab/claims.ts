// The unit's own rating of a chỉ tiêu, as typed in the "Tự đánh giá" column or passed to DVHT_LEVEL.
import { Level, parseLevelLabel } from '../rules/levels';
import { parseMark } from './marks';
import { foldKey, isBlank } from './normalize';

export type Claim = 'dat' | 'khongDat' | 'na';

/**
 * "Đạt", "Đạt mức độ 1/2", yes-marks → 'dat'; "Không đạt", no-marks → 'khongDat'; "Không áp dụng" → 'na';
 * blank → null; anything else → undefined (to report).
 */
export function parseClaim(raw: unknown): Claim | null | undefined {
  if (isBlank(raw)) return null;
  const level = parseLevelLabel(raw);
  if (level === 1 || level === 2) return 'dat';
  if (level === 0) return 'khongDat';
  if (level === 'na') return 'na';
  if (foldKey(raw) === 'dat') return 'dat';
  const mark = parseMark(raw);
  return mark === 'yes' ? 'dat' : mark === 'no' ? 'khongDat' : mark === 'na' ? 'na' : undefined;
}

/** The level a unit claims ("Đạt mức độ 2"…); a bare "Đạt" claims the chỉ tiêu's top level, given as `top`. */
export function parseClaimedLevel(raw: unknown, top: 1 | 2): Level | undefined {
  const level = parseLevelLabel(raw);
  if (level !== undefined && level !== 'nodata') return level;
  const claim = parseClaim(raw);
  if (claim === 'dat') return top;
  if (claim === 'khongDat') return 0;
  if (claim === 'na') return 'na';
  return undefined;
}
