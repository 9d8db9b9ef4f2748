// Turns the values of each sheet (one getValues per sheet) into the workbook's records, remembering where each came
// from so that every problem can name its cell.
import { Problem } from '../assess/problems';
import { allChiTieu } from '../rules/catalogue';
import { cleanText, isBlank } from '../vocab/normalize';
import { calendarOfDate, formatDate, isDateValue } from '../vocab/dates';
import { ChiTieuRow, ClassRow, CouncilRow, EvidenceRow, MemberRow, SchoolWorkbook, UnitSettings } from '../workbook/records';
import { cellA1 } from './a1';
import { FORM_VALUE_COLUMN, locateForm, readForm } from './form';
import { CHI_TIEU, DON_VI, HOI_DONG, MINH_CHUNG, NGUOI_HOC, TableSheetSpec, THANH_VIEN } from './schema';
import { FIX_SETUP, headerProblems, isRulesColumn } from './headerProblems';
import { TableLayout, TableRow, locateTable, readTableRows } from './table';

/** Values by sheet name, as getDataRange().getValues() returns them; undefined for a missing sheet. */
export type SheetValues = Readonly<Record<string, readonly (readonly unknown[])[] | undefined>>;

export interface WorkbookLayout {
  readonly tables: Readonly<Record<string, TableLayout | undefined>>;
  /** Row index (0-based) of each Đơn vị field. */
  readonly form: Readonly<Record<string, number>>;
}

export interface ReadResult {
  readonly workbook: SchoolWorkbook;
  readonly layout: WorkbookLayout;
  readonly problems: readonly Problem[];
}

function readTable(values: SheetValues, spec: TableSheetSpec, problems: Problem[], unreadable: Record<string, readonly string[]>): { rows: TableRow[]; layout?: TableLayout } {
  const v = values[spec.name];
  if (!v) {
    problems.push({ sheet: spec.name, message: `Không tìm thấy sheet "${spec.name}".`, fix: FIX_SETUP, severity: 'loi' });
    unreadable[spec.name] = spec.columns.filter(isRulesColumn).map((c) => c.key);
    return { rows: [] };
  }
  const layout = locateTable(v, spec);
  if (!layout) {
    unreadable[spec.name] = spec.columns.filter(isRulesColumn).map((c) => c.key);
    if (v.some((r) => r.some((c) => !isBlank(c)))) {
      problems.push({ sheet: spec.name, cell: 'A1', message: `Sheet "${spec.name}" không có dòng tiêu đề của mẫu ĐVHT.`, fix: FIX_SETUP, severity: 'loi' });
    }
    return { rows: [] };
  }
  const lost: string[] = [];
  problems.push(...headerProblems(v, spec, layout, lost));
  if (lost.length) unreadable[spec.name] = lost;
  const rows = readTableRows(v, layout);
  for (const r of rows) {
    for (const e of r.errors) {
      problems.push({
        sheet: spec.name, row: r.row, field: e.field, cell: cellA1(r.row, layout.columns[e.field] + 1), value: e.value,
        message: `Ô có lỗi công thức ${e.value}, được coi là trống.`, fix: 'Sửa công thức hoặc nhập giá trị trực tiếp.', severity: 'loi',
      });
    }
  }
  return { rows, layout };
}

function records<T>(rows: TableRow[]): T[] {
  return rows.map((r) => ({ ...r.record, row: r.row }) as T);
}

/**
 * Normalises a chỉ tiêu code typed or written in the "Mã" column: "2.5", 2.5, "2,5", "CT 2.5", and "2.5" that a
 * vi_VN Sheet read as the date 2 May (day.month) when the cell was not plain text.
 */
export function chiTieuIdOf(raw: unknown): string | undefined {
  if (isDateValue(raw)) {
    const d = calendarOfDate(raw);
    return d && d.day >= 1 && d.day <= 3 && d.month <= 6 ? `${d.day}.${d.month}` : undefined;
  }
  const m = /([1-3])\s*[.,]\s*([1-6])\s*$/.exec(cleanText(typeof raw === 'number' ? raw.toFixed(1) : raw));
  return m ? `${m[1]}.${m[2]}` : undefined;
}

export function readWorkbook(values: SheetValues): ReadResult {
  const problems: Problem[] = [];
  const formValues = values[DON_VI.name];
  let form: Record<string, number> = {};
  let settings: Record<string, unknown> = {};
  if (!formValues) {
    problems.push({ sheet: DON_VI.name, message: `Không tìm thấy sheet "${DON_VI.name}".`, fix: FIX_SETUP, severity: 'loi' });
  } else {
    form = locateForm(formValues, DON_VI);
    settings = readForm(formValues, form, DON_VI);
  }
  const unreadable: Record<string, readonly string[]> = {};
  const members = readTable(values, THANH_VIEN, problems, unreadable);
  const classes = readTable(values, NGUOI_HOC, problems, unreadable);
  const chiTieuTable = readTable(values, CHI_TIEU, problems, unreadable);
  const evidence = readTable(values, MINH_CHUNG, problems, unreadable);
  const council = readTable(values, HOI_DONG, problems, {});

  const known = new Set([...allChiTieu('huyen'), ...allChiTieu('tinh')].map((c) => c.id));
  const chiTieu: Record<string, ChiTieuRow> = {};
  for (const r of chiTieuTable.rows) {
    const id = chiTieuIdOf(r.record.ma);
    const cell = chiTieuTable.layout ? cellA1(r.row, chiTieuTable.layout.columns.ma + 1) : undefined;
    if (!id || !known.has(id)) {
      problems.push({ sheet: CHI_TIEU.name, row: r.row, field: 'ma', cell, value: cleanText(r.record.ma), message: `Mã chỉ tiêu "${cleanText(r.record.ma)}" không có trong Thông tư 24; dòng này không được đọc.`, fix: 'Không sửa cột Mã; chạy Thiết lập / nâng cấp mẫu để khôi phục các dòng chỉ tiêu.', severity: 'loi' });
      continue;
    }
    if (chiTieu[id]) {
      problems.push({ sheet: CHI_TIEU.name, row: r.row, field: 'ma', cell, value: id, message: `Chỉ tiêu ${id} xuất hiện hai lần; chỉ dòng đầu tiên được đọc.`, fix: 'Xóa dòng trùng.', severity: 'loi' });
      continue;
    }
    if (isDateValue(r.record.ma)) {
      const shown = formatDate(calendarOfDate(r.record.ma)!);
      problems.push({
        sheet: CHI_TIEU.name, row: r.row, field: 'ma', cell, value: shown, severity: 'canhBao',
        message: `Mã chỉ tiêu ở ô này đã bị Google Sheets đọc thành ngày ${shown}; ĐVHT hiểu là chỉ tiêu ${id}.`,
        fix: `Định dạng ô là văn bản thuần (Định dạng → Số → Văn bản thuần) rồi gõ lại "${id}", hoặc chạy ĐVHT → Thiết lập / nâng cấp mẫu.`,
      });
    }
    chiTieu[id] = { ...(r.record as ChiTieuRow), row: r.row };
  }

  const workbook: SchoolWorkbook = {
    settings: settings as unknown as UnitSettings,
    members: records<MemberRow>(members.rows),
    classes: records<ClassRow>(classes.rows),
    chiTieu,
    evidence: records<EvidenceRow>(evidence.rows),
    council: records<CouncilRow>(council.rows),
    unreadableColumns: unreadable,
  };
  const layout: WorkbookLayout = {
    tables: {
      [THANH_VIEN.name]: members.layout, [NGUOI_HOC.name]: classes.layout, [CHI_TIEU.name]: chiTieuTable.layout,
      [MINH_CHUNG.name]: evidence.layout, [HOI_DONG.name]: council.layout,
    },
    form,
  };
  return { workbook, layout, problems };
}

/** The A1 cell of a problem, from its sheet, row and field, when the layout knows the column. */
export function problemCell(p: Problem, layout: WorkbookLayout): string | undefined {
  if (p.cell) return p.cell;
  if (p.sheet === DON_VI.name && p.field && layout.form[p.field] !== undefined) return cellA1(layout.form[p.field] + 1, FORM_VALUE_COLUMN + 1);
  const t = layout.tables[p.sheet];
  if (!t || p.row === undefined) return undefined;
  const c = p.field !== undefined ? t.columns[p.field] : undefined;
  return c === undefined ? `A${p.row}` : cellA1(p.row, c + 1);
}
