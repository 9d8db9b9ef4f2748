// The "Hướng dẫn" sheet's text: how to fill the workbook, step by step, with the deadlines from the settings.
import { cleanText, isBlank } from '../vocab/normalize';
import { CalendarDate, formatDate, formatDayMonth, readDayMonth, yearOf } from '../vocab/dates';
import { SHEET_NAMES } from './schema';

export type GuideLineKind = 'title' | 'heading' | 'text';

export interface GuideLine {
  readonly kind: GuideLineKind;
  readonly text: string;
}

export interface GuideSettings {
  readonly namDanhGia?: unknown;
  readonly coQuanTiepNhan?: unknown;
  readonly hanNopHoSo?: unknown;
  readonly hanCongNhan?: unknown;
}

/**
 * "15/01/2026" from the deadline setting ("15/01", or a date Sheets made of it: its day and month) and the evaluation
 * year (deadlines fall in the following year); blank → `fallback`.
 */
export function deadlineOf(dayMonth: unknown, year: unknown, fallback = '15/01'): string {
  const { r, dm, date } = readDeadline(dayMonth, year, fallback);
  if (date) return formatDate(date);
  const typed = dm ? formatDayMonth(dm) : r.kind === 'invalid' ? r.text : '';
  return typed ? `${typed} năm sau năm đánh giá` : '';
}

/** The deadline of deadlineOf as a date; undefined when the setting or the year cannot be read. */
export function deadlineDate(dayMonth: unknown, year: unknown, fallback = '15/01'): CalendarDate | undefined {
  return readDeadline(dayMonth, year, fallback).date;
}

function readDeadline(dayMonth: unknown, year: unknown, fallback: string) {
  const r = readDayMonth(isBlank(dayMonth) ? fallback : dayMonth);
  const dm = r.kind === 'dayMonth' ? r : r.kind === 'date' ? r.date : undefined;
  const y = yearOf(year);
  const date: CalendarDate | undefined = dm && y !== undefined ? { day: dm.day, month: dm.month, year: y + 1 } : undefined;
  return { r, dm, date };
}

export function guideLines(s: GuideSettings, version: number): GuideLine[] {
  const authority = isBlank(s.coQuanTiepNhan) ? 'cơ quan tiếp nhận hồ sơ' : cleanText(s.coQuanTiepNhan);
  const nop = deadlineOf(s.hanNopHoSo, s.namDanhGia);
  const congNhan = deadlineOf(s.hanCongNhan, s.namDanhGia, '15/02');
  const year = yearOf(s.namDanhGia);
  const t = (text: string): GuideLine => ({ kind: 'text', text });
  const h = (text: string): GuideLine => ({ kind: 'heading', text });
  return [
    { kind: 'title', text: 'HƯỚNG DẪN SỬ DỤNG BẢNG TÍNH TỰ ĐÁNH GIÁ “ĐƠN VỊ HỌC TẬP” (Thông tư 24/2023/TT-BGDĐT)' },
    t(`Phiên bản mẫu ĐVHT: ${version}. Sheet này do ĐVHT tạo lại mỗi lần thiết lập / nâng cấp mẫu; không ghi dữ liệu vào đây.`),
    h('Thời hạn'),
    t(`Hồ sơ đề nghị công nhận gửi ${authority} trước ngày ${nop || '15/01 năm sau năm đánh giá'}.`),
    t(`Việc đánh giá, công nhận hoàn thành trước ngày ${congNhan || '15/02 năm sau năm đánh giá'}.`),
    t('Số liệu tính trong năm đánh giá: từ 01/01 đến 31/12. Kết quả công nhận được bảo lưu 3 năm; có thể đề nghị công nhận mức độ 2 sau ít nhất 12 tháng kể từ khi được công nhận mức độ 1.'),
    h('Các bước'),
    t(`Bước 1. Sheet "${SHEET_NAMES.donVi}": nhập tên đơn vị, cơ quan chủ quản, loại đơn vị, cấp công nhận, năm đánh giá, thủ trưởng… Loại đơn vị quyết định chỉ tiêu nào áp dụng.`),
    t(`Bước 2. Sheet "${SHEET_NAMES.thanhVien}": mỗi cán bộ, giáo viên, nhân viên, người hợp đồng một dòng; đánh dấu từng chỉ tiêu 2.1 – 2.5 và 3.1. Ai không thuộc diện một chỉ tiêu thì chọn "Không áp dụng" và ghi lý do. Mọi chỉ tiêu dùng chung một danh sách này làm mẫu số.`),
    t(`Bước 3. Sheet "${SHEET_NAMES.nguoiHoc}" (chỉ cơ sở giáo dục có Người học theo Điều 2.8 của Thông tư 24; nhà trẻ, mẫu giáo, mầm non, tiểu học, THCS, trường nhiều cấp có cấp cao nhất là THCS, PTDT bán trú, PTDT nội trú huyện không cần điền): mỗi lớp một dòng với sĩ số và số đạt Công dân học tập. Người học được tính riêng, không gộp với cán bộ, giáo viên.`),
    t(`Bước 4. Sheet "${SHEET_NAMES.minhChung}": liệt kê mọi minh chứng với mã (TC1-01-01, TC1-01-02…), tên, số và ngày ban hành, nơi ban hành.`),
    t(`Bước 5. Sheet "${SHEET_NAMES.chiTieu}": với mỗi chỉ tiêu ghi tự đánh giá (chỉ tiêu điều kiện), danh hiệu tập thể (3.3), mức chuyển đổi số (3.4), mã minh chứng, mô tả hiện trạng, điểm mạnh, tồn tại, giải pháp. Chỉ tiêu không có minh chứng được đánh giá Không đạt.`),
    t(`Bước 6. Sheet "${SHEET_NAMES.hoiDong}": danh sách Hội đồng tự đánh giá và chỉ tiêu từng người phụ trách.`),
    t(`Bước 7. Xem sheet "${SHEET_NAMES.tongHop}": số liệu, tỉ lệ, mức đạt và điều còn thiếu của từng chỉ tiêu được tính tự động.`),
    t('Bước 8. Menu ĐVHT → Kiểm tra dữ liệu: sửa từng lỗi theo ô được chỉ ra. Khi không còn lỗi, tạo báo cáo.'),
    t(`Bước 9. Menu ĐVHT → Tạo báo cáo (hoặc nút "Tạo báo cáo" ở bảng điều khiển): hồ sơ thành một văn bản Google Docs mới trong thư mục “ĐVHT – Hồ sơ ${year ?? '<năm đánh giá>'}” trên Google Drive, kèm tệp Word (.docx) và liên kết tải PDF. Mỗi lần tạo là một văn bản mới; văn bản đã tạo trước đó được giữ nguyên. Đường dẫn được ghi ở sheet "${SHEET_NAMES.lichSu}".`),
    h('Quy tắc tính'),
    t('Tỉ lệ so sánh chính xác: 94,95% không đạt ngưỡng 95%. Tỉ lệ hiển thị được làm tròn xuống 0,1%.'),
    t('Tiêu chí đạt mức thấp nhất trong các chỉ tiêu áp dụng; đơn vị đạt mức thấp nhất trong ba tiêu chí. Chỉ tiêu "Không áp dụng" không tính vào số chỉ tiêu đạt.'),
    t('"Hoàn thành xuất sắc nhiệm vụ" là xếp loại, không phải danh hiệu thi đua. "Mức đáp ứng cơ bản" theo Quyết định 4725 chỉ là Đạt mức độ 1.'),
    h('Công thức dùng trong ô (dấu ; giữa các đối số)'),
    t('=DVHT_LEVEL("2.2"; 42; 45) → Đạt mức độ 1 · =DVHT_LEVEL("2.5"; \'Thành viên\'!K2:K200; \'Thành viên\'!B2:B200) · =DVHT_COUNT(…) → "42/45" · =DVHT_PERCENT(…) → 93,3% · =DVHT_GAP("2.5"; …) → điều còn thiếu.'),
  ];
}
