// The district workbook's "Tổng quan" sheet, rewritten after each consolidation batch from Kết quả and Danh sách đơn vị:
// the overview as one block of cells and a native bar chart of the units by recomputed level. The sheet belongs to the
// add-in (its first row says so); a sheet the officer renamed is left alone and a new "Tổng quan" is made. A refresh
// costs the same number of calls whatever the number of units (tested in test/district/overview.test.ts).
import { parseTier } from '../../assess/unitProfile';
import { LEVEL_TABLE_ROW, OVERVIEW_LEVELS, OVERVIEW_WIDTH, Overview, districtOverview, overviewRows, overviewText } from '../../district/overview';
import { CAI_DAT, DANH_SACH, KET_QUA } from '../../district/schema';
import { districtUnits } from '../../district/units';
import { cleanText } from '../../vocab/normalize';
import { PLAIN_TEXT } from '../writeText';
import { ensureRows, formRecord, tableRecords } from '../sheetAccess';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export const TONG_QUAN = 'Tổng quan';
const CHART_TITLE = 'Đơn vị theo mức tính lại';
const COUNT_FORMAT = '0';
/** The chart is anchored right of the block, one column apart. */
const CHART_COLUMN = OVERVIEW_WIDTH + 2;

/** The overview from the workbook as it stands (three sheets, one read each). */
export function readOverview(ss: Spreadsheet): Overview {
  const results = tableRecords(ss, KET_QUA);
  const { units } = districtUnits(tableRecords(ss, DANH_SACH), results);
  const tier = parseTier(formRecord(ss, CAI_DAT).capCongNhan) ?? 'huyen';
  const notes = new Map(results.map((r) => [cleanText(r.ma), cleanText(r.ghiChu)]));
  return districtOverview(units, tier, notes);
}

/** What the district sidebar draws (src/ui/overviewChart.ts): the overview and its text alternative, plain JSON. */
export type OverviewData = Overview & { readonly text: string };

export function overviewData(o: Overview): OverviewData {
  return { ...o, text: overviewText(o) };
}

function overviewSheet(ss: Spreadsheet): Sheet {
  const existing = ss.getSheetByName(TONG_QUAN);
  if (existing) return existing;
  // Made once, after the other sheets; a sheet the officer renamed keeps its name and its content.
  const sheet = ss.insertSheet(TONG_QUAN, ss.getSheets().length);
  sheet.setTabColor('#f9ab00');
  sheet.setColumnWidth(1, 300);
  sheet.setColumnWidths(2, OVERVIEW_WIDTH - 1, 110);
  return sheet;
}

/**
 * The native chart of the level table. A chart is built with sheet.newChart()…build() and added with insertChart;
 * an existing one is changed with chart.modify()…build() and saved with updateChart, so refreshes never pile charts up
 * (https://developers.google.com/apps-script/reference/spreadsheet/embedded-chart-builder: "Changes made to the chart
 * are not saved until Sheet.updateChart(chart) is called on the rebuilt chart";
 * https://developers.google.com/apps-script/reference/spreadsheet/embedded-chart: newChart, setChartType(Charts.ChartType…),
 * insertChart). modify() keeps the chart's ranges, hence clearRanges() before addRange.
 */
function refreshChart(sheet: Sheet): void {
  const data = sheet.getRange(LEVEL_TABLE_ROW, 1, OVERVIEW_LEVELS.length + 1, 2);
  const charts = sheet.getCharts();
  const builder = charts.length ? charts[0].modify().clearRanges() : sheet.newChart();
  const chart = builder
    .setChartType(Charts.ChartType.BAR)
    .addRange(data)
    .setNumHeaders(1)
    .setPosition(LEVEL_TABLE_ROW, CHART_COLUMN, 0, 0)
    .setOption('title', CHART_TITLE)
    .setOption('legend', { position: 'none' })
    .build();
  if (charts.length) sheet.updateChart(chart);
  else sheet.insertChart(chart);
  // The sheet is the add-in's: a second chart (a copy the officer pasted) would show stale figures.
  for (const extra of charts.slice(1)) sheet.removeChart(extra);
}

/**
 * Rewrites Tổng quan: clears it, writes the block with one setNumberFormats and one setValues (every text cell is
 * plain text first, so a unit's name such as "=HYPERLINK(…)" stays text: see ../writeText.ts), then the chart.
 */
export function refreshOverview(ss: Spreadsheet, tz = ss.getSpreadsheetTimeZone()): Overview {
  const overview = readOverview(ss);
  const time = Utilities.formatDate(new Date(), tz, 'dd/MM/yyyy HH:mm');
  const rows = overviewRows(overview, time);
  const sheet = overviewSheet(ss);
  sheet.clearContents();
  ensureRows(sheet, rows.length);
  // The block and the chart's anchor column must exist (an officer may have deleted columns).
  const columns = sheet.getMaxColumns();
  if (columns < CHART_COLUMN) sheet.insertColumnsAfter(columns, CHART_COLUMN - columns);
  const block = sheet.getRange(1, 1, rows.length, OVERVIEW_WIDTH);
  block.setNumberFormats(rows.map((r) => r.map((v) => (typeof v === 'number' ? COUNT_FORMAT : PLAIN_TEXT))));
  block.setValues(rows);
  refreshChart(sheet);
  return overview;
}

/**
 * After a batch: the overview written to Tổng quan (the sidebar draws it without reading the sheets again) and note
 * '', or, when the refresh failed, no overview and a sentence for the officer (the batch's results are kept).
 * `tz`: the spreadsheet's time zone, which the batch has read already.
 */
export function refreshOverviewAfterBatch(ss: Spreadsheet, tz?: string): { overview?: OverviewData; note: string } {
  try {
    return { overview: overviewData(refreshOverview(ss, tz)), note: '' };
  } catch (e) {
    const message = (e instanceof Error ? e.message : String(e)).replace(/\.$/, '');
    return { note: ` Chưa cập nhật được sheet ${TONG_QUAN}: ${message}.` };
  }
}
