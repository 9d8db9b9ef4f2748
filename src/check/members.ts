// The roster itself: empty, names that are not names (only invisible characters or punctuation), and duplicates
// found whatever invisible characters, spacing, case, diacritics or Unicode form (NFC/NFD) the names were typed with.
import { Problem, SHEETS } from '../assess/problems';
import { allChiTieu, Tier } from '../rules/catalogue';
import { TableLayout } from '../sheet/table';
import { oddCharacters } from '../vocab/characters';
import { cleanText, foldKey, isFilled } from '../vocab/normalize';
import { MemberRow } from '../workbook/records';

/** The key two spellings of one name share: folded, without any space. */
function nameKey(raw: unknown): string {
  return foldKey(raw).replace(/ /g, '');
}

/** A name has at least one letter. */
function hasLetter(text: string): boolean {
  return /\p{L}/u.test(text);
}

/** An empty roster: every share chỉ tiêu lacks its denominator. Reported at the first data row's Họ và tên cell. */
export function emptyRoster(memberCount: number, layout: TableLayout | undefined, tier: Tier): Problem[] {
  if (memberCount > 0 || !layout || layout.columns.hoTen === undefined) return [];
  const shares = allChiTieu(tier).filter((c) => c.rule.kind === 'memberShare').map((c) => c.id);
  return [{
    sheet: SHEETS.thanhVien, row: layout.headerIndex + 2, field: 'hoTen', value: '', severity: 'loi',
    message: `Danh sách thành viên trống (chưa có dòng nào có họ tên): các chỉ tiêu ${shares.join(', ')} tính theo tỉ lệ thành viên nên chưa tính được.`,
    fix: 'Nhập mỗi cán bộ, giáo viên, nhân viên, người lao động một dòng: họ và tên và kết quả từng chỉ tiêu.',
  }];
}

/** Member columns that describe a person (not STT, which is often numbered ahead, nor the marks: see rosterOf). */
const DESCRIPTIVE: readonly (keyof MemberRow)[] = ['chucVu', 'boPhan', 'loai', 'thuocToChucKinhTe', 'lyDo', 'ghiChu'];

/**
 * Names that are not names. A blank name (or one of invisible characters only, which the reader removes) on a row
 * that describes someone: the row is not counted. Only punctuation or symbols ("—", "...", "-"): the row is counted
 * as a member in every share chỉ tiêu, as Tổng hợp counts it. `reported` holds the rows whose name cell already has a
 * problem (a row with marks but no name).
 */
export function nameProblems(members: readonly MemberRow[], reported: ReadonlySet<number | undefined>): Problem[] {
  const out: Problem[] = [];
  for (const m of members) {
    if (reported.has(m.row)) continue;
    const name = cleanText(m.hoTen);
    const at = { sheet: SHEETS.thanhVien, row: m.row, field: 'hoTen', severity: 'loi' as const };
    if (!name && DESCRIPTIVE.some((f) => isFilled(m[f]))) {
      out.push({
        ...at, value: '',
        message: 'Dòng có thông tin thành viên (chức vụ, bộ phận…) nhưng ô họ tên trống hoặc chỉ có ký tự ẩn nên dòng này không được tính.',
        fix: 'Xóa nội dung ô họ tên (phím Delete) rồi nhập họ và tên; nếu dòng này không phải thành viên, xóa cả dòng.',
      });
    } else if (name && !hasLetter(name)) {
      out.push({
        ...at, value: name,
        message: `Họ tên "${name}" không có chữ cái nào, không phải tên người, nhưng dòng này vẫn được tính là một thành viên ở mọi chỉ tiêu.`,
        fix: 'Ghi họ và tên thành viên, hoặc xóa dòng nếu không phải thành viên.',
      });
    } else if (oddCharacters(name).length) {
      // The check names the characters by code point (withCharacterNote); a look-alike hides a duplicate.
      out.push({
        ...at, value: name, severity: 'canhBao',
        message: `Họ tên "${name}" có chữ trông giống chữ Việt nhưng khác mã nên không so trùng được với cùng tên gõ bằng bàn phím thường.`,
        fix: 'Gõ lại họ tên bằng bàn phím tiếng Việt (không dán từ nguồn khác).',
      });
    }
  }
  return out;
}

/** The same person twice, compared on nameKey (a warning: two people may share a name). */
export function duplicateMembers(members: readonly MemberRow[]): Problem[] {
  const seen = new Map<string, number | undefined>();
  const out: Problem[] = [];
  for (const m of members) {
    const name = cleanText(m.hoTen);
    if (!hasLetter(name)) continue;
    const key = nameKey(m.hoTen);
    if (seen.has(key)) {
      out.push({
        sheet: SHEETS.thanhVien, row: m.row, field: 'hoTen', value: name, severity: 'canhBao',
        message: `"${name}" trùng họ tên với dòng ${seen.get(key) ?? '?'}: một người chỉ được ghi một lần.`,
        fix: 'Xóa dòng trùng; nếu là hai người cùng tên, ghi rõ ở cột Ghi chú hoặc Bộ phận.',
      });
    } else {
      seen.set(key, m.row);
    }
  }
  return out;
}
