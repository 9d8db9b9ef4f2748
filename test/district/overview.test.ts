// The district overview: units by recomputed level and by type, the chỉ tiêu most often not reached, the units to look
// at again — pure on the district example's Kết quả and on hand-made units, then the "Tổng quan" sheet and its native
// chart as the real district bundle writes them after each consolidation batch.
import { join } from 'node:path';
import { createRuntime, Runtime } from '../../local/runtime';
import { ROOT } from '../../local/bundle';
import { consolidateAll, resultsOf, setUpDistrict } from '../../local/district';
import { syntheticSchools } from '../../local/syntheticSchools';
import { FakeSpreadsheet, chartsOf, dumpSheet } from '../../local/spreadsheet';
import { loadSchoolFolder } from '../../scripts/cli';
import { DANH_SACH } from '../../src/district/schema';
import { DistrictUnit, NOT_READ, districtUnits } from '../../src/district/units';
import { NO_TYPE, OVERVIEW_OWNED, districtOverview, overviewText } from '../../src/district/overview';
import { locateTable, readTableRows } from '../../src/sheet/table';

jest.setTimeout(120000);
const EXAMPLES = join(ROOT, 'examples', 'district');
/** Loại đơn vị typed in Danh sách đơn vị for the example's four files. */
const TYPES: Record<string, string> = {
  '1-truong-th-binh-minh-a-muc-2.xlsx': 'Trường tiểu học',
  '2-truong-thcs-binh-minh-muc-1.xlsx': 'Trường trung học cơ sở',
  '3-truong-mn-hoa-sen-khong-dat.xlsx': 'Trường mầm non',
  '4-truong-thcs-hoa-binh-tep-loi.xlsx': 'Trường trung học cơ sở',
};
const BROKEN = 'Bảng tính thiếu sheet "Đơn vị" mà ĐVHT cần để tính lại (không phải mẫu ĐVHT, hoặc sheet đã bị xóa hay đổi tên): đề nghị đơn vị chạy ĐVHT → Thiết lập / nâng cấp mẫu, hoặc kiểm tra liên kết.';
const BINH_MINH = 'Chênh lệch: 2.3: tự đánh giá "Đạt mức độ 2", số liệu cho "Đạt mức độ 1"; 2.5: tự đánh giá "Đạt mức độ 2", số liệu cho "Đạt mức độ 1"; 3.4: tự đánh giá "Đạt mức độ 2", số liệu cho "Đạt mức độ 1"';
const HOA_SEN = 'Chênh lệch: 1.5: tự đánh giá "Đạt mức độ 2", số liệu cho "Không đạt"; 2.3: tự đánh giá "Đạt mức độ 2", số liệu cho "Đạt mức độ 1"; 2.5: tự đánh giá "Đạt mức độ 2", số liệu cho "Không đạt"';

async function exampleDistrict(): Promise<{ rt: Runtime; ss: FakeSpreadsheet }> {
  const rt = createRuntime({ target: 'district' });
  const { schools } = await loadSchoolFolder(rt, EXAMPLES);
  const ss = setUpDistrict(rt, schools.map((s) => ({ ...s, type: TYPES[s.file] })));
  return { rt, ss };
}

function listRecords(ss: FakeSpreadsheet): Record<string, unknown>[] {
  const values = dumpSheet(ss._sheetByName(DANH_SACH.name)!).values;
  return readTableRows(values, locateTable(values, DANH_SACH)!).map((r) => r.record);
}

/** Tổng quan's rows with content, as getValues reads them. */
function overviewSheet(ss: FakeSpreadsheet): unknown[][] {
  return dumpSheet(ss._sheetByName('Tổng quan')!).values.filter((r) => r.some((v) => v !== ''));
}

const pad = (...cells: unknown[]) => [...cells, ...Array(6 - cells.length).fill('')];

describe('the overview of the district example (pure, on Kết quả)', () => {
  let units: DistrictUnit[];
  let results: Map<string, Record<string, unknown>>;
  beforeAll(async () => {
    const { rt, ss } = await exampleDistrict();
    consolidateAll(rt);
    results = resultsOf(ss);
    units = [...districtUnits(listRecords(ss), [...results.values()]).units];
  });

  test('counts the units by recomputed level, equal to Kết quả, with shares of all units', () => {
    const o = districtOverview(units, 'huyen');
    expect(o.total).toBe(4);
    expect(o.read).toBe(3);
    expect(o.byLevel).toEqual([
      { label: 'Mức độ 2', count: 1, share: '25,0%' }, { label: 'Mức độ 1', count: 1, share: '25,0%' },
      { label: 'Chưa đạt', count: 1, share: '25,0%' }, { label: 'Chưa đọc được', count: 1, share: '25,0%' },
    ]);
    const recomputed = [...results.values()].map((r) => String(r.mucTinhLai));
    expect(o.byLevel[0].count).toBe(recomputed.filter((l) => l === 'Đạt mức độ 2').length);
    expect(o.byLevel[1].count).toBe(recomputed.filter((l) => l === 'Đạt mức độ 1').length);
    expect(o.byLevel[2].count).toBe(recomputed.filter((l) => !/^Đạt mức độ/.test(l)).length);
    expect(o.byLevel[3].count).toBe(o.total - results.size);
  });

  test('groups the units by the type of Danh sách đơn vị, in list order', () => {
    expect(districtOverview(units, 'huyen').byType).toEqual([
      { type: 'Trường tiểu học', total: 1, counts: [1, 0, 0, 0] },
      { type: 'Trường trung học cơ sở', total: 2, counts: [0, 1, 0, 1] },
      { type: 'Trường mầm non', total: 1, counts: [0, 0, 1, 0] },
    ]);
  });

  test('names the chỉ tiêu not reached, with the count and share of the units read', () => {
    // Hoa Sen: 1.5 has no evidence (Không đạt), and "Hoàn thành xuất sắc nhiệm vụ" is not a danh hiệu thi đua (2.5).
    expect(districtOverview(units, 'huyen').mostFailed).toEqual([
      { id: '1.5', name: 'Phục vụ học tập suốt đời', count: 1, share: '33,3%' },
      { id: '2.5', name: 'Danh hiệu Lao động tiên tiến', count: 1, share: '33,3%' },
    ]);
  });

  test('lists the units with a mismatch or an unreadable spreadsheet, and what', () => {
    expect(districtOverview(units, 'huyen').attention).toEqual([
      { name: 'Trường THCS Bình Minh', what: BINH_MINH },
      { name: 'Trường Mầm non Hoa Sen', what: HOA_SEN },
      { name: 'Trường THCS Hòa Bình (gửi nhầm tệp)', what: `Không đọc được: ${BROKEN}` },
    ]);
  });
});

describe('the overview of hand-made units (pure)', () => {
  const unit = (i: number, over: Partial<DistrictUnit> = {}): DistrictUnit => ({
    id: `id${i}`, name: `Trường ${i}`, type: 'Trường trung học cơ sở', levels: { '1.1': 'Đạt mức độ 2', '2.5': 'Đạt mức độ 2' },
    level: 'Đạt mức độ 2', claimed: 'Đạt mức độ 2', mismatches: '', errors: 0, readError: '', ...over,
  });
  const failing = (i: number) => unit(i, { levels: { '1.1': 'Chưa có dữ liệu', '2.5': 'Không đạt' }, level: 'Không đạt', claimed: 'Không đạt' });

  test('14 of 15 units read failing 2.5 is 93,3% (rounded down), ties keep the catalogue order', () => {
    const units = [...Array.from({ length: 14 }, (_, i) => failing(i)), unit(14), unit(15, { readError: NOT_READ, levels: {}, level: '', claimed: '' })];
    const o = districtOverview(units, 'huyen');
    expect(o.read).toBe(15);
    // 14/15 = 93,33…% → "93,3%"; a unit not yet read is not in the denominator.
    expect(o.mostFailed.map((c) => [c.id, c.count, c.share])).toEqual([['1.1', 14, '93,3%'], ['2.5', 14, '93,3%']]);
    expect(o.byLevel.map((l) => [l.count, l.share])).toEqual([[1, '6,2%'], [0, '0,0%'], [14, '87,5%'], [1, '6,2%']]);
    // Not yet read is not a fault: nothing to look at again.
    expect(o.attention).toEqual([]);
  });

  test('a claim above the recomputed level, a missing optional sheet, an empty type', () => {
    const o = districtOverview([
      unit(1, { type: '', level: 'Đạt mức độ 1', claimed: 'Đạt mức độ 2' }),
      unit(2, { claimed: '(không có)' }),
    ], 'huyen', new Map([['id2', 'Tên trong bảng tính của đơn vị "X" khác tên trong Danh sách đơn vị "Trường 2"; Không có sheet "Tổng hợp": không có mức tự nhận để đối chiếu']]));
    expect(o.attention).toEqual([
      { name: 'Trường 1', what: 'Tự nhận "Đạt mức độ 2", tính lại "Đạt mức độ 1"' },
      { name: 'Trường 2', what: 'Không có sheet "Tổng hợp": không có mức tự nhận để đối chiếu' },
    ]);
    expect(o.byType.map((t) => t.type)).toEqual([NO_TYPE, 'Trường trung học cơ sở']);
    expect(overviewText(o)).toBe('2 đơn vị, 2 đã đọc được. Mức độ 2: 1 (50,0%); Mức độ 1: 1 (50,0%); Chưa đạt: 0 (0,0%); Chưa đọc được: 0 (0,0%). Mọi đơn vị đã đọc đều đạt mọi chỉ tiêu. 2 đơn vị cần xem lại.');
  });
});

describe('the Tổng quan sheet after consolidation batches (real district bundle)', () => {
  test('holds exactly the overview after a batch, text as plain text, counts as numbers', async () => {
    const { rt, ss } = await exampleDistrict();
    const p = rt.run('dvhtTongHopLo') as { finished: boolean; message: string };
    expect(p.finished).toBe(true);
    expect(p.message).toBe('Đã đọc xong 4 đơn vị: 3 đọc được, 1 lỗi.');
    const rows = overviewSheet(ss);
    expect(String(rows[1][0])).toMatch(/^Cập nhật lúc \d\d\/\d\d\/\d{4} \d\d:\d\d\. 4 đơn vị, 3 đã đọc được\. Mức độ 2: 1 \(25,0%\); Mức độ 1: 1 \(25,0%\); Chưa đạt: 1 \(25,0%\); Chưa đọc được: 1 \(25,0%\)\. Chỉ tiêu chưa đạt nhiều nhất: 1\.5 \(1\/3 đơn vị đã đọc, 33,3%\)\. 3 đơn vị cần xem lại\.$/);
    expect([rows[0], ...rows.slice(2)]).toEqual([
      pad(OVERVIEW_OWNED),
      pad('Mức tính lại', 'Số đơn vị', 'Tỉ lệ'),
      pad('Mức độ 2', 1, '25,0%'), pad('Mức độ 1', 1, '25,0%'), pad('Chưa đạt', 1, '25,0%'), pad('Chưa đọc được', 1, '25,0%'),
      ['Loại đơn vị', 'Mức độ 2', 'Mức độ 1', 'Chưa đạt', 'Chưa đọc được', 'Tổng'],
      ['Trường tiểu học', 1, 0, 0, 0, 1], ['Trường trung học cơ sở', 0, 1, 0, 1, 2], ['Trường mầm non', 0, 0, 1, 0, 1],
      pad('Chỉ tiêu chưa đạt', 'Số đơn vị chưa đạt', 'Tỉ lệ trong số đơn vị đã đọc'),
      pad('1.5. Phục vụ học tập suốt đời', 1, '33,3%'), pad('2.5. Danh hiệu Lao động tiên tiến', 1, '33,3%'),
      pad('Đơn vị cần xem lại', 'Lý do'),
      pad('Trường THCS Bình Minh', BINH_MINH), pad('Trường Mầm non Hoa Sen', HOA_SEN),
      pad('Trường THCS Hòa Bình (gửi nhầm tệp)', `Không đọc được: ${BROKEN}`),
    ]);
    const dump = dumpSheet(ss._sheetByName('Tổng quan')!);
    expect([dump.numberFormats.A5, dump.numberFormats.B5, dump.numberFormats.C5]).toEqual(['@', '0', '@']);
    // The level table is the chart's data, at fixed cells whatever the number of units.
    expect(dump.values.slice(3, 8).map((r) => r.slice(0, 2))).toEqual([['Mức tính lại', 'Số đơn vị'], ['Mức độ 2', 1], ['Mức độ 1', 1], ['Chưa đạt', 1], ['Chưa đọc được', 1]]);
  });

  test('a unit name that looks like a formula stays text in Tổng quan', async () => {
    const { rt, ss } = await exampleDistrict();
    // The officer pastes the name into a plain-text cell of Danh sách đơn vị (the broken unit, listed in "cần xem lại").
    const name = '=HYPERLINK("https://example.invalid";"Trường THCS Hòa Bình")';
    const list = ss.getSheetByName(DANH_SACH.name)!;
    const at = list.getDataRange().getValues().findIndex((r) => r[0] === 'Trường THCS Hòa Bình (gửi nhầm tệp)') + 1;
    list.getRange(at, 1).setNumberFormat('@').setValue(name);
    rt.run('dvhtTongHopLo');
    const dump = dumpSheet(ss._sheetByName('Tổng quan')!);
    const row = dump.values.findIndex((r) => r[0] === name);
    expect(row).toBeGreaterThan(0);
    expect(dump.formulas[row][0]).toBe('');
    expect(dump.values[row][1]).toBe(`Không đọc được: ${BROKEN}`);
  });

  test('after two batches there is one chart, updated in place; typing in Tổng quan is erased, other sheets are not touched', async () => {
    const { rt, ss } = await exampleDistrict();
    rt.run('dvhtTongHopLo');
    const first = chartsOf(ss._sheetByName('Tổng quan')!);
    expect(first).toHaveLength(1);
    ss.getSheetByName('Tổng quan')!.getRange('A40').setValue('ghi chú của tôi');
    ss.getSheetByName(DANH_SACH.name)!.getRange('D2').setValue('Cô Lan 0912 345 678');
    rt.counter.reset();
    rt.run('dvhtTongHopLo');
    const charts = chartsOf(ss._sheetByName('Tổng quan')!);
    expect(charts).toEqual([{
      id: first[0].id, type: 'BAR', ranges: ["'Tổng quan'!A4:B8"], position: { row: 4, column: 8, offsetX: 0, offsetY: 0 },
      options: { title: 'Đơn vị theo mức tính lại', legend: { position: 'none' } }, numHeaders: 1,
    }]);
    expect([rt.counter.get('SpreadsheetApp.Sheet.insertChart'), rt.counter.get('SpreadsheetApp.Sheet.updateChart')]).toEqual([0, 1]);
    expect(ss.getSheetByName('Tổng quan')!.getRange('A40').getValue()).toBe('');
    expect(ss.getSheetByName(DANH_SACH.name)!.getRange('D2').getValue()).toBe('Cô Lan 0912 345 678');
  });

  test('a renamed Tổng quan is left as it is and a new one is made', async () => {
    const { rt, ss } = await exampleDistrict();
    rt.run('dvhtTongHopLo');
    const mine = ss.getSheetByName('Tổng quan')!;
    mine.setName('Tổng quan của tôi');
    mine.getRange('A1').setValue('Bản chụp tháng 11');
    rt.run('dvhtTongHopLo');
    expect(mine.getRange('A1').getValue()).toBe('Bản chụp tháng 11');
    expect(chartsOf(ss._sheetByName('Tổng quan của tôi')!)).toHaveLength(1);
    expect(overviewSheet(ss)[0][0]).toBe(OVERVIEW_OWNED);
    expect(chartsOf(ss._sheetByName('Tổng quan')!)).toHaveLength(1);
  });

  test('a deleted Tổng quan is made again, and one whose columns were deleted is refreshed all the same', async () => {
    const { rt, ss } = await exampleDistrict();
    rt.run('dvhtTongHopLo');
    ss.deleteSheet(ss.getSheetByName('Tổng quan')!);
    let p = rt.run('dvhtTongHopLo') as { message: string };
    expect(p.message).toBe('Đã đọc xong 4 đơn vị: 3 đọc được, 1 lỗi.');
    expect(chartsOf(ss._sheetByName('Tổng quan')!)).toHaveLength(1);
    const sheet = ss.getSheetByName('Tổng quan')!;
    sheet.deleteColumns(3, sheet.getMaxColumns() - 2);
    p = rt.run('dvhtTongHopLo') as { message: string };
    expect(p.message).toBe('Đã đọc xong 4 đơn vị: 3 đọc được, 1 lỗi.');
    expect(overviewSheet(ss)[6]).toEqual(['Chưa đọc được', 1, '25,0%', '', '', '']);
    expect(chartsOf(sheet).map((c) => c.position.column)).toEqual([8]);
  });

  test('a batch costs the same SpreadsheetApp calls for 10 and for 100 units', () => {
    const batchCalls = (count: number) => {
      const rt = createRuntime({ target: 'district', latency: { perMethod: { 'Sheets.Spreadsheets.Values.batchGet': 900 }, defaultMs: 40 }, sheetsReadsPerMinute: 0 });
      setUpDistrict(rt, syntheticSchools(rt.sheets, count), { nganSachGiay: 300, luotDocMoiPhut: 300 });
      rt.counter.reset();
      const p = rt.run('dvhtTongHopLo') as { finished: boolean; done: number };
      expect([p.finished, p.done]).toEqual([true, count]);
      const calls = rt.counter.snapshot();
      return {
        spreadsheetApp: rt.counter.get('SpreadsheetApp'),
        chart: Object.fromEntries(Object.entries(calls).filter(([k]) => /Chart|Sheet\.clearContents|setNumberFormats/.test(k))),
      };
    };
    const ten = batchCalls(10);
    const hundred = batchCalls(100);
    expect(hundred.spreadsheetApp).toBe(ten.spreadsheetApp);
    // The refresh's chart: one builder chain and one insert on the first batch.
    expect(ten.chart).toEqual({
      'SpreadsheetApp.EmbeddedChartBuilder.addRange': 1, 'SpreadsheetApp.EmbeddedChartBuilder.build': 1,
      'SpreadsheetApp.EmbeddedChartBuilder.setChartType': 1, 'SpreadsheetApp.EmbeddedChartBuilder.setNumHeaders': 1,
      'SpreadsheetApp.EmbeddedChartBuilder.setOption': 2, 'SpreadsheetApp.EmbeddedChartBuilder.setPosition': 1,
      'SpreadsheetApp.Range.setNumberFormats': ten.chart['SpreadsheetApp.Range.setNumberFormats'],
      'SpreadsheetApp.Sheet.clearContents': 1, 'SpreadsheetApp.Sheet.getCharts': 1, 'SpreadsheetApp.Sheet.insertChart': 1,
      'SpreadsheetApp.Sheet.newChart': 1,
    });
    expect(hundred.chart).toEqual(ten.chart);
  });
});
