// XML text for WordprocessingML parts: escaping, units and namespaces. Strings only (no Buffer, no TextEncoder, no
// DOM), so it runs in Apps Script V8 and in Node alike; the caller turns the text into bytes.

export const XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
export const W_NS = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
export const R_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
/** Relationship types of the officeDocument parts (header, styles, settings…). */
export const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
export const PACKAGE_RELS_NS = 'http://schemas.openxmlformats.org/package/2006/relationships';

// Characters XML 1.0 forbids (C0 controls other than tab, line feed and carriage return; U+FFFE/U+FFFF; lone
// surrogates). Tab and line feed never reach w:t: runText turns them into w:tab and w:br.
const INVALID_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Text (NFC, so Vietnamese letters are one code point each, as Word and Docs expect) escaped for content and attributes. */
export function xmlText(s: string): string {
  return s
    .normalize('NFC')
    .replace(INVALID_XML, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

/** Points to twentieths of a point (twips, "dxa"), the unit of WordprocessingML lengths. */
export function twips(pt: number): number {
  return Math.round(pt * 20);
}

/** Points to half-points, the unit of w:sz. */
export function halfPoints(pt: number): number {
  return Math.round(pt * 2);
}
