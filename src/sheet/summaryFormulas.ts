// The "Tổng hợp" sheet as rows of DVHT_* formulas over the input sheets, generated from where the columns really are.
// Formulas are written in Apps Script's formula syntax (commas between arguments; a vi_VN sheet shows semicolons).
import { ChiTieu, Tier, catalogue } from '../rules/catalogue';
import { columnLetter, quoteSheet } from './a1';
import { SHEET_NAMES } from './schema';
import { layoutMarker } from '../functions/layoutMarker';

/** Where a table sheet's header row and columns are (1-based). */
export interface PlacedColumns {
  readonly headerRow: number;
  readonly columns: Readonly<Record<string, number>>;
}

export interface SummaryInputs {
  readonly tier: Tier;
  /** Whether 3.1 has a learners' row: only where the unit's pupils are "Người học" (Điều 2.8), or the type is unknown. */
  readonly learnerRow: boolean;
  /** Thành viên and Người học, as set-up found or made them. */
  readonly tables: Readonly<Record<string, PlacedColumns>>;
  /** The Chỉ tiêu sheet: its columns, and the row of each chỉ tiêu. */
  readonly chiTieu: { readonly columns: Readonly<Record<string, number>>; readonly rowOf: Readonly<Record<string, number>> };
  /** The unit's options: the named block, or A1 cells when the settings rows are not adjacent. */
  readonly options: readonly string[];
}

export type SummaryRowKind = 'title' | 'header' | 'tieuChi' | 'chiTieu' | 'learners' | 'unit';

export interface SummaryRow {
  readonly kind: SummaryRowKind;
  /** Values and formulas ('=' first) for columns A–F. */
  readonly cells: readonly string[];
}

export const SUMMARY_HEADERS = ['Mã', 'Chỉ tiêu, tiêu chí', 'Số liệu', 'Tỉ lệ', 'Mức đạt', 'Điều còn thiếu'];
/** 1-based column of the level in the summary. */
export const SUMMARY_LEVEL_COLUMN = 5;

/** The whole header row of a table sheet ('Thành viên'!$1:$1): every column, however many the user added. */
function headerRowRef(inputs: SummaryInputs, sheet: string): string {
  const row = inputs.tables[sheet].headerRow;
  return `${quoteSheet(sheet)}!$${row}:$${row}`;
}

/**
 * A table column from its header row down, open at the bottom ('Thành viên'!$G$1:$G): it covers every row however
 * far the roster grows, Sheets moves the reference with the column when columns are inserted or moved, and the
 * header in the first cell lets DVHT_* check that the column is still the one it was (src/functions/headerRow.ts).
 * "Sheet1!A5:B" is unbounded at the bottom in Sheets' A1 notation (GridRange, Sheets API reference:
 * https://developers.google.com/sheets/api/reference/rest/v4/spreadsheets/other#GridRange).
 */
function columnRef(inputs: SummaryInputs, sheet: string, field: string): string {
  const t = inputs.tables[sheet];
  const c = t?.columns[field];
  if (!t || c === undefined) throw new Error(`Column ${sheet}.${field} is missing`);
  const l = columnLetter(c);
  return `${quoteSheet(sheet)}!$${l}$${t.headerRow}:$${l}`;
}

function chiTieuCell(inputs: SummaryInputs, id: string, field: string): string {
  const c = inputs.chiTieu.columns[field];
  const r = inputs.chiTieu.rowOf[id];
  if (c === undefined || r === undefined) throw new Error(`Chỉ tiêu ${id} or column ${field} is missing`);
  return `${quoteSheet(SHEET_NAMES.chiTieu)}!$${columnLetter(c)}$${r}`;
}

const MEMBER_FIELD: Record<string, string> = { '2.1': 'kyLuat', '2.2': 'boiDuong', '2.3': 'chuyenDoiSo', '2.4': 'ngoaiNgu', '2.5': 'danhHieu', '3.1': 'cdht' };

/** The data arguments of DVHT_LEVEL / DVHT_GAP for one chỉ tiêu (after its id), evidence included. */
function dataArgs(ct: ChiTieu, inputs: SummaryInputs): string[] {
  const tv = (f: string) => columnRef(inputs, SHEET_NAMES.thanhVien, f);
  const nh = (f: string) => columnRef(inputs, SHEET_NAMES.nguoiHoc, f);
  const cell = (f: string) => chiTieuCell(inputs, ct.id, f);
  switch (ct.rule.kind) {
    case 'memberShare': {
      const args = [tv(MEMBER_FIELD[ct.id]), tv('hoTen')];
      if (ct.rule.excludesToChucKinhTe) args.push(tv('thuocToChucKinhTe'));
      if (ct.rule.learners) args.push(nh('soDatCdht'), nh('siSo'));
      return [...args, cell('minhChung')];
    }
    case 'condition':
      return [cell('tuDanhGia'), cell('minhChung')];
    case 'collectiveTitle':
      return [cell('danhHieuTapThe'), cell('minhChung')];
    case 'digitalLevel':
      return [cell('mucChuyenDoiSo'), cell('diemDayHoc'), cell('diemQuanTri'), cell('minhChung')];
  }
}

function call(fn: string, args: readonly string[]): string {
  return `=${fn}(${args.join(', ')})`;
}

/** All rows of the summary; row numbers are 1-based in the order returned. */
export function summaryRows(inputs: SummaryInputs): SummaryRow[] {
  const rows: SummaryRow[] = [
    { kind: 'title', cells: ['TỔNG HỢP KẾT QUẢ TỰ ĐÁNH GIÁ “ĐƠN VỊ HỌC TẬP” (tự động tính, không sửa)', '', '', '', '', ''] },
    { kind: 'header', cells: SUMMARY_HEADERS },
  ];
  const levelCol = columnLetter(SUMMARY_LEVEL_COLUMN);
  // Every level formula names the tier the sheet is laid out for: a changed Cấp công nhận then shows on the sheet.
  const marker = `"${layoutMarker(inputs.tier)}"`;
  const tieuChiRows: number[] = [];
  for (const tc of catalogue(inputs.tier).tieuChi) {
    const tcRow = rows.length + 1;
    tieuChiRows.push(tcRow);
    const first = tcRow + 1;
    const chiTieuRows: number[] = [];
    const body: SummaryRow[] = [];
    for (const ct of tc.chiTieu) {
      const share = ct.rule.kind === 'memberShare';
      // Share chỉ tiêu also pass the Thành viên header row, so that a second column that could be theirs shows here.
      const args = [`"${ct.id}"`, ...dataArgs(ct, inputs), ...inputs.options, marker, ...(share ? [headerRowRef(inputs, SHEET_NAMES.thanhVien)] : [])];
      const tv = (f: string) => columnRef(inputs, SHEET_NAMES.thanhVien, f);
      const tallyArgs = share
        ? [tv(MEMBER_FIELD[ct.id]), tv('hoTen'), ...(ct.rule.kind === 'memberShare' && ct.rule.excludesToChucKinhTe ? [tv('thuocToChucKinhTe')] : [])]
        : [];
      chiTieuRows.push(first + body.length);
      body.push({
        kind: 'chiTieu',
        cells: [ct.id, `${ct.id}. ${ct.shortName}`, share ? call('DVHT_COUNT', tallyArgs) : '', share ? call('DVHT_PERCENT', tallyArgs) : '', call('DVHT_LEVEL', args), call('DVHT_GAP', args)],
      });
      if (ct.rule.kind === 'memberShare' && ct.rule.learners && inputs.learnerRow) {
        const l = [columnRef(inputs, SHEET_NAMES.nguoiHoc, 'soDatCdht'), columnRef(inputs, SHEET_NAMES.nguoiHoc, 'siSo')];
        body.push({ kind: 'learners', cells: ['', `${ct.id}. Người học đạt Công dân học tập (cơ sở giáo dục)`, call('DVHT_COUNT', l), call('DVHT_PERCENT', l), '', ''] });
      }
    }
    const levelRefs = chiTieuRows.map((r) => `${levelCol}${r}`);
    rows.push({ kind: 'tieuChi', cells: [tc.id, `Tiêu chí ${tc.no}: ${tc.title}`, '', '', call('DVHT_LEVEL', [`"${tc.id}"`, ...levelRefs, ...inputs.options, marker]), ''] });
    rows.push(...body);
  }
  rows.push({ kind: 'unit', cells: ['ĐV', 'Mức đạt của đơn vị', '', '', call('DVHT_LEVEL', ['"ĐV"', ...tieuChiRows.map((r) => `${levelCol}${r}`)]), ''] });
  return rows;
}
