// The district job's cursor and the rows it writes, pure: a run goes through the unit list in batches; a batch stops
// within its time budget; the next batch resumes at the cursor, so no unit is read twice in a run.
import { UnitAssessment } from './readUnit';
import { KET_QUA, LEVEL_IDS } from './schema';

export interface Cursor {
  readonly runId: string;
  /** Next unit (0-based index in the list). */
  readonly index: number;
  readonly total: number;
  readonly ok: number;
  readonly failed: number;
  readonly finished: boolean;
}

export function newCursor(runId: string, total: number): Cursor {
  return { runId, index: 0, total, ok: 0, failed: 0, finished: total === 0 };
}

export function parseCursor(raw: string | null): Cursor | null {
  if (!raw) return null;
  try {
    const c = JSON.parse(raw) as Cursor;
    return typeof c.index === 'number' && typeof c.runId === 'string' ? c : null;
  } catch {
    return null;
  }
}

/** One unit's row of "Kết quả", in the sheet's column order given by `columns` (field → 0-based column). */
export function resultRow(id: string, a: UnitAssessment, time: string, columns: Readonly<Record<string, number>>, width: number): unknown[] {
  const values: Record<string, unknown> = {
    ma: id, tenDonVi: a.name, mucTuNhan: a.claimed || '(không có)', mucTinhLai: a.recomputed,
    chenhLech: a.mismatches.join('; '), soLoi: a.errors, soCanhBao: a.warnings, phienBanMau: a.templateVersion, thoiGianDoc: time,
  };
  for (const id2 of LEVEL_IDS) values[`muc_${id2}`] = a.levels[id2] ?? '';
  const row: unknown[] = Array(width).fill('');
  for (const c of KET_QUA.columns) if (columns[c.key] !== undefined) row[columns[c.key]] = values[c.key] ?? '';
  return row;
}

/** Vietnamese reason for a failed read, from the error Apps Script raised. */
export function readFailure(message: string): string {
  if (/permission|quyền/i.test(message)) return 'Đơn vị chưa chia sẻ quyền xem bảng tính (hoặc đã thu hồi): hãy đề nghị đơn vị chia sẻ cho tài khoản của cơ quan.';
  if (/not found|không tìm thấy/i.test(message)) return 'Không tìm thấy bảng tính (đã bị xóa hoặc liên kết sai): hãy kiểm tra liên kết.';
  if (/Unable to parse range/i.test(message)) return 'Bảng tính không phải mẫu ĐVHT hoặc thiếu sheet: đề nghị đơn vị chạy ĐVHT → Thiết lập / nâng cấp mẫu.';
  return `Không đọc được: ${message}`;
}
