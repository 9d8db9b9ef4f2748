// The "Tổng hợp" sheet as rows of DVHT_* formulas over the input sheets, generated from where the columns really are.
// Formulas are written in Apps Script's formula syntax (commas between arguments; a vi_VN sheet shows semicolons).
import { ChiTieu, Tier, catalogue } from '../rules/catalogue';
import { columnLetter, quoteSheet } from './a1';
import { NAMED_COLUMNS, SHEET_NAMES } from './schema';

export interface SummaryInputs {
  readonly tier: Tier;
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

/** The named range over a table column (set up with the template). */
function column(sheet: string, field: string): string {
  const named = NAMED_COLUMNS.find((n) => n.sheet.name === sheet && n.field === field);
  if (!named) throw new Error(`No named range for ${sheet}.${field}`);
  return named.name;
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
  const tv = (f: string) => column(SHEET_NAMES.thanhVien, f);
  const nh = (f: string) => column(SHEET_NAMES.nguoiHoc, f);
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
  const tieuChiRows: number[] = [];
  for (const tc of catalogue(inputs.tier).tieuChi) {
    const tcRow = rows.length + 1;
    tieuChiRows.push(tcRow);
    const first = tcRow + 1;
    const chiTieuRows: number[] = [];
    const body: SummaryRow[] = [];
    for (const ct of tc.chiTieu) {
      const args = [`"${ct.id}"`, ...dataArgs(ct, inputs), ...inputs.options];
      const share = ct.rule.kind === 'memberShare';
      const tallyArgs = share
        ? [column(SHEET_NAMES.thanhVien, MEMBER_FIELD[ct.id]), column(SHEET_NAMES.thanhVien, 'hoTen'),
          ...(ct.rule.kind === 'memberShare' && ct.rule.excludesToChucKinhTe ? [column(SHEET_NAMES.thanhVien, 'thuocToChucKinhTe')] : [])]
        : [];
      chiTieuRows.push(first + body.length);
      body.push({
        kind: 'chiTieu',
        cells: [ct.id, `${ct.id}. ${ct.shortName}`, share ? call('DVHT_COUNT', tallyArgs) : '', share ? call('DVHT_PERCENT', tallyArgs) : '', call('DVHT_LEVEL', args), call('DVHT_GAP', args)],
      });
      if (ct.rule.kind === 'memberShare' && ct.rule.learners) {
        const l = [column(SHEET_NAMES.nguoiHoc, 'soDatCdht'), column(SHEET_NAMES.nguoiHoc, 'siSo')];
        body.push({ kind: 'learners', cells: ['', `${ct.id}. Người học đạt Công dân học tập (cơ sở giáo dục)`, call('DVHT_COUNT', l), call('DVHT_PERCENT', l), '', ''] });
      }
    }
    const levelRefs = chiTieuRows.map((r) => `${levelCol}${r}`);
    rows.push({ kind: 'tieuChi', cells: [tc.id, `Tiêu chí ${tc.no}: ${tc.title}`, '', '', call('DVHT_LEVEL', [`"${tc.id}"`, ...levelRefs, ...inputs.options]), ''] });
    rows.push(...body);
  }
  rows.push({ kind: 'unit', cells: ['ĐV', 'Mức đạt của đơn vị', '', '', call('DVHT_LEVEL', ['"ĐV"', ...tieuChiRows.map((r) => `${levelCol}${r}`)]), ''] });
  return rows;
}
