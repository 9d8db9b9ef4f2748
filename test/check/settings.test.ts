// The year and date settings of "Đơn vị" through the pure data check: each unreadable value is an error at its cell
// with a fix; a readable but unlikely date is a warning. The evaluation year is "Năm đánh giá" at Đơn vị!B9.
// Thông tư 24, Điều 10.1.b (16.1.b): "thông tin, số liệu … được tính từ ngày 01 tháng 1 đến ngày 31 tháng 12 của năm
// đánh giá"; Điều 10.1.c (16.1.c): hồ sơ gửi "trước ngày 15 tháng 1 của năm liền kề sau năm đánh giá";
// Điều 22.1: "Thông tư này có hiệu lực thi hành kể từ ngày 26 tháng 01 năm 2024".
import { TODAY, at, check, withSettings } from './checkOf';

const hanoi = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d) - 7 * 3_600_000);

/** The problems at one cell as [severity, message, fix]. */
const problemsAt = (settings: Record<string, unknown>, ref: string) =>
  at(check(withSettings(settings)), ref).map((p) => [p.severity, p.message, p.fix]);

const YEAR_FIX = 'Ghi năm dương lịch có số liệu (01/01 – 31/12), bốn chữ số, ví dụ 2025.';

describe('Năm đánh giá (Đơn vị!B9)', () => {
  test.each([2025, 2025.0, '2025', 'năm 2025', 'Năm 2025', 2024, 2027])('%p is a valid year: no problem at B9', (year) => {
    expect(problemsAt({ namDanhGia: year }, 'Đơn vị!B9')).toEqual([]);
  });

  test.each([
    ['25', 'Năm đánh giá "25" không phải một năm (bốn chữ số).'],
    ['20255', 'Năm đánh giá "20255" không phải một năm (bốn chữ số).'],
    ['hai nghìn hai lăm', 'Năm đánh giá "hai nghìn hai lăm" không phải một năm (bốn chữ số).'],
    ['năm học 2025-2026', 'Năm đánh giá "năm học 2025-2026" không phải một năm (bốn chữ số).'],
  ])('%p is an error at B9', (year, message) => {
    expect(problemsAt({ namDanhGia: year }, 'Đơn vị!B9')).toEqual([['loi', message, YEAR_FIX]]);
  });

  test('full-width digits typed from an IME are an error naming them by code point', () => {
    expect(problemsAt({ namDanhGia: '２０２５' }, 'Đơn vị!B9')).toEqual([[
      'loi', 'Năm đánh giá "２０２５" không phải một năm (bốn chữ số). Giá trị "２０２５" có ký tự "２" (U+FF12, ký tự toàn độ rộng), không phải "2"; ký tự "０" (U+FF10, ký tự toàn độ rộng), không phải "0"; ký tự "５" (U+FF15, ký tự toàn độ rộng), không phải "5": hãy xóa và gõ lại bằng bàn phím thường.',
      YEAR_FIX,
    ]]);
  });

  test('a year before Thông tư 24 took effect (26/01/2024) is an error', () => {
    expect(problemsAt({ namDanhGia: 2023 }, 'Đơn vị!B9')).toEqual([
      ['loi', 'Năm đánh giá 2023 trước năm 2024: Thông tư 24 có hiệu lực thi hành từ ngày 26/01/2024.', YEAR_FIX],
    ]);
  });

  test('a year after next year, by the runtime clock passed in (01/12/2026), is an error', () => {
    expect(problemsAt({ namDanhGia: 2028 }, 'Đơn vị!B9')).toEqual([
      ['loi', 'Năm đánh giá 2028 chưa đến (hôm nay là 01/12/2026).', 'Ghi năm dương lịch có số liệu (01/01 – 31/12), từ 2024 đến 2027.'],
    ]);
    // Without a clock the pure check has no upper bound (it never reads the clock itself).
    expect(at(check(withSettings({ namDanhGia: 2028 }), {}), 'Đơn vị!B9')).toEqual([]);
  });

  test('a date cell (01/01/2025 typed, made a date by Sheets) gives its year with a warning saying so', () => {
    expect(problemsAt({ namDanhGia: hanoi(2025, 1, 1) }, 'Đơn vị!B9')).toEqual([[
      'canhBao', 'Năm đánh giá đang là một ngày (01/01/2025), không phải một năm; ĐVHT dùng năm 2025.',
      'Nếu đúng là năm 2025: chọn ô, Định dạng → Số → Văn bản thuần túy, rồi nhập lại 2025.',
    ]]);
  });

  test('a blank year is the "Chưa nhập" error of the required settings, once', () => {
    expect(problemsAt({ namDanhGia: '' }, 'Đơn vị!B9')).toEqual([['loi', 'Chưa nhập "Năm đánh giá".', 'Năm dương lịch có số liệu (01/01 – 31/12), ví dụ 2025.']]);
  });

  test('the evidence check uses the parsed year: "năm 2025" finds the 2023 plan outside the year, like 2025 does', () => {
    const ref = 'Minh chứng!C7';
    expect(at(check(withSettings({ namDanhGia: 'năm 2025' })), ref).map((p) => p.message)).toEqual(at(check(withSettings({})), ref).map((p) => p.message));
    expect(at(check(withSettings({ namDanhGia: 'năm 2025' })), ref)).toHaveLength(1);
  });
});

describe('dates of the Hội đồng and of the documents', () => {
  // Example: Hội đồng formed 15/12/2025 (B18), met 06/01/2026 (B19), documents signed 06/01/2026 (B21), for 2025.
  test('the example\'s dates are plausible: no problem', () => {
    for (const ref of ['Đơn vị!B18', 'Đơn vị!B19', 'Đơn vị!B21', 'Đơn vị!B22', 'Đơn vị!B23']) expect(at(check(withSettings({})), ref)).toEqual([]);
  });

  test('date cells are accepted like "dd/mm/yyyy" text', () => {
    const r = check(withSettings({ ngayThanhLapHoiDong: hanoi(2025, 12, 15), ngayHopHoiDong: hanoi(2026, 1, 6), ngayBaoCao: hanoi(2026, 1, 6) }));
    expect(r.problems.filter((p) => p.sheet === 'Đơn vị')).toEqual([]);
  });

  test('an impossible date is an error at its cell', () => {
    expect(problemsAt({ ngayThanhLapHoiDong: '31/02/2026' }, 'Đơn vị!B18')).toEqual([[
      'loi', '"Ngày thành lập Hội đồng" ghi "31/02/2026": không có ngày này (tháng 2 năm 2026 chỉ có 28 ngày).',
      'Ghi lại ngày đúng, dạng ngày/tháng/năm, ví dụ 15/12/2025.',
    ]]);
    expect(problemsAt({ ngayHopHoiDong: '06/13/2026' }, 'Đơn vị!B19').map((p) => p[1])).toEqual([
      '"Ngày họp Hội đồng tự đánh giá" ghi "06/13/2026": không có ngày này (không có tháng 13).',
    ]);
  });

  test('text that is not a date is an error at its cell', () => {
    expect(problemsAt({ ngayHopHoiDong: 'sáng thứ hai' }, 'Đơn vị!B19')).toEqual([[
      'loi', '"Ngày họp Hội đồng tự đánh giá" ghi "sáng thứ hai", không phải một ngày.', 'Ghi ngày dạng ngày/tháng/năm, ví dụ 15/12/2025.',
    ]]);
    expect(problemsAt({ ngayBaoCao: 46028 }, 'Đơn vị!B21').map((p) => p[1])).toEqual(['"Ngày ký văn bản" ghi "46028", không phải một ngày.']);
  });

  test('the Hội đồng formed after its meeting is a warning', () => {
    expect(problemsAt({ ngayThanhLapHoiDong: '10/01/2026' }, 'Đơn vị!B18')).toEqual([[
      'canhBao', 'Hội đồng được thành lập ngày 10/01/2026, sau ngày họp 06/01/2026.',
      'Kiểm tra lại ngày thành lập và ngày họp: Hội đồng được thành lập trước khi họp.',
    ]]);
  });

  test('a Hội đồng formed before the evaluation year is a warning', () => {
    expect(problemsAt({ ngayThanhLapHoiDong: '15/12/2024' }, 'Đơn vị!B18').map((p) => p.slice(0, 2))).toEqual([
      ['canhBao', 'Hội đồng được thành lập ngày 15/12/2024, trước năm đánh giá 2025.'],
    ]);
  });

  test('a meeting before the year ends (its figures are not complete) is a warning quoting Điều 10.1.b', () => {
    expect(problemsAt({ ngayThanhLapHoiDong: '01/12/2025', ngayHopHoiDong: '20/12/2025', ngayBaoCao: '20/12/2025' }, 'Đơn vị!B19')).toEqual([[
      'canhBao', 'Hội đồng họp ngày 20/12/2025, trước khi kết thúc năm đánh giá 2025: số liệu của năm được tính đến ngày 31/12/2025.',
      'Thông tư 24 (Điều 10.1.b, 16.1.b): thông tin, số liệu được tính từ ngày 01 tháng 1 đến ngày 31 tháng 12 của năm đánh giá. Kiểm tra lại ngày này hoặc năm đánh giá.',
    ]]);
  });

  test('documents signed on or after the deadline (15/01 of the next year) are a warning quoting Điều 10.1.c', () => {
    expect(problemsAt({ ngayBaoCao: '20/01/2026' }, 'Đơn vị!B21')).toEqual([[
      'canhBao', 'Văn bản ký ngày 20/01/2026, không trước hạn nộp hồ sơ 15/01/2026.',
      'Thông tư 24 (Điều 10.1.c, 16.1.c): hồ sơ gửi trước ngày 15 tháng 1 của năm liền kề sau năm đánh giá. Kiểm tra lại ngày này, năm đánh giá hoặc "Hạn nộp hồ sơ".',
    ]]);
    // The unit's own earlier deadline counts: 10/01 makes a meeting on 12/01/2026 late.
    expect(problemsAt({ hanNopHoSo: '10/01', ngayHopHoiDong: '12/01/2026', ngayBaoCao: '12/01/2026' }, 'Đơn vị!B19').map((p) => p[1])).toEqual([
      'Hội đồng họp ngày 12/01/2026, không trước hạn nộp hồ sơ 10/01/2026.',
    ]);
  });

  test('documents signed before the meeting are a warning', () => {
    expect(problemsAt({ ngayBaoCao: '05/01/2026' }, 'Đơn vị!B21').map((p) => p[1])).toEqual(['Ngày ký văn bản 05/01/2026 trước ngày Hội đồng họp 06/01/2026.']);
  });
});

describe('deadlines "dd/mm" (Hạn nộp hồ sơ B22, Hạn công nhận B23)', () => {
  test('text that is not a day and month is an error', () => {
    expect(problemsAt({ hanNopHoSo: '32/01' }, 'Đơn vị!B22')).toEqual([[
      'loi', '"Hạn nộp hồ sơ" ghi "32/01", không phải ngày/tháng.', 'Ghi ngày/tháng của năm sau năm đánh giá, ví dụ 15/01.',
    ]]);
  });

  test('"15/01" turned into a date by Sheets: its day and month are used, with a warning saying so', () => {
    expect(problemsAt({ hanNopHoSo: hanoi(2026, 1, 15) }, 'Đơn vị!B22')).toEqual([[
      'canhBao', '"Hạn nộp hồ sơ" đang là một ngày đầy đủ (15/01/2026), không phải ngày/tháng; ĐVHT dùng ngày/tháng 15/01.',
      'Để ô ghi đúng ngày/tháng: chọn ô, Định dạng → Số → Văn bản thuần túy, rồi nhập lại 15/01.',
    ]]);
  });

  test('a deadline later than Thông tư 24\'s is a warning', () => {
    expect(problemsAt({ hanCongNhan: '28/02' }, 'Đơn vị!B23').map((p) => p.slice(0, 2))).toEqual([
      ['canhBao', '"Hạn công nhận" 28/02 muộn hơn hạn của Thông tư 24 (trước ngày 15/02 của năm liền kề sau năm đánh giá).'],
    ]);
  });
});

describe('tier values (Cấp công nhận, Đơn vị!B6)', () => {
  test.each(['cấp xã phường', 'tỉnh thành', '3'])('%p is an error at B6', (tier) => {
    expect(problemsAt({ capCongNhan: tier }, 'Đơn vị!B6')).toEqual([[
      'loi', `Cấp công nhận "${tier}" không hợp lệ.`, 'Chọn "cấp huyện" hoặc "cấp tỉnh" (cấp huyện được dùng tạm).',
    ]]);
  });

  test('"cấp tỉnh" and "Cấp Huyện" are read (other checks may still speak of the tier, never as unreadable)', () => {
    const unreadable = (tier: string) => problemsAt({ capCongNhan: tier }, 'Đơn vị!B6').filter((p) => /không hợp lệ/.test(p[1]));
    expect(unreadable('cấp tỉnh')).toEqual([]);
    expect(unreadable('Cấp Huyện')).toEqual([]);
    expect(problemsAt({ capCongNhan: 'Cấp Huyện' }, 'Đơn vị!B6')).toEqual([]);
  });
});

test('the clock of these tests is the one passed in', () => {
  expect(TODAY).toEqual({ day: 1, month: 12, year: 2026 });
});
