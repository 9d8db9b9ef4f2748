// Renders the pure document model into a new Google Doc with DocumentApp. Calls scale with the number of
// paragraphs, tables and columns of the dossier, never with the number of members: a whole table is one appendTable,
// and attributes are set as maps.
import { Block, Cell, DocumentModel, PageSetup, Paragraph, Run, Table } from '../../report/model';

type Body = GoogleAppsScript.Document.Body;
type Attributes = Record<string, unknown>;

function attrs(entries: [GoogleAppsScript.Document.Attribute, unknown][]): Attributes {
  const out: Attributes = {};
  for (const [k, v] of entries) if (v !== undefined) out[k as unknown as string] = v;
  return out;
}

function alignment(a: Paragraph['align']): GoogleAppsScript.Document.HorizontalAlignment {
  const H = DocumentApp.HorizontalAlignment;
  return a === 'center' ? H.CENTER : a === 'right' ? H.RIGHT : a === 'justify' ? H.JUSTIFY : H.LEFT;
}

function paragraphAttributes(p: Paragraph, page: PageSetup): Attributes {
  const A = DocumentApp.Attribute;
  return attrs([
    [A.HORIZONTAL_ALIGNMENT, alignment(p.align)],
    [A.INDENT_FIRST_LINE, (p.indentStart ?? 0) + (p.firstLine ?? 0)],
    [A.INDENT_START, p.indentStart ?? 0],
    [A.SPACING_BEFORE, p.spaceBefore ?? 0],
    [A.SPACING_AFTER, p.spaceAfter ?? 0],
    [A.LINE_SPACING, page.lineSpacing],
    [A.FONT_SIZE, p.size ?? page.size],
    [A.FONT_FAMILY, page.font],
    [A.BOLD, false],
    [A.ITALIC, false],
  ]);
}

function runAttributes(r: Run): Attributes | null {
  const A = DocumentApp.Attribute;
  const entries: [GoogleAppsScript.Document.Attribute, unknown][] = [];
  if (r.bold) entries.push([A.BOLD, true]);
  if (r.italic) entries.push([A.ITALIC, true]);
  if (r.underline) entries.push([A.UNDERLINE, true]);
  if (r.size) entries.push([A.FONT_SIZE, r.size]);
  return entries.length ? attrs(entries) : null;
}

function textOf(p: Paragraph): string {
  return p.runs.map((r) => r.text).join('');
}

/** The one style all the text of a paragraph shares (a bold heading, an italic gap), or null when runs differ. */
function uniformStyle(p: Paragraph): Attributes | null {
  const styled = p.runs.filter((r) => r.text.length);
  if (!styled.length) return null;
  const key = (r: Run) => JSON.stringify(runAttributes(r));
  return styled.every((r) => key(r) === key(styled[0])) ? runAttributes(styled[0]) : null;
}

/** Paragraph attributes with a uniform run style folded in: one call instead of three. */
function allAttributes(p: Paragraph, page: PageSetup): Attributes {
  return { ...paragraphAttributes(p, page), ...(uniformStyle(p) ?? {}) };
}

/** Styles the runs of a paragraph already holding their text: one call per styled run (none when uniform). */
function styleRuns(target: GoogleAppsScript.Document.Paragraph, p: Paragraph): void {
  if (uniformStyle(p) || p.runs.every((r) => !runAttributes(r))) return;
  let offset = 0;
  let text: GoogleAppsScript.Document.Text | null = null;
  for (const r of p.runs) {
    const a = r.text.length ? runAttributes(r) : null;
    if (a) {
      text = text ?? target.editAsText();
      text.setAttributes(offset, offset + r.text.length - 1, a);
    }
    offset += r.text.length;
  }
}

function renderParagraph(container: { appendParagraph(text: string): GoogleAppsScript.Document.Paragraph }, p: Paragraph, page: PageSetup): void {
  const para = container.appendParagraph(textOf(p));
  para.setAttributes(allAttributes(p, page));
  styleRuns(para, p);
}

function fillCell(cell: GoogleAppsScript.Document.TableCell, c: Cell, page: PageSetup, size: number): void {
  const [first, ...rest] = c.paragraphs;
  if (!first) return;
  const p0 = cell.getChild(0).asParagraph();
  p0.setAttributes(allAttributes({ ...first, size: first.size ?? size, firstLine: 0 }, page));
  styleRuns(p0, first);
  for (const p of rest) renderParagraph(cell, { ...p, size: p.size ?? size, firstLine: 0 }, page);
}

function renderTable(body: Body, t: Table, page: PageSetup): void {
  const size = t.size ?? page.size;
  const table = body.appendTable(t.rows.map((r) => r.map((c) => (c.paragraphs[0] ? textOf(c.paragraphs[0]) : ''))));
  // Text attributes on the table reach every cell, so plain cells need no call of their own.
  table.setAttributes(attrs([[DocumentApp.Attribute.FONT_FAMILY, page.font], [DocumentApp.Attribute.FONT_SIZE, size]]));
  table.setBorderWidth(t.borders ? 0.5 : 0);
  if (t.borders) table.setBorderColor('#000000');
  t.widths.forEach((w, i) => table.setColumnWidth(i, w));
  t.rows.forEach((r, ri) => {
    const header = ri < (t.headerRows ?? 0);
    r.forEach((c, ci) => {
      // Plain one-run, left-aligned cells need nothing more: they take the document's defaults.
      const p = c.paragraphs[0];
      const plain = c.paragraphs.length <= 1 && (!p || (p.align ?? 'left') === 'left' && p.runs.every((x) => !runAttributes(x))) && !header && size === page.size;
      if (plain) return;
      const cell = table.getCell(ri, ci);
      fillCell(cell, c, page, size);
      if (header) cell.setBackgroundColor('#f2f2f2');
    });
    // Spans stay unmerged: DocumentApp has no documented way to merge table cells (TableCell.merge() removes the
    // cell instead), so a spanning label sits in the first cell and the covered cells stay empty.
  });
}

function renderBlock(body: Body, b: Block, page: PageSetup): void {
  switch (b.kind) {
    case 'paragraph': renderParagraph(body, b, page); break;
    case 'table': renderTable(body, b, page); break;
    case 'pageBreak': body.appendPageBreak(); break;
  }
}

/** Creates the document (never reusing one) and writes every part, a page break between parts. */
export function renderDocument(model: DocumentModel, name: string): GoogleAppsScript.Document.Document {
  const doc = DocumentApp.create(name);
  const body = doc.getBody();
  const p = model.page;
  const A = DocumentApp.Attribute;
  body.setAttributes(attrs([
    [A.PAGE_WIDTH, p.width], [A.PAGE_HEIGHT, p.height], [A.MARGIN_TOP, p.marginTop], [A.MARGIN_BOTTOM, p.marginBottom],
    [A.MARGIN_LEFT, p.marginLeft], [A.MARGIN_RIGHT, p.marginRight], [A.FONT_FAMILY, p.font], [A.FONT_SIZE, p.size],
  ]));
  const initial = body.getChild(0);
  model.parts.forEach((part, i) => {
    if (i > 0) body.appendPageBreak();
    for (const b of part.blocks) renderBlock(body, b, p);
  });
  // A new Doc starts with one empty paragraph; the content now follows it, so it can go.
  initial.removeFromParent();
  // One call sets the font of all the text, whatever defaults Docs gave the appended elements.
  body.editAsText().setFontFamily(p.font);
  doc.saveAndClose();
  return doc;
}
