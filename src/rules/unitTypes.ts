// Unit types (loại đơn vị) and the traits that decide which chỉ tiêu apply to them (TT24.md §4).
import { buildLookup } from '../vocab/lookup';
import { foldKey } from '../vocab/normalize';

export type UnitTypeId =
  | 'mam_non_cong_lap'
  | 'mam_non_tu_thuc'
  | 'tieu_hoc'
  | 'thcs'
  | 'thpt'
  | 'nhieu_cap_thcs'
  | 'nhieu_cap_thpt'
  | 'tt_gdnn_gdtx'
  | 'co_so_gdnn'
  | 'co_so_gddh'
  | 'co_quan_hanh_chinh'
  | 'don_vi_su_nghiep'
  | 'doanh_nghiep';

/** Traits named after the phrases TT 24 uses to restrict a chỉ tiêu. */
export interface UnitTraits {
  /** "cơ sở giáo dục": 3.1 adds the learners' share. */
  readonly coSoGiaoDuc: boolean;
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
}

export interface UnitType {
  readonly id: UnitTypeId;
  /** The label offered in the "Loại đơn vị" dropdown. */
  readonly label: string;
  readonly traits: UnitTraits;
  readonly spellings: readonly string[];
}

const school = { coSoGiaoDuc: true, daiHoc: false, mamNonCongLap: false, toChucKinhTe: false } as const;

export const UNIT_TYPES: readonly UnitType[] = [
  {
    id: 'mam_non_cong_lap',
    label: 'Nhà trẻ, trường mẫu giáo, trường mầm non công lập',
    traits: { ...school, phoThong: false, thptHoacGdtx: false, ngheNghiep: false, mamNonCongLap: true, congLap: true },
    spellings: ['mầm non công lập', 'trường mầm non công lập', 'mẫu giáo công lập', 'nhà trẻ công lập', 'MN công lập'],
  },
  {
    id: 'mam_non_tu_thuc',
    label: 'Nhà trẻ, trường mẫu giáo, trường mầm non dân lập, tư thục',
    traits: { ...school, phoThong: false, thptHoacGdtx: false, ngheNghiep: false, congLap: false },
    spellings: ['mầm non tư thục', 'mầm non dân lập', 'trường mầm non tư thục', 'mầm non dân lập, tư thục', 'MN tư thục'],
  },
  {
    id: 'tieu_hoc',
    label: 'Trường tiểu học',
    traits: { ...school, phoThong: true, thptHoacGdtx: false, ngheNghiep: false, congLap: 'chon' },
    spellings: ['tiểu học', 'TH', 'trường TH'],
  },
  {
    id: 'thcs',
    label: 'Trường trung học cơ sở',
    traits: { ...school, phoThong: true, thptHoacGdtx: false, ngheNghiep: false, congLap: 'chon' },
    spellings: ['trung học cơ sở', 'THCS', 'trường THCS'],
  },
  {
    id: 'thpt',
    label: 'Trường trung học phổ thông',
    traits: { ...school, phoThong: true, thptHoacGdtx: true, ngheNghiep: false, congLap: 'chon' },
    spellings: ['trung học phổ thông', 'THPT', 'trường THPT'],
  },
  {
    id: 'nhieu_cap_thcs',
    label: 'Trường phổ thông có nhiều cấp học (cấp cao nhất là THCS)',
    traits: { ...school, phoThong: true, thptHoacGdtx: false, ngheNghiep: false, congLap: 'chon' },
    spellings: ['TH-THCS', 'TH và THCS', 'trường nhiều cấp THCS', 'nhiều cấp học THCS', 'liên cấp THCS'],
  },
  {
    id: 'nhieu_cap_thpt',
    label: 'Trường phổ thông có nhiều cấp học (cấp cao nhất là THPT)',
    traits: { ...school, phoThong: true, thptHoacGdtx: true, ngheNghiep: false, congLap: 'chon' },
    spellings: ['THCS-THPT', 'THCS và THPT', 'TH-THCS-THPT', 'trường nhiều cấp THPT', 'nhiều cấp học THPT', 'liên cấp THPT', 'trường nhiều cấp'],
  },
  {
    id: 'tt_gdnn_gdtx',
    label: 'Trung tâm giáo dục nghề nghiệp - giáo dục thường xuyên',
    traits: { ...school, phoThong: false, thptHoacGdtx: true, ngheNghiep: true, congLap: 'chon' },
    spellings: ['TT GDNN-GDTX', 'trung tâm GDNN-GDTX', 'GDNN-GDTX', 'trung tâm GDTX', 'TTGDTX', 'TT GDTX', 'giáo dục thường xuyên'],
  },
  {
    id: 'co_so_gdnn',
    label: 'Cơ sở giáo dục nghề nghiệp (trường trung cấp, cao đẳng, trung tâm GDNN)',
    traits: { ...school, phoThong: false, thptHoacGdtx: false, ngheNghiep: true, congLap: 'chon' },
    spellings: ['cơ sở giáo dục nghề nghiệp', 'cơ sở GDNN', 'GDNN', 'trường cao đẳng', 'trường trung cấp', 'trung tâm GDNN'],
  },
  {
    id: 'co_so_gddh',
    label: 'Cơ sở giáo dục đại học',
    traits: { ...school, phoThong: false, thptHoacGdtx: false, ngheNghiep: false, daiHoc: true, congLap: 'chon' },
    spellings: ['cơ sở giáo dục đại học', 'cơ sở GDĐH', 'GDĐH', 'trường đại học', 'đại học', 'học viện'],
  },
  {
    id: 'co_quan_hanh_chinh',
    label: 'Cơ quan hành chính nhà nước',
    traits: { ...notSchool(), congLap: true },
    spellings: ['cơ quan hành chính', 'cơ quan nhà nước', 'cơ quan', 'UBND', 'phòng ban'],
  },
  {
    id: 'don_vi_su_nghiep',
    label: 'Đơn vị sự nghiệp công lập khác',
    traits: { ...notSchool(), congLap: true },
    spellings: ['đơn vị sự nghiệp công lập', 'đơn vị sự nghiệp', 'ĐVSN', 'ĐVSNCL'],
  },
  {
    id: 'doanh_nghiep',
    label: 'Doanh nghiệp, tổ chức kinh tế',
    traits: { ...notSchool(), toChucKinhTe: true, congLap: false },
    spellings: ['doanh nghiệp', 'tổ chức kinh tế', 'công ty', 'DN', 'hợp tác xã'],
  },
];

function notSchool() {
  return {
    coSoGiaoDuc: false, phoThong: false, thptHoacGdtx: false, daiHoc: false, ngheNghiep: false,
    mamNonCongLap: false, toChucKinhTe: false,
  } as const;
}

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

export const UNIT_TYPE_HELP = UNIT_TYPES.map((t) => t.label).join('; ');
