// The yes / no / not-applicable marks people type into member rows (TT24.md §5).
import { buildLookup, VocabEntry } from './lookup';
import { isBlank, foldKey } from './normalize';

export type Mark = 'yes' | 'no' | 'na';

export const MARK_VOCABULARY: readonly VocabEntry<Mark>[] = [
  { value: 'yes', spellings: ['x', 'có', 'c', 'đạt', 'rồi', '1', '✓', '✔', '√', 'true'] },
  { value: 'no', spellings: ['không', 'k', 'chưa', '0', 'false', 'không đạt', 'chưa đạt'] },
  { value: 'na', spellings: ['-', 'KAD', 'không áp dụng', 'N/A', 'NA', 'miễn', 'không thuộc diện'] },
];

const MARKS = buildLookup(MARK_VOCABULARY);

/** Spellings shown in error messages so the user knows what to type. */
export const MARK_HELP =
  'đạt: x, có, đạt, 1, ✓ (hoặc ô đánh dấu); không đạt: để trống, không, chưa, 0; không áp dụng: KAD, -, không áp dụng, N/A, miễn';

/**
 * Reads one mark. Blank and FALSE are "no"; TRUE is "yes" (checkboxes).
 * Returns undefined for anything not in the vocabulary: the caller reports it, never counts it.
 */
export function parseMark(raw: unknown): Mark | undefined {
  if (raw === true) return 'yes';
  if (raw === false || isBlank(raw)) return 'no';
  if (typeof raw === 'number') return raw === 1 ? 'yes' : raw === 0 ? 'no' : undefined;
  return MARKS.get(foldKey(raw));
}
