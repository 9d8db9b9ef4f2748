// Inspection helpers for tests and tools (not Apps Script surface, never counted): a JSON dump and a plain-text view.
import type { BlockContainer } from './container';
import type { FakeDocument } from './document';
import { FakeHorizontalRule, FakeListItem, FakePageBreak, FakeParagraph } from './paragraph';
import type { CellStyle, ParagraphStyle, TextStyle } from './style';
import { FakeTable } from './table';
import { FakeText } from './text';

export type RunDump = { text: string } & TextStyle;
export type InlineDump = RunDump | { pageBreak: true } | { horizontalRule: true };

export interface ParagraphDump extends ParagraphStyle {
  type: 'PARAGRAPH' | 'LIST_ITEM';
  text: string;
  /** Runs (adjacent equal styles merged across Text elements), page breaks and rules, in order. */
  content: InlineDump[];
  /** Style of the paragraph mark (what an empty paragraph shows), when set. */
  mark?: TextStyle;
  list?: { id: string; level: number; glyph: string };
}

export interface CellDump extends CellStyle {
  text: string;
  colSpan: number;
  blocks: BlockDump[];
}

export interface TableDump {
  type: 'TABLE';
  /** null: Google's default (1 pt black); 0: borderless. */
  borderWidth: number | null;
  borderColor: string | null;
  /** Points by grid column; null where the column shares the width evenly. */
  columnWidths: (number | null)[];
  rows: { minimumHeight: number | null; cells: CellDump[] }[];
}

export type BlockDump = ParagraphDump | TableDump;

export interface DocumentDump {
  id: string;
  name: string;
  closed: boolean;
  page: { width: number; height: number };
  margins: { top: number; bottom: number; left: number; right: number };
  /** Body-level text attributes (the document's default run style). */
  defaults: TextStyle;
  header: BlockDump[] | null;
  footer: BlockDump[] | null;
  body: BlockDump[];
}

function sameStyle(a: TextStyle, b: TextStyle): boolean {
  const ka = Object.keys(a);
  return ka.length === Object.keys(b).length && ka.every((k) => (a as Record<string, unknown>)[k] === (b as Record<string, unknown>)[k]);
}

function dumpParagraph(p: FakeParagraph): ParagraphDump {
  const content: InlineDump[] = [];
  for (const child of p._inline()) {
    if (child instanceof FakePageBreak) content.push({ pageBreak: true });
    else if (child instanceof FakeHorizontalRule) content.push({ horizontalRule: true });
    else if (child instanceof FakeText) {
      const text = child._str();
      const styles = child._charStyles();
      for (let i = 0; i < text.length; i++) {
        const last = content[content.length - 1];
        if (last && 'text' in last && sameStyle(stylePart(last), styles[i])) last.text += text[i];
        else content.push({ text: text[i], ...styles[i] });
      }
    }
  }
  const out: ParagraphDump = { type: p instanceof FakeListItem ? 'LIST_ITEM' : 'PARAGRAPH', text: p._text(), ...p.style, content };
  if (Object.keys(p._mark()).length) out.mark = p._mark();
  if (p instanceof FakeListItem) out.list = { id: p.listId, level: p.nestingLevel, glyph: p._glyph() };
  return out;
}

function stylePart(run: RunDump): TextStyle {
  const { text: _text, ...style } = run;
  return style;
}

function dumpTable(t: FakeTable): TableDump {
  return {
    type: 'TABLE',
    borderWidth: t.borderWidth,
    borderColor: t.borderColor,
    columnWidths: Array.from({ length: t._numColumns() }, (_, i) => t.columnWidths[i] ?? null),
    rows: t._rows().map((r) => ({
      minimumHeight: r.minimumHeight,
      cells: r._cells().map((c) => ({ text: c._text(), colSpan: c.colSpan, ...c.cellStyle, blocks: dumpBlocks(c) })),
    })),
  };
}

export function dumpBlocks(container: BlockContainer): BlockDump[] {
  return container._children.flatMap((c): BlockDump[] =>
    c instanceof FakeParagraph ? [dumpParagraph(c)] : c instanceof FakeTable ? [dumpTable(c)] : [],
  );
}

/** Everything that shapes the rendering, as plain JSON (unset attributes are left out). */
export function dumpDocument(doc: FakeDocument): DocumentDump {
  const p = doc.body.page;
  return {
    id: doc.id,
    name: doc.name,
    closed: doc.closed,
    page: { width: p.pageWidth, height: p.pageHeight },
    margins: { top: p.marginTop, bottom: p.marginBottom, left: p.marginLeft, right: p.marginRight },
    defaults: doc.body.defaults,
    header: doc.header ? dumpBlocks(doc.header) : null,
    footer: doc.footer ? dumpBlocks(doc.footer) : null,
    body: dumpBlocks(doc.body),
  };
}

const BULLETS: Record<string, string> = { BULLET: '●', HOLLOW_BULLET: '○', SQUARE_BULLET: '■' };

function textLines(container: BlockContainer, indent = ''): string[] {
  const lines: string[] = [];
  const counters = new Map<string, number>();
  for (const c of container._children) {
    if (c instanceof FakeParagraph) {
      let prefix = '';
      if (c instanceof FakeListItem) {
        const glyph = c._glyph();
        const key = `${c.listId}/${c.nestingLevel}`;
        const n = (counters.get(key) ?? 0) + 1;
        counters.set(key, n);
        prefix = '  '.repeat(c.nestingLevel) + (BULLETS[glyph] ?? `${n}.`) + ' ';
      }
      let text = '';
      for (const child of c._inline()) {
        if (child instanceof FakeText) text += child._str().replace(/\r/g, '\n' + indent);
        else if (child instanceof FakePageBreak) {
          if (text !== '' || prefix !== '') lines.push(indent + prefix + text);
          lines.push(`${indent}──────── page break ────────`);
          text = '';
          prefix = '';
        } else if (child instanceof FakeHorizontalRule) text += '────────';
      }
      if (text !== '' || prefix !== '' || !c._inline().some((x) => x instanceof FakePageBreak)) lines.push(indent + prefix + text);
    } else if (c instanceof FakeTable) {
      for (const row of c._rows()) {
        lines.push(indent + '| ' + row._cells().map((cell) => textLines(cell).join(' / ')).join(' | ') + ' |');
      }
    }
  }
  return lines;
}

/** A plain-text rendering: one line per paragraph, tables as "| a | b |" rows, page breaks as a rule. */
export function documentText(doc: FakeDocument): string {
  const out: string[] = [];
  if (doc.header) out.push('[header]', ...textLines(doc.header), '[/header]');
  out.push(...textLines(doc.body));
  if (doc.footer) out.push('[footer]', ...textLines(doc.footer), '[/footer]');
  return out.join('\n');
}
