// The district workbook's layout as data: settings, the list of units, results, run log, recognition register and
// the appraisal council. Set up and upgraded by the same non-destructive code as the school template.
import { allChiTieu } from '../rules/catalogue';
import { FormSheetSpec, TableSheetSpec, col } from '../sheet/schema';

export const DISTRICT_VERSION = 1;


export const CAI_DAT: FormSheetSpec = {
  kind: 'form',
  name: 'Cài đặt',
  tabColor: '#1a73e8',
  fields: [
    { key: 'coQuanCapTren', label: 'Cơ quan cấp trên', required: true, defaultValue: 'ỦY BAN NHÂN DÂN', help: 'Dòng trên cùng bên trái của văn bản, ví dụ: Ủy ban nhân dân tỉnh Đồng Nai.' },
    { key: 'tenCoQuan', label: 'Tên cơ quan tiếp nhận', required: true, defaultValue: 'Phòng Giáo dục và Đào tạo', help: 'Cơ quan nhận hồ sơ và đề nghị công nhận (Phòng GD&ĐT, UBND xã, Sở GD&ĐT…).' },
    { key: 'capCongNhan', label: 'Cấp công nhận', required: true, defaultValue: 'cấp huyện', choice: { values: ['cấp huyện', 'cấp tỉnh'], strict: true }, help: 'Cấp tỉnh có 6 chỉ tiêu ở tiêu chí 3.' },
    { key: 'tenCap', label: 'Tên cấp ghi trong văn bản', defaultValue: 'cấp huyện', help: 'Ví dụ: cấp huyện, cấp xã, cấp tỉnh.' },
    { key: 'namDanhGia', label: 'Năm đánh giá', required: true, help: 'Năm có số liệu, ví dụ 2025.' },
    { key: 'diaDanh', label: 'Địa danh', required: true, help: 'Ghi ở dòng ngày tháng của văn bản.' },
    { key: 'thuTruong', label: 'Thủ trưởng cơ quan', required: true, help: 'Người ký tờ trình.' },
    { key: 'chucVu', label: 'Chức vụ thủ trưởng', defaultValue: 'Trưởng phòng', help: 'Ví dụ: Trưởng phòng, Chủ tịch, Giám đốc.' },
    { key: 'capPheDuyet', label: 'Cơ quan quyết định công nhận', defaultValue: 'Ủy ban nhân dân', help: 'Cơ quan ban hành quyết định công nhận (nhận tờ trình).' },
    { key: 'soToTrinh', label: 'Số hiệu tờ trình', help: 'Ví dụ: 12/TTr-PGDĐT.' },
    { key: 'hanNopHoSo', label: 'Hạn nộp hồ sơ', defaultValue: '15/01', help: 'Ngày/tháng của năm sau năm đánh giá.' },
    { key: 'hanCongNhan', label: 'Hạn công nhận', defaultValue: '15/02', help: 'Ngày/tháng của năm sau năm đánh giá.' },
    { key: 'nganSachGiay', label: 'Thời gian mỗi lượt (giây)', defaultValue: 240, help: 'Mỗi lượt tổng hợp dừng trước thời gian này (Apps Script dừng mọi lượt chạy sau 6 phút); lượt sau làm tiếp.' },
    { key: 'luotDocMoiPhut', label: 'Số lượt đọc tối đa mỗi phút', defaultValue: 50, help: 'Google cho mỗi người dùng 60 lượt đọc bảng tính mỗi phút; ĐVHT đọc không quá số lượt ghi ở đây để không bị Google chặn. Giảm xuống khi cùng tài khoản còn chạy việc khác đọc bảng tính.' },
  ],
};

export const DANH_SACH: TableSheetSpec = {
  kind: 'table',
  name: 'Danh sách đơn vị',
  tabColor: '#188038',
  columns: [
    col('tenDonVi', 'Tên đơn vị', 'text', 220, 'Tên đơn vị đề nghị công nhận.', { required: true }),
    col('loaiDonVi', 'Loại đơn vị', 'text', 160, 'Để đối chiếu; loại đơn vị để tính là loại ghi trong bảng tính của đơn vị.'),
    col('lienKet', 'Liên kết bảng tính', 'text', 300, 'Đường dẫn (https://docs.google.com/spreadsheets/d/…) hoặc mã của bảng tính ĐVHT mà đơn vị đã chia sẻ quyền xem.', { required: true }),
    col('nguoiLienHe', 'Người liên hệ', 'text', 160, 'Người phụ trách ở đơn vị.'),
    col('trangThai', 'Trạng thái', 'output', 200, 'Do ĐVHT ghi sau mỗi lượt đọc.'),
    col('lanDocCuoi', 'Lần đọc cuối', 'output', 130, 'Do ĐVHT ghi.'),
  ],
};

const LEVEL_COLUMNS = [...allChiTieu('tinh').map((c) => c.id), 'TC1', 'TC2', 'TC3'];

export const KET_QUA: TableSheetSpec = {
  kind: 'table',
  name: 'Kết quả',
  tabColor: '#d93025',
  addInOwned: true,
  columns: [
    col('ma', 'Mã bảng tính', 'output', 120, 'Mã bảng tính của đơn vị.', { required: true }),
    col('tenDonVi', 'Tên đơn vị', 'output', 200, 'Theo Danh sách đơn vị (tên dùng trong văn bản).'),
    ...LEVEL_COLUMNS.map((id) => col(`muc_${id}`, id.startsWith('TC') ? id : `CT ${id}`, 'output', 80, `Mức tính lại của ${id.startsWith('TC') ? 'tiêu chí' : 'chỉ tiêu'} ${id} từ số liệu gốc.`)),
    col('mucTuNhan', 'Mức đơn vị tự nhận', 'output', 120, 'Mức ghi ở sheet Tổng hợp của đơn vị.'),
    col('mucTinhLai', 'Mức tính lại', 'output', 120, 'Mức ĐVHT tính lại từ các dòng dữ liệu gốc.'),
    col('chenhLech', 'Chênh lệch', 'output', 320, 'Nơi mức tự nhận hoặc số liệu của đơn vị khác với kết quả tính lại.'),
    col('soLoi', 'Số lỗi dữ liệu', 'output', 80, 'Số lỗi trong bảng tính của đơn vị.'),
    col('soCanhBao', 'Số cảnh báo', 'output', 80, 'Số cảnh báo.'),
    col('phienBanMau', 'Phiên bản mẫu', 'output', 80, 'Phiên bản mẫu ĐVHT của bảng tính đơn vị.'),
    col('thoiGianDoc', 'Thời gian đọc', 'output', 130, 'Lần đọc gần nhất.'),
    // Added in this order after the columns above when an older workbook is upgraded (nothing typed is moved).
    col('tenTuGhi', 'Tên đơn vị tự ghi', 'output', 200, 'Tên ghi ở sheet Đơn vị của bảng tính đơn vị, để đối chiếu; đơn vị được nhận biết theo mã bảng tính.'),
    col('ghiChu', 'Ghi chú khi đọc', 'output', 320, 'Tên khác với Danh sách đơn vị, sheet không bắt buộc bị thiếu.'),
  ],
};

export const NHAT_KY: TableSheetSpec = {
  kind: 'table',
  name: 'Nhật ký',
  tabColor: '#5f6368',
  addInOwned: true,
  columns: [
    col('thoiGian', 'Thời gian', 'output', 130, 'Thời điểm đọc.'),
    col('luot', 'Lượt tổng hợp', 'output', 140, 'Mã lượt tổng hợp.'),
    col('donVi', 'Đơn vị', 'output', 220, 'Tên đơn vị trong danh sách.'),
    col('ketQua', 'Kết quả', 'output', 80, 'Đọc được / Lỗi / Trùng (dòng cùng bảng tính với một dòng trên).'),
    col('chiTiet', 'Chi tiết', 'output', 420, 'Lý do khi có lỗi, hoặc tóm tắt.'),
  ],
};

export const CONG_NHAN: TableSheetSpec = {
  kind: 'table',
  name: 'Công nhận',
  tabColor: '#9334e6',
  columns: [
    col('tenDonVi', 'Tên đơn vị', 'text', 220, 'Đơn vị được công nhận.', { required: true }),
    col('nam', 'Năm công nhận', 'integer', 80, 'Năm đánh giá được công nhận.', { required: true }),
    col('muc', 'Mức độ', 'choice', 90, 'Mức độ 1 hoặc Mức độ 2.', { choice: { values: ['Mức độ 1', 'Mức độ 2'], strict: true } }),
    col('soQuyetDinh', 'Số quyết định', 'text', 140, 'Số quyết định công nhận.'),
    col('ngayQuyetDinh', 'Ngày quyết định', 'text', 110, 'Dạng 10/02/2026.'),
    col('hieuLucDen', 'Bảo lưu đến', 'output', 110, 'Do ĐVHT tính: hết năm thứ 3 sau năm công nhận.'),
    col('nangMucTu', 'Đề nghị mức độ 2 từ', 'output', 130, 'Do ĐVHT tính: 12 tháng sau ngày quyết định công nhận mức độ 1.'),
  ],
};

export const HOI_DONG_THAM_DINH: TableSheetSpec = {
  kind: 'table',
  name: 'Hội đồng thẩm định',
  tabColor: '#9334e6',
  columns: [
    col('hoTen', 'Họ và tên', 'text', 200, 'Thành viên Hội đồng đánh giá (số lẻ, ít nhất 5 người).', { required: true }),
    col('chucVu', 'Chức vụ', 'text', 180, 'Chức vụ, đơn vị công tác.'),
    col('nhiemVu', 'Nhiệm vụ', 'choice', 120, 'Nhiệm vụ trong Hội đồng.', { choice: { values: ['Chủ tịch', 'Phó Chủ tịch', 'Thư ký', 'Ủy viên'] } }),
  ],
};

export const DISTRICT_TABLES = [DANH_SACH, KET_QUA, NHAT_KY, CONG_NHAN, HOI_DONG_THAM_DINH];
export const DISTRICT_SHEETS = [CAI_DAT, ...DISTRICT_TABLES];
export const LEVEL_IDS = LEVEL_COLUMNS;
