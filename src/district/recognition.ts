// Recognition register rules (TT24.md §1): recognition is kept for 3 years after the year recognised; a unit at
// mức độ 1 may apply for mức độ 2 from 12 months after its recognition decision.
import { parseDateParts, shortDate } from '../report/vnFormat';
import { cleanText } from '../vocab/normalize';
import { toNumber } from '../vocab/numbers';

/** The last day the recognition of year `year` is kept ("31/12/2028" for 2025). */
export function validUntil(year: unknown): string {
  const y = toNumber(year);
  return y && Number.isInteger(y) ? `31/12/${y + 3}` : '';
}

/** The first day a mức độ 1 unit may apply for mức độ 2: the decision date plus 12 months. */
export function upgradeFrom(level: unknown, decisionDate: unknown): string {
  if (!/1$/.test(cleanText(level))) return '';
  const d = parseDateParts(decisionDate);
  return d ? shortDate({ ...d, year: d.year + 1 }) : '';
}
