// Unit types of TT 24 Điều 2.1–2.4 under their official names, the traits that decide applicability, and the tier that
// manages each.
// Điều 2.1: "Cơ sở giáo dục đánh giá, công nhận ở cấp huyện là nhà trẻ, trường mẫu giáo, trường mầm non, trường tiểu học,
// trường trung học cơ sở, trường phổ thông có nhiều cấp học có cấp học cao nhất là trung học cơ sở, trường phổ thông dân
// tộc bán trú, trường phổ thông dân tộc nội trú thuộc thẩm quyền quản lý của Ủy ban nhân dân cấp huyện, trung tâm giáo
// dục nghề nghiệp và các cơ sở giáo dục khác …"
// Điều 2.2: "Cơ sở giáo dục đánh giá, công nhận ở cấp tỉnh là trường trung học phổ thông, trường phổ thông có nhiều cấp
// học có cấp học cao nhất là trung học phổ thông, trường phổ thông dân tộc nội trú thuộc thẩm quyền quản lý của Ủy ban
// nhân dân cấp tỉnh, trường dự bị đại học, trường chuyên, trường năng khiếu, trường dành cho người khuyết tật, trường
// giáo dưỡng, trung tâm giáo dục thường xuyên, trung tâm hỗ trợ phát triển giáo dục hòa nhập, trường trung cấp, trường
// cao đẳng, trường đại học và các cơ sở giáo dục và đào tạo khác …"
// Điều 12.3.d: cấp tỉnh 3.4 for "trường trung học phổ thông, trường phổ thông có nhiều cấp học có cấp học cao nhất là
// trung học phổ thông, trung tâm giáo dục thường xuyên"; 12.3.e: 3.6 for "cơ sở giáo dục nghề nghiệp".
import { profileFromSettings } from '../../src/assess/unitProfile';
import { Problem } from '../../src/assess/problems';
import { allChiTieu, Tier } from '../../src/rules/catalogue';
import { makeProfile, managedByOtherTier, notApplicableReason } from '../../src/rules/profile';
import { UNIT_TYPES, UnitTypeId, parseUnitType } from '../../src/rules/unitTypes';
import { checkWorkbook } from '../../src/check/checkWorkbook';
import { readWorkbook } from '../../src/sheet/readWorkbook';
import { SchoolWorkbook, UnitSettings } from '../../src/workbook/records';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { sheetValues } from '../support/sheetValues';

const example = JSON.parse(readFileSync(join(__dirname, '../../examples/truong-thcs-binh-minh.json'), 'utf8')) as SchoolWorkbook;

function inapplicable(tier: Tier, unitType: UnitTypeId, congLap?: boolean): string[] {
  const p = makeProfile({ tier, unitType, congLap });
  return allChiTieu(tier).filter((c) => notApplicableReason(c, p)).map((c) => c.id);
}

const byTier = (cap: string) => UNIT_TYPES.filter((t) => t.traits.capQuanLy === cap).map((t) => t.id);

describe('Điều 2.1–2.4: the unit types', () => {
  test('every school kind of Điều 2.1–2.2 is its own type, under its official name', () => {
    const labels = UNIT_TYPES.map((t) => t.label);
    expect(labels).toEqual(expect.arrayContaining([
      'Trường phổ thông dân tộc bán trú', 'Trường phổ thông dân tộc nội trú cấp huyện', 'Trường phổ thông dân tộc nội trú cấp tỉnh',
      'Trường dự bị đại học', 'Trường chuyên', 'Trường năng khiếu', 'Trường dành cho người khuyết tật', 'Trường giáo dưỡng',
      'Trung tâm giáo dục thường xuyên', 'Trung tâm hỗ trợ phát triển giáo dục hòa nhập', 'Trường trung cấp', 'Trường cao đẳng',
      'Trung tâm giáo dục nghề nghiệp', 'Ủy ban nhân dân cấp xã', 'Cơ quan tham mưu, giúp việc của cấp ủy',
      'Mặt trận Tổ quốc, tổ chức chính trị - xã hội', 'Lực lượng vũ trang (quân sự, công an)',
      'Hội, tổ chức xã hội, tổ chức xã hội - nghề nghiệp', 'Hợp tác xã, tổ chức kinh tế khác', 'Ban quản lý khu công nghiệp, khu kinh tế',
    ]));
    expect(new Set(labels).size).toBe(labels.length);
    for (const { id, label: l } of UNIT_TYPES) {
      expect(l).toBe(l.normalize('NFC'));
      expect(l.length).toBeLessThanOrEqual(60); // short enough for the Đơn vị dropdown
      // Each label reads back as its own type (not merely as some type).
      expect(parseUnitType(l)).toBe(id);
    }
  });

  test('which tier manages each school (Điều 2.1 cấp huyện, Điều 2.2 cấp tỉnh)', () => {
    expect(byTier('huyen')).toEqual(['mam_non_cong_lap', 'mam_non_tu_thuc', 'tieu_hoc', 'thcs', 'nhieu_cap_thcs', 'ptdt_ban_tru', 'ptdt_noi_tru_huyen', 'ubnd_xa']);
    expect(byTier('tinh')).toEqual([
      'thpt', 'nhieu_cap_thpt', 'ptdt_noi_tru_tinh', 'du_bi_dai_hoc', 'truong_chuyen', 'nang_khieu', 'khuyet_tat', 'giao_duong', 'tt_gdtx',
      'tt_hoa_nhap', 'trung_cap', 'cao_dang', 'co_so_gddh', 'ban_quan_ly_kcn',
    ]);
  });

  test('the labels existing workbooks hold still parse to the same kind of unit', () => {
    expect([
      'Trường trung học cơ sở', 'Cơ sở giáo dục nghề nghiệp (trường trung cấp, cao đẳng, trung tâm GDNN)', 'Cơ quan hành chính nhà nước',
      'Đơn vị sự nghiệp công lập khác', 'Doanh nghiệp, tổ chức kinh tế', 'Trung tâm giáo dục nghề nghiệp - giáo dục thường xuyên',
      'Cơ sở giáo dục đại học', 'Nhà trẻ, trường mẫu giáo, trường mầm non công lập', 'Trường phổ thông có nhiều cấp học (cấp cao nhất là THPT)',
    ].map(parseUnitType)).toEqual(['thcs', 'co_so_gdnn', 'co_quan_hanh_chinh', 'don_vi_su_nghiep', 'doanh_nghiep', 'tt_gdnn_gdtx', 'co_so_gddh', 'mam_non_cong_lap', 'nhieu_cap_thpt']);
    expect(['TT GDTX', 'trung tâm GDTX', 'THPT chuyên', 'PTDTNT tỉnh', 'PTDTBT', 'UBND xã', 'Hội khuyến học', 'hợp tác xã'].map(parseUnitType))
      .toEqual(['tt_gdtx', 'tt_gdtx', 'truong_chuyen', 'ptdt_noi_tru_tinh', 'ptdt_ban_tru', 'ubnd_xa', 'hoi_to_chuc_xa_hoi', 'hop_tac_xa']);
  });
});

describe('Điều 12.3.d–e: applicability of the new types', () => {
  test('a trung tâm GDTX is not a cơ sở GDNN: at cấp tỉnh 3.4 applies and 3.6 does not', () => {
    expect(inapplicable('tinh', 'tt_gdtx')).toEqual(['3.5', '3.6']);
    expect(notApplicableReason(allChiTieu('tinh')[15], makeProfile({ tier: 'tinh', unitType: 'tt_gdtx' }))).toBe(
      'chỉ áp dụng đối với cơ sở giáo dục nghề nghiệp; đơn vị là trung tâm giáo dục thường xuyên',
    );
    // A TT GDNN-GDTX is both a GDTX centre (3.4) and a cơ sở GDNN (3.6).
    expect(inapplicable('tinh', 'tt_gdnn_gdtx')).toEqual(['3.5']);
  });

  test('THPT-level schools of Điều 2.2 (PTDT nội trú tỉnh, chuyên, năng khiếu) take cấp tỉnh 3.4', () => {
    for (const t of ['ptdt_noi_tru_tinh', 'truong_chuyen', 'nang_khieu'] as const) expect(inapplicable('tinh', t)).toEqual(['3.5', '3.6']);
  });

  test('schools named neither by 3.4, 3.5 nor 3.6 have all three Không áp dụng at cấp tỉnh', () => {
    for (const t of ['du_bi_dai_hoc', 'khuyet_tat', 'giao_duong', 'tt_hoa_nhap'] as const) {
      expect(inapplicable('tinh', t, true)).toEqual(['3.4', '3.5', '3.6']);
    }
  });

  test('trường trung cấp and cao đẳng are cơ sở GDNN: 3.6 at cấp tỉnh; a TT GDNN: 3.5 at cấp huyện', () => {
    expect(inapplicable('tinh', 'trung_cap')).toEqual(['3.4', '3.5']);
    expect(inapplicable('tinh', 'cao_dang')).toEqual(['3.4', '3.5']);
    expect(inapplicable('huyen', 'tt_gdnn')).toEqual(['3.4']);
  });

  test('PTDT bán trú and nội trú huyện are cơ sở giáo dục phổ thông: cấp huyện 3.4 applies', () => {
    expect(inapplicable('huyen', 'ptdt_ban_tru')).toEqual(['3.5']);
    expect(inapplicable('huyen', 'ptdt_noi_tru_huyen')).toEqual(['3.5']);
  });

  test('units of Điều 2.3–2.4: economic organisations leave 2.4 and 1.3; a Ban quản lý KCN is a state agency', () => {
    expect(inapplicable('huyen', 'hop_tac_xa')).toEqual(['1.3', '2.4', '3.4', '3.5']);
    expect(inapplicable('tinh', 'ban_quan_ly_kcn')).toEqual(['3.4', '3.5', '3.6']);
    for (const t of ['ubnd_xa', 'co_quan_dang', 'mttq_doan_the', 'luc_luong_vu_trang'] as const) {
      expect(inapplicable('huyen', t, false)).toEqual(['3.4', '3.5']); // công lập fixed by the type
    }
    expect(inapplicable('huyen', 'hoi_to_chuc_xa_hoi', false)).toEqual(['1.3', '3.4', '3.5']);
  });
});

describe('Điều 2.1–2.2: a unit type the tier does not manage gets a warning, not an error', () => {
  const settings = (loaiDonVi: string, capCongNhan: string) => ({ ...example.settings, loaiDonVi, capCongNhan } as UnitSettings);
  const problemsOf = (loaiDonVi: string, capCongNhan: string) => {
    const problems: Problem[] = [];
    profileFromSettings(settings(loaiDonVi, capCongNhan), problems);
    return problems.map((p) => [p.field, p.severity, p.message]);
  };

  test('a THPT at cấp huyện', () => {
    expect(problemsOf('Trường trung học phổ thông', 'cấp huyện')).toEqual([[
      'capCongNhan', 'canhBao',
      'Đơn vị là trường trung học phổ thông: theo Thông tư 24 (Điều 2.2) được đánh giá, công nhận ở cấp tỉnh, nhưng "Cấp công nhận" đang là cấp huyện.',
    ]]);
  });

  test('a THCS at cấp tỉnh', () => {
    expect(problemsOf('Trường trung học cơ sở', 'cấp tỉnh')).toEqual([[
      'capCongNhan', 'canhBao',
      'Đơn vị là trường trung học cơ sở: theo Thông tư 24 (Điều 2.1) được đánh giá, công nhận ở cấp huyện, nhưng "Cấp công nhận" đang là cấp tỉnh.',
    ]]);
  });

  test('types either tier manages, the matching tier, or an unreadable tier: no warning', () => {
    expect(problemsOf('Trung tâm giáo dục nghề nghiệp - giáo dục thường xuyên', 'cấp tỉnh')).toEqual([]);
    expect(problemsOf('Trường trung học cơ sở', 'cấp huyện')).toEqual([]);
    expect(problemsOf('Doanh nghiệp', 'cấp tỉnh')).toEqual([]);
    expect(problemsOf('Trường trung học cơ sở', 'cấp trung ương').map((p) => p[1])).toEqual(['loi']);
    expect(managedByOtherTier(makeProfile({ tier: 'tinh' }))).toBe(false);
  });

  test('the data check shows it at the Cấp công nhận cell', () => {
    const wb = { ...example, settings: settings('Trường trung học cơ sở', 'cấp tỉnh') };
    // (The sheet Chỉ tiêu, laid out for cấp huyện, is a separate error at the same cell.)
    const found = checkWorkbook(readWorkbook(sheetValues(wb))).problems.filter((p) => p.field === 'capCongNhan' && p.severity === 'canhBao');
    expect(found.map((p) => [p.sheet, p.cell, p.message.slice(0, 37)])).toEqual([['Đơn vị', 'B6', 'Đơn vị là trường trung học cơ sở: the']]);
    expect(found[0].fix).toBe('Kiểm tra lại "Cấp công nhận" và "Loại đơn vị". Nếu địa phương giao cấp tỉnh công nhận loại đơn vị này (từ 01/7/2025 cách làm có thể khác), giữ nguyên và bỏ qua cảnh báo.');
  });
});
