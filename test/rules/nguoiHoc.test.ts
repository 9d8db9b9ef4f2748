// Điều 2.8: "Người học là học sinh, sinh viên, học viên trong các Cơ sở giáo dục đánh giá, công nhận ở cấp huyện, tỉnh
// (không bao gồm nhà trẻ, trường mẫu giáo, trường mầm non, trường tiểu học, trường trung học cơ sở, trường phổ thông có
// nhiều cấp học có cấp học cao nhất là trung học cơ sở, trường phổ thông dân tộc bán trú, trường phổ thông dân tộc nội
// trú huyện)." So 3.1's learner sentence ("Đối với đơn vị là Cơ sở giáo dục … tối thiểu 95% Người học …") binds only the
// other schools; for the listed ones 3.1 is the members' share alone, even when learner figures are given.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { assessWorkbook } from '../../src/assess/assessWorkbook';
import { checkWorkbook } from '../../src/check/checkWorkbook';
import { findChiTieu } from '../../src/rules/catalogue';
import { evaluateChiTieu } from '../../src/rules/evaluate';
import { hasNguoiHoc, makeProfile } from '../../src/rules/profile';
import { UNIT_TYPES, UnitTypeId } from '../../src/rules/unitTypes';
import { readWorkbook } from '../../src/sheet/readWorkbook';
import { SchoolWorkbook } from '../../src/workbook/records';
import { share } from '../support/fixtures';
import { sheetValues } from '../support/sheetValues';

const example = JSON.parse(readFileSync(join(__dirname, '../../examples/truong-thcs-binh-minh.json'), 'utf8')) as SchoolWorkbook;
const ct31 = findChiTieu('huyen', '3.1')!;
const level31 = (unitType: UnitTypeId, members: [number, number], learners?: [number, number]) =>
  evaluateChiTieu(ct31, share(members[0], members[1], learners), makeProfile({ unitType })).level;

describe('Điều 2.8: which units have "Người học"', () => {
  test('exactly the schools Điều 2.8 lists have no Người học; units that are not schools have none either', () => {
    const without = UNIT_TYPES.filter((t) => t.traits.coSoGiaoDuc && !t.traits.coNguoiHoc).map((t) => t.id);
    expect(without).toEqual(['mam_non_cong_lap', 'mam_non_tu_thuc', 'tieu_hoc', 'thcs', 'nhieu_cap_thcs', 'ptdt_ban_tru', 'ptdt_noi_tru_huyen']);
    expect(UNIT_TYPES.filter((t) => !t.traits.coSoGiaoDuc && t.traits.coNguoiHoc)).toEqual([]);
    expect(UNIT_TYPES.filter((t) => t.traits.coNguoiHoc).map((t) => t.id)).toEqual(expect.arrayContaining([
      'thpt', 'nhieu_cap_thpt', 'ptdt_noi_tru_tinh', 'tt_gdtx', 'tt_gdnn', 'tt_gdnn_gdtx', 'trung_cap', 'cao_dang', 'co_so_gddh',
    ]));
    expect(hasNguoiHoc(makeProfile({}))).toBeUndefined();
  });

  test('a THCS with members 46/48 CDHT and learners 0/900: 3.1 is the members\' share alone → Đạt mức độ 2 (95,8%)', () => {
    expect(level31('thcs', [46, 48], [0, 900])).toBe(2);
    expect(level31('thcs', [44, 48], [0, 900])).toBe(1); // 91,6%
    expect(level31('thcs', [43, 48], [0, 900])).toBe(0); // 89,5%
    expect(level31('thcs', [46, 48])).toBe(2); // no learner figures needed
  });

  test('the same data for a THPT: learners 0/900 → Không đạt; without learner figures → Chưa có dữ liệu', () => {
    expect(level31('thpt', [46, 48], [0, 900])).toBe(0);
    expect(level31('thpt', [46, 48], [873, 900])).toBe(2); // 97%
    expect(level31('thpt', [46, 48])).toBe('nodata');
  });

  test.each(['mam_non_cong_lap', 'tieu_hoc', 'nhieu_cap_thcs', 'ptdt_ban_tru', 'ptdt_noi_tru_huyen'] as const)(
    '%s ignores learner figures in 3.1', (t) => {
      const r = evaluateChiTieu(ct31, share(46, 48, [0, 900]), makeProfile({ unitType: t }));
      expect([r.level, r.members, r.learners]).toEqual([2, { qualified: 46, total: 48 }, undefined]);
    },
  );

  test('the workbook assessment of the THCS example does not read the Người học sheet for 3.1', () => {
    const a = assessWorkbook(example);
    const c = a.chiTieu['3.1'];
    expect(a.learners).toBeNull();
    expect([c.result.members, c.result.learners, c.learners]).toEqual([{ qualified: 47, total: 48 }, undefined, undefined]);
    expect(c.result.level).toBe(2);
  });

  test('the data check warns at Người học!A1 that the sheet is not needed for a THCS', () => {
    const result = checkWorkbook(readWorkbook(sheetValues(example)));
    const at = result.problems.filter((p) => p.sheet === 'Người học');
    expect(at.map((p) => [p.cell, p.severity, p.message])).toEqual([[
      'A1', 'canhBao',
      'Đơn vị là trường trung học cơ sở: Thông tư 24 (Điều 2.8) không tính người học ở chỉ tiêu 3.1; sheet Người học không cần điền.',
    ]]);
    expect(at[0].fix).toBe('Chỉ tiêu 3.1 chỉ tính Thành viên trong đơn vị. Số liệu sheet Người học không được tính; nếu giữ lại, số lớp và sĩ số chỉ dùng để mô tả tình hình chung trong báo cáo.');
  });

  test('for a THPT the Người học sheet counts: empty, it is an error; filled, no warning', () => {
    const thpt = { ...example, settings: { ...example.settings, loaiDonVi: 'Trường trung học phổ thông', capCongNhan: 'cấp tỉnh', tenCap: 'cấp tỉnh' } };
    const filled = checkWorkbook(readWorkbook(sheetValues(thpt))).problems.filter((p) => p.sheet === 'Người học');
    expect(filled).toEqual([]);
    const empty = checkWorkbook(readWorkbook(sheetValues({ ...thpt, classes: [] }))).problems.filter((p) => p.sheet === 'Người học');
    expect(empty.map((p) => [p.severity, p.message])).toEqual([[
      'loi', 'Đơn vị là cơ sở giáo dục có người học (Thông tư 24, Điều 2.8) nhưng chưa nhập người học: chỉ tiêu 3.1 chưa tính được.',
    ]]);
  });
});
