// Texts the user still has to write for the báo cáo: listed by the data check, shown in the report as visible gaps.
import { Assessment } from '../assess/assessWorkbook';
import { Problem, SHEETS } from '../assess/problems';
import { cleanMultiline } from '../vocab/normalize';
import { ChiTieuRow } from '../workbook/records';

const TEXTS: readonly [keyof ChiTieuRow, string][] = [
  ['moTa', 'mô tả hiện trạng'],
  ['diemManh', 'điểm mạnh'],
  ['tonTai', 'tồn tại'],
  ['giaiPhap', 'giải pháp khắc phục'],
];

export function textGaps(a: Assessment): Problem[] {
  const out: Problem[] = [];
  for (const c of Object.values(a.chiTieu)) {
    if (c.result.level === 'na') continue;
    for (const [field, label] of TEXTS) {
      if (cleanMultiline(c.row[field])) continue;
      out.push({
        sheet: SHEETS.chiTieu, row: c.row.row, field, value: '', severity: 'canhBao',
        message: `Chỉ tiêu ${c.result.chiTieu.id} chưa có ${label}; báo cáo sẽ ghi "[Cần bổ sung: ${label} của chỉ tiêu ${c.result.chiTieu.id}]".`,
        fix: field === 'tonTai' ? 'Ghi tồn tại, hoặc "Không" nếu không có.' : `Viết ${label} vào sheet "${SHEETS.chiTieu}".`,
      });
    }
  }
  return out;
}
