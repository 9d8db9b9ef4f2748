// Ranges that start at a template table's header row ('Thành viên'!$G$1:$G, as Tổng hợp passes them): the header
// is checked against the column the argument must be, then dropped, so a renamed, emptied (merged) or shifted header
// is an error on the cell, never data read from the wrong column.
import { TableSheetSpec } from '../sheet/schema';
import { matchColumn } from '../sheet/table';
import { cleanText } from '../vocab/normalize';
import { UserError, isRange } from './args';

/** The top-left cell of a range (a column range arrives as rows of one cell). */
const firstCell = (v: readonly unknown[]): unknown => (Array.isArray(v[0]) ? v[0][0] : v[0]);

/** Whether a range's first cell is one of the sheet's column headers. */
export function startsWithHeader(v: unknown, spec: TableSheetSpec): boolean {
  if (!isRange(v) || !v.length) return false;
  const first = firstCell(v);
  return typeof first === 'string' && matchColumn(first, spec.columns) !== undefined;
}

/**
 * The range without its first row, once that row's header names one of `keys` (the fields the argument may be);
 * otherwise a Vietnamese error naming the header found and the one expected.
 */
export function dropHeader(v: unknown, spec: TableSheetSpec, keys: readonly string[]): unknown {
  if (!isRange(v) || !v.length) return v;
  const first = firstCell(v);
  const found = matchColumn(first, spec.columns);
  if (!found || !keys.includes(found.key)) {
    const expected = spec.columns.filter((c) => keys.includes(c.key)).map((c) => `"${c.header}"`).join(' hoặc ');
    const text = cleanText(first);
    const seen = text ? `có tiêu đề "${text}"` : 'có tiêu đề trống (có thể do gộp ô)';
    throw new UserError(
      `Cột dữ liệu ở sheet "${spec.name}" ${seen}, không phải cột ${expected}: chưa tính được. Ghi lại đúng tiêu đề (bỏ gộp ô nếu có), hoặc chọn ĐVHT → Thiết lập / nâng cấp mẫu.`,
    );
  }
  return v.slice(1);
}
