// The school workbook as typed records: what each sheet holds, values as the user typed them (parsed later).
// The sheet layer (src/sheet) reads these from 2D arrays; examples/*.json holds them directly.

/** A cell value as Sheets returns it. */
export type CellValue = string | number | boolean | Date | null | undefined;

/** Where a record came from: its sheet row (1-based), so problems can name the cell. */
export interface RowRef {
  readonly row?: number;
}

/** Sheet "Đơn vị": one value per setting. */
export interface UnitSettings {
  readonly tenDonVi: CellValue;
  readonly coQuanChuQuan: CellValue;
  readonly loaiDonVi: CellValue;
  /** "Công lập" / "Ngoài công lập" (or "Tư thục"). */
  readonly congLap: CellValue;
  /** "cấp huyện" / "cấp tỉnh". */
  readonly capCongNhan: CellValue;
  /** The tier as the authority names it now ("cấp huyện", "cấp xã"…). */
  readonly tenCap: CellValue;
  readonly coQuanTiepNhan: CellValue;
  readonly namDanhGia: CellValue;
  readonly diaDanh: CellValue;
  readonly thuTruong: CellValue;
  readonly chucVuThuTruong: CellValue;
  readonly soHieuVanBan: CellValue;
  readonly nguoiLap: CellValue;
  readonly mucDaCongNhan: CellValue;
  readonly namCongNhan: CellValue;
  readonly soQuyetDinhHoiDong?: CellValue;
  readonly ngayThanhLapHoiDong?: CellValue;
  readonly ngayHopHoiDong?: CellValue;
  readonly diaDiemHop?: CellValue;
  /** Date written on the documents; blank = the day they are generated. */
  readonly ngayBaoCao?: CellValue;
  /** "15/01": day and month of the year after the evaluation year. */
  readonly hanNopHoSo?: CellValue;
  readonly hanCongNhan?: CellValue;
}

/** Sheet "Thành viên": one row per member of the unit. */
export interface MemberRow extends RowRef {
  readonly stt?: CellValue;
  readonly hoTen: CellValue;
  readonly chucVu?: CellValue;
  readonly boPhan?: CellValue;
  /** CBQL / GV / NV / HĐ */
  readonly loai?: CellValue;
  readonly thuocToChucKinhTe?: CellValue;
  readonly kyLuat?: CellValue;
  readonly boiDuong?: CellValue;
  readonly chuyenDoiSo?: CellValue;
  readonly ngoaiNgu?: CellValue;
  readonly danhHieu?: CellValue;
  readonly cdht?: CellValue;
  /** Why a "không áp dụng" mark was given. */
  readonly lyDo?: CellValue;
  readonly ghiChu?: CellValue;
}

/** The member column holding each share chỉ tiêu. */
export const MEMBER_COLUMN_OF: Readonly<Record<string, keyof MemberRow>> = {
  '2.1': 'kyLuat',
  '2.2': 'boiDuong',
  '2.3': 'chuyenDoiSo',
  '2.4': 'ngoaiNgu',
  '2.5': 'danhHieu',
  '3.1': 'cdht',
};

/** Sheet "Người học": one row per class. */
export interface ClassRow extends RowRef {
  readonly lop: CellValue;
  readonly khoi?: CellValue;
  readonly siSo: CellValue;
  readonly soDatCdht: CellValue;
}

/** Sheet "Chỉ tiêu": one row per chỉ tiêu. */
export interface ChiTieuRow extends RowRef {
  /** The official wording ĐVHT wrote for the tier when the template was set up. */
  readonly noiDung?: CellValue;
  readonly moTa?: CellValue;
  readonly diemManh?: CellValue;
  readonly tonTai?: CellValue;
  readonly giaiPhap?: CellValue;
  /** The unit's own rating: "Đạt" / "Không đạt" for conditions, a level for the others. */
  readonly tuDanhGia?: CellValue;
  readonly danhHieuTapThe?: CellValue;
  readonly mucChuyenDoiSo?: CellValue;
  readonly diemDayHoc?: CellValue;
  readonly diemQuanTri?: CellValue;
  readonly minhChung?: CellValue;
  readonly nguoiPhuTrach?: CellValue;
}

/** Sheet "Minh chứng": the evidence register. */
export interface EvidenceRow extends RowRef {
  readonly ma: CellValue;
  readonly ten: CellValue;
  readonly soNgay?: CellValue;
  readonly noiBanHanh?: CellValue;
  readonly link?: CellValue;
  readonly ghiChu?: CellValue;
  /** "Cần xác nhận lại": written by Tạo năm đánh giá mới until the user confirms the evidence for the new year. */
  readonly xacNhanLai?: CellValue;
}

/** Sheet "Hội đồng": the self-assessment council. */
export interface CouncilRow extends RowRef {
  readonly hoTen: CellValue;
  readonly chucVu?: CellValue;
  readonly nhiemVu?: CellValue;
  readonly dienThoai?: CellValue;
  readonly chiTieuPhuTrach?: CellValue;
}

export interface SchoolWorkbook {
  readonly settings: UnitSettings;
  readonly members: readonly MemberRow[];
  readonly classes: readonly ClassRow[];
  /** Keyed by chỉ tiêu id ("1.1"…). */
  readonly chiTieu: Readonly<Record<string, ChiTieuRow>>;
  readonly evidence: readonly EvidenceRow[];
  readonly council: readonly CouncilRow[];
  /**
   * Fields the rules need that could not be read, by sheet name (a missing sheet, header or column, or two columns that
   * could be the same one). What they feed is "Chưa có dữ liệu", never counted as "no".
   */
  readonly unreadableColumns?: Readonly<Record<string, readonly string[]>>;
}
