// Block containers (Body, HeaderSection, FooterSection, TableCell): paragraphs, list items, tables, section rules.
import { gasError } from '../services/support';
import { checkChildIndex, int, signatureError } from './args';
import { DocElement, ParentElement } from './element';
import { TextAlignment, TextAlignmentName, memberOf } from './enums';
import { FakeHorizontalRule, FakeListItem, FakeParagraph } from './paragraph';
import { ParsedAttributes, TextStyle, attributeMap, hasKeys, parseAttributes, textAttributes, uniformStyle } from './style';
import { FakeText, TextLine, TextOwner, TextView } from './text';

type GElement = GoogleAppsScript.Document.Element;
type GParagraph = GoogleAppsScript.Document.Paragraph;
type GTable = GoogleAppsScript.Document.Table;
type GListItem = GoogleAppsScript.Document.ListItem;

/** A table, as block containers see it (table.ts registers the constructor: the two modules import each other). */
export interface TableLike extends DocElement {
  _lines(): TextLine[];
  _paragraphs(): FakeParagraph[];
}

export const tableFactory: { make?: (container: BlockContainer, cells: string[][] | null) => TableLike; is?: (e: unknown) => e is TableLike } = {};

function isTable(e: unknown): e is TableLike {
  return tableFactory.is?.(e) ?? false;
}

/** Apps Script's appendTable(cells) takes a String[][]; anything else does not match its signature. */
function cellsArg(cells: unknown, method: string, args: ArrayLike<unknown>): string[][] {
  if (!Array.isArray(cells) || !cells.every((row) => Array.isArray(row) && row.every((v) => typeof v === 'string'))) {
    throw signatureError(method, args);
  }
  const rows = cells as string[][];
  if (rows.some((r) => r.length !== rows[0].length)) throw gasError('Invalid argument: cells (every row must have the same number of cells)');
  return rows;
}

export abstract class BlockContainer extends ParentElement implements TextOwner {
  readonly _singleParagraph = false;
  /** Body, HeaderSection and FooterSection follow the section rules; table cells do not. */
  protected abstract readonly isSection: boolean;

  // --- text plumbing -------------------------------------------------------------------------------------------

  _lines(): TextLine[] {
    return this._children.flatMap((c): TextLine[] => (c instanceof FakeParagraph ? [c] : isTable(c) ? c._lines() : []));
  }

  _text(): string {
    return this._lines().map((l) => l._texts().map((t) => t._str()).join('')).join('\n');
  }

  /** Every paragraph and list item inside, in document order (table cells included). */
  _paragraphs(): FakeParagraph[] {
    return this._children.flatMap((c) => (c instanceof FakeParagraph ? [c] : isTable(c) ? c._paragraphs() : []));
  }

  _setText(text: string): void {
    const first = this._paragraphs()[0];
    const style: TextStyle | undefined = first ? (first._texts()[0]?._firstStyle() ?? first._mark()) : undefined;
    for (const c of [...this._children]) ParentElement.prototype._removeChild.call(this, c);
    for (const line of String(text).split(/\r\n|\n/)) this._appendChild(new FakeParagraph(this.ctx, line, style));
  }

  _appendLines(parts: string[], style: TextStyle): void {
    for (const part of parts) this._appendChild(new FakeParagraph(this.ctx, part, style));
  }

  /** Google Docs never ends a section with a table: an empty paragraph follows it. */
  protected trailingParagraph(): void {
    if (!this.isSection) return;
    const last = this._children[this._children.length - 1];
    if (!last || !(last instanceof FakeParagraph)) this._appendChild(new FakeParagraph(this.ctx));
  }

  _removeChild(child: DocElement): void {
    if (this.isSection && child instanceof FakeParagraph) {
      const i = this._children.indexOf(child);
      const prev = this._children[i - 1];
      if (i === this._children.length - 1 && !(prev instanceof FakeParagraph)) {
        throw gasError("Can't remove the last paragraph in a document section.");
      }
    }
    super._removeChild(child);
  }

  /** Attributes the container itself keeps (margins, cell padding…); text and paragraph ones go to the paragraphs. */
  protected abstract ownAttributes(parsed: ParsedAttributes): void;
  protected abstract ownAttributeValues(): Record<string, unknown>;

  _getAttributes(): Record<string, unknown> {
    const styles = this._paragraphs().flatMap((p) => p._charStyles());
    const own = Object.entries(this.ownAttributeValues()).filter(([, v]) => v !== undefined && v !== null);
    return attributeMap({ ...textAttributes(uniformStyle(styles)), ...Object.fromEntries(own) });
  }

  _setAttributes(attrs: unknown, args: ArrayLike<unknown>): void {
    const parsed = parseAttributes(attrs, `${this.cls}.setAttributes`, args);
    this._mut();
    this.ownAttributes(parsed);
    const paragraphs = this._paragraphs();
    if (hasKeys(parsed.text)) for (const p of paragraphs) p._patchText(parsed.text);
    if (hasKeys(parsed.paragraph)) for (const p of paragraphs) p._setAttributesParsed(parsed);
  }

  // --- insertion ---------------------------------------------------------------------------------------------

  protected insertBlock(index: number, el: DocElement): void {
    checkChildIndex(index, this._children.length, true);
    if (el.parent) throw gasError('Element must be detached.');
    this._insertChild(index, el);
    if (isTable(el)) this.trailingParagraph();
  }

  private paragraphArg(value: unknown, method: string, args: ArrayLike<unknown>): FakeParagraph {
    if (typeof value === 'string') return new FakeParagraph(this.ctx, value);
    if (value instanceof FakeParagraph && !(value instanceof FakeListItem)) return value;
    throw signatureError(`${this.cls}.${method}`, args);
  }

  /** A new list item joins the list of the list item just before it, as consecutive items do in Docs. */
  private listItemArg(value: unknown, index: number, method: string, args: ArrayLike<unknown>): FakeListItem {
    if (value instanceof FakeListItem) return value;
    if (typeof value !== 'string') throw signatureError(`${this.cls}.${method}`, args);
    const prev = this._children[index - 1];
    const listId = prev instanceof FakeListItem ? prev.listId : this.ctx.newListId();
    const item = new FakeListItem(this.ctx, listId, value);
    if (prev instanceof FakeListItem) item.nestingLevel = prev.nestingLevel;
    return item;
  }

  private tableArg(value: unknown, method: string, args: ArrayLike<unknown>): TableLike {
    if (!tableFactory.make) throw new Error('table.ts was not loaded');
    if (value === undefined || value === null) return tableFactory.make(this, null);
    if (isTable(value)) return value;
    return tableFactory.make(this, cellsArg(value, `${this.cls}.${method}`, args));
  }

  appendParagraph(paragraph: string | GParagraph): GParagraph {
    this.c('appendParagraph');
    this._mut();
    const p = this.paragraphArg(paragraph, 'appendParagraph', arguments);
    this.insertBlock(this._children.length, p);
    return this.g(p);
  }

  insertParagraph(childIndex: number, paragraph: string | GParagraph): GParagraph {
    this.c('insertParagraph');
    const i = int(childIndex, `${this.cls}.insertParagraph`, arguments);
    this._mut();
    const p = this.paragraphArg(paragraph, 'insertParagraph', arguments);
    this.insertBlock(i, p);
    return this.g(p);
  }

  appendListItem(listItem: string | GListItem): GListItem {
    this.c('appendListItem');
    this._mut();
    const item = this.listItemArg(listItem, this._children.length, 'appendListItem', arguments);
    this.insertBlock(this._children.length, item);
    return this.g(item);
  }

  insertListItem(childIndex: number, listItem: string | GListItem): GListItem {
    this.c('insertListItem');
    const i = int(childIndex, `${this.cls}.insertListItem`, arguments);
    this._mut();
    const item = this.listItemArg(listItem, i, 'insertListItem', arguments);
    this.insertBlock(i, item);
    return this.g(item);
  }

  /** appendTable() makes an empty table (no rows); appendTable(cells) one cell per string; appendTable(table) attaches a copy's original. */
  appendTable(cellsOrTable?: string[][] | GTable | null): GTable {
    this.c('appendTable');
    this._mut();
    const t = this.tableArg(cellsOrTable, 'appendTable', arguments);
    this.insertBlock(this._children.length, t);
    return this.g(t);
  }

  insertTable(childIndex: number, cellsOrTable?: string[][] | GTable | null): GTable {
    this.c('insertTable');
    const i = int(childIndex, `${this.cls}.insertTable`, arguments);
    this._mut();
    const t = this.tableArg(cellsOrTable, 'insertTable', arguments);
    this.insertBlock(i, t);
    return this.g(t);
  }

  /** A horizontal rule lives in a new paragraph of its own; the rule is returned. */
  appendHorizontalRule(): GoogleAppsScript.Document.HorizontalRule {
    this.c('appendHorizontalRule');
    this._mut();
    const p = new FakeParagraph(this.ctx);
    const hr = new FakeHorizontalRule(this.ctx);
    p._appendChild(hr);
    this.insertBlock(this._children.length, p);
    return this.g(hr);
  }

  insertHorizontalRule(childIndex: number): GoogleAppsScript.Document.HorizontalRule {
    this.c('insertHorizontalRule');
    const i = int(childIndex, `${this.cls}.insertHorizontalRule`, arguments);
    this._mut();
    const p = new FakeParagraph(this.ctx);
    const hr = new FakeHorizontalRule(this.ctx);
    p._appendChild(hr);
    this.insertBlock(i, p);
    return this.g(hr);
  }

  /** Removes everything, leaving one empty paragraph (a section or cell always holds one). */
  clear(): this {
    this.c('clear');
    this._mut();
    for (const c of [...this._children]) ParentElement.prototype._removeChild.call(this, c);
    this._appendChild(new FakeParagraph(this.ctx));
    return this;
  }

  setText(text: string): this {
    this.c('setText');
    if (typeof text !== 'string') throw signatureError(`${this.cls}.setText`, arguments);
    this._mut();
    this._setText(text);
    return this;
  }

  editAsText(): GoogleAppsScript.Document.Text {
    this.c('editAsText');
    return this.g(new TextView(this.ctx, this));
  }

  getParagraphs(): GParagraph[] {
    this.c('getParagraphs');
    return this.ctx.list(this._paragraphs()) as unknown as GParagraph[];
  }

  getListItems(): GListItem[] {
    this.c('getListItems');
    return this.ctx.list(this._paragraphs().filter((p) => p instanceof FakeListItem)) as unknown as GListItem[];
  }

  getTables(): GTable[] {
    this.c('getTables');
    return this.ctx.list(this._descendants().filter(isTable)) as unknown as GTable[];
  }

  replaceText(searchPattern: string, replacement: string): GElement {
    this.c('replaceText');
    if (typeof searchPattern !== 'string' || typeof replacement !== 'string') {
      throw signatureError(`${this.cls}.replaceText`, arguments);
    }
    this._mut();
    let re: RegExp;
    try {
      re = new RegExp(searchPattern, 'g');
    } catch {
      throw gasError('Invalid argument: searchPattern');
    }
    for (const line of this._lines()) for (const t of line._texts()) (t as FakeText)._replace(re, replacement);
    return this.g(this);
  }

  getTextAlignment(): GoogleAppsScript.Document.TextAlignment {
    this.c('getTextAlignment');
    const styles = this._paragraphs().flatMap((p) => p._charStyles());
    const a = uniformStyle(styles).textAlignment;
    return (a ? TextAlignment[a] : null) as unknown as GoogleAppsScript.Document.TextAlignment;
  }

  setTextAlignment(textAlignment: GoogleAppsScript.Document.TextAlignment): this {
    this.c('setTextAlignment');
    const m = memberOf<TextAlignmentName>(TextAlignment, textAlignment);
    if (m === undefined) throw signatureError(`${this.cls}.setTextAlignment`, arguments);
    this._mut();
    for (const p of this._paragraphs()) p._patchText({ textAlignment: m === 'NORMAL' ? null : m });
    return this;
  }
}
