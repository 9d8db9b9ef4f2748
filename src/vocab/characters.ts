// Look-alike and invisible characters in what users type, named by code point so that a message about a value that
// looks right ("х" typed on a Russian keyboard, "ｘ" from a Japanese IME, a pasted zero-width space) says why it is not.
import { INVISIBLE } from './normalize';

/** Latin letters that Cyrillic and Greek letters are mistaken for. */
const LOOKS_LIKE: Readonly<Record<string, string>> = {
  // Cyrillic
  'а': 'a', 'в': 'B', 'е': 'e', 'ё': 'ë', 'к': 'k', 'м': 'M', 'н': 'H', 'о': 'o', 'р': 'p', 'с': 'c', 'т': 'T', 'у': 'y', 'х': 'x',
  'і': 'i', 'ј': 'j', 'ѕ': 's', 'һ': 'h', 'ԁ': 'd', 'ԛ': 'q', 'ԝ': 'w', 'ӏ': 'l',
  'А': 'A', 'В': 'B', 'Е': 'E', 'К': 'K', 'М': 'M', 'Н': 'H', 'О': 'O', 'Р': 'P', 'С': 'C', 'Т': 'T', 'У': 'Y', 'Х': 'X',
  'І': 'I', 'Ј': 'J', 'Ѕ': 'S', 'Ԁ': 'D',
  // Greek
  'α': 'a', 'ε': 'e', 'ι': 'i', 'κ': 'k', 'ν': 'v', 'ο': 'o', 'ρ': 'p', 'τ': 't', 'υ': 'u', 'χ': 'x',
  'Α': 'A', 'Β': 'B', 'Ε': 'E', 'Ζ': 'Z', 'Η': 'H', 'Ι': 'I', 'Κ': 'K', 'Μ': 'M', 'Ν': 'N', 'Ο': 'O', 'Ρ': 'P', 'Τ': 'T',
  'Υ': 'Y', 'Χ': 'X',
};

/** One invisible character: those cleanText removes, and the zero-width space it reads as a space. */
const INVISIBLE_CHAR = new RegExp(`^(?:${INVISIBLE.source}|\u200b)$`);

/** What Vietnamese text is written with: Latin letters with their diacritics, digits, punctuation, common symbols. */
function isOrdinary(ch: string, cp: number): boolean {
  if (cp >= 0x20 && cp <= 0x7e) return true; // ASCII
  if (cp >= 0xa0 && cp <= 0x24f) return !INVISIBLE_CHAR.test(ch) && ch !== '×'; // Latin-1, Latin Extended-A/B (Đ, ơ, ư)
  if (cp >= 0x300 && cp <= 0x36f) return true; // combining diacritics (NFD Vietnamese)
  if (cp >= 0x1e00 && cp <= 0x1eff) return true; // Latin Extended Additional (ạ, ế, ữ…)
  return /[\s–—‘’“”…•·√✓✔№]/.test(ch);
}

function codePoint(cp: number): string {
  return `U+${cp.toString(16).toUpperCase().padStart(4, '0')}`;
}

/** "“х” (U+0445, chữ Kirin), không phải chữ x" — one character described, or undefined when it is ordinary. */
function describeCharacter(ch: string): string | undefined {
  const cp = ch.codePointAt(0) as number;
  if (INVISIBLE_CHAR.test(ch) || (cp < 0x20 && ch !== '\n' && ch !== '\t')) return `ký tự ẩn ${codePoint(cp)}`;
  if (cp === 0xa0) return `dấu cách không ngắt ${codePoint(cp)}`;
  if (isOrdinary(ch, cp)) return undefined;
  if (cp >= 0xff01 && cp <= 0xff5e) {
    const narrow = String.fromCharCode(cp - 0xfee0);
    return `ký tự "${ch}" (${codePoint(cp)}, ký tự toàn độ rộng), không phải "${narrow}"`;
  }
  if (ch === '×') return `ký tự "×" (${codePoint(cp)}, dấu nhân), không phải chữ x`;
  if (cp === 0x3000) return `ký tự ${codePoint(cp)} (dấu cách toàn độ rộng)`;
  const script = (cp >= 0x400 && cp <= 0x52f) ? 'chữ Kirin' : (cp >= 0x370 && cp <= 0x3ff) || (cp >= 0x1f00 && cp <= 0x1fff) ? 'chữ Hy Lạp' : 'ký tự lạ';
  const like = LOOKS_LIKE[ch];
  return `ký tự "${ch}" (${codePoint(cp)}, ${script})${like ? `, không phải chữ ${like}` : ''}`;
}

/** The look-alike and invisible characters of a value, each described once, in order of appearance. */
export function oddCharacters(raw: unknown): string[] {
  if (typeof raw !== 'string') return [];
  const seen = new Set<string>();
  const out: string[] = [];
  for (const ch of raw.normalize('NFC')) {
    if (seen.has(ch)) continue;
    seen.add(ch);
    const d = describeCharacter(ch);
    if (d) out.push(d);
  }
  return out;
}

/**
 * The note added to a message about a value holding look-alike or invisible characters:
 * `Giá trị "х" có ký tự "х" (U+0445, chữ Kirin), không phải chữ x: hãy xóa và gõ lại bằng bàn phím thường.`
 * Undefined for ordinary text.
 */
export function oddCharactersNote(raw: unknown): string | undefined {
  const parts = oddCharacters(raw);
  if (!parts.length) return undefined;
  const shown = [...(raw as string)].filter((ch) => !INVISIBLE_CHAR.test(ch)).join('');
  return `Giá trị "${shown}" có ${parts.join('; ')}: hãy xóa và gõ lại bằng bàn phím thường.`;
}

/** " " + the note, or "" for ordinary text: to put after the sentence that quotes the value. */
export function oddCharactersSuffix(raw: unknown): string {
  const note = oddCharactersNote(raw);
  return note ? ` ${note}` : '';
}
