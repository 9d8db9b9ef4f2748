// Part 7, "Báo cáo tự đánh giá": I. Đặt vấn đề, II. Tự đánh giá (every chỉ tiêu, verbatim, with computed figures),
// III. Kết luận chung — the structure of the S002 template, followed by S000 and S001, without their mistakes.
import { ChiTieuAssessment } from '../../assess/assessWorkbook';
import { ChiTieu, renderWording } from '../../rules/catalogue';
import { TieuChiResult } from '../../rules/evaluate';
import { cleanMultiline, cleanText } from '../../vocab/normalize';
import { closingBlock, headerBlock, missing, subject, titleBlock } from '../blocks';
import { ReportContext } from '../context';
import { Counts, chiTieuCounts, gradeFigures, levelText, ofTotal, shareSentence, staffFigures, tieuChiCounts, tieuChiLevelCounts } from '../figures';
import { Block, Paragraph, Table, bold, body, italic, para, textCell, textWidth, ND30_PAGE } from '../model';
import { TT24_CITATION, parseDateParts, shortDate, vnDate } from '../vnFormat';

const WIDTH = textWidth(ND30_PAGE);
const LETTERS = ['a', 'b', 'c', 'd', 'đ', 'e', 'g'];

function heading(text: string, level: 1 | 2 | 3): Paragraph {
  return para([bold(text)], { align: 'justify', firstLine: level === 1 ? 0 : 28.35, spaceBefore: level === 1 ? 12 : 6, spaceAfter: 6 });
}

/** The user's text as paragraphs (one per line), or a visible gap. */
function userText(raw: unknown, gap: string): Paragraph[] {
  const text = cleanMultiline(raw);
  if (!text) return [missing(gap)];
  return text.split('\n').filter((l) => l.trim()).map((l) => body(l));
}

function tinhHinhChung(ctx: ReportContext): Block[] {
  const staff = staffFigures(ctx.wb.members);
  const roles = staff.byRole.filter((r) => r.count > 0).map((r) => `${r.label}: ${r.count}`);
  const blocks: Block[] = [heading('1. Tình hình chung', 2)];
  blocks.push(body(`${ctx.unitName} có tổng số ${staff.total} thành viên (cán bộ quản lý, giáo viên, nhân viên, người lao động)${roles.length ? `, trong đó ${roles.join('; ')}` : ''}.`));
  if (ctx.isSchool) {
    const grades = gradeFigures(ctx.wb.classes);
    const classes = grades.reduce((n, g) => n + g.classes, 0);
    const learners = grades.reduce((n, g) => n + g.learners, 0);
    blocks.push(body(`Năm học hiện tại, đơn vị có ${classes} lớp với tổng số ${learners} người học.`));
    if (grades.length) {
      const table: Table = {
        kind: 'table', borders: true, headerRows: 1, widths: [WIDTH * 0.4, WIDTH * 0.3, WIDTH * 0.3],
        rows: [
          [textCell('Khối', { bold: true, align: 'center' }), textCell('Số lớp', { bold: true, align: 'center' }), textCell('Số người học', { bold: true, align: 'center' })],
          ...grades.map((g) => [textCell(`Khối ${g.grade}`), textCell(String(g.classes), { align: 'center' }), textCell(String(g.learners), { align: 'center' })]),
          [textCell('Tổng cộng', { bold: true }), textCell(String(classes), { bold: true, align: 'center' }), textCell(String(learners), { bold: true, align: 'center' })],
        ],
      };
      blocks.push(table);
    }
  }
  return blocks;
}

function mucDich(ctx: ReportContext): Block[] {
  return [
    heading('2. Mục đích tự đánh giá', 2),
    body(`${ctx.unitName} thực hiện tự đánh giá “Đơn vị học tập” theo ${TT24_CITATION}.`),
    body('Qua tự đánh giá, đơn vị xác định rõ điểm mạnh, tồn tại của từng tiêu chí, chỉ tiêu; từ đó xây dựng kế hoạch cải tiến, duy trì và nâng cao hoạt động học tập của các thành viên; đồng thời đề nghị cơ quan có thẩm quyền đánh giá, công nhận “Đơn vị học tập”.'),
  ];
}

function quaTrinh(ctx: ReportContext): Block[] {
  const s = ctx.wb.settings;
  const council = ctx.wb.council.filter((m) => cleanText(m.hoTen));
  const founded = parseDateParts(s.ngayThanhLapHoiDong);
  const met = parseDateParts(s.ngayHopHoiDong);
  const decision = cleanText(s.soQuyetDinhHoiDong);
  const steps: Paragraph[] = [];
  const councilWords = `Hội đồng tự đánh giá${council.length ? ` gồm ${council.length} thành viên` : ''}`;
  steps.push(body(`- ${founded ? `Ngày ${shortDate(founded)}, ` : ''}${ctx.headTitle.toLowerCase() === 'thủ trưởng đơn vị' ? 'thủ trưởng đơn vị' : ctx.headTitle} ban hành ${decision ? `Quyết định số ${decision}` : 'quyết định'} thành lập ${councilWords}; phân công thành viên phụ trách từng chỉ tiêu.`));
  steps.push(body('- Các thành viên thu thập, mã hóa minh chứng theo từng chỉ tiêu; tổng hợp số liệu của từng thành viên trong đơn vị và của người học; viết phiếu đánh giá chỉ tiêu.'));
  steps.push(body(`- ${met ? `Ngày ${shortDate(met)}, ` : ''}Hội đồng họp thông qua kết quả tự đánh giá và báo cáo tự đánh giá, đề nghị công nhận “Đơn vị học tập” ${ctx.tierName} năm ${ctx.year}.`));
  return [heading('3. Tóm tắt quá trình và những vấn đề nổi bật trong hoạt động tự đánh giá', 2), ...steps];
}

/** "a) Chỉ tiêu 1: <wording>" quoted verbatim for the tier; both levels' wording where they differ. */
function chiTieuHeading(ct: ChiTieu, ctx: ReportContext): Paragraph[] {
  const r = (t: string) => renderWording(t, ctx.tierName);
  const extra = ct.mamNonCongLapClause ? ` ${r(ct.mamNonCongLapClause)}` : '';
  const label = bold(`${LETTERS[ct.no - 1]}) Chỉ tiêu ${ct.no}: `);
  const opts = { align: 'justify' as const, firstLine: 28.35, spaceBefore: 6, spaceAfter: 6 };
  if (!ct.wording.muc2) return [para([label, bold(r(ct.wording.muc1) + extra)], opts)];
  return [
    para([label], opts),
    body(bold(`- Mức độ 1: ${r(ct.wording.muc1)}${extra}`)),
    body(bold(`- Mức độ 2: ${r(ct.wording.muc2)}`)),
  ];
}

function evidenceLines(c: ChiTieuAssessment): Paragraph[] {
  if (!c.evidence.length) return [body(bold('Minh chứng: '), italic('chưa có minh chứng (chỉ tiêu không có minh chứng phù hợp được đánh giá là không đạt).'))];
  const items = c.evidence.map((e) => {
    const doc = e.entry ? [cleanText(e.entry.ten), cleanText(e.entry.soNgay), cleanText(e.entry.noiBanHanh)].filter(Boolean).join(', ') : 'chưa có trong danh mục minh chứng';
    return `[${e.code}] ${doc}`;
  });
  return [body(bold('Minh chứng: '), items.join('; ') + '.')];
}

function figures(c: ChiTieuAssessment): Paragraph[] {
  const out: Paragraph[] = [];
  // A column the rules read could not be found: the level is "Chưa có dữ liệu" and the report says why.
  if (c.unreadable.length) out.push(missing(`số liệu của chỉ tiêu ${c.result.chiTieu.id}: chưa đọc được ${c.unreadable.join(', ')} (xem ĐVHT → Kiểm tra dữ liệu)`));
  if (c.members?.undecided) out.push(missing(`số liệu của chỉ tiêu ${c.result.chiTieu.id}: ${c.members.undecided} thành viên có giá trị không hợp lệ ở sheet "Thành viên" (xem ĐVHT → Kiểm tra dữ liệu)`));
  const sentence = shareSentence(c);
  if (sentence) out.push(body(bold('Số liệu: '), `${sentence}.`));
  const excluded = c.members?.excluded ?? [];
  if (excluded.length) {
    out.push(body(`Không thuộc diện tính (${excluded.length} thành viên): ${excluded.map((e) => `${e.name} (${e.reason})`).join('; ')}.`));
  }
  return out;
}

function chiTieuSection(c: ChiTieuAssessment, ctx: ReportContext): Block[] {
  const ct = c.result.chiTieu;
  const id = ct.id;
  const blocks: Block[] = chiTieuHeading(ct, ctx);
  if (c.result.level === 'na') {
    blocks.push(body(bold('Không áp dụng: '), `${c.result.reasons.join(' ').replace(/^Không áp dụng: /, '')} Chỉ tiêu này không tính vào số chỉ tiêu đạt, không đạt.`));
    return blocks;
  }
  blocks.push(heading(`${id}.1. Mô tả hiện trạng`, 3));
  blocks.push(...userText(c.row.moTa, `mô tả hiện trạng của chỉ tiêu ${id}`), ...figures(c), ...evidenceLines(c));
  blocks.push(heading(`${id}.2. Điểm mạnh`, 3), ...userText(c.row.diemManh, `điểm mạnh của chỉ tiêu ${id}`));
  blocks.push(heading(`${id}.3. Tồn tại`, 3), ...userText(c.row.tonTai, `tồn tại của chỉ tiêu ${id} (ghi "Không" nếu không có)`));
  blocks.push(heading(`${id}.4. Giải pháp khắc phục`, 3), ...userText(c.row.giaiPhap, `giải pháp khắc phục của chỉ tiêu ${id}`));
  blocks.push(para([bold(`${id}.5. Tự đánh giá: `), bold(levelText(c.result.level))], { align: 'justify', firstLine: 28.35, spaceAfter: 6 }));
  return blocks;
}

function countsSentence(c: Counts, what: string): string {
  const parts = [`${c.muc2} ${what} đạt mức độ 2`, `${c.muc1} ${what} đạt mức độ 1`, `${c.khongDat} ${what} không đạt`];
  if (c.noData) parts.push(`${c.noData} ${what} chưa có dữ liệu`);
  return `${c.total} ${what} áp dụng: ${parts.join(', ')}${c.notApplicable ? `; ${c.notApplicable} ${what} không áp dụng` : ''}`;
}

function countsTable(c: Counts): Table {
  const head = ['Số chỉ tiêu áp dụng', 'Đạt mức độ 2', 'Đạt mức độ 1', 'Không đạt', 'Không áp dụng'];
  const values = [c.total, c.muc2, c.muc1, c.khongDat, c.notApplicable].map(String);
  return {
    kind: 'table', borders: true, headerRows: 1, widths: head.map(() => WIDTH / head.length),
    rows: [head.map((h) => textCell(h, { bold: true, align: 'center' })), values.map((v) => textCell(v, { align: 'center' }))],
  };
}

function summaryOfTexts(items: readonly ChiTieuAssessment[], field: 'diemManh' | 'tonTai'): string[] {
  return items
    .filter((c) => c.result.level !== 'na')
    .map((c) => [c.result.chiTieu.id, cleanMultiline(c.row[field]).split('\n')[0]] as const)
    .filter(([, t]) => t && !/^không\.?$/i.test(t))
    .map(([id, t]) => `chỉ tiêu ${id}: ${t.replace(/[.;]+$/, '')}`);
}

function tieuChiSection(tc: TieuChiResult, ctx: ReportContext): Block[] {
  const items = tc.chiTieu.map((r) => ctx.a.chiTieu[r.chiTieu.id]);
  const blocks: Block[] = [heading(`${tc.tieuChi.no}. Tiêu chí ${tc.tieuChi.no}: ${tc.tieuChi.title}`, 2)];
  for (const c of items) blocks.push(...chiTieuSection(c, ctx));
  const counts = tieuChiLevelCounts(tc);
  const strengths = summaryOfTexts(items, 'diemManh');
  const weaknesses = summaryOfTexts(items, 'tonTai');
  blocks.push(heading(`Kết luận về Tiêu chí ${tc.tieuChi.no}`, 3));
  blocks.push(body(bold('Điểm mạnh nổi bật: '), strengths.length ? `${strengths.join('; ')}.` : italic('[Cần bổ sung: điểm mạnh của các chỉ tiêu]')));
  blocks.push(body(bold('Tồn tại cơ bản: '), weaknesses.length ? `${weaknesses.join('; ')}.` : 'Không có tồn tại đáng kể.'));
  blocks.push(body(`Tiêu chí ${tc.tieuChi.no} có ${countsSentence(counts, 'chỉ tiêu')}. Tiêu chí ${tc.tieuChi.no}: `, bold(levelText(tc.level)), '.'));
  blocks.push(countsTable(counts));
  return blocks;
}

function ketLuan(ctx: ReportContext): Block[] {
  const ct = chiTieuCounts(ctx);
  const tc = tieuChiCounts(ctx);
  const na = ctx.a.unit.tieuChi.flatMap((t) => t.chiTieu).filter((c) => c.level === 'na');
  const level = ctx.a.unit.level;
  const blocks: Block[] = [heading('III. KẾT LUẬN CHUNG', 1)];
  blocks.push(body(`- Số lượng các chỉ tiêu đạt: ${ofTotal(ct.dat, ct.total)}, trong đó đạt mức độ 2: ${ofTotal(ct.muc2, ct.total)}; số lượng các tiêu chí đạt: ${ofTotal(tc.dat, tc.total)}.`));
  blocks.push(body(`- Số lượng các chỉ tiêu không đạt: ${ofTotal(ct.total - ct.dat, ct.total)}; số lượng các tiêu chí không đạt: ${ofTotal(tc.total - tc.dat, tc.total)}.`));
  if (na.length) {
    blocks.push(body(`- Chỉ tiêu không áp dụng đối với đơn vị (không tính vào các số trên): ${na.map((c) => `${c.chiTieu.id} (${c.chiTieu.shortName})`).join('; ')}.`));
  }
  const byLevel = (l: 1 | 2) => ctx.a.unit.tieuChi.filter((t) => typeof t.level === 'number' && t.level >= l).length;
  const table: Table = {
    kind: 'table', borders: true, headerRows: 1, widths: [WIDTH * 0.4, WIDTH * 0.3, WIDTH * 0.3],
    rows: [
      [textCell('Mức độ', { bold: true, align: 'center' }), textCell('Số tiêu chí đạt', { bold: true, align: 'center' }), textCell('Số tiêu chí không đạt', { bold: true, align: 'center' })],
      [textCell('Mức độ 1'), textCell(String(byLevel(1)), { align: 'center' }), textCell(String(tc.total - byLevel(1)), { align: 'center' })],
      [textCell('Mức độ 2'), textCell(String(byLevel(2)), { align: 'center' }), textCell(String(tc.total - byLevel(2)), { align: 'center' })],
    ],
  };
  blocks.push(table);
  blocks.push(para([bold(`Mức tự đánh giá “Đơn vị học tập” năm ${ctx.year}: ${levelText(level)}.`)], { align: 'justify', firstLine: 28.35, spaceBefore: 6, spaceAfter: 6 }));
  blocks.push(heading('Đề xuất, kiến nghị', 3));
  if (level === 1 || level === 2) {
    blocks.push(body(`Đề nghị ${ctx.authority} xem xét, đánh giá và công nhận ${ctx.unitName} đạt “Đơn vị học tập” ${ctx.tierName} mức độ ${level} năm ${ctx.year}./.`));
  } else {
    blocks.push(body(`${ctx.unitName} chưa đủ điều kiện đề nghị công nhận “Đơn vị học tập” năm ${ctx.year}; đơn vị tiếp tục thực hiện các giải pháp khắc phục tồn tại nêu trên./.`));
  }
  return blocks;
}

export function selfReport(ctx: ReportContext): Block[] {
  return [
    headerBlock(ctx, 'BC'),
    ...titleBlock('BÁO CÁO', subject(ctx)),
    body(`Căn cứ ${TT24_CITATION};`),
    body(`${ctx.unitName} báo cáo kết quả tự đánh giá, đề nghị công nhận “Đơn vị học tập” ${ctx.tierName} năm ${ctx.year} như sau:`),
    heading('I. ĐẶT VẤN ĐỀ', 1),
    ...tinhHinhChung(ctx),
    ...mucDich(ctx),
    ...quaTrinh(ctx),
    heading('II. TỰ ĐÁNH GIÁ', 1),
    ...ctx.a.unit.tieuChi.flatMap((tc) => tieuChiSection(tc, ctx)),
    ...ketLuan(ctx),
    para([italic(`${ctx.place || '…………'}, ${vnDate(ctx.date)}`)], { align: 'right', spaceBefore: 12 }),
    closingBlock(ctx, [ctx.authority]),
  ];
}
