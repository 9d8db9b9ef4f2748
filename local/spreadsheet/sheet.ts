// FakeSheet: one grid of cells (values, formulas, notes, validations, formats) with Apps Script's Sheet methods.
import { ParsedA1, Rect, parseA1 } from './a1';
import type { AppContext } from './context';
import { FakeConditionalFormatRule } from './conditionalFormat';
import { ChartState, FakeEmbeddedChart, FakeEmbeddedChartBuilder, chartsOn, copiedCharts, insertChart, newChartBuilder, removeChart, updateChart } from './charts';
import type { FakeDataValidation } from './dataValidation';
import { FakeDeveloperMetadata, addMetadata } from './developerMetadata';
import { ProtectionType } from './enums';
import { CellFormat, cloneFormat, normalizeColor } from './format';
import { StructuralChange, shiftSpan } from './formulaRefs';
import { DEFAULT_DATE_FORMAT, DEFAULT_DATETIME_FORMAT, wallClockMs } from './numberFormat';
import { FakeProtection } from './protection';
import { FakeRange } from './range';
import type { FakeSpreadsheet } from './spreadsheet';
import { CellValue, normalizeResult, signatureError } from './values';
import { parseEntered } from './userEntered';

type GSheet = GoogleAppsScript.Spreadsheet.Sheet;
type GRange = GoogleAppsScript.Spreadsheet.Range;

/** A rectangle on a given sheet: what named ranges, protections, rules and range validations point at. */
export interface SheetRect {
  sheet: FakeSheet;
  rect: Rect;
}

/** One stored cell. A cell holds either a literal `value` or a `formula` (with its last evaluation cached). */
export interface Cell {
  value?: CellValue;
  formula?: string;
  /** The result stored with the formula in a loaded .xlsx, shown when no evaluator is configured. */
  cached?: CellValue;
  note?: string;
  validation?: FakeDataValidation;
  format?: CellFormat;
  evaluation?: { epoch: number; value: CellValue; error?: string };
}

export const DEFAULT_ROWS = 1000;
export const DEFAULT_COLUMNS = 26;
export const DEFAULT_COLUMN_WIDTH = 100;
export const DEFAULT_ROW_HEIGHT = 21;
const CIRCULAR = 'Circular dependency detected. To resolve with iterative calculation, see File > Settings.';

function hasContent(cell: Cell | undefined): boolean {
  return !!cell && (cell.formula !== undefined || (cell.value !== undefined && cell.value !== ''));
}

export class FakeSheet
  implements
    Pick<
      GSheet,
      | 'getName' | 'setName' | 'getSheetId' | 'getIndex' | 'getParent' | 'getRange' | 'getDataRange' | 'getLastRow'
      | 'getLastColumn' | 'getMaxRows' | 'getMaxColumns' | 'insertRowsAfter' | 'insertRowAfter' | 'insertRowsBefore'
      | 'insertRowBefore' | 'insertColumnsAfter' | 'insertColumnAfter' | 'insertColumnsBefore' | 'insertColumnBefore'
      | 'deleteRows' | 'deleteRow' | 'deleteColumns' | 'deleteColumn' | 'appendRow' | 'setFrozenRows' | 'getFrozenRows'
      | 'setFrozenColumns' | 'getFrozenColumns' | 'setColumnWidth' | 'setColumnWidths' | 'getColumnWidth' | 'setRowHeight'
      | 'setRowHeights' | 'getRowHeight' | 'protect' | 'getProtections' | 'setConditionalFormatRules'
      | 'getConditionalFormatRules' | 'clearConditionalFormatRules' | 'setTabColor' | 'getTabColor' | 'hideSheet'
      | 'showSheet' | 'isSheetHidden' | 'activate' | 'clear' | 'clearContents' | 'clearFormats' | 'clearNotes'
      | 'addDeveloperMetadata' | 'getDeveloperMetadata' | 'getNamedRanges' | 'getActiveRange' | 'setActiveRange'
      | 'getActiveCell' | 'copyTo' | 'getSheetValues' | 'autoResizeColumns' | 'autoResizeColumn' | 'getType'
      | 'insertRows' | 'insertColumns' | 'getCurrentCell'
    >
{
  /** Rows of cells, 0-based; sparse (missing rows and cells are empty). */
  rows: Array<Array<Cell | undefined> | undefined> = [];
  maxRows = DEFAULT_ROWS;
  maxColumns = DEFAULT_COLUMNS;
  columnWidths: Array<number | undefined> = [];
  rowHeights: Array<number | undefined> = [];
  merges: Rect[] = [];
  frozenRows = 0;
  frozenColumns = 0;
  hidden = false;
  tabColor: string | null = null;
  sheetProtection: FakeProtection | null = null;
  rangeProtections: FakeProtection[] = [];
  conditionalRules: FakeConditionalFormatRule[] = [];
  metadata: FakeDeveloperMetadata[] = [];
  /** Embedded charts (./charts.ts), in insertion order. */
  charts: ChartState[] = [];

  constructor(
    readonly ctx: AppContext,
    public ss: FakeSpreadsheet,
    public name: string,
    public sheetId: number,
  ) {}

  private c(method: string): void {
    this.ctx.count(`Sheet.${method}`);
  }

  /** Apps Script objects print as their class name and serialize as {}. */
  toString(): string {
    return 'Sheet';
  }

  toJSON(): Record<string, never> {
    return {};
  }

  // ---- internal cell access (not counted) -------------------------------------------------------------------

  _cell(row: number, column: number): Cell | undefined {
    return this.rows[row - 1]?.[column - 1];
  }

  _ensure(row: number, column: number): Cell {
    let r = this.rows[row - 1];
    if (!r) r = this.rows[row - 1] = [];
    let cell = r[column - 1];
    if (!cell) cell = r[column - 1] = {};
    return cell;
  }

  /** The cell's value as getValues returns it: literal, evaluated formula, or '' when empty. */
  _value(row: number, column: number): CellValue {
    const cell = this._cell(row, column);
    if (!cell) return '';
    if (cell.formula === undefined) return cell.value ?? '';
    return this._evaluate(cell, row, column).value;
  }

  _evaluate(cell: Cell, row: number, column: number): { value: CellValue; error?: string } {
    const evaluate = this.ctx.evaluateFormula;
    if (!evaluate) return { value: cell.cached ?? '' };
    const epoch = this.ctx.epoch;
    if (cell.evaluation && cell.evaluation.epoch === epoch) return cell.evaluation;
    if (this.ctx.evaluating.has(cell)) return { value: '#REF!', error: CIRCULAR };
    this.ctx.evaluating.add(cell);
    let result: { epoch: number; value: CellValue; error?: string };
    try {
      const raw = evaluate(cell.formula!, { spreadsheet: this.ss, sheet: this, row, column });
      if (Object.prototype.toString.call(raw) === '[object Error]') throw raw;
      result = { epoch, value: normalizeResult(raw) };
    } catch (e) {
      result = { epoch, value: '#ERROR!', error: e instanceof Error || (e && typeof (e as Error).message === 'string') ? (e as Error).message : String(e) };
    } finally {
      this.ctx.evaluating.delete(cell);
    }
    cell.evaluation = result;
    return result;
  }

  /** Writes a value the way a script's setValue does (see parseEntered). */
  _setEntered(row: number, column: number, raw: unknown): void {
    const cell = this._cell(row, column);
    const entered = parseEntered(raw, { numberFormat: cell?.format?.numberFormat, locale: this.ss.locale, timeZone: this.ss.timeZone });
    if (entered.kind === 'formula') {
      this._setFormula(row, column, entered.formula);
      return;
    }
    if (entered.value === null) {
      this._clearContent(row, column);
      return;
    }
    const target = cell ?? this._ensure(row, column);
    target.value = entered.value;
    delete target.formula;
    delete target.cached;
    delete target.evaluation;
    // Sheets gives a cell with the automatic format the format of what was entered: a date, a percent, "1.000".
    if (entered.numberFormat && !target.format?.numberFormat) target.format = { ...(target.format ?? {}), numberFormat: entered.numberFormat };
    if (entered.value instanceof Date && !target.format?.numberFormat) {
      const d = entered.value;
      const wallMidnight = (wallMs: number) => wallMs % 86_400_000 === 0;
      const fmt = wallMidnight(wallClockMs(d, this.ss.timeZone)) ? DEFAULT_DATE_FORMAT : DEFAULT_DATETIME_FORMAT;
      target.format = { ...(target.format ?? {}), numberFormat: fmt };
    }
    this.ctx.touch();
  }

  _setFormula(row: number, column: number, formula: string): void {
    if (formula === '') {
      this._clearContent(row, column);
      return;
    }
    const cell = this._ensure(row, column);
    cell.formula = formula.startsWith('=') ? formula : `=${formula}`;
    delete cell.value;
    delete cell.cached;
    delete cell.evaluation;
    this.ctx.touch();
  }

  _clearContent(row: number, column: number): void {
    const cell = this._cell(row, column);
    if (!cell) return;
    delete cell.value;
    delete cell.formula;
    delete cell.cached;
    delete cell.evaluation;
    this.ctx.touch();
  }

  _forEachCell(visit: (cell: Cell, row: number, column: number) => void): void {
    this.rows.forEach((r, ri) => r?.forEach((cell, ci) => cell && visit(cell, ri + 1, ci + 1)));
  }

  _range(rect: Rect): FakeRange {
    return new FakeRange(this.ctx, this, rect);
  }

  _fullRect(): Rect {
    return { r1: 1, c1: 1, r2: this.maxRows, c2: this.maxColumns };
  }

  _lastRow(): number {
    for (let r = this.rows.length; r >= 1; r--) if (this.rows[r - 1]?.some(hasContent)) return r;
    return 0;
  }

  _lastColumn(): number {
    let last = 0;
    for (const r of this.rows) {
      if (!r) continue;
      for (let c = r.length; c > last; c--) if (hasContent(r[c - 1])) { last = c; break; }
    }
    return last;
  }

  /** Resolves an A1 string against this sheet's size; throws "Range not found" like Apps Script. */
  _rectFromA1(parsed: ParsedA1): Rect {
    const rect = {
      r1: parsed.r1 ?? 1,
      c1: parsed.c1 ?? 1,
      r2: parsed.r2 ?? this.maxRows,
      c2: parsed.c2 ?? this.maxColumns,
    };
    if (rect.r2 > this.maxRows || rect.c2 > this.maxColumns) throw new Error('Range not found');
    return rect;
  }

  _rangeFromArgs(method: string, args: unknown[]): FakeRange {
    const [a, b, c, d] = args;
    if (typeof a === 'string' && args.length === 1) {
      const parsed = parseA1(a);
      if (!parsed) throw new Error('Range not found');
      if (parsed.sheetName !== null && parsed.sheetName !== this.name) {
        const other = this.ss._sheetByName(parsed.sheetName);
        if (!other) throw new Error('Range not found');
        return other._range(other._rectFromA1(parsed));
      }
      return this._range(this._rectFromA1(parsed));
    }
    if (args.length < 2 || args.length > 4 || args.some((x) => typeof x !== 'number' || Number.isNaN(x))) {
      throw signatureError(`SpreadsheetApp.Sheet.${method}`, args);
    }
    const row = Math.floor(a as number);
    const column = Math.floor(b as number);
    const numRows = c === undefined ? 1 : Math.floor(c as number);
    const numColumns = d === undefined ? 1 : Math.floor(d as number);
    return this._range(this._checkedRect(row, column, numRows, numColumns));
  }

  /** Bounds checks with Apps Script's messages. */
  _checkedRect(row: number, column: number, numRows: number, numColumns: number): Rect {
    if (row < 1) throw new Error('The starting row of the range is too small.');
    if (column < 1) throw new Error('The starting column of the range is too small.');
    if (numRows < 1) throw new Error('The number of rows in the range must be at least 1.');
    if (numColumns < 1) throw new Error('The number of columns in the range must be at least 1.');
    const rect = { r1: row, c1: column, r2: row + numRows - 1, c2: column + numColumns - 1 };
    if (rect.r2 > this.maxRows || rect.c2 > this.maxColumns) throw new Error('The coordinates of the range are outside the dimensions of the sheet.');
    return rect;
  }

  /** Moves this sheet's own grid, sizes, merges and frozen panes; the spreadsheet adjusts everything else. */
  _shiftGrid(change: StructuralChange): void {
    const { at, count } = change;
    const splice = <T>(list: T[], insert: boolean) => {
      if (list.length < at - 1) return;
      if (insert) list.splice(at - 1, 0, ...new Array<T>(count));
      else list.splice(at - 1, count);
    };
    const insert = change.kind === 'insert';
    if (change.axis === 'row') {
      splice(this.rows, insert);
      splice(this.rowHeights, insert);
      this.maxRows += insert ? count : -count;
    } else {
      for (const r of this.rows) if (r) splice(r, insert);
      splice(this.columnWidths, insert);
      this.maxColumns += insert ? count : -count;
    }
    const key = change.axis === 'row' ? 'frozenRows' : 'frozenColumns';
    const frozen = this[key];
    if (frozen > 0) {
      const span = shiftSpan(1, frozen, change);
      this[key] = span ? span[1] : 0;
    }
  }

  // ---- Apps Script surface ----------------------------------------------------------------------------------

  getName(): string {
    this.c('getName');
    return this.name;
  }

  setName(name: string): GSheet {
    this.c('setName');
    this.ss._renameSheet(this, String(name));
    return this as unknown as GSheet;
  }

  getSheetId(): number {
    this.c('getSheetId');
    return this.sheetId;
  }

  getIndex(): number {
    this.c('getIndex');
    return this.ss.sheets.indexOf(this) + 1;
  }

  getParent(): GoogleAppsScript.Spreadsheet.Spreadsheet {
    this.c('getParent');
    return this.ss as unknown as GoogleAppsScript.Spreadsheet.Spreadsheet;
  }

  getType(): GoogleAppsScript.Spreadsheet.SheetType {
    this.c('getType');
    return 'GRID' as unknown as GoogleAppsScript.Spreadsheet.SheetType;
  }

  getRange(a1OrRow: string | number, column?: number, numRows?: number, numColumns?: number): GRange {
    this.c('getRange');
    const args = [a1OrRow, column, numRows, numColumns].slice(0, arguments.length);
    return this._rangeFromArgs('getRange', args) as unknown as GRange;
  }

  getSheetValues(startRow: number, startColumn: number, numRows: number, numColumns: number): any[][] {
    this.c('getSheetValues');
    // -1 means "to the last row/column with content", as documented for getSheetValues.
    const rows = numRows === -1 ? Math.max(this._lastRow() - startRow + 1, 1) : numRows;
    const cols = numColumns === -1 ? Math.max(this._lastColumn() - startColumn + 1, 1) : numColumns;
    return this._range(this._checkedRect(startRow, startColumn, rows, cols))._values();
  }

  getDataRange(): GRange {
    this.c('getDataRange');
    return this._range({ r1: 1, c1: 1, r2: Math.max(this._lastRow(), 1), c2: Math.max(this._lastColumn(), 1) }) as unknown as GRange;
  }

  getLastRow(): number {
    this.c('getLastRow');
    return this._lastRow();
  }

  getLastColumn(): number {
    this.c('getLastColumn');
    return this._lastColumn();
  }

  getMaxRows(): number {
    this.c('getMaxRows');
    return this.maxRows;
  }

  getMaxColumns(): number {
    this.c('getMaxColumns');
    return this.maxColumns;
  }

  private insert(axis: 'row' | 'column', at: number, count: number): void {
    const max = axis === 'row' ? this.maxRows : this.maxColumns;
    if (!Number.isInteger(at) || at < 1 || at > max + 1) throw new Error(`Those ${axis === 'row' ? 'rows' : 'columns'} are out of bounds.`);
    if (!Number.isInteger(count) || count < 1) throw new Error(`The number of ${axis === 'row' ? 'rows' : 'columns'} to insert must be at least 1.`);
    this.ss._applyStructuralChange(this, { sheetName: this.name, axis, kind: 'insert', at, count });
  }

  private remove(axis: 'row' | 'column', at: number, count: number): void {
    const max = axis === 'row' ? this.maxRows : this.maxColumns;
    if (!Number.isInteger(at) || !Number.isInteger(count) || at < 1 || count < 1 || at + count - 1 > max) {
      throw new Error(`Those ${axis === 'row' ? 'rows' : 'columns'} are out of bounds.`);
    }
    const frozen = axis === 'row' ? this.frozenRows : this.frozenColumns;
    if (at <= frozen + 1 && at + count - 1 >= max) {
      throw new Error(`Sorry, it is not possible to delete all non-frozen ${axis === 'row' ? 'rows' : 'columns'}.`);
    }
    this.ss._applyStructuralChange(this, { sheetName: this.name, axis, kind: 'delete', at, count });
  }

  insertRowsAfter(afterPosition: number, howMany: number): GSheet {
    this.c('insertRowsAfter');
    this.insert('row', afterPosition + 1, howMany);
    return this as unknown as GSheet;
  }

  insertRowAfter(afterPosition: number): GSheet {
    this.c('insertRowAfter');
    this.insert('row', afterPosition + 1, 1);
    return this as unknown as GSheet;
  }

  insertRowsBefore(beforePosition: number, howMany: number): GSheet {
    this.c('insertRowsBefore');
    this.insert('row', beforePosition, howMany);
    return this as unknown as GSheet;
  }

  insertRowBefore(beforePosition: number): GSheet {
    this.c('insertRowBefore');
    this.insert('row', beforePosition, 1);
    return this as unknown as GSheet;
  }

  insertRows(rowIndex: number, numRows?: number): void {
    this.c('insertRows');
    this.insert('row', rowIndex, numRows ?? 1);
  }

  insertColumnsAfter(afterPosition: number, howMany: number): GSheet {
    this.c('insertColumnsAfter');
    this.insert('column', afterPosition + 1, howMany);
    return this as unknown as GSheet;
  }

  insertColumnAfter(afterPosition: number): GSheet {
    this.c('insertColumnAfter');
    this.insert('column', afterPosition + 1, 1);
    return this as unknown as GSheet;
  }

  insertColumnsBefore(beforePosition: number, howMany: number): GSheet {
    this.c('insertColumnsBefore');
    this.insert('column', beforePosition, howMany);
    return this as unknown as GSheet;
  }

  insertColumnBefore(beforePosition: number): GSheet {
    this.c('insertColumnBefore');
    this.insert('column', beforePosition, 1);
    return this as unknown as GSheet;
  }

  insertColumns(columnIndex: number, numColumns?: number): void {
    this.c('insertColumns');
    this.insert('column', columnIndex, numColumns ?? 1);
  }

  deleteRows(rowPosition: number, howMany: number): void {
    this.c('deleteRows');
    this.remove('row', rowPosition, howMany);
  }

  deleteRow(rowPosition: number): GSheet {
    this.c('deleteRow');
    this.remove('row', rowPosition, 1);
    return this as unknown as GSheet;
  }

  deleteColumns(columnPosition: number, howMany: number): void {
    this.c('deleteColumns');
    this.remove('column', columnPosition, howMany);
  }

  deleteColumn(columnPosition: number): GSheet {
    this.c('deleteColumn');
    this.remove('column', columnPosition, 1);
    return this as unknown as GSheet;
  }

  /** "Appends a row to the bottom of the current data region in the sheet", growing the sheet when it is full. */
  appendRow(rowContents: any[]): GSheet {
    this.c('appendRow');
    if (!Array.isArray(rowContents)) throw signatureError('SpreadsheetApp.Sheet.appendRow', [rowContents]);
    const row = this._lastRow() + 1;
    if (row > this.maxRows) this.maxRows = row;
    if (rowContents.length > this.maxColumns) this.maxColumns = rowContents.length;
    rowContents.forEach((v, i) => this._setEntered(row, i + 1, v));
    this.ctx.touch();
    return this as unknown as GSheet;
  }

  setFrozenRows(rows: number): void {
    this.c('setFrozenRows');
    this.frozenRows = rows;
  }

  getFrozenRows(): number {
    this.c('getFrozenRows');
    return this.frozenRows;
  }

  setFrozenColumns(columns: number): void {
    this.c('setFrozenColumns');
    this.frozenColumns = columns;
  }

  getFrozenColumns(): number {
    this.c('getFrozenColumns');
    return this.frozenColumns;
  }

  setColumnWidth(columnPosition: number, width: number): GSheet {
    this.c('setColumnWidth');
    this.columnWidths[columnPosition - 1] = width;
    return this as unknown as GSheet;
  }

  setColumnWidths(startColumn: number, numColumns: number, width: number): GSheet {
    this.c('setColumnWidths');
    for (let i = 0; i < numColumns; i++) this.columnWidths[startColumn - 1 + i] = width;
    return this as unknown as GSheet;
  }

  getColumnWidth(columnPosition: number): number {
    this.c('getColumnWidth');
    return this.columnWidths[columnPosition - 1] ?? DEFAULT_COLUMN_WIDTH;
  }

  setRowHeight(rowPosition: number, height: number): GSheet {
    this.c('setRowHeight');
    this.rowHeights[rowPosition - 1] = height;
    return this as unknown as GSheet;
  }

  setRowHeights(startRow: number, numRows: number, height: number): GSheet {
    this.c('setRowHeights');
    for (let i = 0; i < numRows; i++) this.rowHeights[startRow - 1 + i] = height;
    return this as unknown as GSheet;
  }

  getRowHeight(rowPosition: number): number {
    this.c('getRowHeight');
    return this.rowHeights[rowPosition - 1] ?? DEFAULT_ROW_HEIGHT;
  }

  autoResizeColumns(_startColumn: number, _numColumns: number): GSheet {
    this.c('autoResizeColumns');
    return this as unknown as GSheet;
  }

  autoResizeColumn(_columnPosition: number): GSheet {
    this.c('autoResizeColumn');
    return this as unknown as GSheet;
  }

  /** "If the sheet is already protected, this method returns an object representing the existing protection settings." */
  protect(): GoogleAppsScript.Spreadsheet.Protection {
    this.c('protect');
    if (!this.sheetProtection) this.sheetProtection = new FakeProtection(this.ctx, this, 'SHEET', null);
    return this.sheetProtection as unknown as GoogleAppsScript.Spreadsheet.Protection;
  }

  getProtections(type: GoogleAppsScript.Spreadsheet.ProtectionType): GoogleAppsScript.Spreadsheet.Protection[] {
    this.c('getProtections');
    return this.ctx.list(this._protections(String(type))) as unknown as GoogleAppsScript.Spreadsheet.Protection[];
  }

  _protections(type: string): FakeProtection[] {
    if (type === ProtectionType.SHEET) return this.sheetProtection ? [this.sheetProtection] : [];
    if (type === ProtectionType.RANGE) return [...this.rangeProtections];
    throw signatureError('SpreadsheetApp.Sheet.getProtections', [type]);
  }

  setConditionalFormatRules(rules: GoogleAppsScript.Spreadsheet.ConditionalFormatRule[]): void {
    this.c('setConditionalFormatRules');
    if (!Array.isArray(rules)) throw signatureError('SpreadsheetApp.Sheet.setConditionalFormatRules', [rules]);
    this.conditionalRules = (rules as unknown as FakeConditionalFormatRule[]).map((r) => r._clone());
  }

  getConditionalFormatRules(): GoogleAppsScript.Spreadsheet.ConditionalFormatRule[] {
    this.c('getConditionalFormatRules');
    return this.ctx.list(this.conditionalRules.map((r) => r._clone())) as unknown as GoogleAppsScript.Spreadsheet.ConditionalFormatRule[];
  }

  clearConditionalFormatRules(): void {
    this.c('clearConditionalFormatRules');
    this.conditionalRules = [];
  }

  setTabColor(color: string | null): GSheet {
    this.c('setTabColor');
    this.tabColor = normalizeColor(color) ?? null;
    return this as unknown as GSheet;
  }

  getTabColor(): string | null {
    this.c('getTabColor');
    return this.tabColor;
  }

  hideSheet(): GSheet {
    this.c('hideSheet');
    if (!this.hidden && this.ss.sheets.filter((s) => !s.hidden).length <= 1) throw new Error("You can't hide all the sheets in a document.");
    this.hidden = true;
    if (this.ss.activeSheet === this) this.ss.activeSheet = this.ss.sheets.find((s) => !s.hidden) ?? this;
    return this as unknown as GSheet;
  }

  showSheet(): GSheet {
    this.c('showSheet');
    this.hidden = false;
    return this as unknown as GSheet;
  }

  isSheetHidden(): boolean {
    this.c('isSheetHidden');
    return this.hidden;
  }

  activate(): GSheet {
    this.c('activate');
    this.ss._activateSheet(this);
    return this as unknown as GSheet;
  }

  getActiveRange(): GRange | null {
    this.c('getActiveRange');
    return this.ss._activeRange() as unknown as GRange | null;
  }

  getActiveCell(): GRange {
    this.c('getActiveCell');
    const active = this.ss._activeRange();
    return (active ? active.sheet._range({ r1: active.rect.r1, c1: active.rect.c1, r2: active.rect.r1, c2: active.rect.c1 }) : this._range({ r1: 1, c1: 1, r2: 1, c2: 1 })) as unknown as GRange;
  }

  getCurrentCell(): GRange | null {
    this.c('getCurrentCell');
    const active = this.ss._activeRange();
    return (active ? active.sheet._range({ r1: active.rect.r1, c1: active.rect.c1, r2: active.rect.r1, c2: active.rect.c1 }) : null) as unknown as GRange | null;
  }

  setActiveRange(range: GRange): GRange {
    this.c('setActiveRange');
    const r = range as unknown as FakeRange;
    if (r.sheet !== this) throw new Error('The range must be on the active sheet.');
    this.ss._activateRange(r);
    return range;
  }

  clear(options?: { contentsOnly?: boolean; formatOnly?: boolean }): GSheet {
    this.c('clear');
    this._range(this._fullRect())._clear(options ?? {});
    return this as unknown as GSheet;
  }

  clearContents(): GSheet {
    this.c('clearContents');
    this._range(this._fullRect())._clear({ contentsOnly: true });
    return this as unknown as GSheet;
  }

  clearFormats(): GSheet {
    this.c('clearFormats');
    this._range(this._fullRect())._clear({ formatOnly: true });
    return this as unknown as GSheet;
  }

  clearNotes(): GSheet {
    this.c('clearNotes');
    this._range(this._fullRect())._clear({ commentsOnly: true });
    return this as unknown as GSheet;
  }

  addDeveloperMetadata(key: string, valueOrVisibility?: any, visibility?: any): GSheet {
    this.c('addDeveloperMetadata');
    addMetadata(this.ctx, { kind: 'SHEET', sheet: this }, key, valueOrVisibility, visibility, arguments.length);
    return this as unknown as GSheet;
  }

  getDeveloperMetadata(): GoogleAppsScript.Spreadsheet.DeveloperMetadata[] {
    this.c('getDeveloperMetadata');
    return this.ctx.list([...this.metadata]) as unknown as GoogleAppsScript.Spreadsheet.DeveloperMetadata[];
  }

  getNamedRanges(): GoogleAppsScript.Spreadsheet.NamedRange[] {
    this.c('getNamedRanges');
    return this.ctx.list(this.ss.namedRanges.filter((n) => n.ref.sheet === this)) as unknown as GoogleAppsScript.Spreadsheet.NamedRange[];
  }

  newChart(): FakeEmbeddedChartBuilder {
    this.c('newChart');
    return newChartBuilder(this.ctx, this);
  }

  insertChart(chart: FakeEmbeddedChart): void {
    this.c('insertChart');
    insertChart(this.ctx, this, chart, arguments);
  }

  updateChart(chart: FakeEmbeddedChart): void {
    this.c('updateChart');
    updateChart(this, chart, arguments);
  }

  removeChart(chart: FakeEmbeddedChart): void {
    this.c('removeChart');
    removeChart(this, chart, arguments);
  }

  getCharts(): FakeEmbeddedChart[] {
    this.c('getCharts');
    return chartsOn(this.ctx, this);
  }

  /** Copies the sheet into a spreadsheet (this one or another) as "Copy of <name>" ("Bản sao của <name>" in vi). */
  copyTo(spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet): GSheet {
    this.c('copyTo');
    const target = spreadsheet as unknown as FakeSpreadsheet;
    const prefix = this.ctx.locale.toLowerCase().startsWith('vi') ? 'Bản sao của' : 'Copy of';
    let name = `${prefix} ${this.name}`;
    for (let n = 2; target._sheetByName(name); n++) name = `${prefix} ${this.name} ${n}`;
    const copy = target._insertSheet(name, target.sheets.length);
    this._copyInto(copy);
    return copy as unknown as GSheet;
  }

  /** Deep-copies grid, sizes, merges, panes, rules, protections and metadata onto an empty sheet. */
  _copyInto(copy: FakeSheet, remap: (s: FakeSheet) => FakeSheet = (s) => (s === this ? copy : s)): void {
    copy.rows = this.rows.map((r) =>
      r?.map((cell) => {
        if (!cell) return undefined;
        const out: Cell = { ...cell, format: cloneFormat(cell.format) };
        delete out.evaluation;
        if (!out.format) delete out.format;
        if (cell.validation) out.validation = cell.validation._remap(remap);
        return out;
      }),
    );
    copy.maxRows = this.maxRows;
    copy.maxColumns = this.maxColumns;
    copy.columnWidths = [...this.columnWidths];
    copy.rowHeights = [...this.rowHeights];
    copy.merges = this.merges.map((m) => ({ ...m }));
    copy.frozenRows = this.frozenRows;
    copy.frozenColumns = this.frozenColumns;
    copy.hidden = this.hidden;
    copy.tabColor = this.tabColor;
    copy.conditionalRules = this.conditionalRules.map((r) => r._remap(remap));
    copy.sheetProtection = this.sheetProtection?._copyTo(copy) ?? null;
    copy.rangeProtections = this.rangeProtections.map((p) => p._copyTo(copy));
    copy.metadata = this.metadata.map((m) => m._copyTo({ kind: 'SHEET', sheet: copy }));
    copy.charts = copiedCharts(this.ctx, this.charts, remap);
    this.ctx.touch();
  }
}
