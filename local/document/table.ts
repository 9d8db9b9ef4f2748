// Table, TableRow and TableCell: rows of cells holding paragraphs, with borders, column widths, padding, alignment.
import { gasError } from '../services/support';
import { checkChildIndex, color, int, isNumber, signatureError } from './args';
import { BlockContainer, TableLike, tableFactory } from './container';
import type { DocContext } from './context';
import { ParentElement } from './element';
import { VerticalAlignment, VerticalAlignmentName, memberOf } from './enums';
import { FakeParagraph } from './paragraph';
import { CellStyle, ParsedAttributes, attributeMap, hasKeys, parseAttributes, textAttributes, uniformStyle } from './style';
import { TextLine, TextView } from './text';

type GTable = GoogleAppsScript.Document.Table;
type GRow = GoogleAppsScript.Document.TableRow;
type GCell = GoogleAppsScript.Document.TableCell;

/** Text and paragraph parts of an attribute map go to every paragraph inside (tables and rows keep none). */
function applyToParagraphs(paragraphs: FakeParagraph[], parsed: ParsedAttributes): void {
  if (hasKeys(parsed.text)) for (const p of paragraphs) p._patchText(parsed.text);
  if (hasKeys(parsed.paragraph)) for (const p of paragraphs) p._setAttributesParsed(parsed);
}

function replaceIn(paragraphs: FakeParagraph[], searchPattern: string, replacement: string): void {
  let re: RegExp;
  try {
    re = new RegExp(searchPattern, 'g');
  } catch {
    throw gasError('Invalid argument: searchPattern');
  }
  for (const p of paragraphs) for (const t of p._texts()) t._replace(re, replacement);
}

export class FakeTableCell extends BlockContainer
  implements Pick<GCell, 'getColSpan' | 'getRowSpan' | 'getBackgroundColor' | 'getWidth' | 'getPaddingTop'>
{
  readonly cls = 'TableCell';
  readonly typeName = 'TABLE_CELL' as const;
  protected readonly isSection = false;
  readonly cellStyle: CellStyle = {};
  /** Grid columns this cell covers (merge() with the cell before adds them up). */
  colSpan = 1;
  rowSpan = 1;

  constructor(ctx: DocContext, text: string | null = '') {
    super(ctx);
    if (text !== null) this._appendChild(new FakeParagraph(ctx, text));
  }

  _clone(): FakeTableCell {
    const c = new FakeTableCell(this.ctx, null);
    Object.assign(c.cellStyle, this.cellStyle);
    c.colSpan = this.colSpan;
    c.rowSpan = this.rowSpan;
    for (const ch of this._children) c._appendChild(ch._clone());
    return c;
  }

  protected ownAttributes(parsed: ParsedAttributes): void {
    const style = this.cellStyle as Record<string, unknown>;
    for (const [k, v] of Object.entries(parsed.cell)) {
      if (v === undefined) continue;
      if (v === null) delete style[k];
      else style[k] = v;
    }
    // BACKGROUND_COLOR on a cell is the cell's shading, not a text highlight.
    delete parsed.text.backgroundColor;
  }

  protected ownAttributeValues(): Record<string, unknown> {
    const s = this.cellStyle;
    return {
      WIDTH: s.width, BACKGROUND_COLOR: s.backgroundColor,
      VERTICAL_ALIGNMENT: s.verticalAlignment ? VerticalAlignment[s.verticalAlignment] : null,
      PADDING_TOP: s.paddingTop, PADDING_BOTTOM: s.paddingBottom, PADDING_LEFT: s.paddingLeft, PADDING_RIGHT: s.paddingRight,
    };
  }

  _row(): FakeTableRow | null {
    return this.parent instanceof FakeTableRow ? this.parent : null;
  }

  private set<K extends keyof CellStyle>(method: string, key: K, value: CellStyle[K] | null): this {
    this.c(method);
    this._mut();
    const style = this.cellStyle as Record<string, unknown>;
    if (value === null) delete style[key];
    else style[key] = value;
    return this;
  }

  private pointsArg(method: string, args: ArrayLike<unknown>): number | null {
    const v = args[0];
    if (v === null) return null;
    if (!isNumber(v)) {
      this.c(method);
      throw signatureError(`TableCell.${method}`, args);
    }
    if (v < 0) {
      this.c(method);
      throw gasError(`Invalid argument: ${method.replace(/^set/, '').replace(/^./, (x) => x.toLowerCase())}`);
    }
    return v;
  }

  getParentRow(): GRow {
    this.c('getParentRow');
    return this.g(this._row());
  }

  getParentTable(): GTable {
    this.c('getParentTable');
    return this.g(this._row()?._table() ?? null);
  }

  getColSpan(): number {
    this.c('getColSpan');
    return this.colSpan;
  }

  getRowSpan(): number {
    this.c('getRowSpan');
    return this.rowSpan;
  }

  getBackgroundColor(): string {
    this.c('getBackgroundColor');
    return this.cellStyle.backgroundColor ?? (null as unknown as string);
  }

  setBackgroundColor(color_: string): GCell {
    if (color_ !== null && typeof color_ !== 'string') {
      this.c('setBackgroundColor');
      throw signatureError('TableCell.setBackgroundColor', arguments);
    }
    return this.g(this.set('setBackgroundColor', 'backgroundColor', color(color_, 'color')));
  }

  getVerticalAlignment(): GoogleAppsScript.Document.VerticalAlignment {
    this.c('getVerticalAlignment');
    const v = this.cellStyle.verticalAlignment;
    return (v ? VerticalAlignment[v] : null) as unknown as GoogleAppsScript.Document.VerticalAlignment;
  }

  setVerticalAlignment(alignment: GoogleAppsScript.Document.VerticalAlignment): GCell {
    const m = alignment === null ? null : memberOf<VerticalAlignmentName>(VerticalAlignment, alignment);
    if (m === undefined) {
      this.c('setVerticalAlignment');
      throw signatureError('TableCell.setVerticalAlignment', arguments);
    }
    return this.g(this.set('setVerticalAlignment', 'verticalAlignment', m));
  }

  /** The cell's own width, else its column's width, else null (columns share the page width evenly). */
  getWidth(): number {
    this.c('getWidth');
    if (this.cellStyle.width !== undefined) return this.cellStyle.width;
    const row = this._row();
    const table = row?._table();
    if (!row || !table) return null as unknown as number;
    return (table.columnWidths[row._gridColumn(this)] ?? null) as number;
  }

  setWidth(_width: number): GCell { return this.g(this.set('setWidth', 'width', this.pointsArg('setWidth', arguments))); }
  getPaddingTop(): number { this.c('getPaddingTop'); return (this.cellStyle.paddingTop ?? null) as number; }
  getPaddingBottom(): number { this.c('getPaddingBottom'); return (this.cellStyle.paddingBottom ?? null) as number; }
  getPaddingLeft(): number { this.c('getPaddingLeft'); return (this.cellStyle.paddingLeft ?? null) as number; }
  getPaddingRight(): number { this.c('getPaddingRight'); return (this.cellStyle.paddingRight ?? null) as number; }
  setPaddingTop(_p: number): GCell { return this.g(this.set('setPaddingTop', 'paddingTop', this.pointsArg('setPaddingTop', arguments))); }
  setPaddingBottom(_p: number): GCell {
    return this.g(this.set('setPaddingBottom', 'paddingBottom', this.pointsArg('setPaddingBottom', arguments)));
  }
  setPaddingLeft(_p: number): GCell { return this.g(this.set('setPaddingLeft', 'paddingLeft', this.pointsArg('setPaddingLeft', arguments))); }
  setPaddingRight(_p: number): GCell {
    return this.g(this.set('setPaddingRight', 'paddingRight', this.pointsArg('setPaddingRight', arguments)));
  }

  /**
   * Merges this cell into the cell before it in the row (TableCell.merge: "merges the element with the preceding
   * sibling of the same type"): that cell spans both grid columns and receives this cell's content unless it is a
   * single empty paragraph. The preceding cell is returned.
   */
  merge(): GCell {
    this.c('merge');
    const prev = this.sibling(-1);
    if (!(prev instanceof FakeTableCell)) {
      throw gasError('Element does not have a previous sibling of the same type to merge with.');
    }
    this._mut();
    const onlyEmpty = this._children.length === 1 && this._children[0] instanceof FakeParagraph && this._text() === '';
    if (!onlyEmpty) {
      for (const ch of [...this._children]) {
        ParentElement.prototype._removeChild.call(this, ch);
        prev._appendChild(ch);
      }
    }
    prev.colSpan += this.colSpan;
    this.parent?._removeChild(this);
    return this.g(prev);
  }
}

export class FakeTableRow extends ParentElement implements Pick<GRow, 'getNumCells' | 'getMinimumHeight'> {
  readonly cls = 'TableRow';
  readonly typeName = 'TABLE_ROW' as const;
  minimumHeight: number | null = null;

  _cells(): FakeTableCell[] {
    return this._children as FakeTableCell[];
  }

  _table(): FakeTable | null {
    return this.parent instanceof FakeTable ? this.parent : null;
  }

  /** The first grid column a cell occupies (merged cells span several). */
  _gridColumn(cell: FakeTableCell): number {
    let col = 0;
    for (const c of this._cells()) {
      if (c === cell) return col;
      col += c.colSpan;
    }
    return col;
  }

  _lines(): TextLine[] {
    return this._cells().flatMap((c) => c._lines());
  }

  _paragraphs(): FakeParagraph[] {
    return this._cells().flatMap((c) => c._paragraphs());
  }

  _text(): string {
    return this._cells().map((c) => c._text()).join('\n');
  }

  _clone(): FakeTableRow {
    const r = new FakeTableRow(this.ctx);
    r.minimumHeight = this.minimumHeight;
    for (const c of this._cells()) r._appendChild(c._clone());
    return r;
  }

  _getAttributes(): Record<string, unknown> {
    return attributeMap({ MINIMUM_HEIGHT: this.minimumHeight });
  }

  _setAttributes(attrs: unknown, args: ArrayLike<unknown>): void {
    const parsed = parseAttributes(attrs, 'TableRow.setAttributes', args);
    this._mut();
    if (parsed.row.minimumHeight !== undefined) this.minimumHeight = parsed.row.minimumHeight;
    applyToParagraphs(this._paragraphs(), parsed);
  }

  private cellArg(value: unknown, method: string, args: ArrayLike<unknown>): FakeTableCell {
    if (value === undefined || value === null) return new FakeTableCell(this.ctx, '');
    if (typeof value === 'string') return new FakeTableCell(this.ctx, value);
    if (value instanceof FakeTableCell) return value;
    throw signatureError(`TableRow.${method}`, args);
  }

  appendTableCell(textContentsOrCell?: string | GCell | null): GCell {
    this.c('appendTableCell');
    this._mut();
    const cell = this.cellArg(textContentsOrCell, 'appendTableCell', arguments);
    this._appendChild(cell);
    return this.g(cell);
  }

  insertTableCell(childIndex: number, textContentsOrCell?: string | GCell | null): GCell {
    this.c('insertTableCell');
    const i = int(childIndex, 'TableRow.insertTableCell', arguments);
    this._mut();
    checkChildIndex(i, this._children.length, true);
    const cell = this.cellArg(textContentsOrCell, 'insertTableCell', arguments);
    this._insertChild(i, cell);
    return this.g(cell);
  }

  getCell(cellIndex: number): GCell {
    this.c('getCell');
    const i = int(cellIndex, 'TableRow.getCell', arguments);
    checkChildIndex(i, this._children.length, false);
    return this.g(this._children[i]);
  }

  getNumCells(): number {
    this.c('getNumCells');
    return this._children.length;
  }

  removeCell(cellIndex: number): GCell {
    this.c('removeCell');
    const i = int(cellIndex, 'TableRow.removeCell', arguments);
    checkChildIndex(i, this._children.length, false);
    this._mut();
    const cell = this._children[i];
    this._removeChild(cell);
    return this.g(cell);
  }

  getParentTable(): GTable {
    this.c('getParentTable');
    return this.g(this._table());
  }

  getMinimumHeight(): number {
    this.c('getMinimumHeight');
    return this.minimumHeight as number;
  }

  setMinimumHeight(minHeight: number): GRow {
    this.c('setMinimumHeight');
    if (minHeight !== null && !isNumber(minHeight)) throw signatureError('TableRow.setMinimumHeight', arguments);
    if (minHeight !== null && minHeight < 0) throw gasError('Invalid argument: minHeight');
    this._mut();
    this.minimumHeight = minHeight;
    return this.g(this);
  }

  clear(): GRow {
    this.c('clear');
    this._mut();
    for (const cell of this._cells()) cell._setText('');
    return this.g(this);
  }

  editAsText(): GoogleAppsScript.Document.Text {
    this.c('editAsText');
    return this.g(new TextView(this.ctx, rowOwner(this)));
  }

  replaceText(searchPattern: string, replacement: string): GoogleAppsScript.Document.Element {
    this.c('replaceText');
    if (typeof searchPattern !== 'string' || typeof replacement !== 'string') throw signatureError('TableRow.replaceText', arguments);
    this._mut();
    replaceIn(this._paragraphs(), searchPattern, replacement);
    return this.g(this);
  }
}

/** A Text view over a row or table: edits inside cells only (no new paragraphs). */
function rowOwner(el: FakeTableRow | FakeTable) {
  return Object.assign(Object.create(el) as typeof el, {
    _singleParagraph: false as const,
    _setText(): void {
      throw gasError('setText() on the Text of a table is not supported by the offline DocumentApp.');
    },
    _appendLines(): void {
      throw gasError('Inserting paragraph breaks in a table is not supported by the offline DocumentApp.');
    },
  });
}

export class FakeTable extends ParentElement implements TableLike, Pick<GTable, 'getNumRows' | 'getBorderWidth' | 'getBorderColor'> {
  readonly cls = 'Table';
  readonly typeName = 'TABLE' as const;
  /** null: Google Docs' default table border (1 pt, black). 0 makes the table borderless. */
  borderWidth: number | null = null;
  borderColor: string | null = null;
  /** Widths in points by grid column; unset columns share what is left of the available width evenly. */
  columnWidths: (number | undefined)[] = [];

  constructor(ctx: DocContext, cells: string[][] | null = null) {
    super(ctx);
    for (const row of cells ?? []) {
      const r = new FakeTableRow(ctx);
      for (const text of row) r._appendChild(new FakeTableCell(ctx, text));
      this._appendChild(r);
    }
  }

  _rows(): FakeTableRow[] {
    return this._children as FakeTableRow[];
  }

  /** Grid columns: the widest row, counting spans. */
  _numColumns(): number {
    return Math.max(0, ...this._rows().map((r) => r._cells().reduce((n, c) => n + c.colSpan, 0)));
  }

  _lines(): TextLine[] {
    return this._rows().flatMap((r) => r._lines());
  }

  _paragraphs(): FakeParagraph[] {
    return this._rows().flatMap((r) => r._paragraphs());
  }

  _text(): string {
    return this._rows().map((r) => r._text()).join('\n');
  }

  _clone(): FakeTable {
    const t = new FakeTable(this.ctx);
    t.borderWidth = this.borderWidth;
    t.borderColor = this.borderColor;
    t.columnWidths = [...this.columnWidths];
    for (const r of this._rows()) t._appendChild(r._clone());
    return t;
  }

  _getAttributes(): Record<string, unknown> {
    const styles = this._paragraphs().flatMap((p) => p._charStyles());
    return attributeMap({
      ...textAttributes(uniformStyle(styles)),
      BORDER_WIDTH: this.borderWidth,
      BORDER_COLOR: this.borderColor,
    });
  }

  _setAttributes(attrs: unknown, args: ArrayLike<unknown>): void {
    const parsed = parseAttributes(attrs, 'Table.setAttributes', args);
    this._mut();
    if (parsed.table.borderWidth !== undefined) this.borderWidth = parsed.table.borderWidth;
    if (parsed.table.borderColor !== undefined) this.borderColor = parsed.table.borderColor;
    applyToParagraphs(this._paragraphs(), parsed);
  }

  private rowArg(value: unknown, method: string, args: ArrayLike<unknown>): FakeTableRow {
    if (value === undefined || value === null) return new FakeTableRow(this.ctx);
    if (value instanceof FakeTableRow) return value;
    throw signatureError(`Table.${method}`, args);
  }

  appendTableRow(tableRow?: GRow): GRow {
    this.c('appendTableRow');
    this._mut();
    const row = this.rowArg(tableRow, 'appendTableRow', arguments);
    this._appendChild(row);
    return this.g(row);
  }

  insertTableRow(childIndex: number, tableRow?: GRow | null): GRow {
    this.c('insertTableRow');
    const i = int(childIndex, 'Table.insertTableRow', arguments);
    this._mut();
    checkChildIndex(i, this._children.length, true);
    const row = this.rowArg(tableRow, 'insertTableRow', arguments);
    this._insertChild(i, row);
    return this.g(row);
  }

  getNumRows(): number {
    this.c('getNumRows');
    return this._children.length;
  }

  getRow(rowIndex: number): GRow {
    this.c('getRow');
    const i = int(rowIndex, 'Table.getRow', arguments);
    checkChildIndex(i, this._children.length, false);
    return this.g(this._children[i]);
  }

  getCell(rowIndex: number, cellIndex: number): GCell {
    this.c('getCell');
    const r = int(rowIndex, 'Table.getCell', arguments);
    const c = int(cellIndex, 'Table.getCell', arguments);
    checkChildIndex(r, this._children.length, false);
    const row = this._rows()[r];
    checkChildIndex(c, row._children.length, false);
    return this.g(row._children[c]);
  }

  removeRow(rowIndex: number): GRow {
    this.c('removeRow');
    const i = int(rowIndex, 'Table.removeRow', arguments);
    checkChildIndex(i, this._children.length, false);
    this._mut();
    const row = this._children[i];
    this._removeChild(row);
    return this.g(row);
  }

  getBorderWidth(): number {
    this.c('getBorderWidth');
    return this.borderWidth as number;
  }

  setBorderWidth(width: number): GTable {
    this.c('setBorderWidth');
    if (!isNumber(width)) throw signatureError('Table.setBorderWidth', arguments);
    if (width < 0) throw gasError('Invalid argument: width');
    this._mut();
    this.borderWidth = width;
    return this.g(this);
  }

  getBorderColor(): string {
    this.c('getBorderColor');
    return this.borderColor as string;
  }

  setBorderColor(color_: string): GTable {
    this.c('setBorderColor');
    if (typeof color_ !== 'string') throw signatureError('Table.setBorderColor', arguments);
    const c = color(color_, 'color');
    this._mut();
    this.borderColor = c;
    return this.g(this);
  }

  /** The width set for a column in points, or null when the column still shares the available width evenly. */
  getColumnWidth(columnIndex: number): number {
    this.c('getColumnWidth');
    const i = int(columnIndex, 'Table.getColumnWidth', arguments);
    const n = this._numColumns();
    if (i < 0 || i >= n) throw gasError(`Column index (${i}) must be less than the number of columns (${n}).`);
    return (this.columnWidths[i] ?? null) as number;
  }

  setColumnWidth(columnIndex: number, width: number): GTable {
    this.c('setColumnWidth');
    const i = int(columnIndex, 'Table.setColumnWidth', arguments);
    if (!isNumber(width)) throw signatureError('Table.setColumnWidth', arguments);
    const n = this._numColumns();
    if (i < 0 || i >= n) throw gasError(`Column index (${i}) must be less than the number of columns (${n}).`);
    if (width < 0) throw gasError('Invalid argument: width');
    this._mut();
    this.columnWidths[i] = width;
    return this.g(this);
  }

  clear(): GTable {
    this.c('clear');
    this._mut();
    for (const row of this._rows()) for (const cell of row._cells()) cell._setText('');
    return this.g(this);
  }

  editAsText(): GoogleAppsScript.Document.Text {
    this.c('editAsText');
    return this.g(new TextView(this.ctx, rowOwner(this)));
  }

  replaceText(searchPattern: string, replacement: string): GoogleAppsScript.Document.Element {
    this.c('replaceText');
    if (typeof searchPattern !== 'string' || typeof replacement !== 'string') throw signatureError('Table.replaceText', arguments);
    this._mut();
    replaceIn(this._paragraphs(), searchPattern, replacement);
    return this.g(this);
  }
}

tableFactory.make = (container, cells) => new FakeTable(container.ctx, cells);
tableFactory.is = (e: unknown): e is TableLike => e instanceof FakeTable;
