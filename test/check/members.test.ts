// The roster and the marks through the pure data check: an empty roster, names that are not names, duplicates whatever
// invisible characters or Unicode form, "Thuộc tổ chức kinh tế" through the marks' vocabulary, and look-alike
// characters named by code point in every vocabulary error (marks, titles, QĐ 4725 levels, evidence codes).
// Members: row 2 is the first data row; example member index i is on sheet row i + 2 (index 4 = Châu Thu Linh, row 6).
import { at, check, example, withMember } from './checkOf';
import { SchoolWorkbook } from '../../src/workbook/records';
import { cleanText } from '../../src/vocab/normalize';

const NO_MARKS = { kyLuat: '', boiDuong: '', chuyenDoiSo: '', ngoaiNgu: '', danhHieu: '', cdht: '' };
const messagesAt = (wb: SchoolWorkbook, ref: string) => at(check(wb), ref).map((p) => [p.severity, p.message]);

describe('an empty roster', () => {
  test('is an error at Thành viên!B2, and every share chỉ tiêu has no data (never "0 lỗi")', () => {
    const r = check({ ...example(), members: [] });
    expect(at(r, 'Thành viên!B2').map((p) => [p.severity, p.message, p.fix])).toEqual([[
      'loi',
      'Danh sách thành viên trống (chưa có dòng nào có họ tên): các chỉ tiêu 2.1, 2.2, 2.3, 2.4, 2.5, 3.1 tính theo tỉ lệ thành viên nên chưa tính được.',
      'Nhập mỗi cán bộ, giáo viên, nhân viên, người lao động một dòng: họ và tên và kết quả từng chỉ tiêu.',
    ]]);
    for (const id of ['2.1', '2.2', '2.3', '2.4', '2.5', '3.1']) expect(r.assessment.chiTieu[id].result.level).toBe('nodata');
    expect(r.assessment.unit.level).toBe('nodata');
  });

  test('rows with marks but no names are an empty roster too, each row named', () => {
    const wb = example();
    const r = check({ ...wb, members: wb.members.slice(0, 2).map((m) => ({ ...m, hoTen: '' })) });
    expect(at(r, 'Thành viên!B2').map((p) => p.message)).toEqual([
      'Dòng có kết quả nhưng chưa có họ tên nên không được tính.',
      'Danh sách thành viên trống (chưa có dòng nào có họ tên): các chỉ tiêu 2.1, 2.2, 2.3, 2.4, 2.5, 3.1 tính theo tỉ lệ thành viên nên chưa tính được.',
    ]);
    expect(at(r, 'Thành viên!B3').map((p) => p.message)).toEqual(['Dòng có kết quả nhưng chưa có họ tên nên không được tính.']);
  });
});

describe('names that are not names', () => {
  test.each(['—', '...', '-', '123', '?'])('%p is an error at its cell: it is counted as a member although it names nobody', (name) => {
    const wb = withMember(4, { hoTen: name });
    expect(messagesAt(wb, 'Thành viên!B6')).toEqual([
      ['loi', `Họ tên "${name}" không có chữ cái nào, không phải tên người, nhưng dòng này vẫn được tính là một thành viên ở mọi chỉ tiêu.`],
    ]);
    expect(check(wb).assessment.chiTieu['2.1'].members?.tally.total).toBe(48); // as Tổng hợp counts the row
  });

  test.each(['\u200b', '\ufeff', '\u2060\u200d', '\u3164', '\u00a0'])('a name of invisible characters only (%j) on a described row is an error at its cell', (name) => {
    const wb = withMember(4, { hoTen: name, ...NO_MARKS });
    expect(at(check(wb), 'Thành viên!B6').map((p) => [p.severity, p.message, p.fix])).toEqual([[
      'loi', 'Dòng có thông tin thành viên (chức vụ, bộ phận…) nhưng ô họ tên trống hoặc chỉ có ký tự ẩn nên dòng này không được tính.',
      'Xóa nội dung ô họ tên (phím Delete) rồi nhập họ và tên; nếu dòng này không phải thành viên, xóa cả dòng.',
    ]]);
    expect(check(wb).assessment.memberCount).toBe(47);
  });

  test('a name of invisible characters on a row with marks has the one "chưa có họ tên" error', () => {
    expect(messagesAt(withMember(4, { hoTen: '\u200b' }), 'Thành viên!B6')).toEqual([['loi', 'Dòng có kết quả nhưng chưa có họ tên nên không được tính.']]);
  });

  test('a name with a Cyrillic look-alike letter is a warning naming it (it would hide a duplicate)', () => {
    const name = 'Châu Thu L\u0456nh'; // Cyrillic "і"
    expect(at(check(withMember(4, { hoTen: name })), 'Thành viên!B6').map((p) => [p.severity, p.message])).toEqual([[
      'canhBao', `Họ tên "${name}" có chữ trông giống chữ Việt nhưng khác mã nên không so trùng được với cùng tên gõ bằng bàn phím thường. Giá trị "${name}" có ký tự "\u0456" (U+0456, chữ Kirin), không phải chữ i: hãy xóa và gõ lại bằng bàn phím thường.`,
    ]]);
  });

  test('an invisible character inside a real name is removed: the member counts under the name as seen', () => {
    const r = check(withMember(4, { hoTen: 'Châu\u2060 Thu\u00ad Linh' }));
    expect(at(r, 'Thành viên!B6')).toEqual([]);
    expect(r.assessment.memberCount).toBe(48);
  });
});

describe('duplicate names, compared after removing invisible characters, NFC/NFD, case and spacing', () => {
  const linh = 'Châu Thu Linh'; // member index 4, row 6
  test.each([
    ['the same name', linh],
    ['NFD spelling', linh.normalize('NFD')],
    ['a zero-width space inside', 'Châu\u200b Thu Linh'],
    ['a word joiner inside a word', 'Ch\u2060âu Thu Linh'],
    ['a soft hyphen and a non-breaking space', 'Châu\u00a0Thu Li\u00adnh'],
    ['other case and no diacritics', 'CHAU THU LINH'],
  ])('%s is found as a duplicate of row 6', (_what, name) => {
    expect(messagesAt(withMember(5, { hoTen: name }), 'Thành viên!B7')).toEqual([
      ['canhBao', `"${cleanText(name)}" trùng họ tên với dòng 6: một người chỉ được ghi một lần.`],
    ]);
  });
});

describe('"Thuộc tổ chức kinh tế" through the marks\' vocabulary (chỉ tiêu 2.4)', () => {
  test('"ok" is an error at its cell, never silently "no"', () => {
    const r = check(withMember(4, { thuocToChucKinhTe: 'ok' }));
    expect(at(r, 'Thành viên!F6').map((p) => [p.severity, p.message, p.fix])).toEqual([[
      'loi', 'Giá trị "ok" ở cột "Thuộc tổ chức kinh tế" của Châu Thu Linh không hợp lệ nên chưa biết có tính Châu Thu Linh ở chỉ tiêu 2.4 hay không; chỉ tiêu 2.4 chưa tính được.',
      'Đánh dấu "x" nếu thành viên thuộc tổ chức kinh tế (không tính ở chỉ tiêu 2.4), để trống nếu không. Giá trị được chấp nhận: đạt: x, có, đạt, 1, ✓ (hoặc ô đánh dấu); không đạt: để trống, không, chưa, 0; không áp dụng: KAD, -, không áp dụng, N/A, miễn.',
    ]]);
    // Whether she counts is not known, so 2.4 is not decided either way (Tổng hợp's formula refuses the value too).
    expect(r.assessment.chiTieu['2.4'].members?.undecided).toBe(1);
    expect(r.assessment.chiTieu['2.4'].result.level).toBe('nodata');
  });

  test.each([['x', 47], ['có', 47], [true, 47], ['', 48], ['không', 48], [false, 48]])('%p is read as a mark (2.4 counts %i members)', (v, total) => {
    const r = check(withMember(4, { thuocToChucKinhTe: v }));
    expect(at(r, 'Thành viên!F6')).toEqual([]);
    expect(r.assessment.chiTieu['2.4'].members?.tally.total).toBe(total);
  });

  test('a Cyrillic "х" there is named by code point', () => {
    expect(messagesAt(withMember(4, { thuocToChucKinhTe: 'х' }), 'Thành viên!F6')).toEqual([[
      'loi', 'Giá trị "х" ở cột "Thuộc tổ chức kinh tế" của Châu Thu Linh không hợp lệ nên chưa biết có tính Châu Thu Linh ở chỉ tiêu 2.4 hay không; chỉ tiêu 2.4 chưa tính được. Giá trị "х" có ký tự "х" (U+0445, chữ Kirin), không phải chữ x: hãy xóa và gõ lại bằng bàn phím thường.',
    ]]);
  });
});

describe('look-alike characters shown by code point in every vocabulary error', () => {
  test('a Cyrillic "х" as a mark (2.1, Thành viên!G6)', () => {
    expect(messagesAt(withMember(4, { kyLuat: 'х' }), 'Thành viên!G6')).toEqual([[
      'loi', 'Giá trị "х" của Châu Thu Linh không hợp lệ cho chỉ tiêu 2.1; chỉ tiêu 2.1 chưa tính được. Giá trị "х" có ký tự "х" (U+0445, chữ Kirin), không phải chữ x: hãy xóa và gõ lại bằng bàn phím thường.',
    ]]);
  });

  test('a full-width "ｘ" as a mark (2.2, Thành viên!H6)', () => {
    expect(messagesAt(withMember(4, { boiDuong: 'ｘ' }), 'Thành viên!H6')).toEqual([[
      'loi', 'Giá trị "ｘ" của Châu Thu Linh không hợp lệ cho chỉ tiêu 2.2; chỉ tiêu 2.2 chưa tính được. Giá trị "ｘ" có ký tự "ｘ" (U+FF58, ký tự toàn độ rộng), không phải "x": hãy xóa và gõ lại bằng bàn phím thường.',
    ]]);
  });

  test('an individual title with a Cyrillic "Т" (2.5, Thành viên!K6)', () => {
    expect(messagesAt(withMember(4, { danhHieu: 'LĐТТ' }), 'Thành viên!K6')).toEqual([[
      'loi', 'Giá trị "LĐТТ" của Châu Thu Linh không hợp lệ cho chỉ tiêu 2.5; chỉ tiêu 2.5 chưa tính được. Giá trị "LĐТТ" có ký tự "Т" (U+0422, chữ Kirin), không phải chữ T: hãy xóa và gõ lại bằng bàn phím thường.',
    ]]);
  });

  test('a collective title, a QĐ 4725 level and an evidence code with Cyrillic letters (sheet Chỉ tiêu)', () => {
    const wb = example();
    const r = check({
      ...wb,
      chiTieu: {
        ...wb.chiTieu,
        '1.1': { ...wb.chiTieu['1.1'], minhChung: 'ТС1-01' },
        '3.3': { ...wb.chiTieu['3.3'], danhHieuTapThe: 'Tập thể lао động xuất sắc' },
        '3.4': { ...wb.chiTieu['3.4'], mucChuyenDoiSo: 'Mức đáp ứng тốt', diemDayHoc: '', diemQuanTri: '' },
      },
    });
    expect(at(r, 'Chỉ tiêu!H2').map((p) => p.message)[0]).toBe(
      'Chỉ tiêu 1.1: mã minh chứng không hợp lệ: "ТС1-01". Giá trị "ТС1-01" có ký tự "Т" (U+0422, chữ Kirin), không phải chữ T; ký tự "С" (U+0421, chữ Kirin), không phải chữ C: hãy xóa và gõ lại bằng bàn phím thường.');
    expect(at(r, 'Chỉ tiêu!D14').map((p) => p.message)).toEqual([
      'Chỉ tiêu 3.3: danh hiệu "Tập thể lао động xuất sắc" không có trong danh mục. Giá trị "Tập thể lао động xuất sắc" có ký tự "а" (U+0430, chữ Kirin), không phải chữ a; ký tự "о" (U+043E, chữ Kirin), không phải chữ o: hãy xóa và gõ lại bằng bàn phím thường.',
    ]);
    expect(at(r, 'Chỉ tiêu!E15').map((p) => p.message)).toEqual([
      expect.stringMatching(/^Chỉ tiêu 3\.4: mức chuyển đổi số "Mức đáp ứng тốt" không hợp lệ\. Giá trị "Mức đáp ứng тốt" có ký tự "т" \(U\+0442, chữ Kirin\), không phải chữ T: hãy xóa và gõ lại bằng bàn phím thường\.$/),
    ]);
  });

  test('a plain unknown mark gets no note', () => {
    expect(messagesAt(withMember(4, { kyLuat: 'tốt' }), 'Thành viên!G6')).toEqual([['loi', 'Giá trị "tốt" của Châu Thu Linh không hợp lệ cho chỉ tiêu 2.1; chỉ tiêu 2.1 chưa tính được.']]);
  });
});
