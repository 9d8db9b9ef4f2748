// The layout follows the settings: a changed Cấp công nhận is named by the data check (at its cell, with the menu item)
// and by every Tổng hợp level formula until "Thiết lập / nâng cấp mẫu" re-lays the sheets out; then Tổng hợp has the
// tier's own chỉ tiêu and equals the engine figure for figure. Điều 12.3 / 13.3: cấp tỉnh tiêu chí 3 has six chỉ tiêu
// ("… e) Chỉ tiêu 6: Đơn vị cấp tỉnh là cơ sở giáo dục nghề nghiệp đạt kiểm định chất lượng giáo dục nghề nghiệp …").
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createRuntime } from '../../local/runtime';
import { fillWorkbook } from '../../local/fillWorkbook';
import { compareSummaryWithEngine } from '../../local/summaryCheck';
import { dumpSheet, formulaError, toasts } from '../../local/spreadsheet';
import { catalogue } from '../../src/rules/catalogue';
import { SchoolWorkbook } from '../../src/workbook/records';

const example = JSON.parse(readFileSync(join(__dirname, '../../examples/truong-thcs-binh-minh.json'), 'utf8')) as SchoolWorkbook;

function setUp() {
  const rt = createRuntime();
  const ss = rt.newSpreadsheet('Đổi cấp');
  rt.run('dvhtThietLapMau');
  fillWorkbook(ss as unknown as GoogleAppsScript.Spreadsheet.Spreadsheet, example);
  const donVi = ss.getSheetByName('Đơn vị')!;
  const tierRow = donVi.getRange('A1:A40').getValues().findIndex((r) => r[0] === 'Cấp công nhận') + 1;
  const summary = () => dumpSheet(ss._sheetByName('Tổng hợp')!).values;
  const ids = () => summary().slice(2).map((r) => String(r[0])).filter(Boolean);
  return { rt, ss, tierRow, setTier: (v: string) => donVi.getRange(tierRow, 2).setValue(v), summary, ids };
}

describe('changing Cấp công nhận', () => {
  test('before re-laying out: the check names Đơn vị!B<row> and the menu item; Tổng hợp formulas say the same', () => {
    const { ss, tierRow, setTier, summary } = setUp();
    setTier('cấp tỉnh');
    const cmp = compareSummaryWithEngine(ss);
    const p = cmp.check.problems.find((x) => x.sheet === 'Đơn vị' && x.cell === `B${tierRow}` && x.severity === 'loi')!;
    expect(p.message).toBe('Cấp công nhận là "cấp tỉnh" nhưng sheet "Chỉ tiêu" chưa có dòng chỉ tiêu 3.6; sheet "Tổng hợp" cũng chưa theo cấp này.');
    expect(p.fix).toBe('Chọn menu ĐVHT → Thiết lập / nâng cấp mẫu để sắp lại sheet Chỉ tiêu và Tổng hợp theo sheet Đơn vị (dữ liệu đã nhập được giữ nguyên).');
    const tc3 = summary().findIndex((r) => r[0] === 'TC3') + 1;
    expect(summary()[tc3 - 1][4]).toBe('#ERROR!');
    const said = 'Cấp công nhận ở sheet "Đơn vị" là "cấp tỉnh" nhưng sheet "Tổng hợp" đang theo cấp huyện: chọn menu ĐVHT → Thiết lập / nâng cấp mẫu để sắp lại (dữ liệu đã nhập được giữ nguyên).';
    expect(formulaError(ss, `'Tổng hợp'!E${tc3}`)).toBe(said);
    const row21 = summary().findIndex((r) => r[0] === '2.1') + 1;
    expect(formulaError(ss, `'Tổng hợp'!E${row21}`)).toBe(said);
  });

  test('after Thiết lập / nâng cấp mẫu: the six chỉ tiêu of cấp tỉnh tiêu chí 3, equal to the engine, no stale 3.5 GDNN row', () => {
    const { rt, ss, setTier, summary, ids } = setUp();
    setTier('cấp tỉnh');
    rt.run('dvhtThietLapMau');
    expect(ids().filter((id) => id.startsWith('3.'))).toEqual(['3.1', '3.2', '3.3', '3.4', '3.5', '3.6']);
    const tinh = catalogue('tinh').tieuChi[2].chiTieu;
    expect(summary().find((r) => r[0] === '3.5')![1]).toBe(`3.5. ${tinh[4].shortName}`);
    const cmp = compareSummaryWithEngine(ss);
    expect(cmp.differences).toEqual([]);
    expect(cmp.check.problems.filter((p) => /chưa theo cấp này|không phải lời văn/.test(p.message))).toEqual([]);
  });

  test('back to cấp huyện: five chỉ tiêu again; the 3.6 row typed under cấp tỉnh stays in Chỉ tiêu', () => {
    const { rt, ss, setTier, ids } = setUp();
    setTier('cấp tỉnh');
    rt.run('dvhtThietLapMau');
    setTier('cấp huyện');
    const before = compareSummaryWithEngine(ss);
    // The wording of the tier's rows is cấp tỉnh's: named at the first such row, with the fix.
    expect(before.check.problems.some((p) => p.sheet === 'Chỉ tiêu' && /không phải lời văn của cấp huyện/.test(p.message))).toBe(true);
    rt.run('dvhtThietLapMau');
    expect(ids().filter((id) => id.startsWith('3.'))).toEqual(['3.1', '3.2', '3.3', '3.4', '3.5']);
    const chiTieu = dumpSheet(ss._sheetByName('Chỉ tiêu')!).values.map((r) => String(r[0]));
    expect(chiTieu).toContain('3.6');
    expect(compareSummaryWithEngine(ss).differences).toEqual([]);
  });
});

describe('the onEdit simple trigger re-lays out at once', () => {
  test('typing "cấp tỉnh" in Đơn vị: Chỉ tiêu and Tổng hợp follow without the menu, and a toast says so', () => {
    const { rt, ss, tierRow, setTier, ids } = setUp();
    setTier('cấp tỉnh');
    const edited = ss.getSheetByName('Đơn vị')!.getRange(tierRow, 2);
    rt.counter.reset();
    rt.run('onEdit', { range: edited, source: ss, value: 'cấp tỉnh' });
    const calls = rt.counter.get();
    const reads = rt.counter.get('SpreadsheetApp.Range.getValues');
    expect(ids().filter((id) => id.startsWith('3.'))).toEqual(['3.1', '3.2', '3.3', '3.4', '3.5', '3.6']);
    expect(compareSummaryWithEngine(ss).differences).toEqual([]);
    expect(toasts(ss).at(-1)?.message).toBe('Đã sắp lại sheet Chỉ tiêu và Tổng hợp theo cấp tỉnh.');
    // Bounded by sheets and columns, not rows (7 reads: Đơn vị, three header rows, the chỉ tiêu codes and texts, the
    // edited label), well inside the simple trigger's 30 s; builders and getRange are most of the rest.
    expect(reads).toBe(7);
    expect(calls).toBeLessThan(160);
  });

  test('any other edit costs two calls and changes nothing', () => {
    const { rt, ss } = setUp();
    const before = dumpSheet(ss._sheetByName('Tổng hợp')!).formulas;
    const [member, name] = [ss.getSheetByName('Thành viên')!.getRange('G5'), ss.getSheetByName('Đơn vị')!.getRange('B2')];
    rt.counter.reset();
    rt.run('onEdit', { range: member, source: ss, value: 'x' });
    expect(rt.counter.get()).toBe(2);
    rt.counter.reset();
    rt.run('onEdit', { range: name, source: ss, value: 'Trường THCS Bình Minh' });
    expect(rt.counter.get()).toBeLessThanOrEqual(8);
    expect(dumpSheet(ss._sheetByName('Tổng hợp')!).formulas).toEqual(before);
  });
});
