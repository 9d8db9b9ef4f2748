// The DVHT_* custom functions as Sheets sees them: Vietnamese help in JSDoc, no authorised service used.
import { UserError } from '../functions/args';
import { dvhtCount, dvhtGap, dvhtLevel, dvhtPercent } from '../functions/dvhtFunctions';

/** Runs a function body; a user error keeps its Vietnamese message, anything else is reported as internal. */
function guarded<T>(body: () => T): T {
  try {
    return body();
  } catch (e) {
    if (e instanceof UserError) throw new Error(e.message);
    throw new Error(`Lỗi nội bộ của ĐVHT (${e instanceof Error ? e.message : String(e)}). Hãy báo cho bộ phận hỗ trợ.`);
  }
}

/**
 * Mức đạt theo Thông tư 24/2023/TT-BGDĐT của một chỉ tiêu, một tiêu chí hoặc cả đơn vị: "Không đạt",
 * "Đạt mức độ 1", "Đạt mức độ 2", "Không áp dụng" hoặc "Chưa có dữ liệu". So sánh tỉ lệ bằng số nguyên chính xác.
 * Ví dụ: DVHT_LEVEL("2.2"; 42; 45) · DVHT_LEVEL("2.5"; H2:H60; B2:B60) ·
 * DVHT_LEVEL("3.1"; 50; 51; 900; 933) · DVHT_LEVEL("1.1"; "Đạt"; "TC1-01") ·
 * DVHT_LEVEL("3.3"; "Tập thể lao động tiên tiến"; "TC3-03") · DVHT_LEVEL("3.4"; "Mức đáp ứng tốt") ·
 * DVHT_LEVEL("TC2"; E5:E9) · DVHT_LEVEL("ĐV"; F5:F7) · DVHT_LEVEL("3.4"; 80; 78; "cấp tỉnh"; "THPT").
 * Tùy chọn đặt cuối cùng: "cấp tỉnh" (mặc định cấp huyện), loại đơn vị như "THPT", "tư thục"; tùy chọn không hiểu được là lỗi.
 *
 * @param {"2.5"} chi_tieu Mã chỉ tiêu ("1.1"…"3.5", cấp tỉnh đến "3.6"), tiêu chí ("TC1"…"TC3") hoặc "ĐV" cho cả đơn vị.
 * @param {H2:H60} du_lieu Số đạt; hoặc vùng kết quả từng thành viên; hoặc "Đạt"/"Không đạt"; danh hiệu tập thể; mức chuyển đổi số; vùng mức đạt của các chỉ tiêu.
 * @param {B2:B60} du_lieu_2 Tổng số; hoặc vùng họ tên (dòng trống bị bỏ qua); hoặc mã minh chứng như "TC1-01".
 * @param {900} nguoi_hoc_dat Chỉ tiêu 3.1 tại cơ sở giáo dục có Người học (Điều 2.8; không gồm mầm non, tiểu học, THCS…): số (hoặc vùng) người học đạt Công dân học tập.
 * @param {933} tong_nguoi_hoc Chỉ tiêu 3.1 tại cơ sở giáo dục có Người học: tổng số (hoặc vùng sĩ số) người học.
 * @param {"TC2-05"} minh_chung (Không bắt buộc) Mã minh chứng, đặt sau số liệu: ô trống nghĩa là chưa có minh chứng → Không đạt.
 * @return Mức đạt: Không đạt / Đạt mức độ 1 / Đạt mức độ 2 / Không áp dụng / Chưa có dữ liệu.
 * @customfunction
 */
export function DVHT_LEVEL(chi_tieu: unknown, ...du_lieu: unknown[]): string {
  return guarded(() => dvhtLevel(chi_tieu, du_lieu));
}

/**
 * Tỉ lệ thành viên đạt (0…1; định dạng ô là %), làm tròn xuống 0,1% để không bao giờ hiển thị vượt ngưỡng.
 * Thành viên đánh dấu "không áp dụng" (KAD) không tính vào mẫu số. Để trống nếu chưa có thành viên.
 * Ví dụ: DVHT_PERCENT(H2:H60; B2:B60) → 0,933 (hiển thị 93,3%).
 *
 * @param {H2:H60} ket_qua Vùng kết quả từng thành viên: x / có / đạt / ✓ (đạt), trống / không (không đạt), KAD (không áp dụng), hoặc danh hiệu thi đua.
 * @param {B2:B60} danh_sach (Không bắt buộc) Vùng họ tên: dòng có họ tên trống bị bỏ qua. Nếu bỏ qua, chỉ các ô kết quả có nội dung được tính.
 * @param {F2:F60} loai_tru (Không bắt buộc) Vùng đánh dấu thành viên không thuộc diện (ví dụ thuộc tổ chức kinh tế ở chỉ tiêu 2.4).
 * @return Tỉ lệ từ 0 đến 1.
 * @customfunction
 */
export function DVHT_PERCENT(ket_qua: unknown, danh_sach?: unknown, loai_tru?: unknown): number | string {
  return guarded(() => dvhtPercent(ket_qua, danh_sach, loai_tru));
}

/**
 * Số thành viên đạt trên số thành viên thuộc diện, dạng "42/45" (không tính người đánh dấu "không áp dụng").
 * Với hai vùng số (số đạt và sĩ số từng lớp) thì cộng từng vùng: DVHT_COUNT(D2:D30; C2:C30) → "922/958".
 * Ví dụ: DVHT_COUNT(H2:H60; B2:B60) → "42/45".
 *
 * @param {H2:H60} ket_qua Vùng kết quả từng thành viên (hoặc vùng số đạt).
 * @param {B2:B60} danh_sach (Không bắt buộc) Vùng họ tên: dòng có họ tên trống bị bỏ qua (hoặc vùng sĩ số).
 * @param {F2:F60} loai_tru (Không bắt buộc) Vùng đánh dấu thành viên không thuộc diện.
 * @return Chuỗi "số đạt/tổng số".
 * @customfunction
 */
export function DVHT_COUNT(ket_qua: unknown, danh_sach?: unknown, loai_tru?: unknown): string {
  return guarded(() => dvhtCount(ket_qua, danh_sach, loai_tru));
}

/**
 * Điều còn thiếu để chỉ tiêu lên mức tiếp theo, ví dụ "Cần thêm 2 thành viên đạt danh hiệu LĐTT trở lên để đạt
 * mức độ 2." Nhận cùng các đối số như DVHT_LEVEL.
 * Ví dụ: DVHT_GAP("2.5"; H2:H60; B2:B60) · DVHT_GAP("2.2"; 42; 45).
 *
 * @param {"2.5"} chi_tieu Mã chỉ tiêu, ví dụ "2.5".
 * @param {H2:H60} du_lieu Số đạt, hoặc vùng kết quả từng thành viên (như DVHT_LEVEL).
 * @param {B2:B60} du_lieu_2 Tổng số, hoặc vùng họ tên (như DVHT_LEVEL).
 * @return Một câu tiếng Việt nói điều còn thiếu.
 * @customfunction
 */
export function DVHT_GAP(chi_tieu: unknown, ...du_lieu: unknown[]): string {
  return guarded(() => dvhtGap(chi_tieu, du_lieu));
}
