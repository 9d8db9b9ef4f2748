// word/document.xml from the document model: paragraphs and runs, tables with their grid, horizontal spans
// (w:gridSpan) and vertical merges (w:vMerge), page breaks, and one section (w:sectPr) per part.
import { Block, Cell, PageSetup, Paragraph, Run, Table } from '../model';
import { halfPoints, twips, xmlText } from './xml';

/** Where the header of a section is: the r:id of its default header and of its (empty) first-page header. */
export interface SectionHeaders {
  readonly defaultId: string;
  readonly firstId: string;
}

/** Distance of the header from the top edge: the page number sits in the 20 mm top margin (NĐ 30/2020 Phụ lục I). */
export const HEADER_DISTANCE_PT = 10 * (72 / 25.4);

const JC: Record<NonNullable<Paragraph['align']>, string> = { left: 'left', center: 'center', right: 'right', justify: 'both' };

function runProperties(r: Run, size: number, page: PageSetup): string {
  const props: string[] = [];
  if (r.bold) props.push('<w:b/><w:bCs/>');
  if (r.italic) props.push('<w:i/><w:iCs/>');
  const sz = r.size ?? size;
  if (sz !== page.size) props.push(`<w:sz w:val="${halfPoints(sz)}"/><w:szCs w:val="${halfPoints(sz)}"/>`);
  // ECMA-376 §17.3.2.28 (CT_RPr): w:u follows w:sz.
  if (r.underline) props.push('<w:u w:val="single"/>');
  return props.length ? `<w:rPr>${props.join('')}</w:rPr>` : '';
}

/**
 * The text of a run: line feeds become line breaks and tabs tab characters, the rest w:t with spaces preserved. A
 * carriage return (with its line feed or alone), Word's manual line break (U+000B, what a Word paste leaves in a
 * cell) and a form feed are line breaks too, never dropped: XML cannot hold the latter two as characters.
 */
function runContent(text: string): string {
  const out: string[] = [];
  text.replace(/\r\n?|[\u000B\u000C]/g, '\n').split('\n').forEach((line, i) => {
    if (i > 0) out.push('<w:br/>');
    line.split('\t').forEach((piece, j) => {
      if (j > 0) out.push('<w:tab/>');
      if (piece) out.push(`<w:t xml:space="preserve">${xmlText(piece)}</w:t>`);
    });
  });
  return out.join('');
}

/** A paragraph; `size` is the enclosing table's or the page's; `sectPr` closes a section at this paragraph. */
export function paragraphXml(p: Paragraph, page: PageSetup, size: number, inCell: boolean, sectPr = ''): string {
  const sz = p.size ?? size;
  const pPr: string[] = [];
  const before = twips(p.spaceBefore ?? 0);
  const after = twips(p.spaceAfter ?? 0);
  pPr.push(`<w:spacing w:before="${before}" w:after="${after}" w:line="${Math.round(240 * page.lineSpacing)}" w:lineRule="auto"/>`);
  const left = twips(p.indentStart ?? 0);
  const first = inCell ? 0 : twips(p.firstLine ?? 0);
  if (left || first) pPr.push(`<w:ind w:left="${left}"${first ? ` w:firstLine="${first}"` : ''}/>`);
  pPr.push(`<w:jc w:val="${JC[p.align ?? 'left']}"/>`);
  // The paragraph mark takes the paragraph's size, so an empty paragraph is as tall as its text would be.
  if (sz !== page.size) pPr.push(`<w:rPr><w:sz w:val="${halfPoints(sz)}"/><w:szCs w:val="${halfPoints(sz)}"/></w:rPr>`);
  const runs = p.runs.filter((r) => r.text.length).map((r) => `<w:r>${runProperties(r, sz, page)}${runContent(r.text)}</w:r>`);
  return `<w:p><w:pPr>${pPr.join('')}${sectPr}</w:pPr>${runs.join('')}</w:p>`;
}

const BORDER_SIDES = ['top', 'left', 'bottom', 'right', 'insideH', 'insideV'];

function tableBorders(on: boolean): string {
  const side = on ? 'w:val="single" w:sz="4" w:space="0" w:color="000000"' : 'w:val="nil"';
  return `<w:tblBorders>${BORDER_SIDES.map((s) => `<w:${s} ${side}/>`).join('')}</w:tblBorders>`;
}

function cellXml(c: Cell | null, width: number, gridSpan: number, vMerge: 'restart' | 'continue' | null, header: boolean, page: PageSetup, size: number): string {
  const tcPr = [`<w:tcW w:w="${twips(width)}" w:type="dxa"/>`];
  if (gridSpan > 1) tcPr.push(`<w:gridSpan w:val="${gridSpan}"/>`);
  if (vMerge === 'restart') tcPr.push('<w:vMerge w:val="restart"/>');
  if (vMerge === 'continue') tcPr.push('<w:vMerge/>');
  if (header) tcPr.push('<w:shd w:val="clear" w:color="auto" w:fill="F2F2F2"/>');
  const vAlign = c?.vAlign ?? (vMerge ? 'center' : null);
  if (vAlign) tcPr.push(`<w:vAlign w:val="${vAlign}"/>`);
  // Every cell holds at least one paragraph (ECMA-376 §17.4.66); a covered cell holds an empty one.
  const paragraphs = c && c.paragraphs.length ? c.paragraphs : [{ kind: 'paragraph', runs: [], spaceAfter: 0 } as Paragraph];
  return `<w:tc><w:tcPr>${tcPr.join('')}</w:tcPr>${paragraphs.map((p) => paragraphXml(p, page, size, true)).join('')}</w:tc>`;
}

/**
 * A table: the grid from the column widths, a header row repeated on each page, spans and merges. Covered cells
 * (the `span - 1` after a spanning cell, the `rowSpan - 1` below a merging one) are present in the model and skipped.
 */
export function tableXml(t: Table, page: PageSetup): string {
  const size = t.size ?? page.size;
  const total = t.widths.reduce((a, b) => a + b, 0);
  const tblPr =
    `<w:tblPr><w:tblW w:w="${twips(total)}" w:type="dxa"/>${tableBorders(t.borders)}<w:tblLayout w:type="fixed"/>` +
    '<w:tblCellMar><w:left w:w="100" w:type="dxa"/><w:right w:w="100" w:type="dxa"/></w:tblCellMar>' +
    '<w:tblLook w:val="0000" w:firstRow="0" w:lastRow="0" w:firstColumn="0" w:lastColumn="0" w:noHBand="1" w:noVBand="1"/></w:tblPr>';
  const grid = `<w:tblGrid>${t.widths.map((w) => `<w:gridCol w:w="${twips(w)}"/>`).join('')}</w:tblGrid>`;
  // Per column: the last row a vertical merge started above still covers, and that merge's horizontal span.
  const coveredUntil: number[] = t.widths.map(() => -1);
  const coveredSpan: number[] = t.widths.map(() => 1);
  const rows = t.rows.map((r, ri) => {
    const header = ri < (t.headerRows ?? 0);
    const cells: string[] = [];
    for (let ci = 0; ci < t.widths.length;) {
      if (coveredUntil[ci] >= ri) {
        const span = coveredSpan[ci];
        cells.push(cellXml(null, sum(t.widths, ci, span), span, 'continue', header, page, size));
        ci += span;
        continue;
      }
      const c = r[ci] ?? null;
      const span = Math.max(1, Math.min(c?.span ?? 1, t.widths.length - ci));
      const rowSpan = Math.max(1, Math.min(c?.rowSpan ?? 1, t.rows.length - ri));
      if (rowSpan > 1) {
        coveredUntil[ci] = ri + rowSpan - 1;
        coveredSpan[ci] = span;
      }
      cells.push(cellXml(c, sum(t.widths, ci, span), span, rowSpan > 1 ? 'restart' : null, header, page, size));
      ci += span;
    }
    // ECMA-376 §17.4.49 w:tblHeader: the row repeats at the top of each page; §17.4.80 w:trHeight "atLeast";
    // §17.4.6 w:cantSplit: the row is not broken across pages.
    const props: string[] = [];
    if (t.keepRows) props.push('<w:cantSplit/>');
    if (header) props.push('<w:tblHeader/>');
    else if (t.minRowHeight) props.push(`<w:trHeight w:val="${twips(t.minRowHeight)}" w:hRule="atLeast"/>`);
    const trPr = props.length ? `<w:trPr>${props.join('')}</w:trPr>` : '';
    return `<w:tr>${trPr}${cells.join('')}</w:tr>`;
  });
  return `<w:tbl>${tblPr}${grid}${rows.join('')}</w:tbl>`;
}

function sum(widths: readonly number[], from: number, count: number): number {
  return widths.slice(from, from + count).reduce((a, b) => a + b, 0);
}

const PAGE_BREAK = '<w:p><w:pPr><w:spacing w:before="0" w:after="0"/></w:pPr><w:r><w:br w:type="page"/></w:r></w:p>';

/**
 * The properties of one section: A4 (or the model's page), the margins, its headers — the first page's empty
 * (w:titlePg: "different first page"), the others' holding the page number — and numbering from 1. `headers` null:
 * the section keeps the previous section's headers, as Word writes "Link to Previous" (ECMA-376 Part 1 §17.10.5
 * headerReference: "If no headerReference for the first page header is specified and the titlePg element is
 * specified, then the first page header shall be inherited from the previous section", and likewise the default one;
 * https://c-rex.net/samples/ooxml/e1/Part4/OOXML_P4_DOCX_headerReference_topic_ID0EL5ZU.html).
 */
export function sectionXml(page: PageSetup, headers: SectionHeaders | null): string {
  const refs = headers
    ? `<w:headerReference w:type="default" r:id="${headers.defaultId}"/><w:headerReference w:type="first" r:id="${headers.firstId}"/>`
    : '';
  return (
    '<w:sectPr>' +
    refs +
    '<w:type w:val="nextPage"/>' +
    `<w:pgSz w:w="${twips(page.width)}" w:h="${twips(page.height)}"/>` +
    `<w:pgMar w:top="${twips(page.marginTop)}" w:right="${twips(page.marginRight)}" w:bottom="${twips(page.marginBottom)}" ` +
    `w:left="${twips(page.marginLeft)}" w:header="${twips(HEADER_DISTANCE_PT)}" w:footer="${twips(HEADER_DISTANCE_PT)}" w:gutter="0"/>` +
    '<w:pgNumType w:start="1"/><w:titlePg/>' +
    '</w:sectPr>'
  );
}

/**
 * The blocks of one part closed by its section: on its last paragraph when the part ends with one (no extra empty
 * paragraph), else on an empty paragraph of its own; the body's last section is the body's own w:sectPr.
 * Trailing page breaks are dropped: the next section starts on a new page anyway.
 */
export function partXml(blocks: readonly Block[], page: PageSetup, sectPr: string, last: boolean): string {
  const content = [...blocks];
  while (content.length && content[content.length - 1].kind === 'pageBreak') content.pop();
  const out = content.map((b, i) => {
    switch (b.kind) {
      case 'paragraph': return paragraphXml(b, page, page.size, false, !last && i === content.length - 1 ? sectPr : '');
      case 'table': return tableXml(b, page);
      case 'pageBreak': return PAGE_BREAK;
    }
  });
  if (last) out.push(sectPr);
  else if (!content.length || content[content.length - 1].kind !== 'paragraph') out.push(`<w:p><w:pPr><w:spacing w:before="0" w:after="0"/>${sectPr}</w:pPr></w:p>`);
  return out.join('');
}
