// The documents the law names for the receiving authority, built from the district's sheets as records: each unit once
// by its spreadsheet id, named as Danh sách đơn vị names it, with its own result and every chỉ tiêu's level.
import { DistrictSettings, decider, districtDocuments } from '../../src/district/documents';
import { districtUnits } from '../../src/district/units';
import { reportToSoDue } from '../../src/district/recognition';
import { Block, DocumentModel, blockText, partText } from '../../src/report/model';
import { allChiTieu } from '../../src/rules/catalogue';
import { createRuntime } from '../../local/runtime';
import { consolidateAll, setUpDistrict } from '../../local/district';
import { syntheticSchool } from '../../local/syntheticSchools';
import { lastDocText } from '../support/docs';

const id = (n: number) => `1DvhtSynthetic${String(n).padStart(6, '0')}abcdefghij`;
const link = (n: number) => `https://docs.google.com/spreadsheets/d/${id(n)}/edit`;

/** A Kết quả row where every chỉ tiêu and tiêu chí of cấp huyện is at `label`, then the given overrides. */
function result(n: number, typedName: string, level: string, overrides: Record<string, string> = {}, extra: Record<string, unknown> = {}) {
  const levels = Object.fromEntries([...allChiTieu('huyen').map((c) => c.id), 'TC1', 'TC2', 'TC3'].map((k) => [`muc_${k}`, 'Đạt mức độ 2']));
  for (const [k, v] of Object.entries(overrides)) levels[`muc_${k}`] = v;
  return { ma: id(n), tenDonVi: typedName, ...levels, mucTinhLai: level, mucTuNhan: level, chenhLech: '', soLoi: 0, ...extra };
}

const LISTED = [
  { tenDonVi: 'Trường Tiểu học Bình Minh A', loaiDonVi: 'Trường tiểu học', lienKet: link(1), trangThai: 'Đạt mức độ 2; 0 lỗi, 0 cảnh báo' },
  { tenDonVi: 'Trường THCS Bình Minh', loaiDonVi: 'Trường trung học cơ sở', lienKet: link(2), trangThai: 'Không đạt; 0 lỗi, 0 cảnh báo' },
  // The same spreadsheet listed again under another name: one unit, counted once, under its first row's name.
  { tenDonVi: 'Trường TH Bình Minh A (nộp lại)', loaiDonVi: 'Trường tiểu học', lienKet: link(1), trangThai: '' },
  { tenDonVi: 'Trường Mầm non Sơn Ca', loaiDonVi: '', lienKet: link(3), trangThai: 'Lỗi: Đơn vị chưa chia sẻ quyền xem bảng tính (hoặc đã thu hồi): hãy đề nghị đơn vị chia sẻ cho tài khoản của cơ quan.' },
  { tenDonVi: 'Trường Tiểu học Bình Minh B', loaiDonVi: 'Trường tiểu học', lienKet: id(4), trangThai: 'Đạt mức độ 1; 0 lỗi, 0 cảnh báo' },
];

const RESULTS = [
  // Unit 1 typed an abbreviation of its own name; unit 2 typed unit 1's name: neither decides anything.
  result(1, 'Trường TH Bình Minh A', 'Đạt mức độ 2'),
  result(2, 'Trường Tiểu học Bình Minh A', 'Không đạt', { '1.3': 'Đạt mức độ 1', TC1: 'Đạt mức độ 1', '2.1': 'Không đạt', TC2: 'Không đạt' },
    { mucTuNhan: 'Đạt mức độ 2', chenhLech: 'ĐV: bảng tính ghi "Đạt mức độ 2", tính lại "Không đạt"' }),
  result(4, 'TH Bình Minh B', 'Đạt mức độ 1', { '3.4': 'Đạt mức độ 1', TC3: 'Đạt mức độ 1', '3.5': 'Không áp dụng' }),
];

/** The units recognised, as the thẩm định report, the Quyết định and the report to the Sở each list them. */
const RECOGNISED = [['TT', 'Đơn vị', 'Mức độ'], ['1', 'Trường Tiểu học Bình Minh A', 'Mức độ 2'], ['2', 'Trường Tiểu học Bình Minh B', 'Mức độ 1']];

const COUNCIL = [['Nguyễn Văn Thành', 'Trưởng phòng', 'Chủ tịch'], ['Lê Thị Hồng', 'Phó Trưởng phòng', 'Phó Chủ tịch'], ['Trần Minh Đức', 'Chuyên viên', 'Thư ký'], ['Phạm Thu Hà', 'Chuyên viên', 'Ủy viên'], ['Võ Quốc Bảo', 'Chuyên viên', 'Ủy viên']]
  .map(([name, title, role]) => ({ name, title, role }));

const SETTINGS: DistrictSettings = {
  parent: 'Ủy ban nhân dân xã Bình Minh', authority: 'Phòng Văn hóa - Xã hội', approver: 'Ủy ban nhân dân xã Bình Minh', tier: 'huyen',
  tierName: 'cấp huyện', year: '2025', place: 'Bình Minh', head: 'Nguyễn Văn Thành', headTitle: 'Trưởng phòng', number: '12/TTr-VHXH',
  date: { day: 5, month: 2, year: 2026 }, council: COUNCIL,
};

const part = (m: DocumentModel, id: string) => m.parts.find((p) => p.id === id)!;
const tables = (m: DocumentModel, id: string) => part(m, id).blocks.filter((b): b is Extract<Block, { kind: 'table' }> => b.kind === 'table' && b.borders);
const rowsOf = (t: Extract<Block, { kind: 'table' }>) => t.rows.map((r) => r.map((c) => c.paragraphs.map(blockText).join('\n')));
const lines = (m: DocumentModel, id: string) => partText(part(m, id)).split('\n');

describe('the units of the documents', () => {
  const { units, duplicates } = districtUnits(LISTED, RESULTS);

  test('each spreadsheet once, in list order, named by the list, with the result stored under its id', () => {
    expect(units.map((u) => [u.name, u.id, u.level, u.readError])).toEqual([
      ['Trường Tiểu học Bình Minh A', id(1), 'Đạt mức độ 2', ''],
      ['Trường THCS Bình Minh', id(2), 'Không đạt', ''],
      ['Trường Mầm non Sơn Ca', id(3), '', 'Đơn vị chưa chia sẻ quyền xem bảng tính (hoặc đã thu hồi): hãy đề nghị đơn vị chia sẻ cho tài khoản của cơ quan.'],
      ['Trường Tiểu học Bình Minh B', id(4), 'Đạt mức độ 1', ''],
    ]);
    expect(duplicates).toEqual([{ name: 'Trường TH Bình Minh A (nộp lại)', sameAs: 'Trường Tiểu học Bình Minh A' }]);
  });

  test('a listed unit with no result yet, and one whose link is not a spreadsheet, are unread with the reason', () => {
    const r = districtUnits([{ tenDonVi: 'Trường A', lienKet: link(9) }, { tenDonVi: 'Trường B', lienKet: 'https://example.com/b' }], RESULTS).units;
    expect(r.map((u) => [u.name, u.readError])).toEqual([
      ['Trường A', 'Chưa đọc được bảng tính (chưa tổng hợp)'],
      ['Trường B', 'Liên kết bảng tính không hợp lệ: dán đường dẫn https://docs.google.com/spreadsheets/d/… của đơn vị.'],
    ]);
  });
});

describe('the hồ sơ trình (Điều 10.2.đ) and the report to the Sở (Điều 20.3)', () => {
  const model = districtDocuments(SETTINGS, districtUnits(LISTED, RESULTS).units);

  test('the parts the law names, in its order, and the report to the Sở at cấp huyện', () => {
    // Điều 10.2.đ: "Hồ sơ trình bao gồm: Tờ trình đề nghị công nhận “Đơn vị học tập” cấp huyện; Báo cáo thẩm định Hội
    // đồng đánh giá cấp huyện; Bản tổng hợp kết quả đánh giá các tiêu chí, chỉ tiêu của từng đơn vị do Hội đồng đánh
    // giá cấp huyện thẩm định; dự thảo Quyết định công nhận đơn vị đạt “Đơn vị học tập” cấp huyện." (16.2.đ: cấp tỉnh)
    // Điều 20.3: "Báo cáo kết quả đánh giá, công nhận “Đơn vị học tập” cấp huyện gửi về Sở Giáo dục và Đào tạo trước
    // ngày 15 tháng 3 hằng năm."
    expect(model.parts.map((p) => p.title)).toEqual([
      'Tờ trình đề nghị công nhận', 'Báo cáo thẩm định của Hội đồng', 'Bản tổng hợp kết quả đánh giá các tiêu chí, chỉ tiêu của từng đơn vị',
      'Dự thảo Quyết định công nhận', 'Báo cáo kết quả gửi Sở Giáo dục và Đào tạo',
    ]);
    expect(reportToSoDue(2025)).toBe('15/03/2026');
  });

  test('Bản tổng hợp: one row per unit with its own level and every chỉ tiêu of each tiêu chí', () => {
    expect(rowsOf(tables(model, 'tongHop')[0])).toEqual([
      ['TT', 'Đơn vị', 'Tiêu chí 1 (chỉ tiêu 1.1–1.5)', 'Tiêu chí 2 (chỉ tiêu 2.1–2.5)', 'Tiêu chí 3 (chỉ tiêu 3.1–3.5)', 'Mức đánh giá'],
      ['1', 'Trường Tiểu học Bình Minh A', 'M2 — 1.1: M2; 1.2: M2; 1.3: M2; 1.4: M2; 1.5: M2', 'M2 — 2.1: M2; 2.2: M2; 2.3: M2; 2.4: M2; 2.5: M2', 'M2 — 3.1: M2; 3.2: M2; 3.3: M2; 3.4: M2; 3.5: M2', 'Đạt mức độ 2'],
      ['2', 'Trường THCS Bình Minh', 'M1 — 1.1: M2; 1.2: M2; 1.3: M1; 1.4: M2; 1.5: M2', 'KĐ — 2.1: KĐ; 2.2: M2; 2.3: M2; 2.4: M2; 2.5: M2', 'M2 — 3.1: M2; 3.2: M2; 3.3: M2; 3.4: M2; 3.5: M2', 'Không đạt'],
      ['3', 'Trường Mầm non Sơn Ca', 'Đơn vị chưa chia sẻ quyền xem bảng tính (hoặc đã thu hồi): hãy đề nghị đơn vị chia sẻ cho tài khoản của cơ quan.', '', '', 'Không đọc được'],
      ['4', 'Trường Tiểu học Bình Minh B', 'M2 — 1.1: M2; 1.2: M2; 1.3: M2; 1.4: M2; 1.5: M2', 'M2 — 2.1: M2; 2.2: M2; 2.3: M2; 2.4: M2; 2.5: M2', 'M1 — 3.1: M2; 3.2: M2; 3.3: M2; 3.4: M1; 3.5: KAD', 'Đạt mức độ 1'],
    ]);
    expect(lines(model, 'tongHop')).toContain('Mức đánh giá do Hội đồng thẩm định, tính lại từ dữ liệu gốc của từng đơn vị. M2: Đạt mức độ 2; M1: Đạt mức độ 1; KĐ: Không đạt; KAD: Không áp dụng; CDL: Chưa có dữ liệu.');
    // The names the schools typed appear nowhere, nor the duplicate row; unit 2 typed unit 1's name and stays unit 2.
    for (const p of model.parts) for (const typed of ['Trường TH Bình Minh A', 'TH Bình Minh B', 'nộp lại']) expect(partText(p)).not.toContain(typed);
  });

  test('Tờ trình: to the Chủ tịch (Điều 5.1), the counts and the hồ sơ trình', () => {
    const text = lines(model, 'toTrinh');
    expect(text).toEqual(expect.arrayContaining([
      'Kính gửi: Chủ tịch Ủy ban nhân dân xã Bình Minh.',
      'Phòng Văn hóa - Xã hội kính trình Chủ tịch Ủy ban nhân dân xã Bình Minh xem xét, quyết định công nhận 2 đơn vị đạt “Đơn vị học tập” cấp huyện năm 2025, trong đó 1 đơn vị đạt mức độ 2 và 1 đơn vị đạt mức độ 1 (có danh sách kèm theo).',
      'Hồ sơ trình gồm: Tờ trình đề nghị công nhận “Đơn vị học tập” cấp huyện năm 2025; Báo cáo thẩm định của Hội đồng đánh giá, công nhận “Đơn vị học tập” cấp huyện; Bản tổng hợp kết quả đánh giá các tiêu chí, chỉ tiêu của từng đơn vị do Hội đồng thẩm định; dự thảo Quyết định công nhận đơn vị đạt “Đơn vị học tập” cấp huyện năm 2025.',
    ]));
    expect(text[3]).toBe('Số: 12/TTr-VHXH\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
  });

  test('the Chủ tịch decides whether the Ủy ban is written "Ủy ban", "Uỷ ban" or "UBND"; another approver decides itself', () => {
    for (const approver of ['Ủy ban nhân dân xã Bình Minh', 'Uỷ ban nhân dân xã Bình Minh', 'UBND xã Bình Minh']) {
      expect(decider({ ...SETTINGS, approver })).toBe(`Chủ tịch ${approver}`);
    }
    expect(decider({ ...SETTINGS, approver: 'Giám đốc Sở Giáo dục và Đào tạo' })).toBe('Giám đốc Sở Giáo dục và Đào tạo');
  });

  test('Báo cáo thẩm định: counts, mismatches, the units put forward and those not, with the reason (Điều 10.2.d)', () => {
    // Điều 10.2.d: "trường hợp đơn vị không đáp ứng đủ điều kiện …, Hội đồng đánh giá cấp huyện báo cáo Trưởng phòng
    // Giáo dục và Đào tạo để có văn bản trả lời đơn vị và nêu rõ lý do không đạt".
    expect(lines(model, 'thamDinh')).toEqual(expect.arrayContaining([
      '3. Kết quả: 1 đơn vị đạt mức độ 2; 1 đơn vị đạt mức độ 1; 1 đơn vị chưa đạt; 1 đơn vị không đọc được bảng tính.',
      'Các đơn vị có mức tự đánh giá hoặc số liệu khác với kết quả tính lại (1): Trường THCS Bình Minh (ĐV: bảng tính ghi "Đạt mức độ 2", tính lại "Không đạt").',
      '4. Đơn vị đủ điều kiện công nhận (2): Hội đồng hoàn thiện hồ sơ, báo cáo Trưởng phòng Văn hóa - Xã hội để trình Chủ tịch Ủy ban nhân dân xã Bình Minh xem xét, quyết định công nhận.',
      '5. Đơn vị chưa đủ điều kiện công nhận (2): Hội đồng báo cáo Trưởng phòng Văn hóa - Xã hội để có văn bản trả lời đơn vị và nêu rõ lý do không đạt.',
    ]));
    const [put, notPut] = tables(model, 'thamDinh').map(rowsOf);
    expect(put).toEqual(RECOGNISED);
    expect(notPut).toEqual([
      ['TT', 'Đơn vị', 'Lý do'],
      ['1', 'Trường THCS Bình Minh', 'kết quả tính lại: Không đạt; chỉ tiêu chưa đạt: 2.1'],
      ['2', 'Trường Mầm non Sơn Ca', 'Đơn vị chưa chia sẻ quyền xem bảng tính (hoặc đã thu hồi): hãy đề nghị đơn vị chia sẻ cho tài khoản của cơ quan.'],
    ]);
  });

  test('dự thảo Quyết định: the Chủ tịch decides, recognition kept as Điều 5.4 words it, only the units recognised', () => {
    // Điều 5.4: "Kết quả công nhận được bảo lưu trong thời hạn 03 năm (36 tháng) tiếp theo năm được công nhận là “Đơn vị
    // học tập” cấp huyện." Điều 5.3: "Đơn vị cấp huyện được công nhận mức độ 1 sau ít nhất 1 năm (12 tháng) kể từ ngày
    // ra quyết định công nhận có thể đề nghị đánh giá, công nhận nâng mức độ 2."
    expect(lines(model, 'quyetDinh')).toEqual(expect.arrayContaining([
      'CHỦ TỊCH ỦY BAN NHÂN DÂN XÃ BÌNH MINH',
      'Xét đề nghị của Phòng Văn hóa - Xã hội tại Tờ trình số 12/TTr-VHXH.',
      'Điều 1. Công nhận 2 đơn vị đạt “Đơn vị học tập” cấp huyện năm 2025, trong đó 1 đơn vị đạt mức độ 2 và 1 đơn vị đạt mức độ 1 (có danh sách kèm theo).',
      'Điều 2. Kết quả công nhận được bảo lưu trong thời hạn 03 năm (36 tháng) tiếp theo năm được công nhận. Đơn vị được công nhận mức độ 1 sau ít nhất 1 năm (12 tháng) kể từ ngày ra quyết định công nhận có thể đề nghị đánh giá, công nhận nâng mức độ 2.',
      'DANH SÁCH ĐƠN VỊ ĐẠT “ĐƠN VỊ HỌC TẬP” CẤP HUYỆN NĂM 2025',
      '(Kèm theo Quyết định số      /QĐ-UBND ngày …… của Chủ tịch Ủy ban nhân dân xã Bình Minh)',
    ]));
    expect(rowsOf(tables(model, 'quyetDinh')[0])).toEqual(RECOGNISED);
  });

  test('the report to the Sở: figures, the decision to fill in, results by type of unit, the units recognised', () => {
    expect(lines(model, 'baoCaoSo')).toEqual(expect.arrayContaining([
      'Kính gửi: Sở Giáo dục và Đào tạo.',
      'Thực hiện khoản 3 Điều 20 Thông tư số 24/2023/TT-BGDĐT ngày 11 tháng 12 năm 2023 của Bộ trưởng Bộ Giáo dục và Đào tạo quy định về đánh giá, công nhận “Đơn vị học tập” cấp huyện, tỉnh, Phòng Văn hóa - Xã hội báo cáo kết quả đánh giá, công nhận “Đơn vị học tập” cấp huyện năm 2025 như sau:',
      '1. Số đơn vị đề nghị đánh giá, công nhận: 4 đơn vị.',
      '3. Kết quả công nhận: 2 đơn vị đủ điều kiện, đã được đề nghị công nhận.',
      '[Cần bổ sung: số, ngày Quyết định công nhận của Chủ tịch Ủy ban nhân dân xã Bình Minh (ghi ở sheet Công nhận)]',
    ]));
    expect(lines(model, 'baoCaoSo')[3]).toBe('Số:      /BC-VHXH\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    const [byType, recognised] = tables(model, 'baoCaoSo').map(rowsOf);
    expect(byType).toEqual([
      ['Loại đơn vị', 'Số đơn vị', 'Mức độ 2', 'Mức độ 1', 'Chưa công nhận'],
      ['Trường tiểu học', '2', '1', '1', '0'], ['Trường trung học cơ sở', '1', '0', '0', '1'], ['Chưa ghi loại đơn vị', '1', '0', '0', '1'],
    ]);
    expect(recognised).toEqual(RECOGNISED);
    const withDecision = districtDocuments({ ...SETTINGS, decisions: ['45/QĐ-UBND ngày 10/02/2026'] }, districtUnits(LISTED, RESULTS).units);
    expect(lines(withDecision, 'baoCaoSo')).toContain('3. Kết quả công nhận: 2 đơn vị được công nhận theo Quyết định số 45/QĐ-UBND ngày 10/02/2026.');
  });

  test('cấp tỉnh: six chỉ tiêu in tiêu chí 3, and no report to the Sở (Điều 20.3 is the Phòng\'s duty)', () => {
    const tinh = districtDocuments({ ...SETTINGS, tier: 'tinh', tierName: 'cấp tỉnh', authority: 'Sở Giáo dục và Đào tạo', headTitle: 'Giám đốc', approver: 'Ủy ban nhân dân tỉnh Đồng Nai' },
      districtUnits(LISTED, [result(1, 'x', 'Đạt mức độ 2', { '3.6': 'Đạt mức độ 2' })]).units);
    expect(tinh.parts.map((p) => p.id)).toEqual(['toTrinh', 'thamDinh', 'tongHop', 'quyetDinh']);
    expect(rowsOf(tables(tinh, 'tongHop')[0])[1][4]).toBe('M2 — 3.1: M2; 3.2: M2; 3.3: M2; 3.4: M2; 3.5: M2; 3.6: M2');
    expect(lines(tinh, 'thamDinh')).toContain('4. Đơn vị đủ điều kiện công nhận (1): Hội đồng hoàn thiện hồ sơ, báo cáo Giám đốc Sở Giáo dục và Đào tạo để trình Chủ tịch Ủy ban nhân dân tỉnh Đồng Nai xem xét, quyết định công nhận.');
  });
});

describe('on a real district run through the bundle', () => {
  test('a school typing its neighbour\'s name, and one listed twice: each unit once, with its own result and chỉ tiêu', () => {
    const rt = createRuntime({ target: 'district' });
    const a = syntheticSchool(rt.sheets, 1, { name: 'Trường Tiểu học Bình Minh A', typedName: 'Trường TH Bình Minh A', members: 'all' });
    const b = syntheticSchool(rt.sheets, 2, { name: 'Trường THCS Bình Minh', typedName: 'Trường Tiểu học Bình Minh A', members: 'poor' });
    setUpDistrict(rt, [a, b, { name: 'Trường THCS Bình Minh (bản 2)', link: b.link }]);
    consolidateAll(rt);
    rt.run('dvhtTaoVanBan');
    const text = lastDocText(rt).split('\n');
    // Bản tổng hợp: school 2 keeps its own Không đạt (2.1, 3.1) although it typed school 1's name; the second row of
    // school 2 is not a third unit.
    expect(text).toEqual(expect.arrayContaining([
      '1\tTrường Tiểu học Bình Minh A\tM2 — 1.1: M2; 1.2: M2; 1.3: M2; 1.4: M2; 1.5: M2\tM2 — 2.1: M2; 2.2: M2; 2.3: M2; 2.4: M2; 2.5: M2\tM2 — 3.1: M2; 3.2: M2; 3.3: M2; 3.4: M2; 3.5: KAD\tĐạt mức độ 2',
      '2\tTrường THCS Bình Minh\tM2 — 1.1: M2; 1.2: M2; 1.3: M2; 1.4: M2; 1.5: M2\tKĐ — 2.1: KĐ; 2.2: M1; 2.3: M2; 2.4: M1; 2.5: M2\tKĐ — 3.1: KĐ; 3.2: M2; 3.3: M2; 3.4: M2; 3.5: KAD\tKhông đạt',
      '3. Kết quả: 1 đơn vị đạt mức độ 2; 0 đơn vị đạt mức độ 1; 1 đơn vị chưa đạt; 0 đơn vị không đọc được bảng tính.',
      '1\tTrường THCS Bình Minh\tkết quả tính lại: Không đạt; chỉ tiêu chưa đạt: 2.1, 3.1; 5 lỗi dữ liệu',
      'Điều 1. Công nhận 1 đơn vị đạt “Đơn vị học tập” cấp huyện năm 2025, trong đó 1 đơn vị đạt mức độ 2 và 0 đơn vị đạt mức độ 1 (có danh sách kèm theo).',
    ]));
    expect(text.filter((l) => /^\d+\tTrường/.test(l))).toEqual([
      // Báo cáo thẩm định: put forward, not put forward
      '1\tTrường Tiểu học Bình Minh A\tMức độ 2',
      '1\tTrường THCS Bình Minh\tkết quả tính lại: Không đạt; chỉ tiêu chưa đạt: 2.1, 3.1; 5 lỗi dữ liệu',
      // Bản tổng hợp
      expect.stringMatching(/^1\tTrường Tiểu học Bình Minh A\tM2 — /), expect.stringMatching(/^2\tTrường THCS Bình Minh\tM2 — /),
      // dự thảo Quyết định, báo cáo gửi Sở
      '1\tTrường Tiểu học Bình Minh A\tMức độ 2', '1\tTrường Tiểu học Bình Minh A\tMức độ 2',
    ]);
    expect(text.join('\n')).not.toMatch(/Trường TH Bình Minh A|bản 2/);
  });

  test('the report to the Sở cites the decision the officer recorded in Công nhận', () => {
    const rt = createRuntime({ target: 'district' });
    const a = syntheticSchool(rt.sheets, 1, { name: 'Trường Tiểu học Bình Minh A', members: 'all' });
    const ss = setUpDistrict(rt, [a]);
    consolidateAll(rt);
    ss.getSheetByName('Công nhận')!.getRange('A2:E3').setValues([
      ['Trường Tiểu học Bình Minh A', 2025, 'Mức độ 2', '45/QĐ-UBND', '10/02/2026'],
      ['Trường cũ', 2022, 'Mức độ 1', '12/QĐ-UBND', '08/02/2023'],
    ]);
    rt.run('dvhtTaoVanBan');
    const text = lastDocText(rt).split('\n');
    expect(text).toContain('3. Kết quả công nhận: 1 đơn vị được công nhận theo Quyết định số 45/QĐ-UBND ngày 10/02/2026.');
  });
});
