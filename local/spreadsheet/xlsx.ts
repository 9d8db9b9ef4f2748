// .xlsx load/save with exceljs; what xlsx cannot say (ids, metadata, protections, checkboxes…) goes in a hidden "__runtime" sheet.
import ExcelJS from 'exceljs';
import { basename } from 'node:path';
import { ParsedA1, Rect, parseA1, quoteSheetName, rectA1, rectA1Absolute } from './a1';
import type { SpreadsheetAppControls } from './app';
import { FakeConditionalFormatRule, RuleFormat, RuleSpec } from './conditionalFormat';
import { FakeDataValidation, ValidationSpec } from './dataValidation';
import { FakeDeveloperMetadata } from './developerMetadata';
import type { BooleanCriteriaName, BorderStyleName, DataValidationCriteriaName, ProtectionTypeName, VisibilityName } from './enums';
import { BorderSide, CellFormat } from './format';
import { translateFormula } from './formulaRefs';
import { FakeNamedRange } from './namedRange';
import { instantFromWallClock, lowerDateTokens, wallClockMs } from './numberFormat';
import { FakeProtection } from './protection';
import { Cell, DEFAULT_COLUMNS, DEFAULT_ROWS, FakeSheet, SheetRect } from './sheet';
import { FakeSpreadsheet } from './spreadsheet';
import { CellValue, isDate } from './values';

/** The veryHidden sheet that carries the runtime-only state as JSON (column A, in chunks). */
export const RUNTIME_SHEET = '__runtime';
const CHUNK = 30_000;
const PX_PER_WIDTH_UNIT = 7;
const PT_PER_PX = 0.75;

interface MetadataJson {
  id: number;
  key: string;
  value: string | null;
  visibility: VisibilityName;
}

interface ProtectionJson {
  type: ProtectionTypeName;
  range: string | null;
  description: string;
  warningOnly: boolean;
  editors: string[] | null;
  domainEdit: boolean;
  unprotected: string[];
  rangeName: string | null;
}

interface ValidationJson {
  ranges: string[];
  criteria: DataValidationCriteriaName | null;
  /** A VALUE_IN_RANGE range is stored as {range: "'Sheet'!A1:B2"}. */
  values: unknown[];
  allowInvalid: boolean;
  helpText: string | null;
}

interface RuleJson {
  criteria: BooleanCriteriaName | null;
  values: unknown[];
  format: RuleFormat;
  ranges: string[];
}

interface SheetJson {
  name: string;
  sheetId: number;
  maxRows: number;
  maxColumns: number;
  wrapClip: string[];
  /** A1 → formula text as written, for formulas stored converted to en_US syntax (see toFileSyntax). */
  localFormulas: Record<string, string>;
  metadata: MetadataJson[];
  protections: ProtectionJson[];
  validations: ValidationJson[];
  conditionalRules: RuleJson[];
}

interface RuntimeJson {
  version: 1;
  id: string;
  name: string;
  timeZone: string;
  locale: string;
  owner: string;
  editors: string[];
  activeSheet: string | null;
  selection: string | null;
  metadata: MetadataJson[];
  sheets: SheetJson[];
}

// ---- shared helpers ----------------------------------------------------------------------------------------------

function argb(color: string): string {
  return `FF${color.replace('#', '').toUpperCase()}`;
}

function fromArgb(c: Partial<ExcelJS.Color> | undefined): string | undefined {
  const v = c?.argb;
  return typeof v === 'string' && v.length >= 6 ? `#${v.slice(-6).toLowerCase()}` : undefined;
}

function qualified(ref: SheetRect): string {
  return `${quoteSheetName(ref.sheet.name)}!${rectA1(ref.rect)}`;
}

/** Groups the cells of a sheet that share one value of `key` into rectangles (runs down each column). */
function groupCells<T>(sheet: FakeSheet, key: (cell: Cell) => T | undefined): Map<T, Rect[]> {
  const groups = new Map<T, Rect[]>();
  const columns = new Map<number, Array<{ row: number; value: T }>>();
  sheet._forEachCell((cell, r, c) => {
    const v = key(cell);
    if (v === undefined) return;
    let list = columns.get(c);
    if (!list) columns.set(c, (list = []));
    list.push({ row: r, value: v });
  });
  for (const [c, list] of columns) {
    list.sort((a, b) => a.row - b.row);
    let start = 0;
    for (let i = 1; i <= list.length; i++) {
      if (i < list.length && list[i].value === list[start].value && list[i].row === list[i - 1].row + 1) continue;
      const v = list[start].value;
      if (!groups.has(v)) groups.set(v, []);
      groups.get(v)!.push({ r1: list[start].row, c1: c, r2: list[i - 1].row, c2: c });
      start = i;
    }
  }
  return groups;
}

const BORDER_TO_XLSX: Record<BorderStyleName, ExcelJS.BorderStyle> = {
  DOTTED: 'dotted', DASHED: 'dashed', SOLID: 'thin', SOLID_MEDIUM: 'medium', SOLID_THICK: 'thick', DOUBLE: 'double',
};

function borderFromXlsx(b: Partial<ExcelJS.Border> | undefined): BorderSide | undefined {
  if (!b || !b.style) return undefined;
  const entry = Object.entries(BORDER_TO_XLSX).find(([, v]) => v === b.style);
  return { style: (entry?.[0] ?? 'SOLID') as BorderStyleName, color: fromArgb(b.color) ?? '#000000' };
}

// ---- save ----------------------------------------------------------------------------------------------------

/**
 * Files store formulas in en_US syntax. A formula written in the Vietnamese-locale syntax (';' between arguments,
 * ',' as the decimal mark: =DVHT_LEVEL("2.5"; H2:H60) or =$E2<0,95) is converted; the original text travels in the
 * runtime sheet so it loads back unchanged. Formulas without ';' outside strings and braces are kept as they are.
 */
export function toFileSyntax(formula: string): string {
  let out = '';
  let changed = false;
  let depth = 0;
  for (let i = 0; i < formula.length; i++) {
    const ch = formula[i];
    if (ch === '"') {
      const end = formula.indexOf('"', i + 1);
      const stop = end < 0 ? formula.length : end + 1;
      out += formula.slice(i, stop);
      i = stop - 1;
      continue;
    }
    if (ch === '{') depth++;
    if (ch === '}') depth--;
    if (depth === 0 && ch === ';') {
      out += ',';
      changed = true;
    } else if (depth === 0 && ch === ',' && /\d/.test(formula[i - 1] ?? '') && /\d/.test(formula[i + 1] ?? '')) out += '.';
    else out += ch;
  }
  return changed ? out : formula;
}

function toXlsxValue(value: CellValue, timeZone: string): ExcelJS.CellValue {
  // exceljs reads and writes Dates as UTC wall-clock times; Sheets shows dates in the spreadsheet's time zone.
  return isDate(value) ? new Date(wallClockMs(value, timeZone)) : value;
}

const EXCEL_ERRORS = new Set(['#N/A', '#REF!', '#NAME?', '#DIV/0!', '#NULL!', '#VALUE!', '#NUM!']);

function formulaResult(value: CellValue, timeZone: string): ExcelJS.CellFormulaValue['result'] {
  if (typeof value === 'string' && value.startsWith('#') && (EXCEL_ERRORS.has(value) || value === '#ERROR!')) {
    return { error: (EXCEL_ERRORS.has(value) ? value : '#VALUE!') as ExcelJS.CellErrorValue['error'] };
  }
  return toXlsxValue(value, timeZone) as ExcelJS.CellFormulaValue['result'];
}

function writeFormat(xc: ExcelJS.Cell, f: CellFormat): void {
  if (f.numberFormat) xc.numFmt = lowerDateTokens(f.numberFormat);
  const font: Partial<ExcelJS.Font> = {};
  if (f.fontWeight === 'bold') font.bold = true;
  if (f.fontStyle === 'italic') font.italic = true;
  if (f.fontColor) font.color = { argb: argb(f.fontColor) };
  if (f.fontSize) font.size = f.fontSize;
  if (f.fontFamily) font.name = f.fontFamily;
  if (f.fontLine === 'underline') font.underline = true;
  if (f.fontLine === 'line-through') font.strike = true;
  if (Object.keys(font).length) xc.font = font;
  if (f.background) xc.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: argb(f.background) } };
  const alignment: Partial<ExcelJS.Alignment> = {};
  if (f.horizontalAlignment && f.horizontalAlignment !== 'general') alignment.horizontal = f.horizontalAlignment as ExcelJS.Alignment['horizontal'];
  if (f.verticalAlignment) alignment.vertical = f.verticalAlignment as ExcelJS.Alignment['vertical'];
  if (f.wrapStrategy === 'WRAP') alignment.wrapText = true;
  if (Object.keys(alignment).length) xc.alignment = alignment;
  if (f.borders) {
    const border: Partial<ExcelJS.Borders> = {};
    for (const side of ['top', 'left', 'bottom', 'right'] as const) {
      const b = f.borders[side];
      if (b) border[side] = { style: BORDER_TO_XLSX[b.style] ?? 'thin', color: { argb: argb(b.color) } };
    }
    if (Object.keys(border).length) xc.border = border;
  }
}

/** The xlsx form of a validation, for spreadsheet programs; null where xlsx has no equivalent (JSON keeps it). */
function xlsxValidation(v: FakeDataValidation): ExcelJS.DataValidation | null {
  const { criteria, values, allowInvalid, helpText } = v.spec;
  const base = { allowBlank: true, showErrorMessage: !allowInvalid, errorStyle: 'stop', showInputMessage: !!helpText, prompt: helpText ?? undefined };
  const numberOps: Partial<Record<DataValidationCriteriaName, ExcelJS.DataValidationOperator>> = {
    NUMBER_BETWEEN: 'between', NUMBER_NOT_BETWEEN: 'notBetween', NUMBER_EQUAL_TO: 'equal', NUMBER_NOT_EQUAL_TO: 'notEqual',
    NUMBER_GREATER_THAN: 'greaterThan', NUMBER_GREATER_THAN_OR_EQUAL_TO: 'greaterThanOrEqual', NUMBER_LESS_THAN: 'lessThan',
    NUMBER_LESS_THAN_OR_EQUAL_TO: 'lessThanOrEqual',
  };
  switch (criteria) {
    case 'VALUE_IN_LIST':
      return { ...base, type: 'list', formulae: [`"${(values[0] as unknown[]).map(String).join(',')}"`] };
    case 'VALUE_IN_RANGE': {
      const ref = v._rangeRef();
      return ref ? { ...base, type: 'list', formulae: [`${quoteSheetName(ref.sheet.name)}!${rectA1Absolute(ref.rect)}`] } : null;
    }
    case 'CHECKBOX':
      return { ...base, type: 'list', formulae: [values.length ? `"${values.map((x) => String(x ?? '')).join(',')}"` : '"TRUE,FALSE"'] };
    case 'CUSTOM_FORMULA':
      return { ...base, type: 'custom', formulae: [toFileSyntax(String(values[0])).replace(/^=/, '')] };
    default: {
      const op = criteria ? numberOps[criteria] : undefined;
      return op ? { ...base, type: 'decimal', operator: op, formulae: values.map(Number) } : null;
    }
  }
}

function xlsxRule(rule: RuleSpec): ExcelJS.ConditionalFormattingRule | null {
  const style: Partial<ExcelJS.Style> = {};
  if (rule.format.background) style.fill = { type: 'pattern', pattern: 'solid', bgColor: { argb: argb(rule.format.background) } };
  const font: Partial<ExcelJS.Font> = {};
  if (rule.format.fontColor) font.color = { argb: argb(rule.format.fontColor) };
  if (rule.format.bold) font.bold = true;
  if (rule.format.italic) font.italic = true;
  if (Object.keys(font).length) style.font = font;
  const v = rule.values;
  const quoted = (x: unknown) => (typeof x === 'number' ? String(x) : `"${String(x).replace(/"/g, '""')}"`);
  const cellIs = (operator: string, formulae: unknown[]) => ({ type: 'cellIs', operator, formulae: formulae.map(quoted), style, priority: 1 }) as unknown as ExcelJS.ConditionalFormattingRule;
  switch (rule.criteria) {
    case 'TEXT_EQUAL_TO': case 'NUMBER_EQUAL_TO': return cellIs('equal', v);
    case 'NUMBER_LESS_THAN': return cellIs('lessThan', v);
    case 'NUMBER_GREATER_THAN': return cellIs('greaterThan', v);
    case 'NUMBER_BETWEEN': return cellIs('between', v);
    case 'NUMBER_GREATER_THAN_OR_EQUAL_TO': return cellIs('greaterThanOrEqual', v);
    case 'NUMBER_LESS_THAN_OR_EQUAL_TO': return cellIs('lessThanOrEqual', v);
    case 'TEXT_CONTAINS': return { type: 'containsText', operator: 'containsText', text: String(v[0]), style, priority: 1 };
    case 'CELL_EMPTY': return { type: 'containsText', operator: 'containsBlanks', style, priority: 1 };
    case 'CELL_NOT_EMPTY': return { type: 'containsText', operator: 'notContainsBlanks', style, priority: 1 };
    case 'CUSTOM_FORMULA': return { type: 'expression', formulae: [toFileSyntax(String(v[0])).replace(/^=/, '')], style, priority: 1 };
    default: return null;
  }
}

function runtimeJson(ss: FakeSpreadsheet): RuntimeJson {
  const meta = (list: FakeDeveloperMetadata[]): MetadataJson[] => list.map((m) => ({ id: m.id, key: m.key, value: m.value, visibility: m.visibility }));
  const active = ss._activeRange();
  return {
    version: 1,
    id: ss.id,
    name: ss.name,
    timeZone: ss.timeZone,
    locale: ss.locale,
    owner: ss.owner,
    editors: [...ss.editors],
    activeSheet: ss.activeSheet?.name ?? null,
    selection: ss.activeSelection && active ? qualified({ sheet: active.sheet, rect: active.rect }) : null,
    metadata: meta(ss.metadata),
    sheets: ss.sheets.map((sheet) => {
      const protections = [...(sheet.sheetProtection ? [sheet.sheetProtection] : []), ...sheet.rangeProtections];
      const validations: ValidationJson[] = [];
      for (const [v, rects] of groupCells(sheet, (cell) => cell.validation)) {
        validations.push({
          ranges: rects.map(rectA1),
          criteria: v.spec.criteria,
          values: v.spec.values.map((x) => (x && typeof x === 'object' && 'rect' in x && 'sheet' in x ? { range: qualified(x as SheetRect) } : x)),
          allowInvalid: v.spec.allowInvalid,
          helpText: v.spec.helpText,
        });
      }
      const localFormulas: Record<string, string> = {};
      sheet._forEachCell((cell, r, c) => {
        if (cell.formula !== undefined && toFileSyntax(cell.formula) !== cell.formula) localFormulas[rectA1({ r1: r, c1: c, r2: r, c2: c })] = cell.formula;
      });
      return {
        name: sheet.name,
        sheetId: sheet.sheetId,
        localFormulas,
        maxRows: sheet.maxRows,
        maxColumns: sheet.maxColumns,
        wrapClip: [...groupCells(sheet, (cell) => (cell.format?.wrapStrategy === 'CLIP' ? true : undefined)).values()].flat().map(rectA1),
        metadata: meta(sheet.metadata),
        protections: protections.map((p) => ({
          type: p.type,
          range: p.rect ? rectA1(p.rect) : null,
          description: p.description,
          warningOnly: p.warningOnly,
          editors: p.editors && [...p.editors],
          domainEdit: p.domainEdit,
          unprotected: p.unprotected.map(rectA1),
          rangeName: p.rangeName,
        })),
        validations,
        conditionalRules: sheet.conditionalRules.map((r) => ({ criteria: r.spec.criteria, values: [...r.spec.values], format: { ...r.spec.format }, ranges: r.spec.ranges.map(qualified) })),
      };
    }),
  };
}

/** Writes the spreadsheet as .xlsx: formulas carry their current value as cached result, so other programs show it. */
export async function saveXlsx(ss: FakeSpreadsheet | GoogleAppsScript.Spreadsheet.Spreadsheet, path: string): Promise<void> {
  const wb = await toWorkbook(ss as unknown as FakeSpreadsheet);
  await wb.xlsx.writeFile(path);
}

/** The same as saveXlsx, into a Buffer. */
export async function xlsxBuffer(ss: FakeSpreadsheet | GoogleAppsScript.Spreadsheet.Spreadsheet): Promise<Buffer> {
  const wb = await toWorkbook(ss as unknown as FakeSpreadsheet);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

async function toWorkbook(ss: FakeSpreadsheet): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  for (const sheet of ss.sheets) {
    const views: Array<Partial<ExcelJS.WorksheetView>> =
      sheet.frozenRows || sheet.frozenColumns ? [{ state: 'frozen', xSplit: sheet.frozenColumns, ySplit: sheet.frozenRows }] : [];
    const ws = wb.addWorksheet(sheet.name, {
      state: sheet.hidden ? 'hidden' : 'visible',
      properties: sheet.tabColor ? { tabColor: { argb: argb(sheet.tabColor) } } : {},
      views,
    });
    sheet.columnWidths.forEach((px, i) => {
      if (px !== undefined) ws.getColumn(i + 1).width = px / PX_PER_WIDTH_UNIT;
    });
    sheet.rowHeights.forEach((px, i) => {
      if (px !== undefined) ws.getRow(i + 1).height = px * PT_PER_PX;
    });
    sheet._forEachCell((cell, r, c) => {
      const xc = ws.getCell(r, c);
      if (cell.formula !== undefined) {
        xc.value = { formula: toFileSyntax(cell.formula).replace(/^=/, ''), result: formulaResult(sheet._evaluate(cell, r, c).value, ss.timeZone) } as ExcelJS.CellFormulaValue;
      } else if (cell.value !== undefined && cell.value !== '') xc.value = toXlsxValue(cell.value, ss.timeZone);
      if (cell.note) xc.note = cell.note;
      if (cell.format) writeFormat(xc, cell.format);
      if (cell.validation) {
        const dv = xlsxValidation(cell.validation);
        if (dv) xc.dataValidation = dv;
      }
    });
    for (const m of sheet.merges) ws.mergeCells(m.r1, m.c1, m.r2, m.c2);
    for (const rule of sheet.conditionalRules) {
      const x = xlsxRule(rule.spec);
      const ranges = rule.spec.ranges.filter((r) => r.sheet === sheet).map((r) => rectA1(r.rect));
      if (x && ranges.length) ws.addConditionalFormatting({ ref: ranges.join(' '), rules: [x] });
    }
  }
  for (const n of ss.namedRanges) wb.definedNames.add(`${quoteSheetName(n.ref.sheet.name)}!${rectA1Absolute(n.ref.rect)}`, n.name);
  const runtime = wb.addWorksheet(RUNTIME_SHEET, { state: 'veryHidden' });
  const json = JSON.stringify(runtimeJson(ss));
  for (let i = 0, row = 1; i < json.length; i += CHUNK, row++) runtime.getCell(row, 1).value = json.slice(i, i + CHUNK);
  const active = ss._activeSheet();
  wb.views = [{ x: 0, y: 0, width: 20000, height: 12000, firstSheet: 0, activeTab: Math.max(0, ss.sheets.indexOf(active)), visibility: 'visible' }];
  return wb;
}

// ---- load ----------------------------------------------------------------------------------------------------

/** A file may reference cells beyond the default 1000 × 26: the sheet grows to hold them. */
function fitRect(sheet: FakeSheet, p: ParsedA1): Rect {
  sheet.maxRows = Math.max(sheet.maxRows, p.r2 ?? 0, p.r1 ?? 0);
  sheet.maxColumns = Math.max(sheet.maxColumns, p.c2 ?? 0, p.c1 ?? 0);
  return sheet._rectFromA1(p);
}

function readFormat(xc: ExcelJS.Cell): CellFormat | undefined {
  const f: CellFormat = {};
  if (xc.numFmt && xc.numFmt !== 'General') f.numberFormat = xc.numFmt;
  const font = xc.font;
  if (font) {
    if (font.bold) f.fontWeight = 'bold';
    if (font.italic) f.fontStyle = 'italic';
    const color = fromArgb(font.color);
    if (color) f.fontColor = color;
    if (font.size) f.fontSize = font.size;
    if (font.name) f.fontFamily = font.name;
    if (font.underline) f.fontLine = 'underline';
    else if (font.strike) f.fontLine = 'line-through';
  }
  const fill = xc.fill;
  if (fill && fill.type === 'pattern' && fill.pattern === 'solid') {
    const bg = fromArgb(fill.fgColor);
    if (bg) f.background = bg;
  }
  const al = xc.alignment;
  if (al) {
    if (al.horizontal) f.horizontalAlignment = al.horizontal;
    if (al.vertical) f.verticalAlignment = al.vertical;
    if (al.wrapText) f.wrapStrategy = 'WRAP';
  }
  const b = xc.border;
  if (b) {
    const borders: NonNullable<CellFormat['borders']> = {};
    for (const side of ['top', 'left', 'bottom', 'right'] as const) {
      const s = borderFromXlsx(b[side]);
      if (s) borders[side] = s;
    }
    if (Object.keys(borders).length) f.borders = borders;
  }
  return Object.keys(f).length ? f : undefined;
}

function readScalar(v: unknown, timeZone: string): CellValue | undefined {
  if (v === null || v === undefined) return undefined;
  if (typeof v === 'number' || typeof v === 'string' || typeof v === 'boolean') return v;
  if (isDate(v)) return instantFromWallClock(v.getTime(), timeZone);
  if (typeof v === 'object') {
    const o = v as { error?: string; richText?: Array<{ text: string }>; text?: unknown };
    if (o.error) return o.error;
    if (o.richText) return o.richText.map((t) => t.text).join('');
    if (o.text !== undefined) return readScalar(o.text, timeZone);
  }
  return String(v);
}

function noteText(note: unknown): string | undefined {
  if (!note) return undefined;
  if (typeof note === 'string') return note;
  const texts = (note as { texts?: Array<{ text: string }> }).texts;
  return texts ? texts.map((t) => t.text).join('') : undefined;
}

function unquoteList(formula: string): string[] | null {
  const m = /^"(.*)"$/s.exec(formula.trim());
  return m ? m[1].split(',').map((s) => s.trim()) : null;
}

export interface LoadOptions {
  /** The spreadsheet name when the file has no runtime sheet (default: the file name without extension). */
  name?: string;
  /** Forces an id (default: the runtime sheet's id, else a new one). */
  id?: string;
}

/** Loads .xlsx (a path or a Buffer) as a new spreadsheet registered in `app`. */
export async function loadXlsx(app: SpreadsheetAppControls, source: string | Buffer, opts: LoadOptions = {}): Promise<FakeSpreadsheet> {
  const ctx = app.context;
  const wb = new ExcelJS.Workbook();
  if (typeof source === 'string') await wb.xlsx.readFile(source);
  else await wb.xlsx.load(source as unknown as ExcelJS.Buffer);
  const runtimeWs = wb.worksheets.find((w) => w.name === RUNTIME_SHEET);
  let runtime: RuntimeJson | null = null;
  if (runtimeWs) {
    let text = '';
    for (let r = 1; r <= runtimeWs.rowCount; r++) {
      const v = runtimeWs.getCell(r, 1).value;
      if (typeof v === 'string') text += v;
    }
    runtime = text ? (JSON.parse(text) as RuntimeJson) : null;
  }
  const fallbackName = typeof source === 'string' ? basename(source).replace(/\.xlsx$/i, '') : 'Untitled spreadsheet';
  const id = opts.id ?? runtime?.id ?? ctx.newSpreadsheetId();
  const ss = new FakeSpreadsheet(ctx, id, runtime?.name ?? opts.name ?? fallbackName);
  if (runtime) {
    ss.timeZone = runtime.timeZone;
    ss.locale = runtime.locale;
    ss.owner = runtime.owner;
    ss.editors = [...runtime.editors];
  }
  const sheetJson = new Map((runtime?.sheets ?? []).map((s) => [s.name, s]));
  // wb.worksheets is in workbook (tab) order.
  const worksheets = wb.worksheets.filter((w) => w !== runtimeWs);
  const pending: Array<() => void> = [];
  for (const ws of worksheets) {
    const json = sheetJson.get(ws.name);
    const sheet = ss._insertSheet(ws.name, ss.sheets.length, json?.sheetId);
    sheet.hidden = ws.state !== 'visible';
    sheet.tabColor = fromArgb(ws.properties?.tabColor) ?? null;
    const view = ws.views?.find((v) => v.state === 'frozen') as ExcelJS.WorksheetViewFrozen | undefined;
    if (view) {
      sheet.frozenRows = view.ySplit ?? 0;
      sheet.frozenColumns = view.xSplit ?? 0;
    }
    sheet.maxRows = Math.max(json?.maxRows ?? DEFAULT_ROWS, ws.rowCount);
    sheet.maxColumns = Math.max(json?.maxColumns ?? DEFAULT_COLUMNS, ws.columnCount);
    (ws.columns ?? []).forEach((col, i) => {
      if (col.width !== undefined && col.width !== null) sheet.columnWidths[i] = Math.round(col.width * PX_PER_WIDTH_UNIT);
    });
    const masters = new Map<string, { formula: string; row: number; col: number }>();
    // Empty cells are visited too: a formatted empty cell (a plain-text '@' column of the template) keeps its format,
    // which decides how the next value typed or written there is parsed.
    ws.eachRow({ includeEmpty: true }, (row, r) => {
      if (row.height !== undefined && row.height !== null && (row as unknown as { customHeight?: boolean }).customHeight !== false) {
        sheet.rowHeights[r - 1] = Math.round(row.height / PT_PER_PX);
      }
      row.eachCell({ includeEmpty: true }, (xc, c) => {
        if (xc.isMerged && xc.master !== xc) return;
        const cell: Cell = {};
        const raw = xc.value as unknown;
        if (raw && typeof raw === 'object' && ('formula' in raw || 'sharedFormula' in raw)) {
          const fv = raw as { formula?: string; sharedFormula?: string; result?: unknown };
          let formula = fv.formula;
          if (formula) masters.set(xc.address, { formula, row: r, col: c });
          else if (fv.sharedFormula) {
            const m = masters.get(fv.sharedFormula);
            if (m) formula = translateFormula(`=${m.formula}`, r - m.row, c - m.col).slice(1);
          }
          if (formula) {
            cell.formula = `=${formula}`;
            const cached = readScalar(fv.result, ss.timeZone);
            if (cached !== undefined) cell.cached = cached;
          }
        } else {
          const v = readScalar(raw, ss.timeZone);
          if (v !== undefined && v !== '') cell.value = v;
        }
        const note = noteText(xc.note);
        if (note) cell.note = note;
        const format = readFormat(xc);
        if (format) cell.format = format;
        if (Object.keys(cell).length) {
          const row0 = (sheet.rows[r - 1] ??= []);
          row0[c - 1] = cell;
        }
        if (!json && xc.dataValidation) {
          const dv = xc.dataValidation;
          pending.push(() => {
            const v = validationFromXlsx(ss, dv);
            if (v) sheet._ensure(r, c).validation = v;
          });
        }
      });
    });
    const merges = ((ws as unknown as { model: { merges?: string[] } }).model.merges ?? []) as string[];
    for (const m of merges) {
      const p = parseA1(m);
      if (p && p.r2 !== null && p.c2 !== null) sheet.merges.push({ r1: p.r1!, c1: p.c1!, r2: p.r2, c2: p.c2 });
    }
    if (!json) {
      const cfs = (ws as unknown as { conditionalFormattings?: ExcelJS.ConditionalFormattingOptions[] }).conditionalFormattings ?? [];
      pending.push(() => {
        for (const cf of cfs) for (const rule of cf.rules) {
          const ranges = cf.ref.split(/\s+/).map((a1) => parseA1(a1)).filter((p): p is ParsedA1 => !!p);
          const spec = ruleFromXlsx(rule, ranges.map((p) => ({ sheet, rect: fitRect(sheet, p) })));
          if (spec) sheet.conditionalRules.push(new FakeConditionalFormatRule(ctx, spec));
        }
      });
    }
  }
  const refOf = (a1: string, defaultSheet: FakeSheet | null): SheetRect | null => {
    const p = parseA1(a1);
    if (!p) return null;
    const sheet = p.sheetName === null ? defaultSheet : ss._sheetByName(p.sheetName) ?? null;
    return sheet ? { sheet, rect: fitRect(sheet, p) } : null;
  };
  for (const { name, ranges } of (wb.definedNames.model ?? []) as Array<{ name: string; ranges: string[] }>) {
    if (name.startsWith('_xlnm.')) continue; // print areas and titles are not named ranges in Sheets
    const ref = ranges[0] ? refOf(ranges[0].replace(/\$/g, ''), null) : null;
    if (ref) ss.namedRanges.push(new FakeNamedRange(ctx, ss, name, ref));
  }
  pending.forEach((f) => f());
  if (runtime) {
    ss.metadata = runtime.metadata.map((m) => new FakeDeveloperMetadata(ctx, { kind: 'SPREADSHEET', ss }, m.id, m.key, m.value, m.visibility));
    for (const sj of runtime.sheets) {
      const sheet = ss._sheetByName(sj.name);
      if (!sheet) continue;
      sheet.metadata = sj.metadata.map((m) => new FakeDeveloperMetadata(ctx, { kind: 'SHEET', sheet }, m.id, m.key, m.value, m.visibility));
      for (const pj of sj.protections) {
        const p = new FakeProtection(ctx, sheet, pj.type, pj.range ? refOf(pj.range, sheet)!.rect : null);
        p.description = pj.description;
        p.warningOnly = pj.warningOnly;
        p.editors = pj.editors && [...pj.editors];
        p.domainEdit = pj.domainEdit;
        p.unprotected = pj.unprotected.map((a1) => refOf(a1, sheet)!.rect);
        p.rangeName = pj.rangeName;
        if (pj.type === 'SHEET') sheet.sheetProtection = p;
        else sheet.rangeProtections.push(p);
      }
      for (const vj of sj.validations) {
        const values = vj.values.map((x) => (x && typeof x === 'object' && 'range' in x ? refOf((x as { range: string }).range, sheet) : x));
        const v = new FakeDataValidation(ctx, { criteria: vj.criteria, values, allowInvalid: vj.allowInvalid, helpText: vj.helpText });
        for (const a1 of vj.ranges) {
          const rect = refOf(a1, sheet)!.rect;
          for (let r = rect.r1; r <= rect.r2; r++) for (let c = rect.c1; c <= rect.c2; c++) sheet._ensure(r, c).validation = v;
        }
      }
      for (const [a1, formula] of Object.entries(sj.localFormulas ?? {})) {
        const rect = refOf(a1, sheet)!.rect;
        const cell = sheet._cell(rect.r1, rect.c1);
        if (cell?.formula !== undefined) cell.formula = formula;
      }
      for (const a1 of sj.wrapClip ?? []) {
        const rect = refOf(a1, sheet)!.rect;
        for (let r = rect.r1; r <= rect.r2; r++) for (let c = rect.c1; c <= rect.c2; c++) (sheet._ensure(r, c).format ??= {}).wrapStrategy = 'CLIP';
      }
      sheet.conditionalRules = sj.conditionalRules.map(
        (rj) => new FakeConditionalFormatRule(ctx, { criteria: rj.criteria, values: [...rj.values], format: { ...rj.format }, ranges: rj.ranges.map((a1) => refOf(a1, sheet)).filter((x): x is SheetRect => !!x) }),
      );
    }
    if (runtime.activeSheet) ss.activeSheet = ss._sheetByName(runtime.activeSheet) ?? null;
    if (runtime.selection) ss.activeSelection = refOf(runtime.selection, null);
  } else {
    const activeTab = wb.views?.[0]?.activeTab;
    if (activeTab !== undefined) ss.activeSheet = ss.sheets[activeTab] ?? null;
  }
  ctx.spreadsheets.set(ss.id, ss);
  ctx.touch();
  return ss;
}

function validationFromXlsx(ss: FakeSpreadsheet, dv: ExcelJS.DataValidation): FakeDataValidation | null {
  const base: Omit<ValidationSpec, 'criteria' | 'values'> = { allowInvalid: !dv.showErrorMessage, helpText: dv.prompt ?? null };
  const f0 = dv.formulae?.[0];
  if (dv.type === 'list' && typeof f0 === 'string') {
    const list = unquoteList(f0);
    if (list) {
      if (list.length === 2 && list[0].toUpperCase() === 'TRUE' && list[1].toUpperCase() === 'FALSE') {
        return new FakeDataValidation(ss.ctx, { ...base, criteria: 'CHECKBOX', values: [] });
      }
      return new FakeDataValidation(ss.ctx, { ...base, criteria: 'VALUE_IN_LIST', values: [list, true] });
    }
    const p = parseA1(f0.replace(/\$/g, ''));
    const sheet = p && p.sheetName !== null ? ss._sheetByName(p.sheetName) : undefined;
    if (p && sheet) return new FakeDataValidation(ss.ctx, { ...base, criteria: 'VALUE_IN_RANGE', values: [{ sheet, rect: fitRect(sheet, p) }, true] });
    return null;
  }
  if (dv.type === 'custom' && f0 !== undefined) return new FakeDataValidation(ss.ctx, { ...base, criteria: 'CUSTOM_FORMULA', values: [`=${f0}`] });
  if (dv.type === 'decimal' || dv.type === 'whole') {
    const ops: Record<string, DataValidationCriteriaName> = {
      between: 'NUMBER_BETWEEN', notBetween: 'NUMBER_NOT_BETWEEN', equal: 'NUMBER_EQUAL_TO', notEqual: 'NUMBER_NOT_EQUAL_TO',
      greaterThan: 'NUMBER_GREATER_THAN', greaterThanOrEqual: 'NUMBER_GREATER_THAN_OR_EQUAL_TO', lessThan: 'NUMBER_LESS_THAN',
      lessThanOrEqual: 'NUMBER_LESS_THAN_OR_EQUAL_TO',
    };
    const criteria = ops[dv.operator ?? 'between'];
    return criteria ? new FakeDataValidation(ss.ctx, { ...base, criteria, values: (dv.formulae ?? []).map(Number) }) : null;
  }
  return null;
}

function ruleFromXlsx(rule: ExcelJS.ConditionalFormattingRule, ranges: SheetRect[]): RuleSpec | null {
  const r = rule as unknown as { type: string; operator?: string; formulae?: unknown[]; text?: string; style?: Partial<ExcelJS.Style> };
  const format: RuleFormat = {};
  const fill = r.style?.fill as ExcelJS.FillPattern | undefined;
  const bg = fromArgb(fill?.bgColor) ?? fromArgb(fill?.fgColor);
  if (bg) format.background = bg;
  const fc = fromArgb(r.style?.font?.color);
  if (fc) format.fontColor = fc;
  if (r.style?.font?.bold) format.bold = true;
  if (r.style?.font?.italic) format.italic = true;
  const unquote = (x: unknown) => {
    const s = String(x);
    return /^".*"$/s.test(s) ? s.slice(1, -1).replace(/""/g, '"') : Number.isNaN(Number(s)) ? s : Number(s);
  };
  const vals = (r.formulae ?? []).map(unquote);
  const spec = (criteria: BooleanCriteriaName, values: unknown[]): RuleSpec => ({ criteria, values, format, ranges });
  if (r.type === 'expression' && r.formulae?.[0] !== undefined) return spec('CUSTOM_FORMULA', [`=${r.formulae[0]}`]);
  if (r.type === 'containsText') {
    if (r.operator === 'containsBlanks') return spec('CELL_EMPTY', []);
    if (r.operator === 'notContainsBlanks') return spec('CELL_NOT_EMPTY', []);
    if (r.operator === 'containsText' && r.text !== undefined) return spec('TEXT_CONTAINS', [r.text]);
    return null;
  }
  if (r.type === 'cellIs') {
    const ops: Record<string, BooleanCriteriaName> = {
      lessThan: 'NUMBER_LESS_THAN', greaterThan: 'NUMBER_GREATER_THAN', between: 'NUMBER_BETWEEN',
      greaterThanOrEqual: 'NUMBER_GREATER_THAN_OR_EQUAL_TO', lessThanOrEqual: 'NUMBER_LESS_THAN_OR_EQUAL_TO', notEqual: 'NUMBER_NOT_EQUAL_TO',
    };
    if (r.operator === 'equal') return spec(typeof vals[0] === 'string' ? 'TEXT_EQUAL_TO' : 'NUMBER_EQUAL_TO', vals);
    const criteria = r.operator ? ops[r.operator] : undefined;
    return criteria ? spec(criteria, vals) : null;
  }
  return null;
}
