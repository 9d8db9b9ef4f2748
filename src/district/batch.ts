// The district job's units, cursor and the rows it writes, pure: a unit is the spreadsheet its link names (a typed name
// is only shown); a run goes through the units in batches; a batch stops within its time budget; the next batch resumes
// at the cursor, so no unit is read twice in a run.
import { UnitAssessment, isMissingSheetReason, spreadsheetIdOf } from './readUnit';
import { KET_QUA, LEVEL_IDS } from './schema';
import { TEMPLATE_VERSION } from '../sheet/schema';
import { cleanText, foldKey } from '../vocab/normalize';

/** A row of Danh sách đơn vị: `row` is its 0-based index in the sheet's values (sheet row `row + 1`). */
export interface ListRow {
  readonly row: number;
  readonly name: string;
  readonly link: unknown;
}

/** A unit to read: its first row in the list, and the later rows that name the same spreadsheet. */
export interface ListedUnit extends ListRow {
  readonly id: string | undefined;
  readonly sameAs: readonly ListRow[];
}

/**
 * A unit is its spreadsheet (the id in its link), never the name anyone typed: rows linking the same spreadsheet are one
 * unit, read once, kept at its first row. Rows without a valid link stay units of their own (their read reports it).
 */
export function listUnits(rows: readonly ListRow[]): ListedUnit[] {
  const units: ListedUnit[] = [];
  const laterRows = new Map<string, ListRow[]>();
  for (const r of rows) {
    const id = spreadsheetIdOf(r.link);
    const same = id ? laterRows.get(id) : undefined;
    if (same) {
      same.push(r);
      continue;
    }
    const sameAs: ListRow[] = [];
    if (id) laterRows.set(id, sameAs);
    units.push({ ...r, id, sameAs });
  }
  return units;
}

/** Nhật ký detail for a later row of the list that links the same spreadsheet as an earlier one. */
export function duplicateRowNote(unit: ListedUnit, dup: ListRow): string {
  return `Dòng ${dup.row + 1} ("${dup.name}") và dòng ${unit.row + 1} ("${unit.name}") của Danh sách đơn vị cùng liên kết tới một bảng tính (mã ${unit.id}): đơn vị được đọc và tính một lần, theo dòng ${unit.row + 1}; hãy xóa dòng trùng hoặc sửa liên kết.`;
}

/**
 * Same name, as a person reads it: case, spacing, quotes and diacritics aside (foldKey). Anything else, "Trường TH Bình
 * Minh A" against "Trường Tiểu học Bình Minh A" included, is worth showing the officer: it may be an abbreviation, or a
 * school that typed a neighbour's name. The list's name is the one the documents use either way.
 */
export function sameName(a: unknown, b: unknown): boolean {
  return foldKey(a) === foldKey(b);
}

/** What the district notes about a unit it read: a typed name unlike the list's, missing optional sheets. */
export function unitNotes(a: UnitAssessment, listName: string): string[] {
  const notes: string[] = [];
  if (!sameName(a.name, listName)) {
    notes.push(a.name
      ? `Tên trong bảng tính của đơn vị "${a.name}" khác tên trong Danh sách đơn vị "${listName}"; văn bản dùng tên trong Danh sách đơn vị`
      : `Bảng tính của đơn vị chưa ghi tên đơn vị; văn bản dùng tên trong Danh sách đơn vị "${listName}"`);
  }
  return [...notes, ...a.notes];
}

/** Nhật ký detail for a unit read well: the recomputed level, counts, and every note. */
export function unitSummary(a: UnitAssessment, listName: string): string {
  const old = a.templateVersion && Number(a.templateVersion) < TEMPLATE_VERSION ? `; mẫu phiên bản ${a.templateVersion} (cũ)` : '';
  const notes = unitNotes(a, listName);
  return `${a.recomputed}; ${a.errors} lỗi, ${a.warnings} cảnh báo${a.mismatches.length ? `; ${a.mismatches.length} chênh lệch` : ''}${old}${notes.length ? `; ${notes.join('; ')}` : ''}`;
}

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

/**
 * One unit's row of "Kết quả", in the sheet's column order given by `columns` (field → 0-based column). The unit's name
 * is the list's (`listName`); the name the school typed is shown beside it.
 */
export function resultRow(id: string, a: UnitAssessment, time: string, columns: Readonly<Record<string, number>>, width: number, listName: string): unknown[] {
  const values: Record<string, unknown> = {
    ma: id, tenDonVi: cleanText(listName), tenTuGhi: a.name, ghiChu: unitNotes(a, cleanText(listName)).join('; '), mucTuNhan: a.claimed || '(không có)', mucTinhLai: a.recomputed,
    chenhLech: a.mismatches.join('; '), soLoi: a.errors, soCanhBao: a.warnings, phienBanMau: a.templateVersion, thoiGianDoc: time,
  };
  for (const id2 of LEVEL_IDS) values[`muc_${id2}`] = a.levels[id2] ?? '';
  const row: unknown[] = Array(width).fill('');
  for (const c of KET_QUA.columns) if (columns[c.key] !== undefined) row[columns[c.key]] = values[c.key] ?? '';
  return row;
}

/** Vietnamese reason for a failed read, from the error Apps Script raised. */
export function readFailure(message: string): string {
  if (isMissingSheetReason(message)) return message;
  if (/permission|quyền/i.test(message)) return 'Đơn vị chưa chia sẻ quyền xem bảng tính (hoặc đã thu hồi): hãy đề nghị đơn vị chia sẻ cho tài khoản của cơ quan.';
  if (/not found|không tìm thấy/i.test(message)) return 'Không tìm thấy bảng tính (đã bị xóa hoặc liên kết sai): hãy kiểm tra liên kết.';
  if (/Unable to parse range/i.test(message)) return 'Bảng tính không phải mẫu ĐVHT hoặc thiếu sheet: đề nghị đơn vị chạy ĐVHT → Thiết lập / nâng cấp mẫu.';
  return `Không đọc được: ${message}`;
}
