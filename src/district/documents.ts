// The receiving authority's documents (S002): Báo cáo thẩm định, Bản tổng hợp kết quả của từng đơn vị, Tờ trình đề
// nghị công nhận, Dự thảo Quyết định công nhận — from the recomputed results, never from the schools' own claims.
import { closingBlock, signatureBlock, titleBlock } from '../report/blocks';
import { Block, Cell, DocumentModel, ND30_PAGE, Part, bold, body, centered, italic, para, run, textCell, textWidth } from '../report/model';
import { DateParts, documentNumber, placeAndDate, upper } from '../report/vnFormat';
import { cleanText } from '../vocab/normalize';

const WIDTH = textWidth(ND30_PAGE);

export interface DistrictUnit {
  readonly name: string;
  readonly tc: readonly string[];
  /** Recomputed level label, or '' when the sheet could not be read. */
  readonly level: string;
  readonly claimed: string;
  readonly mismatches: string;
  readonly errors: number;
  /** Failing chỉ tiêu ids (recomputed "Không đạt" / "Chưa có dữ liệu"). */
  readonly failing: readonly string[];
  /** Why the unit could not be read, when it could not. */
  readonly readError: string;
}

export interface DistrictSettings {
  readonly parent: string;
  readonly authority: string;
  readonly approver: string;
  readonly tierName: string;
  readonly year: string;
  readonly place: string;
  readonly head: string;
  readonly headTitle: string;
  readonly number: string;
  readonly date: DateParts;
  readonly council: readonly { name: string; title: string; role: string }[];
}

function header(s: DistrictSettings, typeCode: string | null): Block {
  const left = [centered([run(upper(s.parent), { size: 12 })]), centered([bold(upper(s.authority), { size: 12 })]), centered([run('──────────', { size: 9 })])];
  if (typeCode) left.push(centered([run(typeCode === 'TTr' ? documentNumber(s.number, 'TTr') : documentNumber('', typeCode))]));
  const right = [
    centered([bold('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', { size: 12 })]), centered([bold('Độc lập - Tự do - Hạnh phúc')]),
    centered([run('────────────────────', { size: 9 })]), centered([italic(placeAndDate(s.place, s.date))]),
  ];
  return { kind: 'table', borders: false, widths: [WIDTH * 0.42, WIDTH * 0.58], rows: [[{ paragraphs: left }, { paragraphs: right }]] };
}


const achieved = (u: DistrictUnit) => u.level === 'Đạt mức độ 1' || u.level === 'Đạt mức độ 2';

export function notRecognisedReason(u: DistrictUnit): string {
  if (u.readError) return u.readError;
  const parts = [`kết quả tính lại: ${u.level || 'chưa có'}`];
  if (u.failing.length) parts.push(`chỉ tiêu chưa đạt: ${u.failing.join(', ')}`);
  if (u.errors) parts.push(`${u.errors} lỗi dữ liệu`);
  return parts.join('; ');
}

function unitTable(units: readonly DistrictUnit[]): Block {
  const head = ['TT', 'Đơn vị', 'Tiêu chí 1', 'Tiêu chí 2', 'Tiêu chí 3', 'Mức đánh giá', 'Ghi chú'];
  const rows: Cell[][] = [head.map((h) => textCell(h, { bold: true, align: 'center' }))];
  units.forEach((u, i) => rows.push([
    textCell(String(i + 1), { align: 'center' }), textCell(u.name), ...u.tc.map((l) => textCell(l, { align: 'center' })),
    textCell(u.level || 'Không đọc được', { bold: true, align: 'center' }),
    textCell(u.readError ? u.readError : u.mismatches ? 'Có chênh lệch với hồ sơ đơn vị' : u.errors ? `${u.errors} lỗi dữ liệu` : ''),
  ]));
  return { kind: 'table', borders: true, headerRows: 1, size: 11, widths: [0.06, 0.24, 0.12, 0.12, 0.12, 0.14, 0.2].map((w) => w * WIDTH), rows };
}

function listTable(rows: readonly (readonly string[])[], head: readonly string[], widths: readonly number[]): Block {
  return {
    kind: 'table', borders: true, headerRows: 1, size: 12, widths: widths.map((w) => w * WIDTH),
    rows: [head.map((h) => textCell(h, { bold: true, align: 'center' })), ...rows.map((r, i) => [textCell(String(i + 1), { align: 'center' }), ...r.map((c) => textCell(c))])],
  };
}

export function districtDocuments(s: DistrictSettings, units: readonly DistrictUnit[]): DocumentModel {
  const read = units.filter((u) => !u.readError);
  const m2 = read.filter((u) => u.level === 'Đạt mức độ 2');
  const m1 = read.filter((u) => u.level === 'Đạt mức độ 1');
  const recognised = units.filter(achieved);
  const notRecognised = units.filter((u) => !achieved(u));
  const mismatched = read.filter((u) => u.mismatches);
  const subject = `“Đơn vị học tập” ${s.tierName} năm ${s.year}`;
  const councilOk = s.council.length >= 5 && s.council.length % 2 === 1;

  const thamDinh: Block[] = [
    header(s, null),
    ...titleBlock('BÁO CÁO THẨM ĐỊNH', `Kết quả đánh giá, công nhận ${subject}`),
    body(`Hội đồng đánh giá gồm ${s.council.length} thành viên${s.council.length ? `: ${s.council.map((c) => `${c.name} (${c.role || c.title})`).join('; ')}` : ''}.`),
    ...(councilOk ? [] : [para([italic('[Cần bổ sung: Hội đồng đánh giá phải có số lẻ thành viên, ít nhất 5 người]')], { align: 'justify' })]),
    body(`Hội đồng đã kiểm tra hồ sơ của ${units.length} đơn vị; mọi mức đạt được tính lại từ dữ liệu gốc trong bảng tính của đơn vị theo Thông tư số 24/2023/TT-BGDĐT, không dựa trên số liệu tổng hợp do đơn vị tự ghi.`),
    body(`Kết quả: ${m2.length} đơn vị đạt mức độ 2; ${m1.length} đơn vị đạt mức độ 1; ${read.length - m1.length - m2.length} đơn vị chưa đạt; ${units.length - read.length} đơn vị không đọc được bảng tính.`),
    ...(mismatched.length ? [body(`Các đơn vị có mức tự đánh giá hoặc số liệu khác với kết quả tính lại (${mismatched.length}): ${mismatched.map((u) => `${u.name} (${u.mismatches})`).join('; ')}.`)] : [body('Không có đơn vị nào có mức tự đánh giá khác với kết quả tính lại.')]),
    body(`Hội đồng thống nhất đề nghị công nhận ${recognised.length} đơn vị đạt ${subject} (danh sách kèm theo)./.`),
    signatureBlock([{ title: 'Thư ký Hội đồng' }, { title: 'Chủ tịch Hội đồng', name: s.council.find((c) => /^chủ tịch$/i.test(c.role))?.name ?? '' }]),
  ];
  const tongHop: Block[] = [
    header(s, null),
    ...titleBlock('BẢN TỔNG HỢP', `Kết quả đánh giá các tiêu chí, chỉ tiêu của từng đơn vị — ${subject}`),
    unitTable(units),
    para([italic('Mức đánh giá là kết quả tính lại từ dữ liệu gốc của từng đơn vị.')], { size: 11, spaceBefore: 6 }),
  ];
  const toTrinh: Block[] = [
    header(s, 'TTr'),
    ...titleBlock('TỜ TRÌNH', `Về việc đề nghị công nhận ${subject}`),
    centered([run(`Kính gửi: ${s.approver}.`)], { spaceAfter: 12 }),
    body('Căn cứ Thông tư số 24/2023/TT-BGDĐT ngày 11 tháng 12 năm 2023 của Bộ trưởng Bộ Giáo dục và Đào tạo quy định về đánh giá, công nhận “Đơn vị học tập” cấp huyện, tỉnh;'),
    body(`Căn cứ kết quả thẩm định của Hội đồng đánh giá, ${s.authority} kính trình ${s.approver} xem xét, công nhận ${recognised.length} đơn vị đạt ${subject}, trong đó ${m2.length} đơn vị mức độ 2 và ${m1.length} đơn vị mức độ 1 (danh sách kèm theo).`),
    body(`Hồ sơ kèm theo gồm: Báo cáo thẩm định của Hội đồng; Bản tổng hợp kết quả đánh giá các tiêu chí, chỉ tiêu của từng đơn vị; Dự thảo Quyết định công nhận.`),
    body('Kính trình./.'),
    closingBlock(s, [s.approver]),
  ];
  const quyetDinh: Block[] = [
    centered([bold(upper(s.approver))]),
    ...titleBlock('QUYẾT ĐỊNH (DỰ THẢO)', `Về việc công nhận ${subject}`),
    body('Căn cứ Thông tư số 24/2023/TT-BGDĐT ngày 11 tháng 12 năm 2023 của Bộ trưởng Bộ Giáo dục và Đào tạo quy định về đánh giá, công nhận “Đơn vị học tập” cấp huyện, tỉnh;'),
    body(`Xét đề nghị của ${s.authority},`),
    centered([bold('QUYẾT ĐỊNH:')], { spaceBefore: 6, spaceAfter: 6 }),
    body(bold('Điều 1. '), `Công nhận ${recognised.length} đơn vị đạt ${subject} (có danh sách kèm theo).`),
    body(bold('Điều 2. '), 'Kết quả công nhận được bảo lưu trong thời gian 03 năm kể từ năm được công nhận; đơn vị đạt mức độ 1 có thể đề nghị đánh giá, công nhận mức độ 2 sau ít nhất 12 tháng kể từ ngày được công nhận.'),
    body(bold('Điều 3. '), `Quyết định có hiệu lực kể từ ngày ký. ${s.authority} và các đơn vị có tên tại Điều 1 chịu trách nhiệm thi hành Quyết định này./.`),
    para([bold('DANH SÁCH ĐƠN VỊ ĐƯỢC CÔNG NHẬN')], { align: 'center', spaceBefore: 12 }),
    listTable(recognised.map((u) => [u.name, u.level.replace('Đạt mức', 'Mức')]), ['TT', 'Đơn vị', 'Mức độ'], [0.08, 0.62, 0.3]),
    para([bold('DANH SÁCH ĐƠN VỊ CHƯA ĐƯỢC CÔNG NHẬN')], { align: 'center', spaceBefore: 12 }),
    listTable(notRecognised.map((u) => [u.name, notRecognisedReason(u)]), ['TT', 'Đơn vị', 'Lý do'], [0.08, 0.37, 0.55]),
  ];
  const parts: Part[] = [
    { id: 'baoCao', title: 'Báo cáo thẩm định của Hội đồng', blocks: thamDinh },
    { id: 'tongHop', title: 'Bản tổng hợp kết quả đánh giá các tiêu chí, chỉ tiêu của từng đơn vị', blocks: tongHop },
    { id: 'toTrinh', title: 'Tờ trình đề nghị công nhận', blocks: toTrinh },
    { id: 'minhChung', title: 'Dự thảo Quyết định công nhận', blocks: quyetDinh },
  ];
  return { name: `Văn bản công nhận ĐVHT ${s.year} - ${cleanText(s.authority)}`, page: ND30_PAGE, parts };
}
