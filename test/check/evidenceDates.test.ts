// Evidence inside the evaluation year (issue 11, item 7). Thông tư 24, Điều 10.1.b (and 16.1.b for cấp tỉnh):
// "thông tin, số liệu của Báo cáo tự đánh giá và Bản tổng hợp kết quả các tiêu chí, chỉ tiêu được tính từ ngày 01
// tháng 1 đến ngày 31 tháng 12 của năm đánh giá". A Minh chứng dated outside the year gets a WARNING at its "Số, ngày
// ban hành" cell (column C): a plan signed late in the year before for the evaluation year is common, so the user judges.
import { at, check, example, withSettings } from './checkOf';
import { SchoolWorkbook } from '../../src/workbook/records';

const FIX_2025 = 'Thông tư 24 (Điều 10.1.b, 16.1.b): thông tin, số liệu được tính từ ngày 01 tháng 1 đến ngày 31 tháng 12 của năm đánh giá. Nếu văn bản ban hành ngoài năm nhưng áp dụng cho năm 2025 (ví dụ kế hoạch năm 2025 ký cuối năm 2024), có thể giữ và ghi rõ ở cột Ghi chú; nếu không, thay bằng minh chứng của năm 2025.';

/** The example with Minh chứng `index` (0-based, sheet row index + 2) dated `soNgay`. */
function dated(index: number, soNgay: unknown, wb: SchoolWorkbook = example()): SchoolWorkbook {
  return { ...wb, evidence: wb.evidence.map((e, i) => (i === index ? { ...e, soNgay } : e)) as SchoolWorkbook['evidence'] };
}
const found = (wb: SchoolWorkbook, ref: string) => at(check(wb), ref).map((p) => [p.severity, p.value, p.message, p.fix]);

test('the example\'s only evidence outside 2025 is the 2023 plan TC1-04-01 (Minh chứng!C7)', () => {
  const r = check(example());
  const outside = r.problems.filter((p) => p.sheet === 'Minh chứng' && p.field === 'soNgay');
  expect(outside.map((p) => [p.cell, p.severity, p.value, p.message, p.fix])).toEqual([[
    'C7', 'canhBao', '20/KH-THCSBM, 15/02/2023', 'Minh chứng TC1-04-01 ghi ngày 15/02/2023, ngoài năm đánh giá 2025 (01/01/2025 – 31/12/2025).', FIX_2025,
  ]]);
});

test('a plan signed in December of the year before is a warning, worded so that the user can keep it', () => {
  expect(found(dated(0, '112/KH-THCSBM, 20/12/2024'), 'Minh chứng!C2')).toEqual([[
    'canhBao', '112/KH-THCSBM, 20/12/2024', 'Minh chứng TC1-01-01 ghi ngày 20/12/2024, ngoài năm đánh giá 2025 (01/01/2025 – 31/12/2025).', FIX_2025,
  ]]);
});

test('a document of the next year (06/01/2026) is a warning too', () => {
  expect(found(dated(1, '06/01/2026'), 'Minh chứng!C3').map((p) => p[2])).toEqual([
    'Minh chứng TC1-01-02 ghi ngày 06/01/2026, ngoài năm đánh giá 2025 (01/01/2025 – 31/12/2025).',
  ]);
});

test('a date cell is read in the sheet\'s time zone (01/01/2025 00:00 in Hà Nội is inside 2025)', () => {
  const hanoiMidnight = new Date(Date.UTC(2025, 0, 1) - 7 * 3_600_000);
  expect(found(dated(0, hanoiMidnight), 'Minh chứng!C2')).toEqual([]);
  const dec31 = new Date(Date.UTC(2024, 11, 31) - 7 * 3_600_000);
  expect(found(dated(0, dec31), 'Minh chứng!C2')).toEqual([[
    'canhBao', '31/12/2024', 'Minh chứng TC1-01-01 ghi ngày 31/12/2024, ngoài năm đánh giá 2025 (01/01/2025 – 31/12/2025).', FIX_2025,
  ]]);
});

test('dates inside the year, and numbers without a date, give nothing', () => {
  for (const soNgay of ['112/KH-THCSBM, 05/9/2025', 'ngày 31 tháng 12 năm 2025', '01/01/2025', '45/QĐ-THCSBM', '']) {
    expect(found(dated(0, soNgay), 'Minh chứng!C2')).toEqual([]);
  }
});

test('an impossible date in the text is a warning', () => {
  expect(found(dated(0, '112/KH-THCSBM, 31/09/2025'), 'Minh chứng!C2')).toEqual([[
    'canhBao', '112/KH-THCSBM, 31/09/2025', 'Minh chứng TC1-01-01 ghi ngày "31/09/2025": không có ngày này.', 'Sửa lại số, ngày ban hành theo đúng văn bản.',
  ]]);
});

test('the evaluation year is the parsed one ("năm 2026" moves the window), and none is checked without a year', () => {
  expect(found(dated(0, '112/KH-THCSBM, 05/9/2025', withSettings({ namDanhGia: 'năm 2026' })), 'Minh chứng!C2').map((p) => p[2])).toEqual([
    'Minh chứng TC1-01-01 ghi ngày 05/09/2025, ngoài năm đánh giá 2026 (01/01/2026 – 31/12/2026).',
  ]);
  const noYear = check(withSettings({ namDanhGia: '25' }));
  expect(noYear.problems.filter((p) => p.sheet === 'Minh chứng' && p.field === 'soNgay')).toEqual([]);
});
