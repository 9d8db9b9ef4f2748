// Set-up in the offline runtime through the real bundle: sheets, menu, columns, validations, protections, names,
// version stamp, live Tổng hợp, and idempotence.
import { join } from 'node:path';
import { createRuntime } from '../../local/runtime';
import { dumpSheet } from '../../local/spreadsheet';
import { compareSummaryWithEngine } from '../../local/summaryCheck';
import { NAMED_COLUMNS, TEMPLATE, THANH_VIEN, VERSION_METADATA_KEY, TEMPLATE_VERSION } from '../../src/sheet/schema';

function setUp() {
  const rt = createRuntime();
  const ss = rt.newSpreadsheet('Mẫu ĐVHT');
  rt.run('dvhtThietLapMau');
  return { rt, ss };
}

describe('the menu', () => {
  test('onOpen builds the ĐVHT menu without touching the spreadsheet (it runs in restricted auth mode)', () => {
    const rt = createRuntime();
    rt.newSpreadsheet('x');
    rt.counter.reset();
    rt.run('onOpen');
    expect(rt.services.controls.ui.menuItems()).toEqual([
      { path: ['ĐVHT', 'Mở bảng điều khiển'], functionName: 'dvhtMoBangDieuKhien' },
      { path: ['ĐVHT', 'Thiết lập / nâng cấp mẫu'], functionName: 'dvhtThietLapMau' },
      { path: ['ĐVHT', 'Kiểm tra dữ liệu'], functionName: 'dvhtKiemTraDuLieu' },
      { path: ['ĐVHT', 'Tạo báo cáo'], functionName: 'dvhtTaoBaoCao' },
      { path: ['ĐVHT', 'Tạo kế hoạch tự đánh giá'], functionName: 'dvhtTaoKeHoachMenu' },
      { path: ['ĐVHT', 'Cập nhật kế hoạch cải tiến'], functionName: 'dvhtCapNhatKeHoachCaiTienMenu' },
      { path: ['ĐVHT', 'Báo cáo thực hiện cải tiến'], functionName: 'dvhtBaoCaoCaiTienMenu' },
      { path: ['ĐVHT', 'Tạo năm đánh giá mới'], functionName: 'dvhtNamMoi' },
      { path: ['ĐVHT', 'Hướng dẫn'], functionName: 'dvhtHuongDan' },
      { path: ['ĐVHT', 'Kiểm tra cài đặt'], functionName: 'dvhtKiemTraCaiDat' },
    ]);
    expect(rt.counter.get('SpreadsheetApp') - rt.counter.get('SpreadsheetApp.SpreadsheetApp.getUi')).toBe(0);
  });
});

describe('set-up on an empty spreadsheet', () => {
  const { rt, ss } = setUp();

  test('creates every sheet of the template, in order, and removes the empty default sheet', () => {
    expect(ss.getSheets().map((s) => s.getName())).toEqual(TEMPLATE.map((s) => s.name));
  });

  test('says what it did, in Vietnamese, and logs it in Lịch sử', () => {
    expect(rt.services.controls.alerts.at(-1)).toMatchObject({ title: 'ĐVHT', prompt: expect.stringContaining(`Đã tạo mẫu ĐVHT phiên bản ${TEMPLATE_VERSION}.`) });
    expect(dumpSheet(ss._sheetByName('Lịch sử')!).values[1]).toEqual(expect.arrayContaining(['Thiết lập mẫu', String(TEMPLATE_VERSION)]));
  });

  test('Thành viên has its headers, help notes, a frozen header and dropdowns on the mark columns', () => {
    const d = dumpSheet(ss._sheetByName('Thành viên')!);
    expect(d.values[0]).toEqual(THANH_VIEN.columns.map((c) => c.header));
    expect(d.notes[0][1]).toContain('Mỗi thành viên một dòng');
    expect(d.frozenRows).toBe(1);
    expect(d.validations.G2).toMatchObject({ criteria: 'VALUE_IN_LIST', values: [['Đạt', 'Chưa đạt', 'Không áp dụng'], true], allowInvalid: true });
    expect(d.validations.G1001).toBeDefined();
    expect(d.validations.K2.values[0]).toContain('Lao động tiên tiến');
  });

  test('Đơn vị lists every setting with defaults; the unit type is a strict dropdown', () => {
    const d = dumpSheet(ss._sheetByName('Đơn vị')!);
    const labels = d.values.map((r) => r[0]);
    expect(labels).toEqual(expect.arrayContaining(['Tên đơn vị', 'Loại đơn vị', 'Cấp công nhận', 'Cơ quan tiếp nhận hồ sơ', 'Hạn nộp hồ sơ']));
    const row = labels.indexOf('Cấp công nhận');
    expect(d.values[row][1]).toBe('cấp huyện');
    expect(d.validations[`B${labels.indexOf('Loại đơn vị') + 1}`]).toMatchObject({ allowInvalid: false });
  });

  test('Chỉ tiêu has one row per chỉ tiêu of cấp huyện with its official wording', () => {
    const d = dumpSheet(ss._sheetByName('Chỉ tiêu')!);
    expect(d.values.slice(1).map((r) => r[0]).filter(Boolean)).toEqual(['1.1', '1.2', '1.3', '1.4', '1.5', '2.1', '2.2', '2.3', '2.4', '2.5', '3.1', '3.2', '3.3', '3.4', '3.5']);
    expect(d.values[4][1]).toBe('Đơn vị cấp huyện triển khai chuyển đổi số, các Thành viên trong đơn vị được trang bị các dụng cụ, thiết bị học tập đáp ứng nhu cầu làm việc và học tập trong bối cảnh chuyển đổi số.');
    expect(d.values[6][1]).toMatch(/^Mức độ 1: Tối thiểu 90%.*\nMức độ 2: Tối thiểu 95%/s);
  });

  test('headers, read-only columns and generated sheets are protected, warning only', () => {
    const protections = ss.getSheets().flatMap((s) => [
      ...s.getProtections(SpreadsheetApp_ProtectionType(rt, 'RANGE')),
      ...s.getProtections(SpreadsheetApp_ProtectionType(rt, 'SHEET')),
    ]);
    expect(protections.length).toBeGreaterThanOrEqual(12);
    expect(protections.every((p) => p.isWarningOnly())).toBe(true);
    expect(protections.map((p) => p.getDescription())).toEqual(expect.arrayContaining(['ĐVHT: dòng tiêu đề sheet Thành viên', 'ĐVHT: cột Nội dung chỉ tiêu (không sửa)', 'ĐVHT: tổng hợp tự động (không sửa)']));
  });

  test('named ranges cover the member and learner columns and the unit options', () => {
    const names = ss.getNamedRanges().map((n) => `${n.getName()}=${n.getRange().getA1Notation()}`);
    expect(names).toEqual(expect.arrayContaining(['DVHT_HO_TEN=B2:B1001', 'DVHT_2_5=K2:K1001', 'DVHT_PHAN_LOAI=B4:B6']));
    expect(names).toHaveLength(NAMED_COLUMNS.length + 1);
  });

  test('the template version is stamped as developer metadata', () => {
    const m = ss.getDeveloperMetadata().find((x) => x.getKey() === VERSION_METADATA_KEY);
    expect(m?.getValue()).toBe(String(TEMPLATE_VERSION));
  });

  test('Tổng hợp shows "Chưa có dữ liệu" everywhere on an empty workbook and agrees with the engine', () => {
    const c = compareSummaryWithEngine(ss);
    expect(c.differences).toEqual([]);
    expect(c.shown.get('ĐV')).toBe('Chưa có dữ liệu');
    expect(c.shown.get('3.5')).toBe('Chưa có dữ liệu'); // no unit type yet: nothing can be ruled out
  });

  test('Tổng hợp formulas are DVHT_* calls over whole columns from their header, the Chỉ tiêu cells and the layout tier', () => {
    const f = dumpSheet(ss._sheetByName('Tổng hợp')!).formulas;
    expect(f.flat()).toContain(
      '=DVHT_LEVEL("2.4", \'Thành viên\'!$J$1:$J, \'Thành viên\'!$B$1:$B, \'Thành viên\'!$F$1:$F, \'Chỉ tiêu\'!$H$10, DVHT_PHAN_LOAI, "theo mẫu cấp huyện", \'Thành viên\'!$1:$1)',
    );
    expect(f.flat()).toContain("=DVHT_COUNT('Người học'!$D$1:$D, 'Người học'!$C$1:$C)");
    expect(f.flat().every((x) => x === '' || /^=DVHT_(LEVEL|COUNT|PERCENT|GAP)\(/.test(x))).toBe(true);
  });

  test('running set-up again changes nothing but the history', () => {
    const before = ss.getSheets().filter((s) => s.getName() !== 'Lịch sử').map((s) => dumpSheet(ss._sheetByName(s.getName())!));
    rt.run('dvhtThietLapMau');
    const after = ss.getSheets().filter((s) => s.getName() !== 'Lịch sử').map((s) => dumpSheet(ss._sheetByName(s.getName())!));
    expect(after).toEqual(before);
    expect(rt.services.controls.alerts.at(-1)?.prompt).toContain(`Mẫu đã ở phiên bản ${TEMPLATE_VERSION}`);
  });
});

describe('upgrade when the settings change', () => {
  test('switching to cấp tỉnh adds chỉ tiêu 3.6 and rewrites the wording for cấp tỉnh', () => {
    const { rt, ss } = setUp();
    const donVi = ss.getSheetByName('Đơn vị')!;
    donVi.getRange('B6').setValue('cấp tỉnh');
    donVi.getRange('B7').setValue('cấp tỉnh');
    rt.run('dvhtThietLapMau');
    const d = dumpSheet(ss._sheetByName('Chỉ tiêu')!);
    expect(d.values.map((r) => r[0]).filter(Boolean).slice(-2)).toEqual(['3.5', '3.6']);
    expect(d.values[4][1]).toMatch(/^Đơn vị cấp tỉnh triển khai/);
    expect(rt.services.controls.alerts.at(-1)?.prompt).toContain('Dòng chỉ tiêu mới: 3.6');
    expect(compareSummaryWithEngine(ss).differences).toEqual([]);
  });
});

describe('a sheet of the same name with foreign content', () => {
  test('is never overwritten: the user is told to rename it', () => {
    const rt = createRuntime();
    const ss = rt.newSpreadsheet('x');
    const sheet = ss.insertSheet('Thành viên');
    sheet.getRange('A1:B2').setValues([['Danh sách cũ', ''], ['Nguyễn Văn An', '0912345678']]);
    rt.run('dvhtThietLapMau');
    expect(rt.services.controls.alerts.at(-1)?.prompt).toContain('Sheet "Thành viên" đã có dữ liệu nhưng không có dòng tiêu đề');
    expect(sheet.getRange('A1:B2').getValues()).toEqual([['Danh sách cũ', ''], ['Nguyễn Văn An', 912345678]]);
  });
});

function SpreadsheetApp_ProtectionType(rt: ReturnType<typeof createRuntime>, t: 'RANGE' | 'SHEET') {
  return (rt.sheets.SpreadsheetApp.ProtectionType as unknown as Record<string, GoogleAppsScript.Spreadsheet.ProtectionType>)[t];
}

describe('upgrade of a workbook made by template version 1', () => {
  test('adds the new settings rows after the user\'s, keeps every value, and says so', async () => {
    const rt = createRuntime();
    const ss = await rt.open(join(__dirname, '../fixtures/truong-thcs-binh-minh-v1.xlsx'));
    const before = dumpSheet(ss._sheetByName('Thành viên')!).values;
    const donViBefore = dumpSheet(ss._sheetByName('Đơn vị')!).values;
    rt.run('dvhtThietLapMau');
    expect(rt.services.controls.alerts.at(-1)?.prompt).toContain(`Đã nâng cấp mẫu từ phiên bản 1 lên ${TEMPLATE_VERSION}.`);
    expect(rt.services.controls.alerts.at(-1)?.prompt).toContain('Ngày họp Hội đồng tự đánh giá');
    expect(dumpSheet(ss._sheetByName('Thành viên')!).values).toEqual(before);
    const donVi = dumpSheet(ss._sheetByName('Đơn vị')!).values;
    donViBefore.forEach((row, i) => expect(donVi[i].slice(0, 2)).toEqual(row.slice(0, 2)));
    expect(donVi.slice(donViBefore.length).map((r) => r[0])).toContain('Số quyết định thành lập Hội đồng');
    expect(compareSummaryWithEngine(ss).differences).toEqual([]);
  });
});
