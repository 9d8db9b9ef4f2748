// The dossier's other parts in the bound order of TT24.md §6: cover, tờ trình, council list, summary table,
// abbreviations, minutes (biên bản) and the evidence list. The báo cáo is in selfReport.ts.
import { ChiTieu, allChiTieu, catalogue, renderWording } from '../../rules/catalogue';
import { parseEvidenceCodes } from '../../vocab/evidence';
import { cleanMultiline, cleanText, foldKey } from '../../vocab/normalize';
import { closingBlock, headerBlock, signatureBlock, subject, titleBlock, unitLine } from '../blocks';
import { ReportContext } from '../context';
import { chiTieuCounts, levelText, ofTotal, tieuChiCounts } from '../figures';
import { Block, Cell, Paragraph, Table, bold, body, cell, centered, para, run, textCell, textWidth, ND30_PAGE } from '../model';
import { DateParts, TT24_CITATION, parseDateParts, shortDate, upper, vnDate } from '../vnFormat';
import { resultCountTexts } from './summaryForm';

export { summaryTable } from './summaryForm';

const WIDTH = textWidth(ND30_PAGE);

export function coverPage(ctx: ReportContext): Block[] {
  const gap = (n: number) => Array.from({ length: n }, () => centered(['']));
  return [
    centered([run(upper(ctx.parent))]),
    centered([bold(upper(ctx.unitName))]),
    ...gap(10),
    centered([bold('HỒ SƠ', { size: 26 })]),
    centered([bold(`ĐỀ NGHỊ ĐÁNH GIÁ, CÔNG NHẬN “ĐƠN VỊ HỌC TẬP” ${upper(ctx.tierName)}`, { size: 16 })], { spaceBefore: 12 }),
    centered([bold(`NĂM ${ctx.year}`, { size: 16 })]),
    ...gap(14),
    centered([bold(`${ctx.place || '…………'}, năm ${ctx.date.year}`)]),
  ];
}

export function toTrinh(ctx: ReportContext): Block[] {
  const ct = chiTieuCounts(ctx);
  const tc = tieuChiCounts(ctx);
  const level = ctx.a.unit.level;
  return [
    headerBlock(ctx, 'TTr'),
    ...titleBlock('TỜ TRÌNH', `Về việc đề nghị đánh giá, công nhận “Đơn vị học tập” ${ctx.tierName} năm ${ctx.year}`),
    centered([run(`Kính gửi: ${ctx.authority}.`)], { spaceAfter: 12 }),
    body(`Căn cứ ${TT24_CITATION};`),
    body(`Căn cứ kết quả tự đánh giá của ${ctx.unitName} năm ${ctx.year},`),
    body(`${ctx.unitName} đã tự đánh giá theo các tiêu chí, chỉ tiêu “Đơn vị học tập” ${ctx.tierName}: số chỉ tiêu đạt ${ofTotal(ct.dat, ct.total)}, trong đó đạt mức độ 2 ${ofTotal(ct.muc2, ct.total)}; số tiêu chí đạt ${ofTotal(tc.dat, tc.total)}. Mức tự đánh giá: ${levelText(level)}.`),
    body(`${ctx.unitName} kính đề nghị ${ctx.authority} xem xét, đánh giá và công nhận ${ctx.unitName} đạt “Đơn vị học tập” ${ctx.tierName} ${level === 1 || level === 2 ? `mức độ ${level}` : ''} năm ${ctx.year}.`),
    body('Hồ sơ kèm theo gồm: Danh sách và chữ ký thành viên Hội đồng tự đánh giá; Bản tổng hợp kết quả tự đánh giá các tiêu chí, chỉ tiêu; Danh mục chữ viết tắt; Biên bản tự đánh giá; Báo cáo tự đánh giá; Danh mục các minh chứng.'),
    body('Kính trình./.'),
    closingBlock(ctx, [ctx.authority]),
  ];
}

/**
 * S002 Phụ lục: "DANH SÁCH VÀ CHỮ KÝ THÀNH VIÊN HỘI ĐỒNG TỰ ĐÁNH GIÁ", "Đơn vị: …", then TT | Họ và tên | Chức vụ |
 * Nhiệm vụ | ĐT liên lạc | Chữ ký — each member signs on their own row, so the rows are tall enough for a signature.
 */
export function councilList(ctx: ReportContext): Block[] {
  const members = ctx.wb.council.filter((m) => cleanText(m.hoTen));
  const head = ['TT', 'Họ và tên', 'Chức vụ', 'Nhiệm vụ', 'ĐT liên lạc', 'Chữ ký'];
  const widths = [0.06, 0.25, 0.19, 0.13, 0.19, 0.18].map((w) => w * WIDTH);
  const v = { vAlign: 'center' as const };
  const rows: Cell[][] = [
    head.map((h) => textCell(h, { bold: true, align: 'center', ...v })),
    ...members.map((m, i) => [
      textCell(String(i + 1), { align: 'center', ...v }), textCell(cleanText(m.hoTen), v), textCell(cleanText(m.chucVu), v),
      textCell(cleanText(m.nhiemVu), v), textCell(cleanText(m.dienThoai), { align: 'center', ...v }), textCell(''),
    ]),
  ];
  if (!members.length) rows.push([textCell(''), textCell('[Cần bổ sung: danh sách Hội đồng ở sheet Hội đồng]', { italic: true, span: 5 }), textCell(''), textCell(''), textCell(''), textCell('')]);
  return [
    ...titleBlock('DANH SÁCH VÀ CHỮ KÝ THÀNH VIÊN HỘI ĐỒNG TỰ ĐÁNH GIÁ', `“Đơn vị học tập” ${ctx.tierName} năm ${ctx.year}`, [unitLine(ctx)]),
    { kind: 'table', borders: true, headerRows: 1, minRowHeight: 28, keepRows: true, widths, rows, size: 12 },
  ];
}

/** Abbreviations that may appear in the dossier; only those actually used are listed. */
export const ABBREVIATIONS: readonly [string, string][] = [
  ['BGDĐT', 'Bộ Giáo dục và Đào tạo'], ['GD&ĐT', 'Giáo dục và Đào tạo'], ['UBND', 'Ủy ban nhân dân'], ['QĐ', 'Quyết định'],
  ['TT', 'Thông tư'], ['KH', 'Kế hoạch'], ['BC', 'Báo cáo'], ['TTr', 'Tờ trình'], ['CBQL', 'Cán bộ quản lý'], ['GV', 'Giáo viên'],
  ['NV', 'Nhân viên'], ['CDHT', 'Công dân học tập'], ['LĐTT', 'Lao động tiên tiến'], ['CSTĐCS', 'Chiến sĩ thi đua cơ sở'],
  ['TTLĐTT', 'Tập thể lao động tiên tiến'], ['TTLĐXS', 'Tập thể lao động xuất sắc'], ['CNTT', 'Công nghệ thông tin'],
  ['CĐS', 'Chuyển đổi số'], ['THCS', 'Trung học cơ sở'], ['THPT', 'Trung học phổ thông'], ['TH', 'Tiểu học'],
  ['GDNN', 'Giáo dục nghề nghiệp'], ['GDTX', 'Giáo dục thường xuyên'], ['GDĐH', 'Giáo dục đại học'], ['KHVN', 'Khuyến học Việt Nam'],
  ['TC', 'Tiêu chí'], ['DTTS', 'Dân tộc thiểu số'], ['VT', 'Văn thư'], ['ĐT', 'Điện thoại'], ['TTHTCĐ', 'Trung tâm học tập cộng đồng'],
  ['HTXSNV', 'Hoàn thành xuất sắc nhiệm vụ'], ['BDTX', 'Bồi dưỡng thường xuyên'],
];

/** The abbreviations used in the given texts, in first-seen order of the list above. */
export function usedAbbreviations(texts: readonly string[]): [string, string][] {
  const all = texts.join('\n');
  return ABBREVIATIONS.filter(([abbr]) => new RegExp(`(^|[^\\p{L}\\p{N}&])${abbr}(?=$|[^\\p{L}\\p{N}&])`, 'u').test(all)) as [string, string][];
}

export function abbreviations(ctx: ReportContext, used: readonly [string, string][]): Block[] {
  const widths = [0.1, 0.6, 0.3].map((w) => w * WIDTH);
  return [
    headerBlock(ctx, null),
    ...titleBlock('DANH MỤC CHỮ VIẾT TẮT', `Hồ sơ tự đánh giá “Đơn vị học tập” năm ${ctx.year}`),
    {
      kind: 'table', borders: true, headerRows: 1, widths,
      rows: [
        ['TT', 'Nội dung', 'Chữ viết tắt'].map((h) => textCell(h, { bold: true, align: 'center' })),
        ...used.map(([abbr, full], i) => [textCell(String(i + 1), { align: 'center' }), textCell(full), textCell(abbr, { align: 'center' })]),
      ],
    },
  ];
}

/** The wording of a chỉ tiêu for the biên bản's table: one paragraph, or "- Mức độ 1: …" / "- Mức độ 2: …". */
function wordingParagraphs(ct: ChiTieu, tierName: string): Paragraph[] {
  const r = (t: string) => renderWording(t, tierName);
  const extra = ct.mamNonCongLapClause ? ` ${r(ct.mamNonCongLapClause)}` : '';
  const p = (text: string) => para([run(text)], { spaceAfter: 0 });
  return ct.wording.muc2 ? [p(`- Mức độ 1: ${r(ct.wording.muc1)}${extra}`), p(`- Mức độ 2: ${r(ct.wording.muc2)}`)] : [p(r(ct.wording.muc1) + extra)];
}

/** "Nguyễn Văn A. Chức vụ: Hiệu trưởng" (S002: "Ông/Bà …… Chức vụ: ……"), or dots to fill in by hand. */
function personLine(m: { hoTen: unknown; chucVu?: unknown } | undefined, fallback?: { name: string; title: string }): string {
  if (m) return `${cleanText(m.hoTen)}. Chức vụ: ${cleanText(m.chucVu) || '……'}`;
  if (fallback?.name) return `${fallback.name}. Chức vụ: ${fallback.title}`;
  return 'Ông/Bà ……………… Chức vụ: ………………';
}

/** "08 giờ 00, ngày 06 tháng 01 năm 2026" (S002: "….… giờ …… ngày ….. tháng ….. năm …..") */
function meetingTime(d: DateParts | undefined): string {
  if (!d) return '…… giờ …… ngày …… tháng …… năm ……';
  const two = (n: number) => String(n).padStart(2, '0');
  return `${d.hour !== undefined ? `${two(d.hour)} giờ ${two(d.minute ?? 0)}, ` : '…… giờ ……, '}${vnDate(d)}`;
}

/**
 * Biên bản tự đánh giá in S002's form: the NĐ 30 header; "* Thời gian / * Địa điểm / * Thành phần: 1. Chủ trì,
 * 2. Thư ký, 3. Thành phần khác"; "Kết quả tự đánh giá, xếp loại như sau:" with TT | Nội dung tiêu chí | Minh chứng |
 * Tự đánh giá, xếp loại; "* Tự nhận xét, đánh giá:" (ưu điểm, tồn tại, hạn chế, kết quả with the counts, the level);
 * the closing sentences and the signatures THƯ KÝ / CÁC THÀNH VIÊN KHÁC / LÃNH ĐẠO ĐƠN VỊ.
 */
export function minutes(ctx: ReportContext): Block[] {
  const s = ctx.wb.settings;
  const council = ctx.wb.council.filter((m) => cleanText(m.hoTen));
  const chair = council.find((m) => foldKey(m.nhiemVu) === 'chu tich');
  const secretary = council.find((m) => foldKey(m.nhiemVu) === 'thu ky');
  const others = council.filter((m) => m !== chair && m !== secretary).map((m) => cleanText(m.hoTen));
  const met = parseDateParts(s.ngayHopHoiDong);
  const decision = cleanText(s.soQuyetDinhHoiDong);
  const head = ['TT', 'Nội dung tiêu chí', 'Minh chứng', 'Tự đánh giá, xếp loại'];
  const rows: Cell[][] = [head.map((h) => textCell(h, { bold: true, align: 'center', vAlign: 'center' }))];
  for (const t of ctx.a.unit.tieuChi) {
    rows.push([textCell(`Tiêu chí ${t.tieuChi.no}`, { bold: true }), textCell(t.tieuChi.title, { bold: true }), textCell(''), textCell(levelText(t.level), { bold: true, align: 'center' })]);
    for (const r of t.chiTieu) {
      const c = ctx.a.chiTieu[r.chiTieu.id];
      rows.push([
        textCell(`Chỉ tiêu ${r.chiTieu.no}`), cell(...wordingParagraphs(r.chiTieu, ctx.tierName)),
        textCell(r.level === 'na' ? '' : c.evidence.map((e) => e.code).join('; ') || 'Chưa có'),
        textCell(levelText(r.level), { align: 'center', italic: r.level === 'na' }),
      ]);
    }
  }
  const applicable = Object.values(ctx.a.chiTieu).filter((c) => c.result.level !== 'na');
  const strengths = applicable.map((c) => cleanMultiline(c.row.diemManh).split('\n')[0]).filter(Boolean);
  const weaknesses = applicable.map((c) => cleanMultiline(c.row.tonTai).split('\n')[0]).filter((t) => t && !/^không\.?$/i.test(t));
  const list = (xs: string[]) => xs.map((x) => x.replace(/[.;]+$/, '')).join('; ');
  return [
    headerBlock(ctx, null),
    ...titleBlock('BIÊN BẢN', subject(ctx)),
    body(`Thực hiện ${TT24_CITATION}, ${ctx.unitName} đã tiến hành tự đánh giá “Đơn vị học tập” ${ctx.tierName} năm ${ctx.year} theo quy định. Nội dung cụ thể như sau:`),
    body(bold('* Thời gian: '), `${meetingTime(met)}.`),
    body(bold('* Địa điểm: '), `${cleanText(s.diaDiemHop) || ctx.unitName}.`),
    body(bold('* Thành phần:')),
    body(`1. Chủ trì: ${personLine(chair, { name: ctx.head, title: ctx.headTitle })}${chair ? ', Chủ tịch Hội đồng tự đánh giá' : ''}.`),
    body(`2. Thư ký: ${personLine(secretary)}.`),
    body(`3. Thành phần khác: ${others.length ? `các thành viên Hội đồng tự đánh giá${decision ? ` (Quyết định số ${decision})` : ''}: ${others.join(', ')}` : '……………………'}.`),
    body('Kết quả tự đánh giá, xếp loại như sau:'),
    { kind: 'table', borders: true, headerRows: 1, keepRows: true, widths: [0.14, 0.48, 0.2, 0.18].map((w) => w * WIDTH), rows, size: 11 } as Table,
    body(bold('* Tự nhận xét, đánh giá:')),
    body(`- Ưu điểm: ${strengths.length ? list(strengths) : '……'}.`),
    body(`- Tồn tại, hạn chế: ${weaknesses.length ? list(weaknesses) : 'Không có tồn tại đáng kể'}.`),
    body('- Kết quả tự đánh giá:'),
    ...resultCountTexts(ctx).map((t) => body(`+ ${t}`)),
    body(bold(`- Mức tự đánh giá “Đơn vị học tập” năm ${ctx.year}: ${levelText(ctx.a.unit.level)}.`)),
    body('Kết quả đánh giá, xếp loại trên đã được tất cả các thành viên của Hội đồng tự đánh giá nhất trí và ký tên vào biên bản.'),
    body(`Buổi tự đánh giá kết thúc vào hồi …… giờ …… ${met ? `ngày ${shortDate(met)}` : 'cùng ngày'}./.`),
    signatureBlock([
      { title: 'Thư ký', name: secretary ? cleanText(secretary.hoTen) : '' },
      { title: 'Các thành viên khác', name: '' },
      { title: 'Lãnh đạo đơn vị', name: ctx.head, note: '(Ký, đóng dấu ghi rõ họ tên)' },
    ]),
  ];
}

export function evidenceList(ctx: ReportContext): Block[] {
  const rows: Cell[][] = [['TT', 'Mã minh chứng', 'Tên minh chứng', 'Số, ngày ban hành', 'Nơi ban hành', 'Ghi chú'].map((h) => textCell(h, { bold: true, align: 'center' }))];
  const register = ctx.wb.evidence.filter((e) => parseEvidenceCodes(e.ma).codes.length);
  let n = 0;
  for (const tc of catalogue(ctx.a.profile.tier).tieuChi) {
    rows.push([textCell(''), textCell(`Tiêu chí ${tc.no}: ${tc.title}`, { bold: true, span: 5 }), textCell(''), textCell(''), textCell(''), textCell('')]);
    for (const ct of tc.chiTieu) {
      const items = register.filter((e) => (parseEvidenceCodes(e.ma).codes[0] ?? '').startsWith(ct.evidenceGroup));
      for (const e of items) {
        n += 1;
        rows.push([
          textCell(String(n), { align: 'center' }), textCell(parseEvidenceCodes(e.ma).codes[0]), textCell(cleanText(e.ten)),
          textCell(cleanText(e.soNgay)), textCell(cleanText(e.noiBanHanh)), textCell(cleanText(e.ghiChu)),
        ]);
      }
    }
  }
  const others = register.filter((e) => !allChiTieu(ctx.a.profile.tier).some((ct) => (parseEvidenceCodes(e.ma).codes[0] ?? '').startsWith(ct.evidenceGroup)));
  for (const e of others) {
    n += 1;
    rows.push([textCell(String(n), { align: 'center' }), textCell(parseEvidenceCodes(e.ma).codes[0]), textCell(cleanText(e.ten)), textCell(cleanText(e.soNgay)), textCell(cleanText(e.noiBanHanh)), textCell(cleanText(e.ghiChu))]);
  }
  return [
    headerBlock(ctx, null),
    ...titleBlock('DANH MỤC CÁC MINH CHỨNG', `Hồ sơ tự đánh giá “Đơn vị học tập” ${ctx.tierName} năm ${ctx.year}`),
    { kind: 'table', borders: true, headerRows: 1, widths: [0.06, 0.14, 0.34, 0.18, 0.18, 0.1].map((w) => w * WIDTH), rows, size: 11 },
  ];
}
