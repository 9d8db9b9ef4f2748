// Evidence codes: "TC1-01" groups with optional item numbers, and kiểm định-style "[M02.03.02]" codes (TT24.md §6).
import { cleanText } from './normalize';

const GROUP = /^\[?\s*TC\s*([1-3])\s*[-–—.]\s*0?([1-6])(?:\s*[-–—.]\s*(\d{1,3}))?\s*\]?$/i;
const KIEM_DINH = /^\[\s*([A-Z]{1,3}\d{1,2}(?:\.\d{1,3}){1,4})\s*\]$|^([A-Z]{1,3}\d{1,2}(?:\.\d{1,3}){2,4})$/i;

export interface ParsedEvidence {
  /** Normalised codes: "TC1-01", "TC1-01-02", "[M02.03.02]". */
  readonly codes: readonly string[];
  /** Pieces that are not evidence codes, as typed. */
  readonly invalid: readonly string[];
}

/** Normalises one code, or undefined when it is not one. */
export function normaliseEvidenceCode(raw: string): string | undefined {
  const text = cleanText(raw);
  const g = GROUP.exec(text);
  if (g) return `TC${g[1]}-0${g[2]}${g[3] ? `-${g[3].padStart(2, '0')}` : ''}`;
  const k = KIEM_DINH.exec(text);
  if (k) return `[${(k[1] ?? k[2]).toUpperCase()}]`;
  return undefined;
}

/** Splits a cell ("TC1-01; TC1-01-02, [M02.03.02]") into codes; blank → no codes. */
export function parseEvidenceCodes(raw: unknown): ParsedEvidence {
  if (raw === null || raw === undefined) return { codes: [], invalid: [] };
  const codes: string[] = [];
  const invalid: string[] = [];
  const add = (code: string) => {
    if (!codes.includes(code)) codes.push(code);
  };
  for (const piece of String(raw).normalize('NFC').split(/[;,\n]+/)) {
    const p = cleanText(piece);
    if (!p) continue;
    const code = normaliseEvidenceCode(p);
    if (code) {
      add(code);
      continue;
    }
    // "TC1-01 TC1-02" or "[M02.03.02] [M02.03.03]": several codes separated by spaces only.
    const parts = p.split(/\s+(?=\[|TC\s*\d)/i).map(normaliseEvidenceCode);
    if (parts.length > 1 && parts.every((c) => c !== undefined)) parts.forEach((c) => add(c as string));
    else invalid.push(p);
  }
  return { codes, invalid };
}

export const EVIDENCE_HELP = 'mã minh chứng dạng TC1-01 (nhóm của chỉ tiêu), TC1-01-02 (minh chứng số 02 của nhóm) hoặc [M02.03.02], cách nhau bởi dấu ; hoặc ,';
