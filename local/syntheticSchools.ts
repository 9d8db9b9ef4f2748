// Synthetic school workbooks for the district's scale and fault tests: varied sizes and faults, written straight into
// the in-memory spreadsheets (fast), with the layout of the template.
import { allChiTieu } from '../src/rules/catalogue';
import { CHI_TIEU, DON_VI, MINH_CHUNG, NGUOI_HOC, SHEET_NAMES, THANH_VIEN, TEMPLATE_VERSION } from '../src/sheet/schema';
import { FakeSpreadsheet } from './spreadsheet';
import type { SpreadsheetAppControls } from './spreadsheet';
import { spreadsheetUrl } from './spreadsheet/spreadsheet';

export type Fault = 'none' | 'notShared' | 'deleted' | 'notTemplate' | 'badData' | 'claimsHigher' | 'oldTemplate' | 'injection';

export interface SyntheticSchool {
  readonly name: string;
  readonly link: string;
  readonly id: string;
  readonly fault: Fault;
  readonly members: number;
}

/** Small deterministic PRNG (mulberry32). */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const FAULTS: readonly [Fault, number][] = [
  ['none', 70], ['notShared', 4], ['deleted', 3], ['notTemplate', 3], ['badData', 8], ['claimsHigher', 8], ['oldTemplate', 3], ['injection', 1],
];

function pick(r: () => number): Fault {
  const total = FAULTS.reduce((n, [, w]) => n + w, 0);
  let x = r() * total;
  for (const [f, w] of FAULTS) if ((x -= w) < 0) return f;
  return 'none';
}

function writeSheet(ss: FakeSpreadsheet, name: string, rows: unknown[][]): void {
  const sheet = ss.insertSheet(name);
  const width = Math.max(...rows.map((r) => r.length));
  const grid = rows.map((r) => [...r, ...Array(width - r.length).fill('')]);
  if (grid.length > sheet.getMaxRows()) sheet.insertRowsAfter(sheet.getMaxRows(), grid.length - sheet.getMaxRows());
  if (width > sheet.getMaxColumns()) sheet.insertColumnsAfter(sheet.getMaxColumns(), width - sheet.getMaxColumns());
  // The template's cells are plain text: what the school typed stays text ("1.1" would be 1 January in a vi_VN sheet).
  sheet.getRange(1, 1, grid.length, width).setNumberFormat('@').setValues(grid);
}

/** A school made to order, for tests of one case (the list's name, a typed name, a wide sheet, a deleted sheet). */
export interface SchoolOptions {
  readonly fault?: Fault;
  /** The name listed in Danh sách đơn vị (default "Trường số <i>"). */
  readonly name?: string;
  /** The name the school typed in its own Đơn vị sheet (default: the listed name). */
  readonly typedName?: string;
  /** 'all': every member meets every chỉ tiêu (mức độ 2); 'poor': a third lack kỷ luật lao động (2.1 Không đạt). */
  readonly members?: 'random' | 'all' | 'poor';
  /** Columns the school inserted in Thành viên between "Họ và tên" and the rule columns (they move beyond Z). */
  readonly extraMemberColumns?: number;
  /** Sheets the school deleted. */
  readonly without?: readonly string[];
}

function school(app: SpreadsheetAppControls, i: number, r: () => number, opts: SchoolOptions = {}): SyntheticSchool {
  const fault = opts.fault ?? pick(r);
  const members = 15 + Math.floor(r() * 120);
  const id = `1DvhtSynthetic${String(i).padStart(6, '0')}abcdefghij`;
  const name = opts.name ?? (fault === 'injection' ? `=HYPERLINK("http://x.invalid";"Trường ${i}")` : `Trường số ${i}`);
  const link = spreadsheetUrl(id);
  if (fault === 'deleted') return { name, link, id, fault, members };
  const ss = app.createSpreadsheet(name, id);
  if (fault === 'notShared') app.denyAccess(id);
  if (fault === 'notTemplate') {
    ss.getSheets()[0].getRange('A1:B2').setValues([['Danh sách', ''], ['Lớp 6A1', 40]]);
    return { name, link, id, fault, members };
  }
  const all = opts.members === 'all';
  const yes = () => (r() < 0.96 || all ? 'x' : '');
  const extra = Array.from({ length: opts.extraMemberColumns ?? 0 }, (_, k) => `Ghi chú ${k + 1}`);
  const write = (sheet: string, rows: unknown[][]) => {
    if (!opts.without?.includes(sheet)) writeSheet(ss, sheet, rows);
  };
  write(DON_VI.name, [
    // The name is typed into a plain-text cell: text, never a formula (the injection school's "=HYPERLINK(…)").
    ['Thông tin', 'Giá trị'], ['Tên đơn vị', opts.typedName ?? name], ['Cơ quan chủ quản', 'UBND xã'], ['Loại đơn vị', 'Trường trung học cơ sở'],
    ['Công lập hay ngoài công lập', 'Công lập'], ['Cấp công nhận', 'cấp huyện'], ['Năm đánh giá', 2025], ['Địa danh', 'Bình Minh'],
  ]);
  write(THANH_VIEN.name, [
    ['STT', 'Họ và tên', ...extra, '2.1 Kỷ luật lao động', '2.2 Hoàn thành bồi dưỡng', '2.3 Chuyển đổi số', '2.4 Ngoại ngữ / tiếng DTTS', '2.5 Danh hiệu thi đua', '3.1 Công dân học tập', 'Thuộc tổ chức kinh tế'],
    ...Array.from({ length: members }, (_, k) => [
      k + 1, `Thành viên ${k + 1}`, ...extra.map((_, e) => `ghi chú ${e + 1} của thành viên ${k + 1}`),
      fault === 'badData' && k === 3 ? 'tốt' : opts.members === 'poor' && k % 3 === 0 ? '' : yes(), yes(), yes(), r() < 0.75 || all ? 'x' : '', r() < 0.95 || all ? 'LĐTT' : '', yes(), '',
    ]),
  ]);
  write(NGUOI_HOC.name, [['Lớp', 'Sĩ số', 'Số đạt Công dân học tập'], ...Array.from({ length: 8 }, (_, k) => [`6A${k + 1}`, 40, 40 - Math.floor(r() * 3)])]);
  write(CHI_TIEU.name, [
    ['Mã', 'Tự đánh giá', 'Mức chuyển đổi số (3.4)', 'Danh hiệu tập thể (3.3)', 'Mã minh chứng', 'Mô tả hiện trạng'],
    ...allChiTieu('huyen').map((c) => [c.id, fault === 'claimsHigher' ? 'Đạt mức độ 2' : 'Đạt', c.id === '3.4' ? 'Mức đáp ứng tốt' : '', c.id === '3.3' ? 'Tập thể lao động tiên tiến' : '', `${c.evidenceGroup}-01`, 'Đã thực hiện.']),
  ]);
  write(MINH_CHUNG.name, [['Mã minh chứng', 'Tên minh chứng'], ...allChiTieu('huyen').map((c) => [`${c.evidenceGroup}-01`, `Minh chứng ${c.id}`])]);
  // The school's own summary: what it claims (the district never trusts it).
  write(SHEET_NAMES.tongHop, [['TỔNG HỢP'], ['Mã', 'Chỉ tiêu', 'Số liệu', 'Tỉ lệ', 'Mức đạt'], ['ĐV', 'Mức đạt của đơn vị', '', '', fault === 'claimsHigher' ? 'Đạt mức độ 2' : '']]);
  write(SHEET_NAMES.huongDan, [['HƯỚNG DẪN'], [`Phiên bản mẫu ĐVHT: ${fault === 'oldTemplate' ? 1 : TEMPLATE_VERSION}.`]]);
  return { name, link, id, fault, members };
}

/** School number `i` made to `opts`, without a fault unless asked (its own seed: the same school on every run). */
export function syntheticSchool(app: SpreadsheetAppControls, i: number, opts: SchoolOptions = {}, seed = 1000 + i): SyntheticSchool {
  return school(app, i, prng(seed), { fault: 'none', ...opts });
}

/** `count` schools with a fixed seed: the same schools on every run. */
export function syntheticSchools(app: SpreadsheetAppControls, count: number, seed = 24): SyntheticSchool[] {
  const r = prng(seed);
  return Array.from({ length: count }, (_, i) => school(app, i + 1, r));
}
