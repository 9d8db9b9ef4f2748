// The dossier's other parts in the bound order of TT24.md §6: cover, tờ trình, council list, summary table,
// abbreviations, minutes (biên bản) and the evidence list. The báo cáo is in selfReport.ts.
import { allChiTieu, catalogue, renderWording } from '../../rules/catalogue';
import { parseEvidenceCodes } from '../../vocab/evidence';
import { cleanMultiline, cleanText, foldKey } from '../../vocab/normalize';
import { closingBlock, headerBlock, signatureBlock, subject, titleBlock } from '../blocks';
import { ReportContext } from '../context';
import { chiTieuCounts, levelText, ofTotal, tieuChiCounts } from '../figures';
import { Block, Cell, Table, bold, body, centered, italic, para, run, textCell, textWidth, ND30_PAGE } from '../model';
import { parseDateParts, upper, vnDate } from '../vnFormat';

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
    body('Căn cứ Thông tư số 24/2023/TT-BGDĐT ngày 11 tháng 12 năm 2023 của Bộ trưởng Bộ Giáo dục và Đào tạo quy định về đánh giá, công nhận “Đơn vị học tập” cấp huyện, tỉnh;'),
    body(`Căn cứ kết quả tự đánh giá của ${ctx.unitName} năm ${ctx.year},`),
    body(`${ctx.unitName} đã tự đánh giá theo các tiêu chí, chỉ tiêu “Đơn vị học tập” ${ctx.tierName}: số chỉ tiêu đạt ${ofTotal(ct.dat, ct.total)}, trong đó đạt mức độ 2 ${ofTotal(ct.muc2, ct.total)}; số tiêu chí đạt ${ofTotal(tc.dat, tc.total)}. Mức tự đánh giá: ${levelText(level)}.`),
    body(`${ctx.unitName} kính đề nghị ${ctx.authority} xem xét, đánh giá và công nhận ${ctx.unitName} đạt “Đơn vị học tập” ${ctx.tierName} ${level === 1 || level === 2 ? `mức độ ${level}` : ''} năm ${ctx.year}.`),
    body('Hồ sơ kèm theo gồm: Danh sách và chữ ký thành viên Hội đồng tự đánh giá; Bản tổng hợp kết quả tự đánh giá các tiêu chí, chỉ tiêu; Danh mục chữ viết tắt; Biên bản tự đánh giá; Báo cáo tự đánh giá; Danh mục các minh chứng.'),
    body('Kính trình./.'),
    closingBlock(ctx, [ctx.authority]),
  ];
}

export function councilList(ctx: ReportContext): Block[] {
  const members = ctx.wb.council.filter((m) => cleanText(m.hoTen));
  const head = ['TT', 'Họ và tên', 'Chức vụ', 'Nhiệm vụ', 'ĐT liên lạc', 'Chữ ký'];
  const widths = [0.06, 0.27, 0.2, 0.14, 0.19, 0.14].map((w) => w * WIDTH);
  const rows: Cell[][] = [
    head.map((h) => textCell(h, { bold: true, align: 'center' })),
    ...members.map((m, i) => [
      textCell(String(i + 1), { align: 'center' }), textCell(cleanText(m.hoTen)), textCell(cleanText(m.chucVu)),
      textCell(cleanText(m.nhiemVu)), textCell(cleanText(m.dienThoai), { align: 'center' }), textCell(''),
    ]),
  ];
  if (!members.length) rows.push([textCell(''), textCell('[Cần bổ sung: danh sách Hội đồng ở sheet Hội đồng]', { italic: true, span: 5 }), textCell(''), textCell(''), textCell(''), textCell('')]);
  return [
    headerBlock(ctx, null),
    ...titleBlock('DANH SÁCH VÀ CHỮ KÝ', `Thành viên Hội đồng tự đánh giá “Đơn vị học tập” ${ctx.tierName} năm ${ctx.year}`),
    { kind: 'table', borders: true, headerRows: 1, widths, rows, size: 12 },
    para([''], {}),
    signatureBlock([{ title: ctx.headTitle, name: ctx.head, note: '(Ký tên, đóng dấu)' }]),
  ];
}

/**
 * The summary table of S002 (Tiêu chí | Chỉ tiêu | Xếp loại chỉ tiêu | Xếp loại tiêu chí). The level is written out
 * ("Đạt mức độ 2") rather than marked with an "x" under three merged sub-columns: Google Docs cannot merge cells
 * from Apps Script, and a written level cannot be misread.
 */
export function summaryTable(ctx: ReportContext): Block[] {
  const widths = [0.17, 0.37, 0.23, 0.23].map((w) => w * WIDTH);
  const c = (t: string, o: Parameters<typeof textCell>[1] = {}) => textCell(t, { align: 'center', ...o });
  const rows: Cell[][] = [['Tiêu chí', 'Chỉ tiêu', 'Xếp loại chỉ tiêu', 'Xếp loại tiêu chí'].map((h) => c(h, { bold: true }))];
  for (const tc of ctx.a.unit.tieuChi) {
    tc.chiTieu.forEach((r, i) => {
      rows.push([
        c(i === 0 ? `Tiêu chí ${tc.tieuChi.no}` : '', { bold: i === 0 }),
        textCell(`Chỉ tiêu ${r.chiTieu.no}: ${r.chiTieu.shortName}`),
        c(levelText(r.level), { italic: r.level === 'na' }),
        c(i === 0 ? levelText(tc.level) : '', { bold: true }),
      ]);
    });
  }
  return [
    headerBlock(ctx, null),
    ...titleBlock('BẢN TỔNG HỢP', `Kết quả tự đánh giá các tiêu chí, chỉ tiêu “Đơn vị học tập” ${ctx.tierName} năm ${ctx.year}`),
    { kind: 'table', borders: true, headerRows: 1, widths, rows, size: 12 },
    para([bold('Đánh giá mức độ đạt được: '), bold(levelText(ctx.a.unit.level))], { spaceBefore: 12 }),
    para([italic('Chỉ tiêu "Không áp dụng" không tính vào số chỉ tiêu đạt, không đạt và không ảnh hưởng đến xếp loại tiêu chí.')], { size: 11 }),
    signatureBlock([{ title: ctx.headTitle, name: ctx.head, note: '(Ký tên, đóng dấu)' }]),
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

export function minutes(ctx: ReportContext): Block[] {
  const s = ctx.wb.settings;
  const council = ctx.wb.council.filter((m) => cleanText(m.hoTen));
  const chair = council.find((m) => foldKey(m.nhiemVu) === 'chu tich');
  const secretary = council.find((m) => foldKey(m.nhiemVu) === 'thu ky');
  const met = parseDateParts(s.ngayHopHoiDong);
  const ct = chiTieuCounts(ctx);
  const tc = tieuChiCounts(ctx);
  const rows: Cell[][] = [['TT', 'Nội dung tiêu chí', 'Minh chứng', 'Tự đánh giá'].map((h) => textCell(h, { bold: true, align: 'center' }))];
  for (const t of ctx.a.unit.tieuChi) {
    rows.push([textCell(`Tiêu chí ${t.tieuChi.no}`, { bold: true }), textCell(t.tieuChi.title, { bold: true }), textCell(''), textCell(levelText(t.level), { bold: true, align: 'center' })]);
    for (const r of t.chiTieu) {
      const c = ctx.a.chiTieu[r.chiTieu.id];
      rows.push([
        textCell(`Chỉ tiêu ${r.chiTieu.no}`), textCell(renderWording(r.chiTieu.wording.muc1, ctx.tierName)),
        textCell(r.level === 'na' ? '' : c.evidence.map((e) => e.code).join('; ') || 'Chưa có'), textCell(levelText(r.level), { align: 'center' }),
      ]);
    }
  }
  const strengths = Object.values(ctx.a.chiTieu).filter((c) => c.result.level !== 'na').map((c) => cleanMultiline(c.row.diemManh).split('\n')[0]).filter(Boolean);
  const weaknesses = Object.values(ctx.a.chiTieu).filter((c) => c.result.level !== 'na').map((c) => cleanMultiline(c.row.tonTai).split('\n')[0]).filter((t) => t && !/^không\.?$/i.test(t));
  return [
    headerBlock(ctx, null),
    ...titleBlock('BIÊN BẢN', subject(ctx)),
    body(`Thời gian: ${met ? vnDate(met) : '…… giờ …… ngày …… tháng …… năm ……'}.`),
    body(`Địa điểm: ${cleanText(s.diaDiemHop) || ctx.unitName}.`),
    body(`Chủ trì: ${chair ? `${cleanText(chair.hoTen)}, ${cleanText(chair.chucVu)}, Chủ tịch Hội đồng` : ctx.head ? `${ctx.head}, ${ctx.headTitle}` : '……'}.`),
    body(`Thư ký: ${secretary ? `${cleanText(secretary.hoTen)}, ${cleanText(secretary.chucVu)}` : '……'}.`),
    body(`Thành phần: ${council.length ? `${council.length} thành viên Hội đồng tự đánh giá` : 'các thành viên Hội đồng tự đánh giá'}${cleanText(s.soQuyetDinhHoiDong) ? ` (Quyết định số ${cleanText(s.soQuyetDinhHoiDong)})` : ''}.`),
    body(bold('Nội dung: '), `Hội đồng thông qua kết quả tự đánh giá “Đơn vị học tập” ${ctx.tierName} năm ${ctx.year} như sau:`),
    { kind: 'table', borders: true, headerRows: 1, widths: [0.14, 0.5, 0.18, 0.18].map((w) => w * WIDTH), rows, size: 11 } as Table,
    body(bold('Tự nhận xét:')),
    body(`- Ưu điểm: ${strengths.length ? strengths.map((x) => x.replace(/[.;]+$/, '')).join('; ') : '……'}.`),
    body(`- Tồn tại: ${weaknesses.length ? weaknesses.map((x) => x.replace(/[.;]+$/, '')).join('; ') : 'Không có tồn tại đáng kể'}.`),
    body(`- Số lượng các chỉ tiêu đạt: ${ofTotal(ct.dat, ct.total)}; số lượng các tiêu chí đạt: ${ofTotal(tc.dat, tc.total)}.`),
    body(`- Số lượng các chỉ tiêu không đạt: ${ofTotal(ct.total - ct.dat, ct.total)}; số lượng các tiêu chí không đạt: ${ofTotal(tc.total - tc.dat, tc.total)}.`),
    body(bold(`Kết luận: ${ctx.unitName} tự đánh giá “Đơn vị học tập” năm ${ctx.year}: ${levelText(ctx.a.unit.level)}.`)),
    body('Biên bản được thông qua toàn thể Hội đồng và kết thúc vào hồi …… giờ cùng ngày./.'),
    signatureBlock([
      { title: 'Thư ký', name: secretary ? cleanText(secretary.hoTen) : '' },
      { title: 'Các thành viên khác', name: '' },
      { title: 'Lãnh đạo đơn vị', name: ctx.head, note: '(Ký tên, đóng dấu)' },
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
