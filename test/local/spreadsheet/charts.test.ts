// Embedded charts of the in-memory SpreadsheetApp: newChart → build → insertChart, modify → updateChart, getCharts,
// removeChart, the Charts.ChartType enum, argument checks with Apps Script's signature message, and call counting.
import { chartsOf } from '../../../local/spreadsheet';
import { ChartType, createCharts } from '../../../local/spreadsheet/charts';
import { setup } from './helpers';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
const Charts = createCharts() as unknown as typeof globalThis.Charts;

function barChart(sheet: Sheet) {
  return sheet.newChart().setChartType(Charts.ChartType.BAR).addRange(sheet.getRange('A1:B5')).setPosition(2, 8, 0, 0).setOption('title', 'Đơn vị theo mức').build();
}

describe('embedded charts', () => {
  test('a built chart is on the sheet only after insertChart; getCharts reads it back', () => {
    const { sheet, counter } = setup();
    const s = sheet as unknown as Sheet;
    const chart = barChart(s);
    expect(chart.getChartId()).toBeNull();
    expect(s.getCharts()).toHaveLength(0);
    s.insertChart(chart);
    const [stored] = s.getCharts();
    expect(stored.getChartId()).toEqual(expect.any(Number));
    expect(stored.getRanges().map((r) => r.getA1Notation())).toEqual(['A1:B5']);
    const info = stored.getContainerInfo();
    expect([info.getAnchorRow(), info.getAnchorColumn(), info.getOffsetX(), info.getOffsetY()]).toEqual([2, 8, 0, 0]);
    expect(stored.getOptions().get('title')).toBe('Đơn vị theo mức');
    expect(counter.get('SpreadsheetApp.EmbeddedChartBuilder')).toBe(5);
    expect(counter.get('SpreadsheetApp.Sheet.insertChart')).toBe(1);
  });

  test('modify() changes nothing until updateChart; updateChart keeps the id; removeChart removes it', () => {
    const { sheet } = setup();
    const s = sheet as unknown as Sheet;
    s.insertChart(barChart(s));
    const [chart] = s.getCharts();
    const changed = chart.modify().clearRanges().addRange(s.getRange('A1:B3')).setChartType(Charts.ChartType.COLUMN).build();
    expect(chartsOf(sheet)[0]).toMatchObject({ type: 'BAR', ranges: ["'Trang tính1'!A1:B5"] });
    s.updateChart(changed);
    expect(chartsOf(sheet)).toEqual([{
      id: chart.getChartId(), type: 'COLUMN', ranges: ["'Trang tính1'!A1:B3"], position: { row: 2, column: 8, offsetX: 0, offsetY: 0 },
      options: { title: 'Đơn vị theo mức' }, numHeaders: -1,
    }]);
    s.removeChart(s.getCharts()[0]);
    expect(chartsOf(sheet)).toEqual([]);
    expect(() => s.updateChart(changed)).toThrow('The chart is not on the sheet "Trang tính1": insert it with insertChart first.');
  });

  test('arguments are checked as Apps Script checks them', () => {
    const { sheet } = setup();
    const s = sheet as unknown as Sheet;
    const b = s.newChart();
    expect(() => b.setChartType('PIE_3D' as never)).toThrow("The parameters (String) don't match the method signature for SpreadsheetApp.EmbeddedChartBuilder.setChartType.");
    expect(() => b.addRange('A1:B2' as never)).toThrow("The parameters (String) don't match the method signature for SpreadsheetApp.EmbeddedChartBuilder.addRange.");
    expect(() => (b.setPosition as (...a: unknown[]) => unknown)(1, 1, 0)).toThrow("don't match the method signature for SpreadsheetApp.EmbeddedChartBuilder.setPosition.");
    expect(() => b.build()).toThrow('The chart type is not set: call setChartType before build.');
    expect(() => s.insertChart({} as never)).toThrow("don't match the method signature for SpreadsheetApp.Sheet.insertChart.");
    expect(Object.keys(ChartType)).toContain('BAR');
    expect(String(Charts.ChartType.BAR)).toBe('BAR');
  });
});
