// The Bản tổng hợp kết quả tự đánh giá các tiêu chí, chỉ tiêu (TT 24 Điều 10.1.c, 16.1.c) in the form of S002's
// Phụ lục: eight columns — Tiêu chí (merged over its chỉ tiêu rows) | Chỉ tiêu | Xếp loại chỉ tiêu (Không đạt / Đạt mức
// độ 1 / Đạt mức độ 2) | Xếp loại tiêu chí (the same three, merged over the tiêu chí's rows) — an "x" in the one column
// of the level, and the closing "Đánh giá mức độ đạt được" with the counts.
import { Level, levelLabel } from '../../rules/levels';
import { signatureBlock, titleBlock, unitLine } from '../blocks';
import { ReportContext } from '../context';
import { chiTieuCounts, levelText, ofTotal, tieuChiCounts } from '../figures';
import { Block, Cell, Table, bold, para, run, textCell, textWidth, ND30_PAGE } from '../model';

const WIDTH = textWidth(ND30_PAGE);

/** The three sub-columns of each "Xếp loại" group, left to right, and the level each one marks. */
export const LEVEL_COLUMNS: readonly { readonly level: 0 | 1 | 2; readonly label: string }[] = [
  { level: 0, label: levelLabel(0) },
  { level: 1, label: levelLabel(1) },
  { level: 2, label: levelLabel(2) },
];

/** Column widths as shares of the text width: Tiêu chí, Chỉ tiêu, then the six level columns. */
const SHARES = [0.14, 0.11, 0.125, 0.125, 0.125, 0.125, 0.125, 0.125];

/** The mark written in the column of the level (S002's form: "x" in the one right column). */
export const MARK = 'x';

const c = (text: string, o: Parameters<typeof textCell>[1] = {}) => textCell(text, { align: 'center', ...o });
const covered = (): Cell => textCell('');

/**
 * The three level cells of one row (or, with `rowSpan`, of a merged tiêu chí): an "x" under the level. A level that
 * is not one of the three — "Không áp dụng" (TT24.md §2: shown as such, left out of every count, so never an "x"
 * under Không đạt or Đạt) or "Chưa có dữ liệu" — is written out in one cell over the three columns.
 */
function levelCells(level: Level, rowSpan?: number): Cell[] {
  if (level === 0 || level === 1 || level === 2) {
    return LEVEL_COLUMNS.map((col) => c(col.level === level ? MARK : '', { rowSpan, bold: col.level === level }));
  }
  return [c(levelText(level), { italic: true, span: 3, rowSpan }), covered(), covered()];
}

/** The table: two header rows with merged cells (repeated on every page), then one row per chỉ tiêu. */
export function summaryFormTable(ctx: ReportContext): Table {
  const head: Cell[][] = [
    [
      c('Tiêu chí', { bold: true, rowSpan: 2 }), c('Chỉ tiêu', { bold: true, rowSpan: 2 }),
      c('Xếp loại chỉ tiêu', { bold: true, span: 3 }), covered(), covered(),
      c('Xếp loại tiêu chí', { bold: true, span: 3 }), covered(), covered(),
    ],
    [covered(), covered(), ...LEVEL_COLUMNS.map((col) => c(col.label, { bold: true })), ...LEVEL_COLUMNS.map((col) => c(col.label, { bold: true }))],
  ];
  const rows: Cell[][] = [...head];
  for (const tc of ctx.a.unit.tieuChi) {
    const n = tc.chiTieu.length;
    tc.chiTieu.forEach((r, i) => {
      const first = i === 0;
      rows.push([
        first ? c(`Tiêu chí ${tc.tieuChi.no}`, { bold: true, rowSpan: n }) : covered(),
        c(String(r.chiTieu.no)),
        ...levelCells(r.level),
        ...(first ? levelCells(tc.level, n) : [covered(), covered(), covered()]),
      ]);
    });
  }
  return { kind: 'table', borders: true, headerRows: 2, keepRows: true, widths: SHARES.map((s) => s * WIDTH), rows, size: 12 };
}

/**
 * The result lines in S002's words ("Số lượng các chỉ tiêu đạt……… (…..%); số lượng các tiêu chí đạt…….. (….%)" and
 * "… không đạt …", Biên bản, Phụ lục), computed from the one assessment with integer shares; "Không áp dụng" items are
 * in no count and are named apart.
 */
export function resultCountTexts(ctx: ReportContext): string[] {
  const ct = chiTieuCounts(ctx);
  const tc = tieuChiCounts(ctx);
  const lines = [
    `Số lượng các chỉ tiêu đạt: ${ofTotal(ct.dat, ct.total)}; số lượng các tiêu chí đạt: ${ofTotal(tc.dat, tc.total)}.`,
    `Số lượng các chỉ tiêu không đạt: ${ofTotal(ct.total - ct.dat, ct.total)}; số lượng các tiêu chí không đạt: ${ofTotal(tc.total - tc.dat, tc.total)}.`,
  ];
  const na = ctx.a.unit.tieuChi.flatMap((t) => t.chiTieu).filter((r) => r.level === 'na');
  if (na.length) lines.push(`Chỉ tiêu không áp dụng đối với đơn vị (không tính vào các số trên): ${na.map((r) => r.chiTieu.id).join('; ')}.`);
  return lines;
}

/**
 * The whole part: title and unit as in S002, the table, "Đánh giá mức độ đạt được: …" (S002's closing line), the counts
 * and the head's signature (S002's form has none; TT 24 Điều 10.1.c makes it a document of the unit's dossier).
 */
export function summaryTable(ctx: ReportContext): Block[] {
  return [
    ...titleBlock('BẢN TỔNG HỢP KẾT QUẢ TỰ ĐÁNH GIÁ CÁC TIÊU CHÍ, CHỈ TIÊU', `“Đơn vị học tập” ${ctx.tierName} năm ${ctx.year}`, [unitLine(ctx)]),
    summaryFormTable(ctx),
    para([bold('Đánh giá mức độ đạt được: '), bold(levelText(ctx.a.unit.level))], { spaceBefore: 12, spaceAfter: 3 }),
    ...resultCountTexts(ctx).map((t) => para([run(`- ${t}`)], { align: 'justify', spaceAfter: 3 })),
    // NĐ 30/2020 Phụ lục I: the signature on the right half.
    signatureBlock([{ title: '' }, { title: ctx.headTitle, name: ctx.head, note: '(Ký tên, đóng dấu)' }]),
  ];
}
