// The district job through the real district bundle: resumable and idempotent, one read per school, mismatches found,
// school text never turned into formulas, faults logged without stopping the batch, documents from recomputed levels.
import { createRuntime, Runtime } from '../../local/runtime';
import { consolidateAll, interrupt, resultsOf, setUpDistrict } from '../../local/district';
import { syntheticSchools, prng } from '../../local/syntheticSchools';
import { lastDocText } from '../support/docs';
import { dumpSheet } from '../../local/spreadsheet';

function district(count: number, opts: { budgetSeconds?: number } = {}) {
  const rt = createRuntime({ target: 'district', latency: { perMethod: { 'Sheets.Spreadsheets.Values.batchGet': 900 }, defaultMs: 40 } });
  const schools = syntheticSchools(rt.sheets, count);
  const ss = setUpDistrict(rt, schools, { nganSachGiay: opts.budgetSeconds ?? 30 });
  rt.counter.reset();
  return { rt, ss, schools };
}

/** Kết quả without the time column, for comparing runs. */
function stable(rt: Runtime, ss: ReturnType<typeof district>['ss']) {
  void rt;
  return [...resultsOf(ss).entries()].map(([id, r]) => [id, { ...r, thoiGianDoc: '' }]).sort();
}

function interruptAtRandom(rt: Runtime, seed: number, p: number): void {
  interrupt(rt, prng(seed), p);
}

describe('consolidation of 120 schools with faults', () => {
  const plain = district(120);
  const run = consolidateAll(plain.rt);
  const reads = plain.rt.counter.snapshot()['Sheets.Spreadsheets.Values.batchGet'];

  test('goes in several batches within the time budget and reads each reachable school exactly once', () => {
    expect(run.batches).toBeGreaterThan(2);
    const unreadable = plain.schools.filter((s) => s.fault === 'deleted' || s.fault === 'notShared' || s.fault === 'notTemplate').length;
    expect(reads).toBe(120); // one batchGet per school, including those that turn out unreadable
    expect(resultsOf(plain.ss).size).toBe(120 - unreadable);
  });

  test('an interrupted run (errors at random points, a closed browser) gives identical results, each school read once', () => {
    const again = district(120);
    interruptAtRandom(again.rt, 7, 0.02);
    const r = consolidateAll(again.rt);
    expect(r.interruptions).toBeGreaterThan(0);
    expect(again.rt.counter.snapshot()['Sheets.Spreadsheets.Values.batchGet']).toBe(reads);
    expect(stable(again.rt, again.ss)).toEqual(stable(plain.rt, plain.ss));
  });

  test('running again updates rows in place: no duplicates, same results', () => {
    const before = stable(plain.rt, plain.ss);
    consolidateAll(plain.rt);
    expect(stable(plain.rt, plain.ss)).toEqual(before);
    const ids = dumpSheet(plain.ss._sheetByName('Kết quả')!).values.slice(1).map((r) => r[0]).filter(Boolean);
    expect(new Set(ids).size).toBe(ids.length);
  });

  test('claims above the recomputed level are listed as mismatches', () => {
    const results = resultsOf(plain.ss);
    const claiming = plain.schools.filter((s) => s.fault === 'claimsHigher');
    expect(claiming.length).toBeGreaterThan(0);
    expect(claiming.some((s) => results.get(s.id)!.mucTinhLai !== 'Đạt mức độ 2')).toBe(true);
    for (const s of claiming) {
      const r = results.get(s.id)!;
      expect(String(r.mucTuNhan)).toBe('Đạt mức độ 2');
      if (r.mucTinhLai !== 'Đạt mức độ 2') {
        expect(String(r.chenhLech)).toContain(`ĐV: bảng tính ghi "Đạt mức độ 2", tính lại "${r.mucTinhLai}"`);
        expect(String(r.chenhLech)).toMatch(/tự đánh giá "Đạt mức độ 2", số liệu cho/);
      } else {
        expect(r.chenhLech).toBe('');
      }
    }
  });

  test('faulty schools get a clear Vietnamese row in Nhật ký and do not stop the batch', () => {
    const log = dumpSheet(plain.ss._sheetByName('Nhật ký')!).values.slice(1);
    const reason = (fault: string) => log.find((r) => r[2] === plain.schools.find((s) => s.fault === fault)?.name)?.[4];
    expect(reason('notShared')).toMatch(/chưa chia sẻ quyền xem/);
    expect(reason('deleted')).toMatch(/Không tìm thấy bảng tính/);
    expect(reason('notTemplate')).toBe('Bảng tính thiếu sheet "Đơn vị" mà ĐVHT cần để tính lại (không phải mẫu ĐVHT, hoặc sheet đã bị xóa hay đổi tên): đề nghị đơn vị chạy ĐVHT → Thiết lập / nâng cấp mẫu, hoặc kiểm tra liên kết.');
    expect(String(reason('badData'))).toMatch(/\d+ lỗi/);
    expect(String(reason('oldTemplate'))).toMatch(/mẫu phiên bản 1 \(cũ\)/);
  });

  test('text from a school never becomes a formula in the district workbook', () => {
    const injected = plain.schools.find((s) => s.fault === 'injection');
    const sheet = plain.ss._sheetByName('Kết quả')!;
    const dump = dumpSheet(sheet);
    expect(dump.formulas.flat().filter(Boolean)).toEqual([]);
    expect(injected).toBeDefined(); // the seeded list contains one such school
    expect(injected!.name).toMatch(/^=HYPERLINK/);
    expect(dump.values.flat()).toContain(injected!.name);
    expect(dumpSheet(plain.ss._sheetByName('Nhật ký')!).formulas.flat().filter(Boolean)).toEqual([]);
  });

  test('calls per school stay at the minimum: one read, and batch writes that do not grow with schools', () => {
    const snapshot = plain.rt.counter.snapshot();
    const perUnitWrites = (snapshot['SpreadsheetApp.Range.setValues'] ?? 0) / 120;
    expect(perUnitWrites).toBeLessThan(1);
    expect(snapshot['SpreadsheetApp.SpreadsheetApp.openById'] ?? 0).toBe(0);
  });

  test('the district documents are built from the recomputed levels', () => {
    plain.rt.run('dvhtTaoVanBan');
    const text = lastDocText(plain.rt);
    for (const t of ['TỜ TRÌNH', 'BÁO CÁO THẨM ĐỊNH', 'BẢN TỔNG HỢP', 'QUYẾT ĐỊNH', 'DANH SÁCH ĐƠN VỊ ĐẠT “ĐƠN VỊ HỌC TẬP” CẤP HUYỆN NĂM 2025', '5. Đơn vị chưa đủ điều kiện công nhận']) expect(text).toContain(t);
    expect(text).toContain('1. Thành phần Hội đồng: 5 thành viên');
    expect(text).toContain('Bảng tính thiếu sheet "Đơn vị" mà ĐVHT cần để tính lại');
  });
});

describe('recognition register', () => {
  test('kept 3 years after the year; mức độ 2 may be asked 12 months after a mức độ 1 decision', async () => {
    const { validUntil, upgradeFrom } = await import('../../src/district/recognition');
    expect(validUntil(2025)).toBe('31/12/2028');
    expect(upgradeFrom('Mức độ 1', '10/02/2026')).toBe('10/02/2027');
    // No 29/02 the next year: never an impossible date, never earlier than 12 months.
    expect(upgradeFrom('Mức độ 1', '29/02/2024')).toBe('01/03/2025');
    expect(upgradeFrom('Mức độ 2', '10/02/2026')).toBe('');
  });

  test('the district job fills the computed columns when it writes the documents', () => {
    const { rt, ss } = district(3);
    const sheet = ss.getSheetByName('Công nhận')!;
    sheet.getRange('A2:E2').setValues([['Trường số 1', 2025, 'Mức độ 1', '45/QĐ-UBND', '10/02/2026']]);
    rt.run('dvhtTaoVanBan');
    expect(sheet.getRange('F2:G2').getValues()).toEqual([['31/12/2028', '10/02/2027']]);
  });
});

describe('recognition status for the school sidebar', () => {
  test('valid until and upgrade advice from the settings', async () => {
    const { panelStatus } = await import('../../src/panel/status');
    const { assessWorkbook } = await import('../../src/assess/assessWorkbook');
    const { reportContext } = await import('../../src/report/context');
    const { checkWorkbook } = await import('../../src/check/checkWorkbook');
    const { readWorkbook } = await import('../../src/sheet/readWorkbook');
    void assessWorkbook;
    const read = readWorkbook({
      'Đơn vị': [['Thông tin', 'Giá trị'], ['Tên đơn vị', 'Trường A'], ['Năm đánh giá', 2025], ['Mức đã được công nhận', 'Mức độ 1'], ['Năm được công nhận', 2024], ['Cơ quan tiếp nhận hồ sơ', 'Phòng GD&ĐT']],
    });
    const check = checkWorkbook(read);
    const s = panelStatus(check, reportContext(read.workbook, check.assessment, { day: 20, month: 12, year: 2025 }));
    expect(s.recognition).toBe('Đã công nhận mức độ 1 năm 2024: bảo lưu đến 31/12/2027. Có thể đề nghị công nhận mức độ 2 sau ít nhất 12 tháng kể từ ngày quyết định công nhận.');
    expect(s.deadline).toBe('Hồ sơ gửi Phòng GD&ĐT trước ngày 15/01/2026 (còn 26 ngày).');
  });
});
