// A pure document model for the dossier: paragraphs of runs, tables, the borderless header and closing blocks,
// page breaks. Builders produce it; the .docx renderer (src/report/docx) and tests read it.

export type Align = 'left' | 'center' | 'right' | 'justify';

export interface Run {
  readonly text: string;
  readonly bold?: boolean;
  readonly italic?: boolean;
  readonly underline?: boolean;
  /** Point size; the paragraph's or document's size when absent. */
  readonly size?: number;
}

export interface Paragraph {
  readonly kind: 'paragraph';
  readonly runs: readonly Run[];
  readonly align?: Align;
  /** First-line indent in points (body text: 1 cm). */
  readonly firstLine?: number;
  readonly indentStart?: number;
  readonly spaceBefore?: number;
  readonly spaceAfter?: number;
  readonly size?: number;
}

export interface Cell {
  readonly paragraphs: readonly Paragraph[];
  /** Horizontal span: this cell covers the next `span - 1` cells of its row, which are left empty. */
  readonly span?: number;
  /**
   * Vertical merge: this cell covers the cells of its column(s) in the next `rowSpan - 1` rows, which are left empty
   * (the .docx renderer merges them with w:vMerge).
   */
  readonly rowSpan?: number;
  /** Vertical alignment of the cell's text (merged cells are centred anyway). */
  readonly vAlign?: 'top' | 'center' | 'bottom';
}

export interface Table {
  readonly kind: 'table';
  /** Column widths in points. */
  readonly widths: readonly number[];
  readonly rows: readonly (readonly Cell[])[];
  /** Header rows (bold, shaded), repeated at the top of every page the table runs onto. */
  readonly headerRows?: number;
  /** Minimum height of the rows below the header, in points (room for a signature). */
  readonly minRowHeight?: number;
  /** Rows are never split across pages (a form's row stays whole). */
  readonly keepRows?: boolean;
  /** Borderless tables lay out the header and closing blocks of administrative documents. */
  readonly borders: boolean;
  readonly size?: number;
}

export interface PageBreak {
  readonly kind: 'pageBreak';
}

export type Block = Paragraph | Table | PageBreak;

export type PartId = 'trangBia' | 'toTrinh' | 'hoiDong' | 'tongHop' | 'vietTat' | 'bienBan' | 'baoCao' | 'minhChung';
/** The receiving authority's documents (src/district/documents.ts). */
export type DistrictPartId = 'toTrinh' | 'thamDinh' | 'tongHop' | 'quyetDinh' | 'baoCaoSo';

export interface Part {
  readonly id: PartId | DistrictPartId;
  /** The part's name as listed for the user ("Báo cáo tự đánh giá"). */
  readonly title: string;
  readonly blocks: readonly Block[];
  /**
   * Page numbers of the part, which the .docx renderer lays out as its own section numbered from 1: 'fromSecond'
   * (the default, NĐ 30/2020 Phụ lục I: centred in the top margin, none on the first page) or 'none'.
   */
  readonly pageNumbers?: 'fromSecond' | 'none';
}

export interface PageSetup {
  /** Points. A4 = 595.28 × 841.89. */
  readonly width: number;
  readonly height: number;
  readonly marginTop: number;
  readonly marginBottom: number;
  readonly marginLeft: number;
  readonly marginRight: number;
  readonly font: string;
  readonly size: number;
  readonly lineSpacing: number;
}

export interface DocumentModel {
  readonly name: string;
  readonly page: PageSetup;
  readonly parts: readonly Part[];
}

const MM = 72 / 25.4;

/** NĐ 30/2020 Phụ lục I: A4 portrait; margins top/bottom 20 mm, left 30 mm, right 15 mm; Times New Roman 13. */
export const ND30_PAGE: PageSetup = {
  width: 595.28,
  height: 841.89,
  marginTop: 20 * MM,
  marginBottom: 20 * MM,
  marginLeft: 30 * MM,
  marginRight: 15 * MM,
  font: 'Times New Roman',
  size: 13,
  lineSpacing: 1.15,
};

/** Usable text width of a page, in points. */
export function textWidth(page: PageSetup): number {
  return page.width - page.marginLeft - page.marginRight;
}

export const FIRST_LINE = 1 * (72 / 2.54); // 1 cm

// Small constructors used by every builder.
export const run = (text: string, style: Omit<Run, 'text'> = {}): Run => ({ text, ...style });
export const bold = (text: string, style: Omit<Run, 'text' | 'bold'> = {}): Run => ({ text, bold: true, ...style });
export const italic = (text: string, style: Omit<Run, 'text' | 'italic'> = {}): Run => ({ text, italic: true, ...style });

/** A justified body paragraph with the first-line indent. */
export function body(...runs: (Run | string)[]): Paragraph {
  return { kind: 'paragraph', runs: runs.map((r) => (typeof r === 'string' ? run(r) : r)), align: 'justify', firstLine: FIRST_LINE, spaceAfter: 6 };
}

export function para(runs: (Run | string)[], opts: Omit<Paragraph, 'kind' | 'runs'> = {}): Paragraph {
  return { kind: 'paragraph', runs: runs.map((r) => (typeof r === 'string' ? run(r) : r)), spaceAfter: 6, ...opts };
}

export function centered(runs: (Run | string)[], opts: Omit<Paragraph, 'kind' | 'runs' | 'align'> = {}): Paragraph {
  return para(runs, { align: 'center', spaceAfter: 0, ...opts });
}

export const pageBreak: PageBreak = { kind: 'pageBreak' };

export function cell(...paragraphs: Paragraph[]): Cell {
  return { paragraphs };
}

/** A cell of one paragraph of text (centred when `align` says so). */
export function textCell(text: string, opts: { bold?: boolean; italic?: boolean; align?: Align; span?: number; rowSpan?: number; vAlign?: Cell['vAlign'] } = {}): Cell {
  const p: Paragraph = { kind: 'paragraph', runs: [run(text, { bold: opts.bold, italic: opts.italic })], align: opts.align ?? 'left', spaceAfter: 0 };
  return {
    paragraphs: [p],
    span: opts.span,
    ...(opts.rowSpan ? { rowSpan: opts.rowSpan } : {}),
    ...(opts.vAlign ? { vAlign: opts.vAlign } : {}),
  };
}

/** All the text of a block, for tests and for collecting abbreviations. */
export function blockText(b: Block): string {
  switch (b.kind) {
    case 'paragraph': return b.runs.map((r) => r.text).join('');
    case 'table': return b.rows.map((r) => r.map((c) => c.paragraphs.map(blockText).join('\n')).join('\t')).join('\n');
    case 'pageBreak': return '';
  }
}

export function partText(p: Part): string {
  return p.blocks.map(blockText).join('\n');
}
