// Renders an in-memory document to .docx bytes synchronously (WordprocessingML written directly, zipped with fflate).
import type { FakeDocument } from './document';
import type { DocElement } from './element';
import type { GlyphTypeName, ParagraphHeadingName } from './enums';
import { FakeHorizontalRule, FakeListItem, FakePageBreak, FakeParagraph } from './paragraph';
import type { BlockContainer } from './container';
import type { TextStyle } from './style';
import { FakeTable, FakeTableCell } from './table';
import { FakeText } from './text';
import { ZipEntry, zipEntries } from '../services/utilities';

export const DOCX_MIME = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

const W_NS = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const R_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

/** Google Docs' "Normal text": Arial 11 pt at 1.15 line spacing (what a Google Doc exported to Word carries). */
export const GOOGLE_DEFAULT_FONT = 'Arial';
export const GOOGLE_DEFAULT_SIZE = 11;
export const GOOGLE_LINE_SPACING = 1.15;
/** Google Docs' default table cell padding (0.069 in ≈ 5 pt) and header/footer distance (0.5 in). */
export const DEFAULT_CELL_PADDING = 5;
const HEADER_DISTANCE = 36;

/** Google Docs' default named styles (size pt, spacing before/after pt, colour, italic), as its Word export has them. */
const HEADING_STYLES: Record<Exclude<ParagraphHeadingName, 'NORMAL'>, { id: string; name: string; size: number; before: number; after: number; color?: string; italic?: boolean; outline?: number }> = {
  HEADING1: { id: 'Heading1', name: 'heading 1', size: 20, before: 20, after: 6, outline: 0 },
  HEADING2: { id: 'Heading2', name: 'heading 2', size: 16, before: 18, after: 6, outline: 1 },
  HEADING3: { id: 'Heading3', name: 'heading 3', size: 14, before: 16, after: 4, color: '434343', outline: 2 },
  HEADING4: { id: 'Heading4', name: 'heading 4', size: 12, before: 14, after: 4, color: '666666', outline: 3 },
  HEADING5: { id: 'Heading5', name: 'heading 5', size: 11, before: 12, after: 4, color: '666666', outline: 4 },
  HEADING6: { id: 'Heading6', name: 'heading 6', size: 11, before: 12, after: 4, color: '666666', italic: true, outline: 5 },
  TITLE: { id: 'Title', name: 'Title', size: 26, before: 0, after: 3 },
  SUBTITLE: { id: 'Subtitle', name: 'Subtitle', size: 15, before: 0, after: 16, color: '666666' },
};

/** Points to twentieths of a point (twips), the unit of WordprocessingML lengths. */
export function twips(pt: number): number {
  return Math.round(pt * 20);
}

const INVALID_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export function xmlEscape(s: string): string {
  return s.replace(INVALID_XML, '').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

function hex(color: string): string {
  return color.replace(/^#/, '').toUpperCase();
}

/** Relationships of one part (document, header, footer): hyperlinks and sub-parts. */
class Rels {
  private readonly items: { id: string; type: string; target: string; external: boolean }[] = [];
  constructor(private readonly prefix: string) {}

  add(type: string, target: string, external = false): string {
    const existing = this.items.find((i) => i.type === type && i.target === target);
    if (existing) return existing.id;
    const id = `${this.prefix}${this.items.length + 1}`;
    this.items.push({ id, type, target, external });
    return id;
  }

  xml(): string {
    const rels = this.items
      .map((i) => `<Relationship Id="${i.id}" Type="${i.type}" Target="${xmlEscape(i.target)}"${i.external ? ' TargetMode="External"' : ''}/>`)
      .join('');
    return `${XML_HEAD}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rels}</Relationships>`;
  }

  get size(): number {
    return this.items.length;
  }
}

/** One numbering definition per list id, levels taking the glyph of the list's first item at that level. */
class Numbering {
  private readonly lists = new Map<string, { numId: number; glyphs: (GlyphTypeName | undefined)[] }>();

  numId(item: FakeListItem): number {
    let list = this.lists.get(item.listId);
    if (!list) {
      list = { numId: this.lists.size + 1, glyphs: [] };
      this.lists.set(item.listId, list);
    }
    list.glyphs[item.nestingLevel] ??= item._glyph();
    return list.numId;
  }

  get empty(): boolean {
    return this.lists.size === 0;
  }

  xml(): string {
    const abstracts: string[] = [];
    const nums: string[] = [];
    for (const { numId, glyphs } of this.lists.values()) {
      const levels: string[] = [];
      for (let l = 0; l < 9; l++) {
        const glyph = glyphs[l] ?? (['BULLET', 'HOLLOW_BULLET', 'SQUARE_BULLET'] as const)[l % 3];
        const { fmt, text } = levelFormat(glyph, l);
        levels.push(
          `<w:lvl w:ilvl="${l}"><w:start w:val="1"/><w:numFmt w:val="${fmt}"/><w:lvlText w:val="${xmlEscape(text)}"/>` +
            `<w:lvlJc w:val="left"/><w:pPr><w:ind w:left="${twips(36 + 36 * l)}" w:hanging="${twips(18)}"/></w:pPr>` +
            (fmt === 'bullet' ? '<w:rPr><w:u w:val="none"/></w:rPr>' : '') +
            '</w:lvl>',
        );
      }
      abstracts.push(`<w:abstractNum w:abstractNumId="${numId - 1}"><w:multiLevelType w:val="hybridMultilevel"/>${levels.join('')}</w:abstractNum>`);
      nums.push(`<w:num w:numId="${numId}"><w:abstractNumId w:val="${numId - 1}"/></w:num>`);
    }
    return `${XML_HEAD}<w:numbering xmlns:w="${W_NS}">${abstracts.join('')}${nums.join('')}</w:numbering>`;
  }
}

function levelFormat(glyph: GlyphTypeName, level: number): { fmt: string; text: string } {
  const n = `%${level + 1}.`;
  switch (glyph) {
    case 'BULLET': return { fmt: 'bullet', text: '●' };
    case 'HOLLOW_BULLET': return { fmt: 'bullet', text: '○' };
    case 'SQUARE_BULLET': return { fmt: 'bullet', text: '■' };
    case 'NUMBER': return { fmt: 'decimal', text: n };
    case 'LATIN_UPPER': return { fmt: 'upperLetter', text: n };
    case 'LATIN_LOWER': return { fmt: 'lowerLetter', text: n };
    case 'ROMAN_UPPER': return { fmt: 'upperRoman', text: n };
    case 'ROMAN_LOWER': return { fmt: 'lowerRoman', text: n };
  }
}

/** Run properties for explicitly set attributes (unset ones inherit the paragraph style and document defaults). */
export function runProperties(s: TextStyle, link = false): string {
  const p: string[] = [];
  if (link) p.push('<w:rStyle w:val="Hyperlink"/>');
  if (s.fontFamily) {
    const f = xmlEscape(s.fontFamily);
    p.push(`<w:rFonts w:ascii="${f}" w:hAnsi="${f}" w:eastAsia="${f}" w:cs="${f}"/>`);
  }
  if (s.bold !== undefined) p.push(s.bold ? '<w:b/><w:bCs/>' : '<w:b w:val="0"/><w:bCs w:val="0"/>');
  if (s.italic !== undefined) p.push(s.italic ? '<w:i/><w:iCs/>' : '<w:i w:val="0"/><w:iCs w:val="0"/>');
  if (s.strikethrough !== undefined) p.push(s.strikethrough ? '<w:strike/>' : '<w:strike w:val="0"/>');
  if (s.foregroundColor) p.push(`<w:color w:val="${hex(s.foregroundColor)}"/>`);
  if (s.fontSize !== undefined) {
    const hp = Math.max(1, Math.round(s.fontSize * 2));
    p.push(`<w:sz w:val="${hp}"/><w:szCs w:val="${hp}"/>`);
  }
  if (s.underline !== undefined) p.push(`<w:u w:val="${s.underline ? 'single' : 'none'}"/>`);
  if (s.backgroundColor) p.push(`<w:shd w:val="clear" w:color="auto" w:fill="${hex(s.backgroundColor)}"/>`);
  if (s.textAlignment === 'SUPERSCRIPT') p.push('<w:vertAlign w:val="superscript"/>');
  if (s.textAlignment === 'SUBSCRIPT') p.push('<w:vertAlign w:val="subscript"/>');
  return p.length ? `<w:rPr>${p.join('')}</w:rPr>` : '';
}

/** Text content of a run: "\r" (a line break in a paragraph) becomes <w:br/>, tabs <w:tab/>. */
function runText(text: string): string {
  const out: string[] = [];
  for (const piece of text.split(/(\r|\t|\u000b)/)) {
    if (piece === '\r' || piece === '\u000b') out.push('<w:br/>');
    else if (piece === '\t') out.push('<w:tab/>');
    else if (piece) out.push(`<w:t xml:space="preserve">${xmlEscape(piece)}</w:t>`);
  }
  return out.join('');
}

function sameRun(a: TextStyle, b: TextStyle): boolean {
  return (
    a === b ||
    (a.bold === b.bold && a.italic === b.italic && a.underline === b.underline && a.strikethrough === b.strikethrough &&
      a.fontFamily === b.fontFamily && a.fontSize === b.fontSize && a.foregroundColor === b.foregroundColor &&
      a.backgroundColor === b.backgroundColor && a.linkUrl === b.linkUrl && a.textAlignment === b.textAlignment)
  );
}

/** Consecutive characters with equal attributes, as runs. */
export function textRuns(node: FakeText): { text: string; style: TextStyle }[] {
  const text = node._str();
  const styles = node._charStyles();
  const runs: { text: string; style: TextStyle }[] = [];
  let start = 0;
  for (let i = 1; i <= text.length; i++) {
    if (i === text.length || !sameRun(styles[i], styles[start])) {
      runs.push({ text: text.slice(start, i), style: styles[start] });
      start = i;
    }
  }
  return runs;
}

interface PartContext {
  rels: Rels;
  numbering: Numbering;
}

class DocxRenderer {
  paragraph(p: FakeParagraph, part: PartContext): string {
    const pPr: string[] = [];
    const st = p.style;
    const heading = st.heading && st.heading !== 'NORMAL' ? HEADING_STYLES[st.heading] : undefined;
    if (heading) pPr.push(`<w:pStyle w:val="${heading.id}"/>`);
    const isItem = p instanceof FakeListItem;
    if (isItem) pPr.push(`<w:numPr><w:ilvl w:val="${p.nestingLevel}"/><w:numId w:val="${part.numbering.numId(p)}"/></w:numPr>`);
    if (p._inline().some((c) => c instanceof FakeHorizontalRule)) {
      pPr.push('<w:pBdr><w:bottom w:val="single" w:sz="6" w:space="1" w:color="auto"/></w:pBdr>');
    }
    if (st.leftToRight === false) pPr.push('<w:bidi/>');
    const spacing: string[] = [];
    if (st.spacingBefore !== undefined) spacing.push(`w:before="${twips(st.spacingBefore)}"`);
    if (st.spacingAfter !== undefined) spacing.push(`w:after="${twips(st.spacingAfter)}"`);
    if (st.lineSpacing !== undefined) spacing.push(`w:line="${Math.round(240 * st.lineSpacing)}" w:lineRule="auto"`);
    if (spacing.length) pPr.push(`<w:spacing ${spacing.join(' ')}/>`);
    // Docs measures the first line's indent from the margin, Word from the paragraph's start indent.
    if (st.indentStart !== undefined || st.indentEnd !== undefined || st.indentFirstLine !== undefined || isItem) {
      const start = p._effective('indentStart') ?? 0;
      const first = p._effective('indentFirstLine') ?? 0;
      const ind = [`w:left="${twips(start)}"`];
      if (st.indentEnd !== undefined) ind.push(`w:right="${twips(st.indentEnd)}"`);
      const rel = first - start;
      ind.push(rel >= 0 ? `w:firstLine="${twips(rel)}"` : `w:hanging="${twips(-rel)}"`);
      pPr.push(`<w:ind ${ind.join(' ')}/>`);
    }
    if (st.alignment) pPr.push(`<w:jc w:val="${({ LEFT: 'left', CENTER: 'center', RIGHT: 'right', JUSTIFY: 'both' } as const)[st.alignment]}"/>`);
    const mark = runProperties(p._mark());
    if (mark) pPr.push(mark);

    const body: string[] = [];
    let link: { url: string; runs: string[] } | null = null;
    const flush = () => {
      if (link) {
        const id = part.rels.add(`${REL}/hyperlink`, link.url, true);
        body.push(`<w:hyperlink r:id="${id}" w:history="1">${link.runs.join('')}</w:hyperlink>`);
        link = null;
      }
    };
    for (const child of p._inline()) {
      if (child instanceof FakePageBreak) {
        flush();
        body.push('<w:r><w:br w:type="page"/></w:r>');
      } else if (child instanceof FakeText) {
        for (const run of textRuns(child)) {
          const xml = `<w:r>${runProperties(run.style, !!run.style.linkUrl)}${runText(run.text)}</w:r>`;
          if (run.style.linkUrl) {
            if (link && link.url !== run.style.linkUrl) flush();
            link ??= { url: run.style.linkUrl, runs: [] };
            link.runs.push(xml);
          } else {
            flush();
            body.push(xml);
          }
        }
      }
    }
    flush();
    return `<w:p>${pPr.length ? `<w:pPr>${pPr.join('')}</w:pPr>` : ''}${body.join('')}</w:p>`;
  }

  /** Grid column widths in points: set widths, others an even share of the available width (Docs' new-table layout). */
  columnWidths(t: FakeTable, available: number): number[] {
    const n = t._numColumns();
    return Array.from({ length: n }, (_, i) => t.columnWidths[i] ?? available / Math.max(1, n));
  }

  table(t: FakeTable, available: number, part: PartContext): string {
    const widths = this.columnWidths(t, available);
    const total = widths.reduce((a, b) => a + b, 0);
    const bw = t.borderWidth ?? 1;
    const bc = t.borderColor ? hex(t.borderColor) : '000000';
    const border = (side: string) =>
      bw === 0
        ? `<w:${side} w:val="nil"/>`
        : `<w:${side} w:val="single" w:sz="${Math.min(96, Math.max(2, Math.round(bw * 8)))}" w:space="0" w:color="${bc}"/>`;
    const pad = twips(DEFAULT_CELL_PADDING);
    const tblPr =
      `<w:tblPr><w:tblW w:w="${twips(total)}" w:type="dxa"/>` +
      `<w:tblBorders>${['top', 'left', 'bottom', 'right', 'insideH', 'insideV'].map(border).join('')}</w:tblBorders>` +
      '<w:tblLayout w:type="fixed"/>' +
      `<w:tblCellMar><w:top w:w="${pad}" w:type="dxa"/><w:left w:w="${pad}" w:type="dxa"/><w:bottom w:w="${pad}" w:type="dxa"/><w:right w:w="${pad}" w:type="dxa"/></w:tblCellMar>` +
      '<w:tblLook w:val="0600" w:firstRow="0" w:lastRow="0" w:firstColumn="0" w:lastColumn="0" w:noHBand="1" w:noVBand="1"/></w:tblPr>';
    const grid = `<w:tblGrid>${widths.map((w) => `<w:gridCol w:w="${twips(w)}"/>`).join('')}</w:tblGrid>`;
    const rows = t._rows().map((row) => {
      const trPr = row.minimumHeight ? `<w:trPr><w:trHeight w:val="${twips(row.minimumHeight)}" w:hRule="atLeast"/></w:trPr>` : '';
      let col = 0;
      const cells = row._cells().map((cell) => {
        const span = cell.colSpan;
        const gridWidth = widths.slice(col, col + span).reduce((a, b) => a + b, 0);
        col += span;
        return this.cell(cell, cell.cellStyle.width ?? gridWidth, span, part);
      });
      return `<w:tr>${trPr}${cells.join('')}</w:tr>`;
    });
    return `<w:tbl>${tblPr}${grid}${rows.join('')}</w:tbl>`;
  }

  cell(cell: FakeTableCell, width: number, span: number, part: PartContext): string {
    const s = cell.cellStyle;
    const tcPr: string[] = [`<w:tcW w:w="${twips(width)}" w:type="dxa"/>`];
    if (span > 1) tcPr.push(`<w:gridSpan w:val="${span}"/>`);
    if (s.backgroundColor) tcPr.push(`<w:shd w:val="clear" w:color="auto" w:fill="${hex(s.backgroundColor)}"/>`);
    const pads: [string, number | undefined][] = [['top', s.paddingTop], ['left', s.paddingLeft], ['bottom', s.paddingBottom], ['right', s.paddingRight]];
    if (pads.some(([, v]) => v !== undefined)) {
      tcPr.push(`<w:tcMar>${pads.filter(([, v]) => v !== undefined).map(([side, v]) => `<w:${side} w:w="${twips(v as number)}" w:type="dxa"/>`).join('')}</w:tcMar>`);
    }
    if (s.verticalAlignment) tcPr.push(`<w:vAlign w:val="${({ TOP: 'top', CENTER: 'center', BOTTOM: 'bottom' } as const)[s.verticalAlignment]}"/>`);
    const inner = width - (s.paddingLeft ?? DEFAULT_CELL_PADDING) - (s.paddingRight ?? DEFAULT_CELL_PADDING);
    let content = this.blocks(cell, inner, part);
    const last = cell._children[cell._children.length - 1];
    if (!last || !(last instanceof FakeParagraph)) content += '<w:p/>';
    return `<w:tc><w:tcPr>${tcPr.join('')}</w:tcPr>${content}</w:tc>`;
  }

  blocks(container: BlockContainer, available: number, part: PartContext): string {
    return container._children
      .map((c: DocElement) =>
        c instanceof FakeParagraph ? this.paragraph(c, part) : c instanceof FakeTable ? this.table(c, available, part) : '',
      )
      .join('');
  }
}

function stylesXml(defaults: TextStyle): string {
  const font = xmlEscape(defaults.fontFamily ?? GOOGLE_DEFAULT_FONT);
  const size = Math.round((defaults.fontSize ?? GOOGLE_DEFAULT_SIZE) * 2);
  const extra = runProperties({ ...defaults, fontFamily: undefined, fontSize: undefined }).replace(/^<w:rPr>|<\/w:rPr>$/g, '');
  const headings = Object.values(HEADING_STYLES)
    .map((h) => {
      const color = h.color ? `<w:color w:val="${h.color}"/>` : '';
      const italic = h.italic ? '<w:i/><w:iCs/>' : '';
      const outline = h.outline !== undefined ? `<w:outlineLvl w:val="${h.outline}"/>` : '';
      return (
        `<w:style w:type="paragraph" w:styleId="${h.id}"><w:name w:val="${h.name}"/><w:basedOn w:val="Normal"/>` +
        `<w:next w:val="Normal"/><w:qFormat/><w:pPr><w:keepNext/><w:keepLines/>` +
        `<w:spacing w:before="${twips(h.before)}" w:after="${twips(h.after)}"/>${outline}</w:pPr>` +
        `<w:rPr>${italic}${color}<w:sz w:val="${h.size * 2}"/><w:szCs w:val="${h.size * 2}"/></w:rPr></w:style>`
      );
    })
    .join('');
  return (
    `${XML_HEAD}<w:styles xmlns:w="${W_NS}">` +
    `<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="${font}" w:hAnsi="${font}" w:eastAsia="${font}" w:cs="${font}"/>` +
    `${extra}<w:sz w:val="${size}"/><w:szCs w:val="${size}"/><w:lang w:val="vi-VN" w:eastAsia="en-US" w:bidi="ar-SA"/></w:rPr></w:rPrDefault>` +
    `<w:pPrDefault><w:pPr><w:spacing w:before="0" w:after="0" w:line="${Math.round(240 * GOOGLE_LINE_SPACING)}" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults>` +
    '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style>' +
    headings +
    '<w:style w:type="character" w:default="1" w:styleId="DefaultParagraphFont"><w:name w:val="Default Paragraph Font"/><w:uiPriority w:val="1"/><w:semiHidden/></w:style>' +
    '<w:style w:type="character" w:styleId="Hyperlink"><w:name w:val="Hyperlink"/><w:rPr><w:color w:val="1155CC"/><w:u w:val="single"/></w:rPr></w:style>' +
    '<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/><w:tblPr><w:tblInd w:w="0" w:type="dxa"/>' +
    '<w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>' +
    '</w:styles>'
  );
}

const CONTENT = 'application/vnd.openxmlformats-officedocument.wordprocessingml';

/** The parts of the .docx package (paths and XML text), in package order. */
export function docxParts(doc: FakeDocument): ZipEntry[] {
  const numbering = new Numbering();
  const renderer = new DocxRenderer();
  const page = doc.body.page;
  const available = page.pageWidth - page.marginLeft - page.marginRight;
  const docRels = new Rels('rId');
  docRels.add(`${REL}/styles`, 'styles.xml');
  docRels.add(`${REL}/settings`, 'settings.xml');
  const parts: ZipEntry[] = [];
  const overrides: string[] = [
    `<Override PartName="/word/document.xml" ContentType="${CONTENT}.document.main+xml"/>`,
    `<Override PartName="/word/styles.xml" ContentType="${CONTENT}.styles+xml"/>`,
    `<Override PartName="/word/settings.xml" ContentType="${CONTENT}.settings+xml"/>`,
    '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>',
    '<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>',
  ];

  const sectionRefs: string[] = [];
  for (const [kind, section] of [['header', doc.header], ['footer', doc.footer]] as const) {
    if (!section) continue;
    const rels = new Rels('rId');
    const tag = kind === 'header' ? 'hdr' : 'ftr';
    const xml = `${XML_HEAD}<w:${tag} xmlns:w="${W_NS}" xmlns:r="${R_NS}">${renderer.blocks(section, available, { rels, numbering })}</w:${tag}>`;
    parts.push({ path: `word/${kind}1.xml`, data: xml });
    if (rels.size) parts.push({ path: `word/_rels/${kind}1.xml.rels`, data: rels.xml() });
    const id = docRels.add(`${REL}/${kind}`, `${kind}1.xml`);
    sectionRefs.push(`<w:${kind}Reference w:type="default" r:id="${id}"/>`);
    overrides.push(`<Override PartName="/word/${kind}1.xml" ContentType="${CONTENT}.${kind}+xml"/>`);
  }

  const body = renderer.blocks(doc.body, available, { rels: docRels, numbering });
  const landscape = page.pageWidth > page.pageHeight ? ' w:orient="landscape"' : '';
  const sectPr =
    `<w:sectPr>${sectionRefs.join('')}<w:pgSz w:w="${twips(page.pageWidth)}" w:h="${twips(page.pageHeight)}"${landscape}/>` +
    `<w:pgMar w:top="${twips(page.marginTop)}" w:right="${twips(page.marginRight)}" w:bottom="${twips(page.marginBottom)}" ` +
    `w:left="${twips(page.marginLeft)}" w:header="${twips(HEADER_DISTANCE)}" w:footer="${twips(HEADER_DISTANCE)}" w:gutter="0"/></w:sectPr>`;
  const documentXml = `${XML_HEAD}<w:document xmlns:w="${W_NS}" xmlns:r="${R_NS}"><w:body>${body}${sectPr}</w:body></w:document>`;

  if (!numbering.empty) {
    docRels.add(`${REL}/numbering`, 'numbering.xml');
    parts.push({ path: 'word/numbering.xml', data: numbering.xml() });
    overrides.push(`<Override PartName="/word/numbering.xml" ContentType="${CONTENT}.numbering+xml"/>`);
  }

  const contentTypes =
    `${XML_HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
    `<Default Extension="xml" ContentType="application/xml"/>${overrides.join('')}</Types>`;
  const rootRels =
    `${XML_HEAD}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
    `<Relationship Id="rId1" Type="${REL}/officeDocument" Target="word/document.xml"/>` +
    '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>' +
    `<Relationship Id="rId3" Type="${REL}/extended-properties" Target="docProps/app.xml"/></Relationships>`;
  const core =
    `${XML_HEAD}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" ` +
    'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">' +
    `<dc:title>${xmlEscape(doc.name)}</dc:title></cp:coreProperties>`;
  const app =
    `${XML_HEAD}<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties">` +
    '<Application>DVHT offline DocumentApp</Application></Properties>';
  const settings =
    `${XML_HEAD}<w:settings xmlns:w="${W_NS}"><w:defaultTabStop w:val="720"/><w:characterSpacingControl w:val="doNotCompress"/>` +
    '<w:compat><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat></w:settings>';

  return [
    { path: '[Content_Types].xml', data: contentTypes },
    { path: '_rels/.rels', data: rootRels },
    { path: 'docProps/core.xml', data: core },
    { path: 'docProps/app.xml', data: app },
    { path: 'word/document.xml', data: documentXml },
    { path: 'word/styles.xml', data: stylesXml(doc.body.defaults) },
    { path: 'word/settings.xml', data: settings },
    ...parts,
    { path: 'word/_rels/document.xml.rels', data: docRels.xml() },
  ];
}

/** The document as .docx bytes (synchronous: Document.getAs needs it inside a script call). */
export function buildDocx(doc: FakeDocument): Buffer {
  return zipEntries(docxParts(doc));
}
