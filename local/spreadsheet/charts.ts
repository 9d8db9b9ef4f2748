// Embedded charts of the in-memory SpreadsheetApp: Sheet.newChart() → EmbeddedChartBuilder → build() → EmbeddedChart,
// Sheet.insertChart / updateChart / removeChart / getCharts, and the `Charts` global's enums the builder takes
// (setChartType(Charts.ChartType.BAR): https://developers.google.com/apps-script/reference/spreadsheet/embedded-chart).
// As in Apps Script, a built chart is a value: changes made with modify() are "not saved until Sheet.updateChart(chart)
// is called on the rebuilt chart" (https://developers.google.com/apps-script/reference/spreadsheet/embedded-chart-builder).
//
// Kept in memory and inspectable (chartsOf); not written to .xlsx (an exported file has no chart). Chart ranges do
// not follow inserted or deleted rows. Only the generic builder's methods exist: asBarChart() and friends set the
// type and return the same builder (the type-specific setters such as setTitle are not offered).
import { rectA1 } from './a1';
import type { AppContext } from './context';
import { enumOf } from './enums';
import { FakeRange } from './range';
import type { FakeSheet, SheetRect } from './sheet';
import { signatureError } from './values';

export const ChartType = enumOf(
  'TIMELINE', 'AREA', 'BAR', 'BUBBLE', 'CANDLESTICK', 'COLUMN', 'COMBO', 'GAUGE', 'GEO', 'HISTOGRAM', 'RADAR', 'LINE', 'ORG',
  'PIE', 'SCATTER', 'SPARKLINE', 'STEPPED_AREA', 'TABLE', 'TREEMAP', 'WATERFALL',
);
export const ChartHiddenDimensionStrategy = enumOf('IGNORE_BOTH', 'IGNORE_ROWS', 'IGNORE_COLUMNS', 'SHOW_BOTH');
export const ChartMergeStrategy = enumOf('MERGE_COLUMNS', 'MERGE_ROWS');

/** The `Charts` global: the enums a spreadsheet chart needs (the Charts service's own builders are not offered). */
export function createCharts(): Record<string, unknown> {
  return { ChartType, ChartHiddenDimensionStrategy, ChartMergeStrategy, toString: () => 'Charts' };
}

/** What a chart is, as stored on its sheet. */
export interface ChartState {
  readonly id: number | null;
  readonly type: string | null;
  readonly ranges: readonly SheetRect[];
  readonly anchorRow: number;
  readonly anchorColumn: number;
  readonly offsetX: number;
  readonly offsetY: number;
  readonly options: Readonly<Record<string, unknown>>;
  readonly numHeaders: number;
  readonly transpose: boolean;
  readonly hiddenDimension: string;
  readonly merge: string;
}

const NEW_CHART: ChartState = {
  id: null, type: null, ranges: [], anchorRow: 1, anchorColumn: 1, offsetX: 0, offsetY: 0, options: {}, numHeaders: -1,
  transpose: false, hiddenDimension: 'IGNORE_BOTH', merge: 'MERGE_COLUMNS',
};

const isInteger = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);
const memberOf = (e: Readonly<Record<string, string>>, v: unknown): v is string => typeof v === 'string' && e[v] === v;
const sameRect = (a: SheetRect, b: SheetRect) => a.sheet === b.sheet && JSON.stringify(a.rect) === JSON.stringify(b.rect);

export class FakeContainerInfo {
  constructor(private readonly ctx: AppContext, private readonly s: ChartState) {}
  private c(m: string) {
    this.ctx.count(`ContainerInfo.${m}`);
  }
  getAnchorRow(): number {
    this.c('getAnchorRow');
    return this.s.anchorRow;
  }
  getAnchorColumn(): number {
    this.c('getAnchorColumn');
    return this.s.anchorColumn;
  }
  getOffsetX(): number {
    this.c('getOffsetX');
    return this.s.offsetX;
  }
  getOffsetY(): number {
    this.c('getOffsetY');
    return this.s.offsetY;
  }
  toString(): string {
    return 'ContainerInfo';
  }
}

export class FakeEmbeddedChartBuilder {
  constructor(private readonly ctx: AppContext, private readonly sheet: FakeSheet, private s: ChartState) {}

  private c(m: string, args: IArguments | unknown[], ok: boolean): void {
    this.ctx.count(`EmbeddedChartBuilder.${m}`);
    if (!ok) throw signatureError(`SpreadsheetApp.EmbeddedChartBuilder.${m}`, [...args]);
  }

  private set(patch: Partial<ChartState>): this {
    this.s = { ...this.s, ...patch };
    return this;
  }

  addRange(range: unknown): this {
    this.c('addRange', arguments, arguments.length === 1 && range instanceof FakeRange);
    const r = range as FakeRange;
    if (r.sheet.ss !== this.sheet.ss) throw new Error('The range must be in the same spreadsheet as the chart.');
    return this.set({ ranges: [...this.s.ranges, { sheet: r.sheet, rect: { ...r.rect } }] });
  }

  removeRange(range: unknown): this {
    this.c('removeRange', arguments, arguments.length === 1 && range instanceof FakeRange);
    const r = range as FakeRange;
    return this.set({ ranges: this.s.ranges.filter((x) => !sameRect(x, { sheet: r.sheet, rect: r.rect })) });
  }

  clearRanges(): this {
    this.c('clearRanges', arguments, arguments.length === 0);
    return this.set({ ranges: [] });
  }

  getRanges(): FakeRange[] {
    this.c('getRanges', arguments, arguments.length === 0);
    return this.ctx.list(this.s.ranges.map((r) => r.sheet._range({ ...r.rect })));
  }

  setChartType(type: unknown): this {
    this.c('setChartType', arguments, arguments.length === 1 && memberOf(ChartType, type));
    return this.set({ type: type as string });
  }

  getChartType(): string | null {
    this.c('getChartType', arguments, arguments.length === 0);
    return this.s.type;
  }

  private as(type: keyof typeof ChartType, m: string, args: IArguments): this {
    this.c(m, args, args.length === 0);
    return this.set({ type });
  }
  asAreaChart(): this { return this.as('AREA', 'asAreaChart', arguments); }
  asBarChart(): this { return this.as('BAR', 'asBarChart', arguments); }
  asColumnChart(): this { return this.as('COLUMN', 'asColumnChart', arguments); }
  asComboChart(): this { return this.as('COMBO', 'asComboChart', arguments); }
  asHistogramChart(): this { return this.as('HISTOGRAM', 'asHistogramChart', arguments); }
  asLineChart(): this { return this.as('LINE', 'asLineChart', arguments); }
  asPieChart(): this { return this.as('PIE', 'asPieChart', arguments); }
  asScatterChart(): this { return this.as('SCATTER', 'asScatterChart', arguments); }
  asTableChart(): this { return this.as('TABLE', 'asTableChart', arguments); }

  /** "anchorRowPos: the chart's top side is anchored in this row" (1-based), offsets in pixels. */
  setPosition(anchorRowPos: unknown, anchorColPos: unknown, offsetX: unknown, offsetY: unknown): this {
    this.c('setPosition', arguments, arguments.length === 4 && [...arguments].every(isInteger));
    const [row, column] = [Math.floor(anchorRowPos as number), Math.floor(anchorColPos as number)];
    if (row < 1 || column < 1) throw new Error('The chart position must be at row 1, column 1 or after.');
    return this.set({ anchorRow: row, anchorColumn: column, offsetX: Math.floor(offsetX as number), offsetY: Math.floor(offsetY as number) });
  }

  getContainer(): FakeContainerInfo {
    this.c('getContainer', arguments, arguments.length === 0);
    return new FakeContainerInfo(this.ctx, this.s);
  }

  setOption(option: unknown, value: unknown): this {
    this.c('setOption', arguments, arguments.length === 2 && typeof option === 'string');
    // Options are copied, as they are sent to Sheets when the chart is built.
    return this.set({ options: { ...this.s.options, [option as string]: JSON.parse(JSON.stringify(value ?? null)) } });
  }

  setNumHeaders(headers: unknown): this {
    this.c('setNumHeaders', arguments, arguments.length === 1 && isInteger(headers));
    return this.set({ numHeaders: Math.floor(headers as number) });
  }

  setTransposeRowsAndColumns(transpose: unknown): this {
    this.c('setTransposeRowsAndColumns', arguments, arguments.length === 1 && typeof transpose === 'boolean');
    return this.set({ transpose: transpose as boolean });
  }

  setHiddenDimensionStrategy(strategy: unknown): this {
    this.c('setHiddenDimensionStrategy', arguments, arguments.length === 1 && memberOf(ChartHiddenDimensionStrategy, strategy));
    return this.set({ hiddenDimension: strategy as string });
  }

  setMergeStrategy(strategy: unknown): this {
    this.c('setMergeStrategy', arguments, arguments.length === 1 && memberOf(ChartMergeStrategy, strategy));
    return this.set({ merge: strategy as string });
  }

  /** A chart needs a type (newChart() starts without one); the message is this runtime's. */
  build(): FakeEmbeddedChart {
    this.c('build', arguments, arguments.length === 0);
    if (!this.s.type) throw new Error('The chart type is not set: call setChartType before build.');
    return new FakeEmbeddedChart(this.ctx, this.sheet, this.s);
  }

  toString(): string {
    return 'EmbeddedChartBuilder';
  }
}

export class FakeEmbeddedChart {
  constructor(private readonly ctx: AppContext, readonly sheet: FakeSheet, readonly state: ChartState) {}

  private c(m: string): void {
    this.ctx.count(`EmbeddedChart.${m}`);
  }

  getChartId(): number | null {
    this.c('getChartId');
    return this.state.id;
  }
  getContainerInfo(): FakeContainerInfo {
    this.c('getContainerInfo');
    return new FakeContainerInfo(this.ctx, this.state);
  }
  getRanges(): FakeRange[] {
    this.c('getRanges');
    return this.ctx.list(this.state.ranges.map((r) => r.sheet._range({ ...r.rect })));
  }
  getNumHeaders(): number {
    this.c('getNumHeaders');
    return this.state.numHeaders;
  }
  getTransposeRowsAndColumns(): boolean {
    this.c('getTransposeRowsAndColumns');
    return this.state.transpose;
  }
  getHiddenDimensionStrategy(): string {
    this.c('getHiddenDimensionStrategy');
    return this.state.hiddenDimension;
  }
  getMergeStrategy(): string {
    this.c('getMergeStrategy');
    return this.state.merge;
  }
  getOptions(): { get(option: string): unknown; getOrDefault(option: string): unknown } {
    this.c('getOptions');
    const options = this.state.options;
    return { get: (o) => options[o] ?? null, getOrDefault: (o) => options[o] ?? null };
  }
  asDataSourceChart(): null {
    this.c('asDataSourceChart');
    return null;
  }
  modify(): FakeEmbeddedChartBuilder {
    this.c('modify');
    return new FakeEmbeddedChartBuilder(this.ctx, this.sheet, this.state);
  }
  toString(): string {
    return 'EmbeddedChart';
  }
  toJSON(): Record<string, never> {
    return {};
  }
}

export function newChartBuilder(ctx: AppContext, sheet: FakeSheet): FakeEmbeddedChartBuilder {
  return new FakeEmbeddedChartBuilder(ctx, sheet, NEW_CHART);
}

function chartArg(method: string, chart: unknown, args: IArguments): FakeEmbeddedChart {
  if (args.length !== 1 || !(chart instanceof FakeEmbeddedChart)) throw signatureError(`SpreadsheetApp.Sheet.${method}`, [...args]);
  return chart;
}

/** The charts of a sheet as getCharts returns them (new objects each call). */
export function chartsOn(ctx: AppContext, sheet: FakeSheet): FakeEmbeddedChart[] {
  return ctx.list(sheet.charts.map((s) => new FakeEmbeddedChart(ctx, sheet, s)));
}

/** insertChart: the chart gets a new id on this sheet, whatever chart it was built from. */
export function insertChart(ctx: AppContext, sheet: FakeSheet, chart: unknown, args: IArguments): void {
  const c = chartArg('insertChart', chart, args);
  if (c.state.ranges.some((r) => r.sheet.ss !== sheet.ss)) throw new Error('The range must be in the same spreadsheet as the chart.');
  sheet.charts.push({ ...c.state, id: ctx.nextRandom() });
}

/** The index of a chart in its sheet by id; an error (this runtime's wording) when it is not there. */
function indexOn(sheet: FakeSheet, chart: FakeEmbeddedChart): number {
  const i = chart.state.id === null ? -1 : sheet.charts.findIndex((s) => s.id === chart.state.id);
  if (i < 0) throw new Error(`The chart is not on the sheet "${sheet.name}": insert it with insertChart first.`);
  return i;
}

export function updateChart(sheet: FakeSheet, chart: unknown, args: IArguments): void {
  const c = chartArg('updateChart', chart, args);
  sheet.charts[indexOn(sheet, c)] = c.state;
}

export function removeChart(sheet: FakeSheet, chart: unknown, args: IArguments): void {
  const c = chartArg('removeChart', chart, args);
  sheet.charts.splice(indexOn(sheet, c), 1);
}

/** Charts of a copied sheet: new ids, ranges on the copied sheet moved to the copy. */
export function copiedCharts(ctx: AppContext, charts: readonly ChartState[], remap: (s: FakeSheet) => FakeSheet): ChartState[] {
  return charts.map((s) => ({ ...s, id: ctx.nextRandom(), ranges: s.ranges.map((r) => ({ sheet: remap(r.sheet), rect: { ...r.rect } })) }));
}

/** Plain description of a sheet's charts, for tests and tools (not counted). */
export interface ChartDump {
  readonly id: number | null;
  readonly type: string | null;
  /** "'Tổng quan'!A4:B8" */
  readonly ranges: readonly string[];
  readonly position: { readonly row: number; readonly column: number; readonly offsetX: number; readonly offsetY: number };
  readonly options: Readonly<Record<string, unknown>>;
  readonly numHeaders: number;
}

export function chartsOf(anySheet: FakeSheet | GoogleAppsScript.Spreadsheet.Sheet): ChartDump[] {
  const sheet = anySheet as unknown as FakeSheet;
  return sheet.charts.map((s) => ({
    id: s.id, type: s.type, ranges: s.ranges.map((r) => `'${r.sheet.name.replace(/'/g, "''")}'!${rectA1(r.rect)}`),
    position: { row: s.anchorRow, column: s.anchorColumn, offsetX: s.offsetX, offsetY: s.offsetY }, options: s.options, numHeaders: s.numHeaders,
  }));
}
