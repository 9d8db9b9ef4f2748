// TT24.md §2 and §8 at workbook level: one roster for every chỉ tiêu, exclusions named with reasons, learners apart,
// claims above the data reported, and the example unit evaluated as the engine says.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { assessWorkbook, figuresOf } from '../../src/assess/assessWorkbook';
import { SchoolWorkbook, MemberRow } from '../../src/workbook/records';

const example = JSON.parse(readFileSync(join(__dirname, '../../examples/truong-thcs-binh-minh.json'), 'utf8')) as SchoolWorkbook;

function withMembers(members: MemberRow[], patch: Partial<SchoolWorkbook> = {}): SchoolWorkbook {
  return { ...example, members, ...patch };
}

const member = (hoTen: string, marks: Partial<MemberRow> = {}, row = 5): MemberRow => ({
  row, hoTen, kyLuat: 'x', boiDuong: 'x', chuyenDoiSo: 'x', ngoaiNgu: 'x', danhHieu: 'LĐTT', cdht: 'x', ...marks,
});

describe('the example unit', () => {
  const a = assessWorkbook(example);
  test('is a THCS at cấp huyện with 48 members, recognised at mức độ 1; its pupils are not Người học (Điều 2.8)', () => {
    expect(a.profile).toMatchObject({ tier: 'huyen', unitType: 'thcs', congLap: true });
    expect(a.memberCount).toBe(48);
    expect(a.learners).toBeNull();
    expect(a.unit.level).toBe(1);
    expect(a.unit.tieuChi.map((t) => t.level)).toEqual([2, 1, 1]);
  });
  test('figures: 2.3 is 45/48 = 93,7%; 2.2 leaves out the member on maternity leave, with her reason', () => {
    expect(figuresOf(a.chiTieu['2.3'].members!.tally)).toBe('45/48 thành viên, tỉ lệ 93,7%');
    expect(a.chiTieu['2.2'].members!.tally).toEqual({ qualified: 46, total: 47 });
    expect(a.chiTieu['2.2'].members!.excluded).toEqual([{ name: example.members[12].hoTen, reason: 'Nghỉ thai sản từ 02/2024 đến 08/2024' }]);
  });
  test('claims above the computed level are listed, and HTXSNV is flagged as not a title', () => {
    const claimed = a.problems.filter((p) => p.message.includes('tự đánh giá')).map((p) => p.message.slice(0, 13));
    // 3.1 is 47/48 = 97,9% (members alone, Điều 2.8), so its "Đạt mức độ 2" is no longer above the data.
    expect(claimed).toEqual(['Chỉ tiêu 2.3:', 'Chỉ tiêu 2.5:', 'Chỉ tiêu 3.4:']);
    expect(a.problems.filter((p) => p.message.includes('không phải danh hiệu thi đua'))).toHaveLength(2);
  });
});

describe('§2 one roster is the denominator of every share chỉ tiêu', () => {
  test('every share chỉ tiêu counts the same members unless a member is excluded with a reason (S000 mistake 1)', () => {
    const a = assessWorkbook(example);
    for (const id of ['2.1', '2.2', '2.3', '2.4', '2.5', '3.1']) {
      const m = a.chiTieu[id].members!;
      expect(m.tally.total + m.excluded.length).toBe(a.memberCount);
    }
  });

  test('a "không áp dụng" mark without a reason is reported, with the row and the fix', () => {
    const a = assessWorkbook(withMembers([member('Nguyễn Văn An', { boiDuong: 'KAD' }, 7), member('Trần Thị Bình')]));
    const p = a.problems.find((x) => x.field === 'lyDo')!;
    expect(p).toMatchObject({ sheet: 'Thành viên', row: 7, severity: 'loi' });
    expect(p.message).toContain('Nguyễn Văn An');
    expect(p.fix).toContain('lý do');
  });

  test('2.4 leaves out members who belong to a tổ chức kinh tế', () => {
    const a = assessWorkbook(withMembers([member('A', { ngoaiNgu: '' }), member('B', { thuocToChucKinhTe: 'x', ngoaiNgu: '' }), member('C')]));
    expect(a.chiTieu['2.4'].members!.tally).toEqual({ qualified: 1, total: 2 });
    expect(a.chiTieu['2.4'].members!.excluded).toEqual([{ name: 'B', reason: 'thành viên thuộc tổ chức kinh tế' }]);
  });

  test('an unknown mark is an error naming the member, the value and the cell\'s row, and is not counted', () => {
    const a = assessWorkbook(withMembers([member('A', { kyLuat: 'tốt' }, 9), member('B')]));
    const p = a.problems.find((x) => x.field === 'kyLuat')!;
    expect(p).toMatchObject({ sheet: 'Thành viên', row: 9, value: 'tốt', severity: 'loi' });
    expect(a.chiTieu['2.1'].members!.tally).toEqual({ qualified: 1, total: 1 });
  });

  test('a row with marks but no name is reported and not counted', () => {
    const a = assessWorkbook(withMembers([member('', {}, 12), member('B')]));
    expect(a.memberCount).toBe(1);
    expect(a.problems.find((x) => x.field === 'hoTen')).toMatchObject({ row: 12 });
  });
});

describe('§2 learners are counted apart from staff', () => {
  test('a class with more CDHT learners than its sĩ số is an error and left out', () => {
    const thpt = { ...example.settings, loaiDonVi: 'Trường trung học phổ thông' }; // a school with Người học (Điều 2.8)
    const a = assessWorkbook({ ...example, settings: thpt, classes: [{ row: 3, lop: '10A1', siSo: 40, soDatCdht: 41 }, { row: 4, lop: '10A2', siSo: 40, soDatCdht: 40 }] });
    expect(a.learners).toEqual({ qualified: 40, total: 40 });
    expect(a.problems.find((p) => p.sheet === 'Người học')).toMatchObject({ row: 3, field: 'soDatCdht' });
  });
  test('an agency has no learner rule', () => {
    const a = assessWorkbook({ ...example, settings: { ...example.settings, loaiDonVi: 'Cơ quan hành chính nhà nước' } });
    expect(a.learners).toBeNull();
    expect(a.chiTieu['3.1'].result.level).toBe(2);
  });
});

describe('§2 evidence and not-applicable at workbook level', () => {
  test('a cited code missing from the register is reported', () => {
    const chiTieu = { ...example.chiTieu, '1.1': { ...example.chiTieu['1.1'], minhChung: 'TC1-01-09' } };
    const a = assessWorkbook({ ...example, chiTieu });
    expect(a.problems.some((p) => p.message.includes('TC1-01-09 chưa có trong sheet "Minh chứng"'))).toBe(true);
  });
  test('no evidence code makes a passed chỉ tiêu Không đạt', () => {
    const chiTieu = { ...example.chiTieu, '1.5': { ...example.chiTieu['1.5'], minhChung: '' } };
    expect(assessWorkbook({ ...example, chiTieu }).chiTieu['1.5'].result.level).toBe(0);
  });
  test('data entered for a chỉ tiêu the unit type excludes is flagged and ignored', () => {
    const chiTieu = { ...example.chiTieu, '3.5': { tuDanhGia: 'Đạt', minhChung: 'TC3-05' } };
    const a = assessWorkbook({ ...example, chiTieu });
    expect(a.chiTieu['3.5'].result.level).toBe('na');
    expect(a.problems.some((p) => p.message.startsWith('Chỉ tiêu 3.5: không áp dụng'))).toBe(true);
  });
  test('missing unit settings are reported and the TT 24 defaults used', () => {
    const a = assessWorkbook({ ...example, settings: { ...example.settings, loaiDonVi: '', capCongNhan: 'cấp trung ương' } });
    expect(a.problems.filter((p) => p.sheet === 'Đơn vị').map((p) => p.field)).toEqual(['loaiDonVi', 'capCongNhan']);
    expect(a.profile.tier).toBe('huyen');
  });
});
