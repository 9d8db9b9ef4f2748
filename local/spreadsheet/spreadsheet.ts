// FakeSpreadsheet: sheets, named ranges, selection, metadata, toasts, and structural edits that ripple across sheets.
import { Rect, parseA1 } from './a1';
import type { AppContext } from './context';
import { FakeDeveloperMetadata, addMetadata } from './developerMetadata';
import { ProtectionType } from './enums';
import { StructuralChange, adjustFormula, deleteSheetInFormula, renameSheetInFormula, shiftRect } from './formulaRefs';
import { FakeNamedRange, checkRangeName } from './namedRange';
import { FakeProtection, FakeUser } from './protection';
import type { FakeRange } from './range';
import { FakeSheet, SheetRect } from './sheet';
import { signatureError } from './values';

type GSpreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type GSheet = GoogleAppsScript.Spreadsheet.Sheet;
type GRange = GoogleAppsScript.Spreadsheet.Range;

export interface Toast {
  message: string;
  title: string;
  timeoutSeconds: number;
}

export function spreadsheetUrl(id: string): string {
  return `https://docs.google.com/spreadsheets/d/${id}/edit`;
}

export class FakeSpreadsheet
  implements
    Pick<
      GSpreadsheet,
      | 'getId' | 'getName' | 'rename' | 'getUrl' | 'getSheets' | 'getSheetByName' | 'getSheetById' | 'getNumSheets'
      | 'insertSheet' | 'deleteSheet' | 'getActiveSheet' | 'setActiveSheet' | 'getActiveRange' | 'setActiveRange'
      | 'getActiveCell' | 'getCurrentCell' | 'getRange' | 'getRangeByName' | 'setNamedRange' | 'getNamedRanges'
      | 'removeNamedRange' | 'getSpreadsheetTimeZone' | 'setSpreadsheetTimeZone' | 'getSpreadsheetLocale'
      | 'setSpreadsheetLocale' | 'addDeveloperMetadata' | 'getDeveloperMetadata' | 'toast' | 'moveActiveSheet' | 'copy'
      | 'getProtections' | 'getEditors' | 'addEditor' | 'removeEditor'
    >
{
  sheets: FakeSheet[] = [];
  activeSheet: FakeSheet | null = null;
  activeSelection: SheetRect | null = null;
  namedRanges: FakeNamedRange[] = [];
  metadata: FakeDeveloperMetadata[] = [];
  toasts: Toast[] = [];
  /** Editors besides the owner (the owner is the script's user unless set otherwise). */
  editors: string[] = [];
  owner: string;
  timeZone: string;
  locale: string;

  constructor(
    readonly ctx: AppContext,
    public id: string,
    public name: string,
  ) {
    this.owner = ctx.userEmail;
    this.timeZone = ctx.timeZone;
    this.locale = ctx.locale;
  }

  private c(method: string): void {
    this.ctx.count(`Spreadsheet.${method}`);
  }

  /** Apps Script objects print as their class name and serialize as {}. */
  toString(): string {
    return 'Spreadsheet';
  }

  toJSON(): Record<string, never> {
    return {};
  }

  // ---- internals (not counted) ------------------------------------------------------------------------------

  _url(): string {
    return spreadsheetUrl(this.id);
  }

  _sheetByName(name: string): FakeSheet | undefined {
    return this.sheets.find((s) => s.name === name);
  }

  _defaultSheetName(): string {
    const prefix = this.locale.toLowerCase().startsWith('vi') ? 'Trang tính' : 'Sheet';
    let n = this.sheets.length + 1;
    while (this._sheetByName(`${prefix}${n}`)) n++;
    return `${prefix}${n}`;
  }

  _newSheetId(): number {
    if (this.sheets.length === 0 || !this.sheets.some((s) => s.sheetId === 0)) return 0;
    let id: number;
    do id = this.ctx.nextRandom() % 2_000_000_000;
    while (this.sheets.some((s) => s.sheetId === id));
    return id;
  }

  /** Creates and places a sheet (0-based index); throws Apps Script's duplicate-name error. */
  _insertSheet(name: string, index: number, sheetId?: number): FakeSheet {
    if (this._sheetByName(name)) throw new Error(`A sheet with the name "${name}" already exists. Please enter another name.`);
    const sheet = new FakeSheet(this.ctx, this, name, sheetId ?? this._newSheetId());
    this.sheets.splice(Math.max(0, Math.min(index, this.sheets.length)), 0, sheet);
    this.ctx.touch();
    return sheet;
  }

  _renameSheet(sheet: FakeSheet, name: string): void {
    if (name === sheet.name) return;
    if (name.trim() === '') throw new Error('Sheet names cannot be empty.');
    if (this._sheetByName(name)) throw new Error(`A sheet with the name "${name}" already exists. Please enter another name.`);
    const old = sheet.name;
    for (const s of this.sheets) s._forEachCell((cell) => {
      if (cell.formula !== undefined) cell.formula = renameSheetInFormula(cell.formula, old, name);
    });
    sheet.name = name;
    this.ctx.touch();
  }

  _activateSheet(sheet: FakeSheet): void {
    this.activeSheet = sheet;
    if (this.activeSelection && this.activeSelection.sheet !== sheet) this.activeSelection = null;
  }

  _activateRange(range: FakeRange): void {
    this.activeSheet = range.sheet;
    this.activeSelection = { sheet: range.sheet, rect: { ...range.rect } };
  }

  _activeSheet(): FakeSheet {
    if (!this.activeSheet || !this.sheets.includes(this.activeSheet)) this.activeSheet = this.sheets.find((s) => !s.hidden) ?? this.sheets[0];
    return this.activeSheet;
  }

  /** The selection; a freshly opened sheet has A1 selected. */
  _activeRange(): FakeRange | null {
    const sheet = this._activeSheet();
    if (this.activeSelection && this.activeSelection.sheet === sheet) return sheet._range({ ...this.activeSelection.rect });
    return sheet ? sheet._range({ r1: 1, c1: 1, r2: 1, c2: 1 }) : null;
  }

  /** Resolves "A1", "Sheet!A1:B2", "'Thành viên'!B2:C5" (unqualified: the active sheet). */
  _rangeFromA1(a1: string): FakeRange {
    const parsed = typeof a1 === 'string' ? parseA1(a1) : null;
    if (!parsed) throw new Error('Range not found');
    const sheet = parsed.sheetName === null ? this._activeSheet() : this._sheetByName(parsed.sheetName);
    if (!sheet) throw new Error('Range not found');
    return sheet._range(sheet._rectFromA1(parsed));
  }

  /**
   * Inserts or deletes rows/columns on `sheet` and moves everything that points at them: formulas on every sheet,
   * named ranges, protections and their unprotected ranges, conditional-format ranges, range-based validations,
   * merges, frozen panes and the selection.
   */
  _applyStructuralChange(sheet: FakeSheet, change: StructuralChange): void {
    sheet._shiftGrid(change);
    const seen = new Set<object>();
    for (const s of this.sheets) {
      s._forEachCell((cell) => {
        if (cell.formula !== undefined) cell.formula = adjustFormula(cell.formula, s.name, change);
        const v = cell.validation;
        if (v && !seen.has(v)) {
          seen.add(v);
          const ref = v._rangeRef();
          if (ref && ref.sheet === sheet) ref.rect = shiftRect(ref.rect, change) ?? ref.rect;
          if (v.spec.criteria === 'CUSTOM_FORMULA' && typeof v.spec.values[0] === 'string') {
            v.spec.values[0] = adjustFormula(v.spec.values[0], s.name, change);
          }
        }
      });
    }
    const moveRect = (rect: Rect): Rect | null => shiftRect(rect, change);
    sheet.merges = sheet.merges.map(moveRect).filter((m): m is Rect => m !== null);
    this.namedRanges = this.namedRanges.filter((n) => {
      if (n.ref.sheet !== sheet) return true;
      const moved = moveRect(n.ref.rect);
      if (moved) n.ref.rect = moved;
      return moved !== null;
    });
    const moveProtection = (p: FakeProtection): boolean => {
      p.unprotected = p.unprotected.map(moveRect).filter((m): m is Rect => m !== null);
      if (!p.rect) return true;
      const moved = moveRect(p.rect);
      if (moved) p.rect = moved;
      return moved !== null;
    };
    if (sheet.sheetProtection) moveProtection(sheet.sheetProtection);
    sheet.rangeProtections = sheet.rangeProtections.filter(moveProtection);
    sheet.conditionalRules = sheet.conditionalRules.filter((rule) => {
      rule.spec.ranges = rule.spec.ranges
        .map((r) => (r.sheet === sheet ? { sheet: r.sheet, rect: moveRect(r.rect) } : r))
        .filter((r): r is SheetRect => r.rect !== null);
      if (rule.spec.criteria === 'CUSTOM_FORMULA' && typeof rule.spec.values[0] === 'string') {
        rule.spec.values[0] = adjustFormula(rule.spec.values[0], sheet.name, change);
      }
      return rule.spec.ranges.length > 0;
    });
    if (this.activeSelection?.sheet === sheet) {
      const moved = moveRect(this.activeSelection.rect);
      this.activeSelection = moved ? { sheet, rect: moved } : null;
    }
    this.ctx.touch();
  }

  /** A deep copy registered nowhere yet (see SpreadsheetApp controls). */
  _deepCopy(id: string, name: string): FakeSpreadsheet {
    const copy = new FakeSpreadsheet(this.ctx, id, name);
    copy.timeZone = this.timeZone;
    copy.locale = this.locale;
    copy.owner = this.owner;
    copy.editors = [...this.editors];
    const map = new Map<FakeSheet, FakeSheet>();
    for (const s of this.sheets) {
      const t = new FakeSheet(this.ctx, copy, s.name, s.sheetId);
      copy.sheets.push(t);
      map.set(s, t);
    }
    const remap = (s: FakeSheet) => map.get(s) ?? s;
    for (const s of this.sheets) s._copyInto(map.get(s)!, remap);
    copy.namedRanges = this.namedRanges.map((n) => new FakeNamedRange(this.ctx, copy, n.name, { sheet: remap(n.ref.sheet), rect: { ...n.ref.rect } }));
    copy.metadata = this.metadata.map((m) => m._copyTo({ kind: 'SPREADSHEET', ss: copy }));
    copy.activeSheet = this.activeSheet ? remap(this.activeSheet) : null;
    return copy;
  }

  // ---- Apps Script surface ----------------------------------------------------------------------------------

  getId(): string {
    this.c('getId');
    return this.id;
  }

  getName(): string {
    this.c('getName');
    return this.name;
  }

  rename(newName: string): void {
    this.c('rename');
    this.name = String(newName);
  }

  getUrl(): string {
    this.c('getUrl');
    return this._url();
  }

  getSheets(): GSheet[] {
    this.c('getSheets');
    return this.ctx.list([...this.sheets]) as unknown as GSheet[];
  }

  getNumSheets(): number {
    this.c('getNumSheets');
    return this.sheets.length;
  }

  getSheetByName(name: string): GSheet | null {
    this.c('getSheetByName');
    return (this._sheetByName(name) ?? null) as unknown as GSheet | null;
  }

  getSheetById(id: number): GSheet | null {
    this.c('getSheetById');
    return (this.sheets.find((s) => s.sheetId === id) ?? null) as unknown as GSheet | null;
  }

  /**
   * insertSheet(), (sheetIndex), (sheetName), (sheetName, sheetIndex), (sheetName, options), (sheetName, sheetIndex,
   * options). The index is 0-based; without one the sheet goes right after the active sheet (observed behaviour).
   * "The new sheet becomes the active sheet." options.template copies a sheet's contents and formats.
   */
  insertSheet(a?: any, b?: any, c?: any): GSheet {
    this.c('insertSheet');
    let name: string | undefined;
    let index: number | undefined;
    let options: { template?: FakeSheet } | undefined;
    for (const arg of [a, b, c].slice(0, arguments.length)) {
      if (typeof arg === 'string') name = arg;
      else if (typeof arg === 'number') index = arg;
      else if (arg && typeof arg === 'object') options = arg as { template?: FakeSheet };
      else if (arg !== undefined) throw signatureError('SpreadsheetApp.Spreadsheet.insertSheet', [a, b, c].slice(0, arguments.length));
    }
    const position = index ?? (this.sheets.length ? this.sheets.indexOf(this._activeSheet()) + 1 : 0);
    const sheet = this._insertSheet(name ?? this._defaultSheetName(), position);
    if (options?.template) options.template._copyInto(sheet, (s) => (s === options!.template ? sheet : s));
    sheet.hidden = false;
    this._activateSheet(sheet);
    return sheet as unknown as GSheet;
  }

  /** Deletes a sheet; references to it become #REF!, its named ranges go away. */
  deleteSheet(sheet: GSheet): void {
    this.c('deleteSheet');
    const s = sheet as unknown as FakeSheet;
    if (!this.sheets.includes(s)) throw new Error('Sheet not found');
    if (this.sheets.length <= 1) throw new Error("You can't remove all the sheets in a document.");
    this.sheets = this.sheets.filter((x) => x !== s);
    this.namedRanges = this.namedRanges.filter((n) => n.ref.sheet !== s);
    for (const other of this.sheets) other._forEachCell((cell) => {
      if (cell.formula !== undefined) cell.formula = deleteSheetInFormula(cell.formula, s.name);
    });
    if (this.activeSheet === s) this.activeSheet = null;
    if (this.activeSelection?.sheet === s) this.activeSelection = null;
    this.ctx.touch();
  }

  getActiveSheet(): GSheet {
    this.c('getActiveSheet');
    return this._activeSheet() as unknown as GSheet;
  }

  setActiveSheet(sheet: GSheet, _restoreSelection?: boolean): GSheet {
    this.c('setActiveSheet');
    this._activateSheet(sheet as unknown as FakeSheet);
    return sheet;
  }

  getActiveRange(): GRange | null {
    this.c('getActiveRange');
    return this._activeRange() as unknown as GRange | null;
  }

  setActiveRange(range: GRange): GRange {
    this.c('setActiveRange');
    this._activateRange(range as unknown as FakeRange);
    return range;
  }

  getActiveCell(): GRange {
    this.c('getActiveCell');
    const r = this._activeRange()!;
    return r.sheet._range({ r1: r.rect.r1, c1: r.rect.c1, r2: r.rect.r1, c2: r.rect.c1 }) as unknown as GRange;
  }

  getCurrentCell(): GRange | null {
    this.c('getCurrentCell');
    const r = this._activeRange();
    return (r ? r.sheet._range({ r1: r.rect.r1, c1: r.rect.c1, r2: r.rect.r1, c2: r.rect.c1 }) : null) as unknown as GRange | null;
  }

  getRange(a1Notation: string): GRange {
    this.c('getRange');
    return this._rangeFromA1(a1Notation) as unknown as GRange;
  }

  getRangeByName(name: string): GRange | null {
    this.c('getRangeByName');
    const n = this.namedRanges.find((x) => x.name === name);
    return (n ? n.ref.sheet._range({ ...n.ref.rect }) : null) as unknown as GRange | null;
  }

  /** Names a range; an existing name is moved to the new range. */
  setNamedRange(name: string, range: GRange): void {
    this.c('setNamedRange');
    checkRangeName(name);
    const r = range as unknown as FakeRange;
    const existing = this.namedRanges.find((x) => x.name === name);
    if (existing) existing.ref = { sheet: r.sheet, rect: { ...r.rect } };
    else this.namedRanges.push(new FakeNamedRange(this.ctx, this, name, { sheet: r.sheet, rect: { ...r.rect } }));
  }

  getNamedRanges(): GoogleAppsScript.Spreadsheet.NamedRange[] {
    this.c('getNamedRanges');
    return this.ctx.list([...this.namedRanges]) as unknown as GoogleAppsScript.Spreadsheet.NamedRange[];
  }

  removeNamedRange(name: string): void {
    this.c('removeNamedRange');
    this.namedRanges = this.namedRanges.filter((x) => x.name !== name);
  }

  getSpreadsheetTimeZone(): string {
    this.c('getSpreadsheetTimeZone');
    return this.timeZone;
  }

  setSpreadsheetTimeZone(timezone: string): void {
    this.c('setSpreadsheetTimeZone');
    this.timeZone = timezone;
  }

  getSpreadsheetLocale(): string {
    this.c('getSpreadsheetLocale');
    return this.locale;
  }

  setSpreadsheetLocale(locale: string): void {
    this.c('setSpreadsheetLocale');
    this.locale = locale;
  }

  addDeveloperMetadata(key: string, valueOrVisibility?: any, visibility?: any): GSpreadsheet {
    this.c('addDeveloperMetadata');
    addMetadata(this.ctx, { kind: 'SPREADSHEET', ss: this }, key, valueOrVisibility, visibility, arguments.length);
    return this as unknown as GSpreadsheet;
  }

  /** Spreadsheet-level metadata only ("associated with the top-level spreadsheet"). */
  getDeveloperMetadata(): GoogleAppsScript.Spreadsheet.DeveloperMetadata[] {
    this.c('getDeveloperMetadata');
    return this.ctx.list([...this.metadata]) as unknown as GoogleAppsScript.Spreadsheet.DeveloperMetadata[];
  }

  /** Recorded for tests; the default timeout is 5 seconds. */
  toast(msg: string, title?: string, timeoutSeconds?: number | null): void {
    this.c('toast');
    this.toasts.push({ message: String(msg), title: title === undefined || title === null ? '' : String(title), timeoutSeconds: timeoutSeconds ?? 5 });
  }

  /** Moves the active sheet to a 1-based position. */
  moveActiveSheet(pos: number): void {
    this.c('moveActiveSheet');
    const sheet = this._activeSheet();
    if (!Number.isInteger(pos) || pos < 1 || pos > this.sheets.length) throw new Error('The sheet position is out of range.');
    this.sheets = this.sheets.filter((s) => s !== sheet);
    this.sheets.splice(pos - 1, 0, sheet);
  }

  /** Copies the spreadsheet (everything, deep) as a new spreadsheet registered in this SpreadsheetApp. */
  copy(name: string): GSpreadsheet {
    this.c('copy');
    const copy = this._deepCopy(this.ctx.newSpreadsheetId(), String(name));
    this.ctx.spreadsheets.set(copy.id, copy);
    return copy as unknown as GSpreadsheet;
  }

  getProtections(type: GoogleAppsScript.Spreadsheet.ProtectionType): GoogleAppsScript.Spreadsheet.Protection[] {
    this.c('getProtections');
    const t = String(type);
    if (t !== ProtectionType.SHEET && t !== ProtectionType.RANGE) throw signatureError('SpreadsheetApp.Spreadsheet.getProtections', [type]);
    return this.ctx.list(this.sheets.flatMap((s) => s._protections(t))) as unknown as GoogleAppsScript.Spreadsheet.Protection[];
  }

  getEditors(): GoogleAppsScript.Base.User[] {
    this.c('getEditors');
    return this.ctx.list([this.owner, ...this.editors.filter((e) => e !== this.owner)].map((e) => new FakeUser(e))) as unknown as GoogleAppsScript.Base.User[];
  }

  addEditor(emailAddress: string | GoogleAppsScript.Base.User): GSpreadsheet {
    this.c('addEditor');
    const email = typeof emailAddress === 'string' ? emailAddress : emailAddress.getEmail();
    if (!this.editors.includes(email)) this.editors.push(email);
    return this as unknown as GSpreadsheet;
  }

  removeEditor(emailAddress: string | GoogleAppsScript.Base.User): GSpreadsheet {
    this.c('removeEditor');
    const email = typeof emailAddress === 'string' ? emailAddress : emailAddress.getEmail();
    this.editors = this.editors.filter((e) => e !== email);
    return this as unknown as GSpreadsheet;
  }
}
