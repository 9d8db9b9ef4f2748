// Unit types (loại đơn vị) of TT 24 Điều 2.1–2.4 and the traits that decide which chỉ tiêu apply to them (TT24.md §4).
// Each decision is explained in docs/RULES.md ("Unit types").
import { buildLookup } from '../vocab/lookup';
import { foldKey } from '../vocab/normalize';

export type UnitTypeId =
  // Cơ sở giáo dục đánh giá, công nhận ở cấp huyện (Điều 2.1)
  | 'mam_non_cong_lap'
  | 'mam_non_tu_thuc'
  | 'tieu_hoc'
  | 'thcs'
  | 'nhieu_cap_thcs'
  | 'ptdt_ban_tru'
  | 'ptdt_noi_tru_huyen'
  | 'tt_gdnn'
  | 'tt_gdnn_gdtx'
  // Cơ sở giáo dục đánh giá, công nhận ở cấp tỉnh (Điều 2.2)
  | 'thpt'
  | 'nhieu_cap_thpt'
  | 'ptdt_noi_tru_tinh'
  | 'du_bi_dai_hoc'
  | 'truong_chuyen'
  | 'nang_khieu'
  | 'khuyet_tat'
  | 'giao_duong'
  | 'tt_gdtx'
  | 'tt_hoa_nhap'
  | 'trung_cap'
  | 'cao_dang'
  | 'co_so_gddh'
  // "các cơ sở giáo dục khác" of either tier
  | 'co_so_gdnn'
  | 'co_so_giao_duc_khac'
  // Other units (Điều 2.3–2.4)
  | 'ubnd_xa'
  | 'co_quan_dang'
  | 'co_quan_hanh_chinh'
  | 'don_vi_su_nghiep'
  | 'mttq_doan_the'
  | 'luc_luong_vu_trang'
  | 'hoi_to_chuc_xa_hoi'
  | 'ban_quan_ly_kcn'
  | 'doanh_nghiep'
  | 'hop_tac_xa';

/** Which tier manages (and so recognises) such a unit under Điều 2.1–2.4. */
export type CapQuanLy = 'huyen' | 'tinh' | 'ca_hai';

/** Traits named after the phrases TT 24 uses to restrict a chỉ tiêu. */
export interface UnitTraits {
  /** A "cơ sở giáo dục" of Điều 2.1–2.2 (its classes and pupils are described in the report). */
  readonly coSoGiaoDuc: boolean;
  /**
   * Its pupils are "Người học" (Điều 2.8: not nhà trẻ, mẫu giáo, mầm non, tiểu học, THCS, nhiều cấp có cấp cao nhất
   * THCS, PTDT bán trú, PTDT nội trú huyện): 3.1 adds the learners' share.
   */
  readonly coNguoiHoc: boolean;
  /** "cơ sở giáo dục phổ thông": cấp huyện 3.4 (QĐ 4725). */
  readonly phoThong: boolean;
  /** "trường THPT, trường phổ thông nhiều cấp có cấp cao nhất là THPT, trung tâm GDTX": cấp tỉnh 3.4. */
  readonly thptHoacGdtx: boolean;
  /** "cơ sở giáo dục đại học": cấp tỉnh 3.5 (QĐ 4740). */
  readonly daiHoc: boolean;
  /** "cơ sở giáo dục nghề nghiệp": cấp huyện 3.5, cấp tỉnh 3.6. */
  readonly ngheNghiep: boolean;
  /** "nhà trẻ, trường mẫu giáo, trường mầm non công lập": extra clause in 1.2 and 3.2. */
  readonly mamNonCongLap: boolean;
  /** Members are those of a tổ chức kinh tế: excluded from 2.4, so 2.4 does not apply. */
  readonly toChucKinhTe: boolean;
  /** Whether the unit is a state agency or public service unit: fixed by the type, or chosen per unit. */
  readonly congLap: boolean | 'chon';
  /** The tier that manages it (Điều 2.1–2.4); another tier gets a warning, not an error. */
  readonly capQuanLy: CapQuanLy;
}

export interface UnitType {
  readonly id: UnitTypeId;
  /** The label offered in the "Loại đơn vị" dropdown. */
  readonly label: string;
  readonly traits: UnitTraits;
  readonly spellings: readonly string[];
}

type Traits = Partial<UnitTraits> & Pick<UnitTraits, 'congLap' | 'capQuanLy'>;

const NONE = {
  coSoGiaoDuc: false, coNguoiHoc: false, phoThong: false, thptHoacGdtx: false, daiHoc: false, ngheNghiep: false,
  mamNonCongLap: false, toChucKinhTe: false,
} as const;

/** A cơ sở giáo dục; `coNguoiHoc` defaults to true (Điều 2.8 excludes only the schools listed there). */
function school(t: Traits): UnitTraits {
  return { ...NONE, coSoGiaoDuc: true, coNguoiHoc: true, ...t };
}

function unit(t: Traits): UnitTraits {
  return { ...NONE, ...t };
}

/** Điều 2.8: these schools' pupils are not "Người học". */
const NO_LEARNERS = { coNguoiHoc: false } as const;

export const UNIT_TYPES: readonly UnitType[] = [
  // Điều 2.1: cấp huyện
  {
    id: 'mam_non_cong_lap',
    label: 'Nhà trẻ, trường mẫu giáo, trường mầm non công lập',
    traits: school({ ...NO_LEARNERS, mamNonCongLap: true, congLap: true, capQuanLy: 'huyen' }),
    spellings: ['mầm non công lập', 'trường mầm non công lập', 'mẫu giáo công lập', 'nhà trẻ công lập', 'MN công lập'],
  },
  {
    id: 'mam_non_tu_thuc',
    label: 'Nhà trẻ, trường mẫu giáo, trường mầm non dân lập, tư thục',
    traits: school({ ...NO_LEARNERS, congLap: false, capQuanLy: 'huyen' }),
    spellings: ['mầm non tư thục', 'mầm non dân lập', 'trường mầm non tư thục', 'mầm non dân lập, tư thục', 'MN tư thục'],
  },
  {
    id: 'tieu_hoc',
    label: 'Trường tiểu học',
    traits: school({ ...NO_LEARNERS, phoThong: true, congLap: 'chon', capQuanLy: 'huyen' }),
    spellings: ['tiểu học', 'TH', 'trường TH'],
  },
  {
    id: 'thcs',
    label: 'Trường trung học cơ sở',
    traits: school({ ...NO_LEARNERS, phoThong: true, congLap: 'chon', capQuanLy: 'huyen' }),
    spellings: ['trung học cơ sở', 'THCS', 'trường THCS'],
  },
  {
    id: 'nhieu_cap_thcs',
    label: 'Trường phổ thông có nhiều cấp học (cấp cao nhất là THCS)',
    traits: school({ ...NO_LEARNERS, phoThong: true, congLap: 'chon', capQuanLy: 'huyen' }),
    spellings: ['TH-THCS', 'TH và THCS', 'trường nhiều cấp THCS', 'nhiều cấp học THCS', 'liên cấp THCS',
      'trường phổ thông có nhiều cấp học có cấp học cao nhất là trung học cơ sở'],
  },
  {
    id: 'ptdt_ban_tru',
    label: 'Trường phổ thông dân tộc bán trú',
    traits: school({ ...NO_LEARNERS, phoThong: true, congLap: true, capQuanLy: 'huyen' }),
    spellings: ['phổ thông dân tộc bán trú', 'PTDT bán trú', 'PTDTBT', 'trường PTDTBT', 'dân tộc bán trú'],
  },
  {
    id: 'ptdt_noi_tru_huyen',
    label: 'Trường phổ thông dân tộc nội trú cấp huyện',
    traits: school({ ...NO_LEARNERS, phoThong: true, congLap: true, capQuanLy: 'huyen' }),
    spellings: ['phổ thông dân tộc nội trú huyện', 'trường phổ thông dân tộc nội trú huyện', 'PTDTNT huyện', 'PTDT nội trú huyện',
      'PTDTNT cấp huyện', 'PTDT nội trú cấp huyện', 'dân tộc nội trú huyện'],
  },
  {
    id: 'tt_gdnn',
    label: 'Trung tâm giáo dục nghề nghiệp',
    traits: school({ ngheNghiep: true, congLap: 'chon', capQuanLy: 'ca_hai' }),
    spellings: ['trung tâm GDNN', 'TT GDNN', 'TTGDNN'],
  },
  {
    id: 'tt_gdnn_gdtx',
    label: 'Trung tâm giáo dục nghề nghiệp - giáo dục thường xuyên',
    traits: school({ ngheNghiep: true, thptHoacGdtx: true, congLap: 'chon', capQuanLy: 'ca_hai' }),
    spellings: ['TT GDNN-GDTX', 'trung tâm GDNN-GDTX', 'GDNN-GDTX', 'TTGDNN-GDTX', 'TT GDNN - GDTX', 'GDNN - GDTX'],
  },
  // Điều 2.2: cấp tỉnh
  {
    id: 'thpt',
    label: 'Trường trung học phổ thông',
    traits: school({ phoThong: true, thptHoacGdtx: true, congLap: 'chon', capQuanLy: 'tinh' }),
    spellings: ['trung học phổ thông', 'THPT', 'trường THPT'],
  },
  {
    id: 'nhieu_cap_thpt',
    label: 'Trường phổ thông có nhiều cấp học (cấp cao nhất là THPT)',
    traits: school({ phoThong: true, thptHoacGdtx: true, congLap: 'chon', capQuanLy: 'tinh' }),
    spellings: ['THCS-THPT', 'THCS và THPT', 'TH-THCS-THPT', 'trường nhiều cấp THPT', 'nhiều cấp học THPT', 'liên cấp THPT', 'trường nhiều cấp',
      'trường phổ thông có nhiều cấp học có cấp học cao nhất là trung học phổ thông'],
  },
  {
    id: 'ptdt_noi_tru_tinh',
    label: 'Trường phổ thông dân tộc nội trú cấp tỉnh',
    traits: school({ phoThong: true, thptHoacGdtx: true, congLap: true, capQuanLy: 'tinh' }),
    spellings: ['phổ thông dân tộc nội trú tỉnh', 'trường phổ thông dân tộc nội trú tỉnh', 'PTDTNT tỉnh', 'PTDT nội trú tỉnh',
      'PTDTNT cấp tỉnh', 'PTDT nội trú cấp tỉnh', 'dân tộc nội trú tỉnh'],
  },
  {
    id: 'du_bi_dai_hoc',
    label: 'Trường dự bị đại học',
    traits: school({ congLap: true, capQuanLy: 'tinh' }),
    spellings: ['dự bị đại học', 'trường DBĐH', 'DBĐH'],
  },
  {
    id: 'truong_chuyen',
    label: 'Trường chuyên',
    traits: school({ phoThong: true, thptHoacGdtx: true, congLap: 'chon', capQuanLy: 'tinh' }),
    spellings: ['chuyên', 'THPT chuyên', 'trường THPT chuyên', 'trung học phổ thông chuyên'],
  },
  {
    id: 'nang_khieu',
    label: 'Trường năng khiếu',
    traits: school({ phoThong: true, thptHoacGdtx: true, congLap: 'chon', capQuanLy: 'tinh' }),
    spellings: ['năng khiếu', 'trường năng khiếu thể dục thể thao', 'trường năng khiếu nghệ thuật'],
  },
  {
    id: 'khuyet_tat',
    label: 'Trường dành cho người khuyết tật',
    traits: school({ congLap: 'chon', capQuanLy: 'tinh' }),
    spellings: ['dành cho người khuyết tật', 'trường khuyết tật', 'người khuyết tật', 'trường chuyên biệt'],
  },
  {
    id: 'giao_duong',
    label: 'Trường giáo dưỡng',
    traits: school({ congLap: true, capQuanLy: 'tinh' }),
    spellings: ['giáo dưỡng'],
  },
  {
    id: 'tt_gdtx',
    label: 'Trung tâm giáo dục thường xuyên',
    traits: school({ thptHoacGdtx: true, congLap: 'chon', capQuanLy: 'tinh' }),
    spellings: ['trung tâm GDTX', 'TTGDTX', 'TT GDTX', 'GDTX', 'giáo dục thường xuyên'],
  },
  {
    id: 'tt_hoa_nhap',
    label: 'Trung tâm hỗ trợ phát triển giáo dục hòa nhập',
    traits: school({ congLap: 'chon', capQuanLy: 'tinh' }),
    spellings: ['trung tâm hỗ trợ phát triển giáo dục hoà nhập', 'hỗ trợ phát triển giáo dục hòa nhập', 'giáo dục hòa nhập', 'TT hỗ trợ giáo dục hòa nhập'],
  },
  {
    id: 'trung_cap',
    label: 'Trường trung cấp',
    traits: school({ ngheNghiep: true, congLap: 'chon', capQuanLy: 'tinh' }),
    spellings: ['trung cấp'],
  },
  {
    id: 'cao_dang',
    label: 'Trường cao đẳng',
    traits: school({ ngheNghiep: true, congLap: 'chon', capQuanLy: 'tinh' }),
    spellings: ['cao đẳng'],
  },
  {
    id: 'co_so_gddh',
    label: 'Cơ sở giáo dục đại học',
    traits: school({ daiHoc: true, congLap: 'chon', capQuanLy: 'tinh' }),
    spellings: ['Cơ sở giáo dục đại học (trường đại học, học viện)', 'cơ sở GDĐH', 'GDĐH', 'trường đại học', 'đại học', 'học viện'],
  },
  // "các cơ sở giáo dục khác" (Điều 2.1) / "các cơ sở giáo dục và đào tạo khác" (Điều 2.2)
  {
    id: 'co_so_gdnn',
    label: 'Cơ sở giáo dục nghề nghiệp khác',
    traits: school({ ngheNghiep: true, congLap: 'chon', capQuanLy: 'ca_hai' }),
    spellings: ['Cơ sở giáo dục nghề nghiệp (trường trung cấp, cao đẳng, trung tâm GDNN)', 'cơ sở giáo dục nghề nghiệp', 'cơ sở GDNN', 'GDNN'],
  },
  {
    id: 'co_so_giao_duc_khac',
    label: 'Cơ sở giáo dục khác',
    traits: school({ congLap: 'chon', capQuanLy: 'ca_hai' }),
    spellings: ['cơ sở giáo dục và đào tạo khác', 'cơ sở giáo dục'],
  },
  // Điều 2.3–2.4: other units
  {
    id: 'ubnd_xa',
    label: 'Ủy ban nhân dân cấp xã',
    traits: unit({ congLap: true, capQuanLy: 'huyen' }),
    spellings: ['ủy ban nhân dân xã', 'UBND xã', 'UBND cấp xã', 'UBND phường', 'UBND thị trấn', 'UBND', 'ủy ban nhân dân phường'],
  },
  {
    id: 'co_quan_dang',
    label: 'Cơ quan tham mưu, giúp việc của cấp ủy',
    traits: unit({ congLap: true, capQuanLy: 'ca_hai' }),
    spellings: ['cơ quan tham mưu giúp việc cấp ủy', 'cơ quan đảng', 'ban của cấp ủy', 'cơ quan tham mưu, giúp việc huyện ủy', 'cơ quan tham mưu, giúp việc tỉnh ủy'],
  },
  {
    id: 'co_quan_hanh_chinh',
    label: 'Cơ quan hành chính nhà nước',
    traits: unit({ congLap: true, capQuanLy: 'ca_hai' }),
    spellings: ['Cơ quan hành chính nhà nước (thuộc UBND)', 'cơ quan hành chính', 'cơ quan nhà nước', 'cơ quan', 'phòng ban', 'cơ quan thuộc UBND', 'cơ quan chuyên môn'],
  },
  {
    id: 'don_vi_su_nghiep',
    label: 'Đơn vị sự nghiệp công lập khác',
    traits: unit({ congLap: true, capQuanLy: 'ca_hai' }),
    spellings: ['đơn vị sự nghiệp công lập', 'đơn vị sự nghiệp', 'ĐVSN', 'ĐVSNCL'],
  },
  {
    id: 'mttq_doan_the',
    label: 'Mặt trận Tổ quốc, tổ chức chính trị - xã hội',
    traits: unit({ congLap: true, capQuanLy: 'ca_hai' }),
    spellings: ['Mặt trận Tổ quốc', 'MTTQ', 'Ủy ban Mặt trận Tổ quốc', 'đoàn thể', 'tổ chức chính trị - xã hội', 'tổ chức chính trị xã hội',
      'Liên đoàn Lao động', 'Đoàn Thanh niên', 'Hội Nông dân', 'Hội Liên hiệp Phụ nữ', 'Hội Cựu chiến binh'],
  },
  {
    id: 'luc_luong_vu_trang',
    label: 'Lực lượng vũ trang (quân sự, công an)',
    traits: unit({ congLap: true, capQuanLy: 'ca_hai' }),
    spellings: ['lực lượng vũ trang', 'quân sự', 'công an', 'Ban chỉ huy quân sự', 'Bộ chỉ huy quân sự', 'Bộ Tư lệnh'],
  },
  {
    id: 'hoi_to_chuc_xa_hoi',
    label: 'Hội, tổ chức xã hội, tổ chức xã hội - nghề nghiệp',
    traits: unit({ congLap: 'chon', capQuanLy: 'ca_hai' }),
    spellings: ['hội', 'tổ chức xã hội', 'tổ chức xã hội - nghề nghiệp', 'tổ chức xã hội nghề nghiệp', 'Hội khuyến học'],
  },
  {
    id: 'ban_quan_ly_kcn',
    label: 'Ban quản lý khu công nghiệp, khu kinh tế',
    traits: unit({ congLap: true, capQuanLy: 'tinh' }),
    spellings: ['Ban quản lý khu công nghiệp', 'Ban quản lý khu kinh tế', 'Ban quản lý khu chế xuất', 'Ban quản lý khu công nghệ cao', 'BQL KCN'],
  },
  {
    id: 'doanh_nghiep',
    label: 'Doanh nghiệp',
    traits: unit({ toChucKinhTe: true, congLap: false, capQuanLy: 'ca_hai' }),
    spellings: ['Doanh nghiệp, tổ chức kinh tế', 'công ty', 'DN'],
  },
  {
    id: 'hop_tac_xa',
    label: 'Hợp tác xã, tổ chức kinh tế khác',
    traits: unit({ toChucKinhTe: true, congLap: false, capQuanLy: 'ca_hai' }),
    spellings: ['hợp tác xã', 'HTX', 'tổ chức kinh tế'],
  },
];

const BY_NAME = buildLookup(
  UNIT_TYPES.map((t) => ({ value: t.id, spellings: [t.label, t.id, ...t.spellings] })),
);

export function parseUnitType(raw: unknown): UnitTypeId | undefined {
  return BY_NAME.get(foldKey(raw).replace(/^(truong|loai don vi:?) /, '')) ?? BY_NAME.get(foldKey(raw));
}

export function unitType(id: UnitTypeId): UnitType {
  const found = UNIT_TYPES.find((t) => t.id === id);
  if (!found) throw new Error(`Unknown unit type ${id}`);
  return found;
}

/** The label as it reads inside a sentence ("đơn vị là trường trung học phổ thông"): only the first letter lowered. */
export function unitTypeInSentence(id: UnitTypeId): string {
  const label = unitType(id).label;
  return label.charAt(0).toLowerCase() + label.slice(1);
}

export const UNIT_TYPE_HELP = UNIT_TYPES.map((t) => t.label).join('; ');
