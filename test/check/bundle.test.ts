// The data check, the documents and Tổng hợp through the real bundle (dist/school/Code.js) in the offline runtime, on
// the example workbook edited as a user would: each case gives its Vietnamese message at its cell in the alert of
// "Kiểm tra dữ liệu", and the documents use the one parsed year.
import { join } from 'node:path';
import { ROOT, loadBundle } from '../../local/bundle';
import { lastDoc, lastDocText } from '../support/docs';
import { createRuntime, Runtime } from '../../local/runtime';
import { FakeSpreadsheet } from '../../local/spreadsheet';
import { compareSummaryWithEngine } from '../../local/summaryCheck';
import { describeProblem } from '../../src/check/describe';

const EXAMPLE = join(ROOT, 'examples', 'truong-thcs-binh-minh.xlsx');

async function example(): Promise<{ rt: Runtime; ss: FakeSpreadsheet }> {
  const rt = createRuntime();
  return { rt, ss: await rt.open(EXAMPLE) };
}

/** Types a value into a cell as a user would, then runs "Kiểm tra dữ liệu" and returns its alert's lines. */
function checkAfter(rt: Runtime, ss: FakeSpreadsheet, edits: [string, string, unknown][]): string[] {
  for (const [sheet, a1, value] of edits) ss.getSheetByName(sheet)!.getRange(a1).setValue(value);
  rt.run('dvhtKiemTraDuLieu');
  return String(rt.services.controls.alerts.at(-1)!.prompt).split('\n');
}

test('"năm 2025" in Năm đánh giá: no problem, and every document says "năm 2025", never "năm năm 2025"', async () => {
  const { rt, ss } = await example();
  const alert = checkAfter(rt, ss, [['Đơn vị', 'B9', 'năm 2025']]);
  expect(alert.filter((l) => l.includes('Đơn vị!B9'))).toEqual([]);
  rt.run('dvhtTaoBaoCao');
  const doc = lastDoc(rt);
  const text = rt.drive.text(doc.id);
  expect(doc.name).toMatch(/^Hồ sơ ĐVHT 2025 - Trường THCS Bình Minh - /);
  expect(text).toContain('đề nghị công nhận “Đơn vị học tập” cấp huyện năm 2025');
  expect(text).not.toMatch(/năm năm/i);
  // The guide's deadlines come from the same year.
  rt.run('dvhtThietLapMau');
  const guide = ss.getSheetByName('Hướng dẫn')!.getDataRange().getDisplayValues().flat().join('\n');
  expect(guide).toContain('trước ngày 15/01/2026');
});

test('a year that is not one is an error at Đơn vị!B9 in the alert', async () => {
  const { rt, ss } = await example();
  expect(checkAfter(rt, ss, [['Đơn vị', 'B9', '20255']]).filter((l) => l.includes('Đơn vị!B9'))).toEqual([
    'Lỗi – Đơn vị!B9 (giá trị "20255"): Năm đánh giá "20255" không phải một năm (bốn chữ số). → Cách sửa: Ghi năm dương lịch có số liệu (01/01 – 31/12), bốn chữ số, ví dụ 2025.',
  ]);
});

test('a date typed as the year: its year is used, with a warning, and the documents say "năm 2025"', async () => {
  const { rt, ss } = await example();
  const jan1 = new Date(Date.UTC(2025, 0, 1) - 7 * 3_600_000); // 01/01/2025 00:00 in the sheet's zone (Asia/Ho_Chi_Minh)
  ss.getSheetByName('Đơn vị')!.getRange('B9').setValue(jan1);
  rt.run('dvhtKiemTraDuLieu');
  const engine = compareSummaryWithEngine(ss).check;
  expect(engine.problems.filter((p) => p.cell === 'B9' && p.sheet === 'Đơn vị').map((p) => [p.severity, p.message])).toEqual([
    ['canhBao', 'Năm đánh giá đang là một ngày (01/01/2025), không phải một năm; ĐVHT dùng năm 2025.'],
  ]);
  rt.run('dvhtTaoBaoCao');
  expect(lastDocText(rt)).toContain('Mức tự đánh giá “Đơn vị học tập” năm 2025:');
});

test('a Cyrillic "х" as a mark: the alert names the code point at Thành viên!G6', async () => {
  const { rt, ss } = await example();
  expect(checkAfter(rt, ss, [['Thành viên', 'G6', 'х']]).filter((l) => l.includes('Thành viên!G6'))).toEqual([
    'Lỗi – Thành viên!G6 (giá trị "х"): Giá trị "х" của Châu Thu Linh không hợp lệ cho chỉ tiêu 2.1; chỉ tiêu 2.1 chưa tính được. Giá trị "х" có ký tự "х" (U+0445, chữ Kirin), không phải chữ x: hãy xóa và gõ lại bằng bàn phím thường. → Cách sửa: Hãy ghi: đạt: x, có, đạt, 1, ✓ (hoặc ô đánh dấu); không đạt: để trống, không, chưa, 0; không áp dụng: KAD, -, không áp dụng, N/A, miễn.',
  ]);
});

test('"ok" in Thuộc tổ chức kinh tế: an error at Thành viên!F6, and Tổng hợp\'s 2.4 says so instead of counting it "no"', async () => {
  const { rt, ss } = await example();
  const alert = checkAfter(rt, ss, [['Thành viên', 'F6', 'ok']]);
  expect(alert.filter((l) => l.includes('Thành viên!F6'))).toEqual([
    'Lỗi – Thành viên!F6 (giá trị "ok"): Giá trị "ok" ở cột "Thuộc tổ chức kinh tế" của Châu Thu Linh không hợp lệ nên chưa biết có tính Châu Thu Linh ở chỉ tiêu 2.4 hay không; chỉ tiêu 2.4 chưa tính được. → Cách sửa: Đánh dấu "x" nếu thành viên thuộc tổ chức kinh tế (không tính ở chỉ tiêu 2.4), để trống nếu không. Giá trị được chấp nhận: đạt: x, có, đạt, 1, ✓ (hoặc ô đánh dấu); không đạt: để trống, không, chưa, 0; không áp dụng: KAD, -, không áp dụng, N/A, miễn.',
  ]);
  const summary = ss.getSheetByName('Tổng hợp')!.getDataRange().getDisplayValues();
  const row24 = summary.find((r) => r[0] === '2.4')!;
  expect(row24[4]).toBe('#ERROR!');
});

test('an empty roster: an error at Thành viên!B2 in the alert', async () => {
  const { rt, ss } = await example();
  const members = ss.getSheetByName('Thành viên')!;
  members.getRange(2, 1, members.getLastRow() - 1, members.getLastColumn()).clearContent();
  const alert = checkAfter(rt, ss, []);
  expect(alert.filter((l) => l.includes('Thành viên!B2'))).toEqual([
    'Lỗi – Thành viên!B2: Danh sách thành viên trống (chưa có dòng nào có họ tên): các chỉ tiêu 2.1, 2.2, 2.3, 2.4, 2.5, 3.1 tính theo tỉ lệ thành viên nên chưa tính được. → Cách sửa: Nhập mỗi cán bộ, giáo viên, nhân viên, người lao động một dòng: họ và tên và kết quả từng chỉ tiêu.',
  ]);
  expect(alert[0]).toMatch(/^\d+ lỗi, \d+ cảnh báo\. Mức đạt hiện tại: Chưa có dữ liệu\.$/);
});

test('a Minh chứng dated as a date cell outside the year: a warning at its cell (Điều 10.1.b)', async () => {
  const { rt, ss } = await example();
  const dec20 = new Date(Date.UTC(2024, 11, 20) - 7 * 3_600_000);
  ss.getSheetByName('Minh chứng')!.getRange('C2').setValue(dec20);
  rt.run('dvhtKiemTraDuLieu');
  const engine = compareSummaryWithEngine(ss).check;
  expect(engine.problems.filter((p) => p.sheet === 'Minh chứng' && p.cell === 'C2').map((p) => [p.severity, p.message])).toEqual([
    ['canhBao', 'Minh chứng TC1-01-01 ghi ngày 20/12/2024, ngoài năm đánh giá 2025 (01/01/2025 – 31/12/2025).'],
  ]);
});

describe('DVHT_LEVEL in a cell names look-alike characters and refuses an unknown "Thuộc tổ chức kinh tế"', () => {
  const ctx = loadBundle('school');
  const errorOf = (...args: unknown[]) => {
    try {
      ctx.DVHT_LEVEL(...args);
    } catch (e) {
      return (e as Error).message;
    }
    return 'no error';
  };
  const col = (...values: unknown[]) => values.map((v) => [v]);

  test('a Cyrillic "х" mark', () => {
    expect(errorOf('2.1', col('x', 'х'), col('An', 'Bình'))).toBe(
      'Giá trị "х" ở dòng thứ 2 của vùng kết quả không hợp lệ cho chỉ tiêu 2.1. Giá trị "х" có ký tự "х" (U+0445, chữ Kirin), không phải chữ x: hãy xóa và gõ lại bằng bàn phím thường. Hãy dùng: đạt: x, có, đạt, 1, ✓ (hoặc ô đánh dấu); không đạt: để trống, không, chưa, 0; không áp dụng: KAD, -, không áp dụng, N/A, miễn.');
  });

  test('"ok" in the excluded range of 2.4 is an error, never "no"', () => {
    expect(errorOf('2.4', col('x', 'x'), col('An', 'Bình'), col('', 'ok'), 'TC2-04')).toBe(
      'Giá trị "ok" ở dòng thứ 2 của vùng loại trừ không hợp lệ. Hãy dùng: đạt: x, có, đạt, 1, ✓ (hoặc ô đánh dấu); không đạt: để trống, không, chưa, 0; không áp dụng: KAD, -, không áp dụng, N/A, miễn.');
    // Bình marked "x" is left out of 2.4: An alone, 1/1.
    expect(ctx.DVHT_LEVEL('2.4', col('x', ''), col('An', 'Bình'), col('', 'x'), 'TC2-04')).toBe('Đạt mức độ 2');
  });
});

test('dates typed as date cells: the plan writes them dd/mm/yyyy, and a deadline Sheets turned into a date still reads', async () => {
  const { rt, ss } = await example();
  const hanoi = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d) - 7 * 3_600_000);
  const form = ss.getSheetByName('Đơn vị')!;
  form.getRange('B18').setValue(hanoi(2025, 12, 15)); // Ngày thành lập Hội đồng
  form.getRange('B19').setValue(hanoi(2026, 1, 6)); // Ngày họp Hội đồng
  form.getRange('B22').setValue(hanoi(2026, 1, 15)); // Hạn nộp hồ sơ: "15/01" made a date
  // The alert lists the first problems only, errors first: this warning is read from the same check run on the values.
  const check = compareSummaryWithEngine(ss).check;
  expect(check.problems.filter((p) => p.sheet === 'Đơn vị' && /^B(18|19|22)$/.test(p.cell ?? '')).map(describeProblem)).toEqual([
    'Cảnh báo – Đơn vị!B22 (giá trị "15/01/2026"): "Hạn nộp hồ sơ" đang là một ngày đầy đủ (15/01/2026), không phải ngày/tháng; ĐVHT dùng ngày/tháng 15/01. → Cách sửa: Để ô ghi đúng ngày/tháng: chọn ô, Định dạng → Số → Văn bản thuần túy, rồi nhập lại 15/01.',
  ]);
  rt.run('dvhtTaoKeHoach');
  const plan = lastDocText(rt);
  expect(plan).toContain('Bước 1 (ngày 15/12/2025)');
  expect(plan).toContain('Bước 4 (ngày 06/01/2026)');
  expect(plan).toMatch(/gửi [^\n]* trước ngày 15\/01\/2026\./);
  rt.run('dvhtThietLapMau');
  const guide = ss.getSheetByName('Hướng dẫn')!.getDataRange().getDisplayValues().flat().join('\n');
  expect(guide).toContain('trước ngày 15/01/2026');
  expect(guide).not.toMatch(/GMT/);
});
