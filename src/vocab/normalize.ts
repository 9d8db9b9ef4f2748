// Text normalisation for matching what users type: NFC, trimmed, and a folded key without case or diacritics.

/**
 * Characters that show nothing and mean nothing in Vietnamese text, pasted in from the web or Word: soft hyphen,
 * combining grapheme joiner, zero-width non-joiner/joiner, direction marks, word joiner and invisible operators, BOM,
 * and the Hangul fillers used to type a "blank" name. They are removed.
 * (U+200B ZERO WIDTH SPACE is a space: it is collapsed with the other whitespace.)
 */
export const INVISIBLE = /[\u00ad\u034f\u061c\u115f\u1160\u180e\u200c-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\u3164\ufeff\uffa0]/g;

/** Unicode NFC, invisible characters removed, outer whitespace trimmed and inner runs collapsed to one space. */
export function cleanText(raw: unknown): string {
  if (raw === null || raw === undefined) return '';
  return String(raw).normalize('NFC').replace(INVISIBLE, '').replace(/[\s\u00a0\u200b]+/g, ' ').trim();
}

/**
 * Matching key: lower case, no diacritics ("Đ" → "d"), quotes dropped, whitespace collapsed.
 * "LĐTT", "ldtt" and "L\u0110TT" all fold to "ldtt"; "Không áp dụng" folds to "khong ap dung".
 */
export function foldKey(raw: unknown): string {
  return cleanText(raw)
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/["'“”‘’«»]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** A cell the user filled: not blank, and not an unticked checkbox (FALSE is what an empty template row holds). */
export function isFilled(raw: unknown): boolean {
  return raw !== false && !isBlank(raw);
}

/** True for values a spreadsheet shows as an empty cell. */
export function isBlank(raw: unknown): boolean {
  return raw === null || raw === undefined || cleanText(raw) === '';
}

/** Like cleanText, but keeps line breaks (paragraphs of a description): NFC, spaces collapsed per line, trimmed. */
export function cleanMultiline(raw: unknown): string {
  if (raw === null || raw === undefined) return '';
  return String(raw)
    .normalize('NFC')
    .replace(INVISIBLE, '')
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) => line.replace(/[ \t\u00a0\u200b]+/g, ' ').trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
