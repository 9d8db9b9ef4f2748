// FakeRange: a fixed rectangle of one sheet with Apps Script's Range methods (values, formulas, notes, formats…).
import { Rect, rectA1 } from './a1';
import type { AppContext } from './context';
import { FakeDataValidation } from './dataValidation';
import { BorderStyle, BorderStyleName, WrapStrategyName } from './enums';
import { BorderSide, CellFormat, FORMAT_DEFAULTS, normalizeColor } from './format';
import { translateFormula } from './formulaRefs';
import { AUTOMATIC_FORMAT, formatDisplay } from './numberFormat';
import { FakeProtection } from './protection';
import type { Cell, FakeSheet } from './sheet';
import { CellValue, isDate, signatureError } from './values';

type GRange = GoogleAppsScript.Spreadsheet.Range;
type GDataValidation = GoogleAppsScript.Spreadsheet.DataValidation;

const MERGE_ERROR = 'You must select all cells in a merged range to merge or unmerge them.';

function intersects(a: Rect, b: Rect): boolean {
  return a.r1 <= b.r2 && b.r1 <= a.r2 && a.c1 <= b.c2 && b.c1 <= a.c2;
}

function contains(outer: Rect, inner: Rect): boolean {
  return inner.r1 >= outer.r1 && inner.r2 <= outer.r2 && inner.c1 >= outer.c1 && inner.c2 <= outer.c2;
}

export interface ClearOptions {
  commentsOnly?: boolean;
  contentsOnly?: boolean;
  formatOnly?: boolean;
  validationsOnly?: boolean;
  skipFilteredRows?: boolean;
}

type FormatKey = keyof Omit<CellFormat, 'borders'>;

export class FakeRange
  implements
    Pick<
      GRange,
      | 'getA1Notation' | 'getRow' | 'getRowIndex' | 'getColumn' | 'getLastRow' | 'getLastColumn' | 'getNumRows'
      | 'getNumColumns' | 'getHeight' | 'getWidth' | 'getSheet' | 'getGridId' | 'getCell' | 'offset' | 'getValues'
      | 'setValues' | 'getValue' | 'setValue' | 'getDisplayValues' | 'getDisplayValue' | 'getFormulas' | 'setFormulas'
      | 'getFormula' | 'setFormula' | 'getNotes' | 'setNotes' | 'getNote' | 'setNote' | 'clearNote'
      | 'getDataValidations' | 'setDataValidations' | 'getDataValidation' | 'setDataValidation'
      | 'clearDataValidations' | 'insertCheckboxes' | 'removeCheckboxes' | 'check' | 'uncheck' | 'isChecked'
      | 'setFontWeight' | 'setFontWeights' | 'getFontWeight' | 'getFontWeights' | 'setFontStyle' | 'getFontStyle'
      | 'setFontColor' | 'getFontColor' | 'setFontSize' | 'getFontSize' | 'setFontFamily' | 'getFontFamily'
      | 'setFontLine' | 'getFontLine' | 'setBackground' | 'setBackgrounds' | 'getBackground' | 'getBackgrounds'
      | 'setHorizontalAlignment' | 'getHorizontalAlignment' | 'setVerticalAlignment' | 'getVerticalAlignment'
      | 'setWrap' | 'getWrap' | 'setWrapStrategy' | 'getWrapStrategy' | 'setNumberFormat' | 'setNumberFormats'
      | 'getNumberFormat' | 'getNumberFormats' | 'merge' | 'mergeAcross' | 'mergeVertically' | 'breakApart'
      | 'isPartOfMerge' | 'getMergedRanges' | 'protect' | 'activate' | 'clearContent' | 'clear' | 'clearFormat'
      | 'setBorder' | 'isBlank' | 'copyTo' | 'getDataSourceUrl'
    >
{
  constructor(
    readonly ctx: AppContext,
    readonly sheet: FakeSheet,
    readonly rect: Rect,
  ) {}

  private c(method: string): void {
    this.ctx.count(`Range.${method}`);
  }

  /** Apps Script objects print as their class name and serialize as {}. */
  toString(): string {
    return 'Range';
  }

  toJSON(): Record<string, never> {
    return {};
  }

  private self(): GRange {
    return this as unknown as GRange;
  }

  get numRows(): number {
    return this.rect.r2 - this.rect.r1 + 1;
  }

  get numColumns(): number {
    return this.rect.c2 - this.rect.c1 + 1;
  }

  // ---- internal helpers (not counted) ---------------------------------------------------------------------------

  /** A 2-D array of the range's shape built cell by cell, in the realm that receives it. */
  private grid<T>(cell: (row: number, column: number) => T): T[][] {
    const out: T[][] = [];
    for (let r = this.rect.r1; r <= this.rect.r2; r++) {
      const row: T[] = [];
      for (let c = this.rect.c1; c <= this.rect.c2; c++) row.push(cell(r, c));
      out.push(this.ctx.list(row));
    }
    return this.ctx.list(out);
  }

  private forEach(visit: (row: number, column: number) => void): void {
    for (let r = this.rect.r1; r <= this.rect.r2; r++) for (let c = this.rect.c1; c <= this.rect.c2; c++) visit(r, c);
  }

  private out(value: CellValue): CellValue {
    return isDate(value) ? this.ctx.date(value) : value;
  }

  _values(): any[][] {
    return this.grid((r, c) => this.out(this.sheet._value(r, c)));
  }

  private display(r: number, c: number): string {
    const cell = this.sheet._cell(r, c);
    return formatDisplay(this.sheet._value(r, c), cell?.format?.numberFormat, this.sheet.ss.locale, this.sheet.ss.timeZone);
  }

  /** Checks a 2-D argument against the range's shape with Apps Script's messages. */
  private checkShape(method: string, data: unknown): unknown[][] {
    if (!Array.isArray(data) || data.some((row) => !Array.isArray(row))) throw signatureError(`SpreadsheetApp.Range.${method}`, [data]);
    if (data.length !== this.numRows) {
      throw new Error(`The number of rows in the data does not match the number of rows in the range. The data has ${data.length} but the range has ${this.numRows}.`);
    }
    for (const row of data as unknown[][]) {
      if (row.length !== this.numColumns) {
        throw new Error(`The number of columns in the data does not match the number of columns in the range. The data has ${row.length} but the range has ${this.numColumns}.`);
      }
    }
    return data as unknown[][];
  }

  private setFormat<K extends FormatKey>(key: K, value: CellFormat[K] | undefined): void {
    this.forEach((r, c) => this.setCellFormat(r, c, key, value));
  }

  private setCellFormat<K extends FormatKey>(r: number, c: number, key: K, value: CellFormat[K] | undefined): void {
    if (value === undefined || value === null) {
      const cell = this.sheet._cell(r, c);
      if (cell?.format) delete cell.format[key];
      return;
    }
    const cell = this.sheet._ensure(r, c);
    (cell.format ??= {})[key] = value;
  }

  private setFormats<K extends FormatKey>(method: string, key: K, values: unknown, map: (v: any) => CellFormat[K] | undefined): void {
    const data = this.checkShape(method, values);
    this.forEach((r, c) => this.setCellFormat(r, c, key, map(data[r - this.rect.r1][c - this.rect.c1])));
  }

  private format<K extends FormatKey>(r: number, c: number, key: K): CellFormat[K] | undefined {
    return this.sheet._cell(r, c)?.format?.[key];
  }

  _clear(options: ClearOptions): void {
    const any = options.commentsOnly || options.contentsOnly || options.formatOnly || options.validationsOnly;
    const contents = !any || options.contentsOnly;
    const formats = !any || options.formatOnly;
    const validations = !any || options.validationsOnly;
    const notes = options.commentsOnly;
    for (let r = this.rect.r1; r <= Math.min(this.rect.r2, this.sheet.rows.length); r++) {
      const row = this.sheet.rows[r - 1];
      if (!row) continue;
      for (let c = this.rect.c1; c <= Math.min(this.rect.c2, row.length); c++) {
        const cell = row[c - 1];
        if (!cell) continue;
        if (contents) this.sheet._clearContent(r, c);
        if (formats) delete cell.format;
        if (validations) delete cell.validation;
        if (notes) delete cell.note;
      }
    }
    if (formats) this.sheet.merges = this.sheet.merges.filter((m) => !contains(this.rect, m));
    this.ctx.touch();
  }

  private mergeRects(rects: Rect[]): void {
    for (const m of this.sheet.merges) if (intersects(m, this.rect) && !contains(this.rect, m)) throw new Error(MERGE_ERROR);
    this.sheet.merges = this.sheet.merges.filter((m) => !contains(this.rect, m));
    for (const rect of rects) {
      if (rect.r1 === rect.r2 && rect.c1 === rect.c2) continue;
      for (let r = rect.r1; r <= rect.r2; r++) for (let c = rect.c1; c <= rect.c2; c++) if (r !== rect.r1 || c !== rect.c1) this.sheet._clearContent(r, c);
      this.sheet.merges.push({ ...rect });
    }
  }

  // ---- position -----------------------------------------------------------------------------------------------

  getA1Notation(): string {
    this.c('getA1Notation');
    return rectA1(this.rect);
  }

  getRow(): number {
    this.c('getRow');
    return this.rect.r1;
  }

  getRowIndex(): number {
    this.c('getRowIndex');
    return this.rect.r1;
  }

  getColumn(): number {
    this.c('getColumn');
    return this.rect.c1;
  }

  getLastRow(): number {
    this.c('getLastRow');
    return this.rect.r2;
  }

  getLastColumn(): number {
    this.c('getLastColumn');
    return this.rect.c2;
  }

  getNumRows(): number {
    this.c('getNumRows');
    return this.numRows;
  }

  getNumColumns(): number {
    this.c('getNumColumns');
    return this.numColumns;
  }

  getHeight(): number {
    this.c('getHeight');
    return this.numRows;
  }

  getWidth(): number {
    this.c('getWidth');
    return this.numColumns;
  }

  getSheet(): GoogleAppsScript.Spreadsheet.Sheet {
    this.c('getSheet');
    return this.sheet as unknown as GoogleAppsScript.Spreadsheet.Sheet;
  }

  getGridId(): number {
    this.c('getGridId');
    return this.sheet.sheetId;
  }

  getDataSourceUrl(): string {
    this.c('getDataSourceUrl');
    return `${this.sheet.ss._url()}#gid=${this.sheet.sheetId}&range=${rectA1(this.rect)}`;
  }

  getCell(row: number, column: number): GRange {
    this.c('getCell');
    if (row < 1 || column < 1 || row > this.numRows || column > this.numColumns) {
      throw new Error('The coordinates of the range are outside the dimensions of the sheet.');
    }
    const r = this.rect.r1 + row - 1;
    const c = this.rect.c1 + column - 1;
    return this.sheet._range({ r1: r, c1: c, r2: r, c2: c }) as unknown as GRange;
  }

  offset(rowOffset: number, columnOffset: number, numRows?: number, numColumns?: number): GRange {
    this.c('offset');
    const rect = this.sheet._checkedRect(this.rect.r1 + rowOffset, this.rect.c1 + columnOffset, numRows ?? this.numRows, numColumns ?? this.numColumns);
    return this.sheet._range(rect) as unknown as GRange;
  }

  // ---- values and formulas -----------------------------------------------------------------------------------

  getValues(): any[][] {
    this.c('getValues');
    return this._values();
  }

  setValues(values: any[][]): GRange {
    this.c('setValues');
    const data = this.checkShape('setValues', values);
    this.forEach((r, c) => this.sheet._setEntered(r, c, data[r - this.rect.r1][c - this.rect.c1]));
    this.ctx.touch();
    return this.self();
  }

  getValue(): any {
    this.c('getValue');
    return this.out(this.sheet._value(this.rect.r1, this.rect.c1));
  }

  /** Sets every cell of the range to the value (parsed like user input, see parseEntered). */
  setValue(value: any): GRange {
    this.c('setValue');
    this.forEach((r, c) => this.sheet._setEntered(r, c, value));
    this.ctx.touch();
    return this.self();
  }

  getDisplayValues(): string[][] {
    this.c('getDisplayValues');
    return this.grid((r, c) => this.display(r, c));
  }

  getDisplayValue(): string {
    this.c('getDisplayValue');
    return this.display(this.rect.r1, this.rect.c1);
  }

  getFormulas(): string[][] {
    this.c('getFormulas');
    return this.grid((r, c) => this.sheet._cell(r, c)?.formula ?? '');
  }

  /** A formula string sets a formula; '' clears the cell; text without '=' is entered like setValue. */
  setFormulas(formulas: string[][]): GRange {
    this.c('setFormulas');
    const data = this.checkShape('setFormulas', formulas);
    this.forEach((r, c) => {
      const f = data[r - this.rect.r1][c - this.rect.c1];
      if (typeof f === 'string' && f.startsWith('=')) this.sheet._setFormula(r, c, f);
      else this.sheet._setEntered(r, c, f);
    });
    this.ctx.touch();
    return this.self();
  }

  getFormula(): string {
    this.c('getFormula');
    return this.sheet._cell(this.rect.r1, this.rect.c1)?.formula ?? '';
  }

  /** On a multi-cell range the formula is filled like a paste: relative references move with each cell. */
  setFormula(formula: string): GRange {
    this.c('setFormula');
    if (typeof formula !== 'string') throw signatureError('SpreadsheetApp.Range.setFormula', [formula]);
    this.forEach((r, c) => {
      if (!formula.startsWith('=')) this.sheet._setEntered(r, c, formula);
      else this.sheet._setFormula(r, c, translateFormula(formula, r - this.rect.r1, c - this.rect.c1));
    });
    this.ctx.touch();
    return this.self();
  }

  isBlank(): boolean {
    this.c('isBlank');
    let blank = true;
    this.forEach((r, c) => {
      const cell = this.sheet._cell(r, c);
      if (cell && (cell.formula !== undefined || (cell.value !== undefined && cell.value !== ''))) blank = false;
    });
    return blank;
  }

  clearContent(): GRange {
    this.c('clearContent');
    this._clear({ contentsOnly: true });
    return this.self();
  }

  /** With no options: clears contents, formats and data validation rules (notes stay), as Range.clear() does. */
  clear(options?: ClearOptions): GRange {
    this.c('clear');
    this._clear(options ?? {});
    return this.self();
  }

  clearFormat(): GRange {
    this.c('clearFormat');
    this._clear({ formatOnly: true });
    return this.self();
  }

  /** Copies contents, formats, notes and validations to `destination` (its top-left cell), moving relative references. */
  copyTo(destination: GRange, options?: any, transposed?: boolean): void {
    this.c('copyTo');
    const dest = destination as unknown as FakeRange;
    const mode = typeof options === 'string' ? options : options?.contentsOnly ? 'PASTE_VALUES_AND_FORMULAS' : options?.formatOnly ? 'PASTE_FORMAT' : 'PASTE_NORMAL';
    if (transposed) throw new Error('Transposed copy is not supported by the offline runtime.');
    const snapshot: Array<{ dr: number; dc: number; cell: Cell | undefined; value: CellValue }> = [];
    this.forEach((r, c) => snapshot.push({ dr: r - this.rect.r1, dc: c - this.rect.c1, cell: this.sheet._cell(r, c), value: this.sheet._value(r, c) }));
    const dr0 = dest.rect.r1 - this.rect.r1;
    const dc0 = dest.rect.c1 - this.rect.c1;
    dest.sheet._checkedRect(dest.rect.r1, dest.rect.c1, this.numRows, this.numColumns);
    for (const { dr, dc, cell, value } of snapshot) {
      const r = dest.rect.r1 + dr;
      const c = dest.rect.c1 + dc;
      const copyContent = mode === 'PASTE_NORMAL' || mode === 'PASTE_VALUES_AND_FORMULAS' || mode === 'PASTE_FORMULA' || mode === 'PASTE_VALUES' || mode === 'PASTE_NO_BORDERS';
      const copyFormat = mode === 'PASTE_NORMAL' || mode === 'PASTE_FORMAT' || mode === 'PASTE_NO_BORDERS';
      if (copyContent) {
        if (cell?.formula !== undefined && mode !== 'PASTE_VALUES') dest.sheet._setFormula(r, c, translateFormula(cell.formula, dr0, dc0));
        else if (mode === 'PASTE_VALUES') {
          if (value === '') dest.sheet._clearContent(r, c);
          else {
            const target = dest.sheet._ensure(r, c);
            target.value = value;
            delete target.formula;
            delete target.cached;
            delete target.evaluation;
          }
        } else if (cell?.value !== undefined) {
          const target = dest.sheet._ensure(r, c);
          target.value = cell.value;
          delete target.formula;
          delete target.evaluation;
        } else dest.sheet._clearContent(r, c);
      }
      if (copyFormat) {
        const target = dest.sheet._ensure(r, c);
        if (cell?.format) target.format = { ...cell.format, borders: mode === 'PASTE_NO_BORDERS' ? undefined : cell.format.borders && { ...cell.format.borders } };
        else delete target.format;
      }
      if (mode === 'PASTE_NORMAL' || mode === 'PASTE_DATA_VALIDATION') {
        const target = dest.sheet._ensure(r, c);
        if (cell?.validation) target.validation = cell.validation;
        else delete target.validation;
      }
      if (mode === 'PASTE_NORMAL') {
        const target = dest.sheet._ensure(r, c);
        if (cell?.note) target.note = cell.note;
        else delete target.note;
      }
    }
    this.ctx.touch();
  }

  // ---- notes ------------------------------------------------------------------------------------------------

  getNotes(): string[][] {
    this.c('getNotes');
    return this.grid((r, c) => this.sheet._cell(r, c)?.note ?? '');
  }

  setNotes(notes: any[][]): GRange {
    this.c('setNotes');
    const data = this.checkShape('setNotes', notes);
    this.forEach((r, c) => this.setNoteAt(r, c, data[r - this.rect.r1][c - this.rect.c1]));
    return this.self();
  }

  getNote(): string {
    this.c('getNote');
    return this.sheet._cell(this.rect.r1, this.rect.c1)?.note ?? '';
  }

  setNote(note: string | null): GRange {
    this.c('setNote');
    this.forEach((r, c) => this.setNoteAt(r, c, note));
    return this.self();
  }

  clearNote(): GRange {
    this.c('clearNote');
    this.forEach((r, c) => this.setNoteAt(r, c, null));
    return this.self();
  }

  private setNoteAt(r: number, c: number, note: unknown): void {
    if (note === null || note === undefined || note === '') {
      const cell = this.sheet._cell(r, c);
      if (cell) delete cell.note;
    } else this.sheet._ensure(r, c).note = String(note);
  }

  // ---- data validation ---------------------------------------------------------------------------------------

  getDataValidations(): (GDataValidation | null)[][] {
    this.c('getDataValidations');
    return this.grid((r, c) => (this.sheet._cell(r, c)?.validation ?? null) as unknown as GDataValidation | null);
  }

  setDataValidations(rules: (GDataValidation | null)[][]): GRange {
    this.c('setDataValidations');
    const data = this.checkShape('setDataValidations', rules);
    const copies = new Map<unknown, FakeDataValidation>();
    this.forEach((r, c) => {
      const rule = data[r - this.rect.r1][c - this.rect.c1] as FakeDataValidation | null;
      if (rule && !copies.has(rule)) copies.set(rule, rule._remap((s) => s));
      this.setValidationAt(r, c, rule ? copies.get(rule)! : null);
    });
    return this.self();
  }

  getDataValidation(): GDataValidation | null {
    this.c('getDataValidation');
    return (this.sheet._cell(this.rect.r1, this.rect.c1)?.validation ?? null) as unknown as GDataValidation | null;
  }

  setDataValidation(rule: GDataValidation | null): GRange {
    this.c('setDataValidation');
    const stored = rule ? (rule as unknown as FakeDataValidation)._remap((s) => s) : null;
    this.forEach((r, c) => this.setValidationAt(r, c, stored));
    return this.self();
  }

  clearDataValidations(): GRange {
    this.c('clearDataValidations');
    this.forEach((r, c) => this.setValidationAt(r, c, null));
    return this.self();
  }

  private setValidationAt(r: number, c: number, rule: FakeDataValidation | null): void {
    if (rule) this.sheet._ensure(r, c).validation = rule;
    else {
      const cell = this.sheet._cell(r, c);
      if (cell) delete cell.validation;
    }
  }

  /**
   * Inserts checkboxes (a CHECKBOX validation) into every cell; empty cells take the unchecked value (FALSE by
   * default), existing values stay. With custom values: insertCheckboxes(checked) leaves the unchecked value ''.
   */
  insertCheckboxes(checkedValue?: any, uncheckedValue?: any): GRange {
    this.c('insertCheckboxes');
    const values = arguments.length === 0 ? [] : arguments.length === 1 ? [checkedValue] : [checkedValue, uncheckedValue];
    const rule = new FakeDataValidation(this.ctx, { criteria: 'CHECKBOX', values, allowInvalid: false, helpText: null });
    const unchecked = arguments.length === 0 ? false : arguments.length === 1 ? null : uncheckedValue;
    this.forEach((r, c) => {
      this.sheet._ensure(r, c).validation = rule;
      const cell = this.sheet._cell(r, c)!;
      if (cell.formula === undefined && (cell.value === undefined || cell.value === '') && unchecked !== null && unchecked !== '') {
        this.sheet._setEntered(r, c, unchecked);
      }
    });
    this.ctx.touch();
    return this.self();
  }

  removeCheckboxes(): GRange {
    this.c('removeCheckboxes');
    this.forEach((r, c) => {
      const cell = this.sheet._cell(r, c);
      if (cell?.validation?.spec.criteria === 'CHECKBOX') {
        delete cell.validation;
        if (cell.value === false || cell.value === true) this.sheet._clearContent(r, c);
      }
    });
    return this.self();
  }

  private checkboxValue(r: number, c: number, checked: boolean): unknown {
    const v = this.sheet._cell(r, c)?.validation;
    if (!v || v.spec.criteria !== 'CHECKBOX') return undefined;
    if (v.spec.values.length === 0) return checked;
    return checked ? v.spec.values[0] : v.spec.values[1] ?? '';
  }

  check(): GRange {
    this.c('check');
    this.forEach((r, c) => {
      const v = this.checkboxValue(r, c, true);
      if (v !== undefined) this.sheet._setEntered(r, c, v);
    });
    return this.self();
  }

  uncheck(): GRange {
    this.c('uncheck');
    this.forEach((r, c) => {
      const v = this.checkboxValue(r, c, false);
      if (v !== undefined) this.sheet._setEntered(r, c, v);
    });
    return this.self();
  }

  /** True if every checkbox is checked, false if every one is unchecked, null if mixed or no checkboxes. */
  isChecked(): boolean | null {
    this.c('isChecked');
    let all: boolean | null | undefined;
    this.forEach((r, c) => {
      const checked = this.checkboxValue(r, c, true);
      if (checked === undefined) all = null;
      const state = this.sheet._value(r, c) === checked;
      all = all === undefined ? state : all === state ? all : null;
    });
    return all ?? null;
  }

  // ---- formats -----------------------------------------------------------------------------------------------

  setFontWeight(fontWeight: string | null): GRange {
    this.c('setFontWeight');
    this.setFormat('fontWeight', fontWeight === 'bold' ? 'bold' : fontWeight === null ? undefined : 'normal');
    return this.self();
  }

  setFontWeights(fontWeights: any[][]): GRange {
    this.c('setFontWeights');
    this.setFormats('setFontWeights', 'fontWeight', fontWeights, (v) => (v === 'bold' ? 'bold' : v == null ? undefined : 'normal'));
    return this.self();
  }

  getFontWeight(): GoogleAppsScript.Spreadsheet.FontWeight {
    this.c('getFontWeight');
    return (this.format(this.rect.r1, this.rect.c1, 'fontWeight') ?? FORMAT_DEFAULTS.fontWeight) as GoogleAppsScript.Spreadsheet.FontWeight;
  }

  getFontWeights(): GoogleAppsScript.Spreadsheet.FontWeight[][] {
    this.c('getFontWeights');
    return this.grid((r, c) => (this.format(r, c, 'fontWeight') ?? FORMAT_DEFAULTS.fontWeight) as GoogleAppsScript.Spreadsheet.FontWeight);
  }

  setFontStyle(fontStyle: string | null): GRange {
    this.c('setFontStyle');
    this.setFormat('fontStyle', fontStyle === 'italic' ? 'italic' : fontStyle === null ? undefined : 'normal');
    return this.self();
  }

  getFontStyle(): GoogleAppsScript.Spreadsheet.FontStyle {
    this.c('getFontStyle');
    return (this.format(this.rect.r1, this.rect.c1, 'fontStyle') ?? FORMAT_DEFAULTS.fontStyle) as GoogleAppsScript.Spreadsheet.FontStyle;
  }

  setFontColor(color: any): GRange {
    this.c('setFontColor');
    this.setFormat('fontColor', normalizeColor(color));
    return this.self();
  }

  getFontColor(): string {
    this.c('getFontColor');
    return this.format(this.rect.r1, this.rect.c1, 'fontColor') ?? FORMAT_DEFAULTS.fontColor;
  }

  setFontSize(size: number): GRange {
    this.c('setFontSize');
    this.setFormat('fontSize', size);
    return this.self();
  }

  getFontSize(): number {
    this.c('getFontSize');
    return this.format(this.rect.r1, this.rect.c1, 'fontSize') ?? FORMAT_DEFAULTS.fontSize;
  }

  setFontFamily(fontFamily: string | null): GRange {
    this.c('setFontFamily');
    this.setFormat('fontFamily', fontFamily ?? undefined);
    return this.self();
  }

  getFontFamily(): string {
    this.c('getFontFamily');
    return this.format(this.rect.r1, this.rect.c1, 'fontFamily') ?? FORMAT_DEFAULTS.fontFamily;
  }

  setFontLine(fontLine: string | null): GRange {
    this.c('setFontLine');
    this.setFormat('fontLine', fontLine === 'underline' || fontLine === 'line-through' ? fontLine : undefined);
    return this.self();
  }

  getFontLine(): GoogleAppsScript.Spreadsheet.FontLine {
    this.c('getFontLine');
    return (this.format(this.rect.r1, this.rect.c1, 'fontLine') ?? FORMAT_DEFAULTS.fontLine) as GoogleAppsScript.Spreadsheet.FontLine;
  }

  setBackground(color: string | null): GRange {
    this.c('setBackground');
    this.setFormat('background', normalizeColor(color));
    return this.self();
  }

  setBackgrounds(color: string[][]): GRange {
    this.c('setBackgrounds');
    this.setFormats('setBackgrounds', 'background', color, (v) => normalizeColor(v));
    return this.self();
  }

  getBackground(): string {
    this.c('getBackground');
    return this.format(this.rect.r1, this.rect.c1, 'background') ?? FORMAT_DEFAULTS.background;
  }

  getBackgrounds(): string[][] {
    this.c('getBackgrounds');
    return this.grid((r, c) => this.format(r, c, 'background') ?? FORMAT_DEFAULTS.background);
  }

  setHorizontalAlignment(alignment: string | null): GRange {
    this.c('setHorizontalAlignment');
    this.setFormat('horizontalAlignment', alignment ?? undefined);
    return this.self();
  }

  getHorizontalAlignment(): string {
    this.c('getHorizontalAlignment');
    return this.format(this.rect.r1, this.rect.c1, 'horizontalAlignment') ?? FORMAT_DEFAULTS.horizontalAlignment;
  }

  setVerticalAlignment(alignment: string | null): GRange {
    this.c('setVerticalAlignment');
    this.setFormat('verticalAlignment', alignment ?? undefined);
    return this.self();
  }

  getVerticalAlignment(): string {
    this.c('getVerticalAlignment');
    return this.format(this.rect.r1, this.rect.c1, 'verticalAlignment') ?? FORMAT_DEFAULTS.verticalAlignment;
  }

  setWrap(isWrapEnabled: boolean): GRange {
    this.c('setWrap');
    this.setFormat('wrapStrategy', isWrapEnabled ? 'WRAP' : 'OVERFLOW');
    return this.self();
  }

  getWrap(): boolean {
    this.c('getWrap');
    return (this.format(this.rect.r1, this.rect.c1, 'wrapStrategy') ?? FORMAT_DEFAULTS.wrapStrategy) === 'WRAP';
  }

  setWrapStrategy(strategy: GoogleAppsScript.Spreadsheet.WrapStrategy): GRange {
    this.c('setWrapStrategy');
    this.setFormat('wrapStrategy', String(strategy) as WrapStrategyName);
    return this.self();
  }

  getWrapStrategy(): GoogleAppsScript.Spreadsheet.WrapStrategy {
    this.c('getWrapStrategy');
    return (this.format(this.rect.r1, this.rect.c1, 'wrapStrategy') ?? FORMAT_DEFAULTS.wrapStrategy) as unknown as GoogleAppsScript.Spreadsheet.WrapStrategy;
  }

  setNumberFormat(numberFormat: string): GRange {
    this.c('setNumberFormat');
    this.setFormat('numberFormat', numberFormat === AUTOMATIC_FORMAT || numberFormat === '' ? undefined : String(numberFormat));
    return this.self();
  }

  setNumberFormats(numberFormats: any[][]): GRange {
    this.c('setNumberFormats');
    this.setFormats('setNumberFormats', 'numberFormat', numberFormats, (v) => (v == null || v === '' || v === AUTOMATIC_FORMAT ? undefined : String(v)));
    return this.self();
  }

  /** The automatic format reads as "0.###############", as in Apps Script. */
  getNumberFormat(): string {
    this.c('getNumberFormat');
    return this.format(this.rect.r1, this.rect.c1, 'numberFormat') ?? AUTOMATIC_FORMAT;
  }

  getNumberFormats(): string[][] {
    this.c('getNumberFormats');
    return this.grid((r, c) => this.format(r, c, 'numberFormat') ?? AUTOMATIC_FORMAT);
  }

  /**
   * Borders: true sets, false removes, null leaves a side unchanged; `vertical`/`horizontal` are the inner lines.
   */
  setBorder(
    top: boolean | null,
    left: boolean | null,
    bottom: boolean | null,
    right: boolean | null,
    vertical: boolean | null,
    horizontal: boolean | null,
    color?: string | null,
    style?: GoogleAppsScript.Spreadsheet.BorderStyle | null,
  ): GRange {
    this.c('setBorder');
    const side: BorderSide = { color: normalizeColor(color) ?? '#000000', style: (style ? String(style) : BorderStyle.SOLID) as BorderStyleName };
    const apply = (r: number, c: number, key: 'top' | 'left' | 'bottom' | 'right', on: boolean | null | undefined) => {
      if (on === null || on === undefined) return;
      const cell = this.sheet._ensure(r, c);
      const borders = ((cell.format ??= {}).borders ??= {});
      if (on) borders[key] = { ...side };
      else delete borders[key];
    };
    this.forEach((r, c) => {
      apply(r, c, 'top', r === this.rect.r1 ? top : horizontal);
      apply(r, c, 'bottom', r === this.rect.r2 ? bottom : horizontal);
      apply(r, c, 'left', c === this.rect.c1 ? left : vertical);
      apply(r, c, 'right', c === this.rect.c2 ? right : vertical);
    });
    return this.self();
  }

  // ---- merges, protection, selection -------------------------------------------------------------------------

  /** Merging keeps the top-left value and clears the others, as Sheets does. */
  merge(): GRange {
    this.c('merge');
    this.mergeRects([this.rect]);
    return this.self();
  }

  mergeAcross(): GRange {
    this.c('mergeAcross');
    const rects: Rect[] = [];
    for (let r = this.rect.r1; r <= this.rect.r2; r++) rects.push({ r1: r, c1: this.rect.c1, r2: r, c2: this.rect.c2 });
    this.mergeRects(rects);
    return this.self();
  }

  mergeVertically(): GRange {
    this.c('mergeVertically');
    const rects: Rect[] = [];
    for (let c = this.rect.c1; c <= this.rect.c2; c++) rects.push({ r1: this.rect.r1, c1: c, r2: this.rect.r2, c2: c });
    this.mergeRects(rects);
    return this.self();
  }

  breakApart(): GRange {
    this.c('breakApart');
    for (const m of this.sheet.merges) if (intersects(m, this.rect) && !contains(this.rect, m)) throw new Error(MERGE_ERROR);
    this.sheet.merges = this.sheet.merges.filter((m) => !contains(this.rect, m));
    return this.self();
  }

  isPartOfMerge(): boolean {
    this.c('isPartOfMerge');
    return this.sheet.merges.some((m) => intersects(m, this.rect));
  }

  getMergedRanges(): GRange[] {
    this.c('getMergedRanges');
    return this.ctx.list(this.sheet.merges.filter((m) => intersects(m, this.rect)).map((m) => this.sheet._range({ ...m }))) as unknown as GRange[];
  }

  /** "If the range is already protected, this method creates a new protected range that overlaps the existing one." */
  protect(): GoogleAppsScript.Spreadsheet.Protection {
    this.c('protect');
    const p = new FakeProtection(this.ctx, this.sheet, 'RANGE', { ...this.rect });
    this.sheet.rangeProtections.push(p);
    return p as unknown as GoogleAppsScript.Spreadsheet.Protection;
  }

  /** Selects the range: it becomes the active range and its sheet the active sheet. */
  activate(): GRange {
    this.c('activate');
    this.sheet.ss._activateRange(this);
    return this.self();
  }
}
