// Problems with a table's header row, each at its header cell: a column the rules read that cannot be found, two
// columns that could be the same one, a near match next to the exact header.
import { Problem } from '../assess/problems';
import { cellA1, columnLetter } from './a1';
import { ColumnSpec, TableSheetSpec } from './schema';
import { HeaderIssue, TableLayout } from './table';
import { cleanText } from '../vocab/normalize';

export const FIX_SETUP = 'Chọn menu ĐVHT → Thiết lập / nâng cấp mẫu để tạo lại phần còn thiếu (dữ liệu đã nhập được giữ nguyên).';

/** A column the rules need: without it, what it feeds cannot be computed (never read as "everyone no"). */
export function isRulesColumn(c: ColumnSpec): boolean {
  return !!(c.rules || c.required);
}

/** What is shown of a header cell in a message: its text, or that it is empty. */
function shown(values: readonly unknown[], j: number, cell: string): string {
  const text = cleanText(values[j]);
  return text ? `ô ${cell} ghi "${text}"` : `ô ${cell} để trống (có thể do gộp ô hoặc xóa tiêu đề)`;
}

/**
 * Where a missing column most likely is: the cell after the previous template column, or before the next one, when no
 * other template column is there (a renamed or emptied header keeps its place).
 */
function expectedColumn(spec: TableSheetSpec, layout: TableLayout, c: ColumnSpec): number | undefined {
  const taken = new Set(Object.values(layout.columns));
  const i = spec.columns.indexOf(c);
  const prev = spec.columns.slice(0, i).reverse().find((x) => layout.columns[x.key] !== undefined);
  const next = spec.columns.slice(i + 1).find((x) => layout.columns[x.key] !== undefined);
  const candidates = [prev && layout.columns[prev.key] + 1, next && layout.columns[next.key] - 1];
  return candidates.find((j): j is number => j !== undefined && j >= 0 && !taken.has(j));
}

/**
 * "Có 2 cột cùng có thể là cột "2.1 …": G1 ("…"), O1 ("…"). …" — the same words in the check and in Tổng hợp (which
 * sees the header row's values but not its row number, so names columns: "cột G").
 */
export function ambiguityMessage(spec: TableSheetSpec, header: readonly unknown[], headerRow: number | null, issue: HeaderIssue): string {
  const c = spec.columns.find((x) => x.key === issue.key)!;
  const at = (j: number) => (headerRow === null ? `cột ${columnLetter(j + 1)}` : cellA1(headerRow, j + 1));
  const cells = issue.columns.map((j) => `${at(j)} ("${cleanText(header[j])}")`);
  return `Có ${issue.columns.length} cột cùng có thể là cột "${c.header}": ${cells.join(', ')}. ĐVHT không đoán cột nào đúng nên chưa đọc cột này.`;
}

/** The header problems of a located table; `unreadable` receives the fields the rules cannot read. */
export function headerProblems(values: readonly (readonly unknown[])[], spec: TableSheetSpec, layout: TableLayout, unreadable: string[]): Problem[] {
  const headerRow = layout.headerIndex + 1;
  const header = values[layout.headerIndex] ?? [];
  const at = (j: number) => cellA1(headerRow, j + 1);
  const out: Problem[] = [];
  for (const issue of layout.issues) {
    const c = spec.columns.find((x) => x.key === issue.key)!;
    if (issue.kind === 'ambiguous') {
      if (isRulesColumn(c)) unreadable.push(c.key);
      out.push({
        sheet: spec.name, cell: at(issue.columns[1]), field: c.key, value: cleanText(header[issue.columns[1]]), severity: 'loi',
        message: ambiguityMessage(spec, header, headerRow, issue),
        fix: `Chỉ để một cột tên "${c.header}"; đổi tên các cột còn lại (ví dụ thêm "(ghi chú)").`,
      });
    } else {
      const cells = issue.columns.map((j) => `${at(j)} ("${cleanText(header[j])}")`);
      out.push({
        sheet: spec.name, cell: at(issue.columns[1]), field: c.key, value: cleanText(header[issue.columns[1]]), severity: 'canhBao',
        message: `Cột ${cells.slice(1).join(', ')} có tên giống cột "${c.header}"; ĐVHT dùng cột ${cells[0]}.`,
        fix: `Nếu đó là cột khác, đổi tên để khỏi nhầm; nếu kết quả nằm ở cột đó, chuyển sang cột ${at(issue.columns[0])}.`,
      });
    }
  }
  for (const c of spec.columns) {
    if (layout.columns[c.key] !== undefined || layout.issues.some((i) => i.key === c.key) || !isRulesColumn(c)) continue;
    unreadable.push(c.key);
    const j = expectedColumn(spec, layout, c);
    const where = j === undefined ? '' : ` (${shown(header, j, at(j))})`;
    out.push({
      sheet: spec.name, cell: at(j ?? 0), field: c.key, value: j === undefined ? '' : cleanText(header[j]), severity: 'loi',
      message: `Không tìm thấy cột "${c.header}" ở dòng tiêu đề ${headerRow}${where}; phần dữ liệu của cột này chưa được tính.`,
      fix: j === undefined
        ? `Ghi lại tiêu đề "${c.header}" cho cột đó; nếu cột đã bị xóa: ${FIX_SETUP}`
        : `Ghi lại đúng tiêu đề "${c.header}" ở ô ${at(j)} (bỏ gộp ô nếu có); nếu cột đã bị xóa: ${FIX_SETUP}`,
    });
  }
  return out;
}
