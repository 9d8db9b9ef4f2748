// Whether the Chỉ tiêu sheet (and so Tổng hợp, set up with it) follows the Đơn vị settings: one row per chỉ tiêu of
// the chosen tier, holding that tier's official wording. A changed tier or tier name is named here with the cell to
// look at and the menu item that re-lays the sheets out.
import { Problem, SHEETS } from '../assess/problems';
import { TIER_LABEL, UnitProfile } from '../rules/profile';
import { allChiTieu } from '../rules/catalogue';
import { chiTieuText } from '../sheet/chiTieuText';
import { ReadResult } from '../sheet/readWorkbook';
import { cleanMultiline } from '../vocab/normalize';

export const FIX_RELAYOUT = 'Chọn menu ĐVHT → Thiết lập / nâng cấp mẫu để sắp lại sheet Chỉ tiêu và Tổng hợp theo sheet Đơn vị (dữ liệu đã nhập được giữ nguyên).';

export function layoutProblems(read: ReadResult, profile: UnitProfile): Problem[] {
  if (!read.layout.tables[SHEETS.chiTieu]) return [];
  const tierShown = TIER_LABEL[profile.tier];
  const chiTieu = allChiTieu(profile.tier);
  const missing = chiTieu.filter((ct) => !read.workbook.chiTieu[ct.id]);
  if (missing.length) {
    return [{
      sheet: SHEETS.donVi, field: 'capCongNhan', value: tierShown, severity: 'loi',
      message: `Cấp công nhận là "${tierShown}" nhưng sheet "${SHEETS.chiTieu}" chưa có dòng chỉ tiêu ${missing.map((c) => c.id).join(', ')}; sheet "${SHEETS.tongHop}" cũng chưa theo cấp này.`,
      fix: FIX_RELAYOUT,
    }];
  }
  if (read.layout.tables[SHEETS.chiTieu]?.columns.noiDung === undefined) return [];
  const stale = chiTieu.find((ct) => cleanMultiline(read.workbook.chiTieu[ct.id].noiDung) !== cleanMultiline(chiTieuText(ct, profile.tierName)));
  if (!stale) return [];
  return [{
    sheet: SHEETS.chiTieu, row: read.workbook.chiTieu[stale.id].row, field: 'noiDung', value: '', severity: 'loi',
    message: `Lời văn chỉ tiêu ${stale.id} ở sheet "${SHEETS.chiTieu}" không phải lời văn của ${tierShown} (tên cấp "${profile.tierName}") theo sheet "${SHEETS.donVi}": có thể Cấp công nhận hoặc Tên cấp đã đổi sau khi thiết lập.`,
    fix: FIX_RELAYOUT,
  }];
}
