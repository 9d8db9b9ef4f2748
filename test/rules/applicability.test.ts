// TT24.md §4: which chỉ tiêu apply to which unit type, at each tier.
import { allChiTieu, Tier } from '../../src/rules/catalogue';
import { makeProfile, notApplicableReason } from '../../src/rules/profile';
import { UNIT_TYPES, UnitTypeId, parseUnitType } from '../../src/rules/unitTypes';

function inapplicable(tier: Tier, unitType: UnitTypeId, congLap?: boolean): string[] {
  const p = makeProfile({ tier, unitType, congLap });
  return allChiTieu(tier).filter((c) => notApplicableReason(c, p)).map((c) => c.id);
}

describe('§4 applicability by unit type', () => {
  test('the unit types named in the brief all exist', () => {
    expect(UNIT_TYPES.map((t) => t.id)).toEqual(expect.arrayContaining([
      'mam_non_cong_lap', 'mam_non_tu_thuc', 'tieu_hoc', 'thcs', 'thpt', 'nhieu_cap_thpt', 'tt_gdnn_gdtx',
      'co_so_gdnn', 'co_so_gddh', 'co_quan_hanh_chinh', 'don_vi_su_nghiep', 'doanh_nghiep',
    ]));
  });

  test('cấp huyện, public general schools: only 3.5 (GDNN) does not apply', () => {
    for (const t of ['tieu_hoc', 'thcs', 'thpt', 'nhieu_cap_thcs', 'nhieu_cap_thpt'] as const) {
      expect(inapplicable('huyen', t)).toEqual(['3.5']);
    }
  });

  test('1.3 (state budget) applies only to cơ quan, đơn vị sự nghiệp công lập', () => {
    expect(inapplicable('huyen', 'tieu_hoc', false)).toEqual(['1.3', '3.5']);
    expect(inapplicable('huyen', 'mam_non_tu_thuc')).toContain('1.3');
    expect(inapplicable('huyen', 'co_quan_hanh_chinh', false)).not.toContain('1.3'); // fixed công lập
  });

  test('3.4 applies only to cơ sở giáo dục phổ thông (cấp huyện)', () => {
    expect(inapplicable('huyen', 'mam_non_cong_lap')).toEqual(['3.4', '3.5']);
    expect(inapplicable('huyen', 'co_quan_hanh_chinh')).toEqual(['3.4', '3.5']);
    expect(inapplicable('huyen', 'don_vi_su_nghiep')).toEqual(['3.4', '3.5']);
  });

  test('3.5 applies only to cơ sở giáo dục nghề nghiệp (cấp huyện)', () => {
    expect(inapplicable('huyen', 'co_so_gdnn')).toEqual(['3.4']);
    expect(inapplicable('huyen', 'tt_gdnn_gdtx')).toEqual(['3.4']);
  });

  test('tổ chức kinh tế: members excluded from 2.4, not public, so 1.3, 2.4, 3.4, 3.5 do not apply', () => {
    expect(inapplicable('huyen', 'doanh_nghiep')).toEqual(['1.3', '2.4', '3.4', '3.5']);
  });

  test('cấp tỉnh: 3.4 for THPT, nhiều cấp (THPT) and TT GDTX; 3.5 for đại học; 3.6 for GDNN', () => {
    expect(inapplicable('tinh', 'thpt')).toEqual(['3.5', '3.6']);
    expect(inapplicable('tinh', 'nhieu_cap_thpt')).toEqual(['3.5', '3.6']);
    expect(inapplicable('tinh', 'thcs')).toEqual(['3.4', '3.5', '3.6']);
    expect(inapplicable('tinh', 'tt_gdnn_gdtx')).toEqual(['3.5']);
    expect(inapplicable('tinh', 'co_so_gddh')).toEqual(['3.4', '3.6']);
    expect(inapplicable('tinh', 'co_so_gdnn')).toEqual(['3.4', '3.5']);
  });

  test('mầm non công lập: 1.2 and 3.2 carry the extra clause on supporting private preschool teachers', () => {
    const byId = Object.fromEntries(allChiTieu('huyen').map((c) => [c.id, c]));
    expect(byId['1.2'].mamNonCongLapClause).toContain('hỗ trợ cho giáo viên của các cơ sở giáo dục mầm non dân lập, tư thục');
    expect(byId['3.2'].mamNonCongLapClause).toContain('có thực hiện hoặc phối hợp thực hiện tập huấn');
    expect(allChiTieu('huyen').filter((c) => c.mamNonCongLapClause).map((c) => c.id)).toEqual(['1.2', '3.2']);
    expect(inapplicable('huyen', 'mam_non_cong_lap')).not.toContain('1.3');
  });

  test('the reason names the restriction and the unit', () => {
    const p = makeProfile({ unitType: 'thpt' });
    expect(notApplicableReason(allChiTieu('huyen')[14], p)).toBe(
      'chỉ áp dụng đối với cơ sở giáo dục nghề nghiệp; đơn vị là trường trung học phổ thông',
    );
  });

  test('unit types are read from what people type', () => {
    expect(parseUnitType('THPT')).toBe('thpt');
    expect(parseUnitType('Trường THCS')).toBe('thcs');
    expect(parseUnitType('trường tiểu học')).toBe('tieu_hoc');
    expect(parseUnitType('Trường trung học phổ thông')).toBe('thpt');
    expect(parseUnitType('Mầm non công lập')).toBe('mam_non_cong_lap');
    expect(parseUnitType('xyz')).toBeUndefined();
  });
});
