// The receiving authority's documents, from the recomputed results (never from the schools' own claims), each unit
// once by its spreadsheet id with the name of Danh sách đơn vị. The hồ sơ trình of Điều 10.2.đ / 16.2.đ: Tờ trình đề
// nghị công nhận; Báo cáo thẩm định của Hội đồng; Bản tổng hợp kết quả đánh giá các tiêu chí, chỉ tiêu của từng đơn vị;
// dự thảo Quyết định công nhận. At cấp huyện also the Phòng's report to the Sở (Điều 20.3). NĐ 30/2020 layout.
import { closingBlock, signatureBlock, titleBlock } from '../report/blocks';
import { Block, Cell, DocumentModel, ND30_PAGE, Paragraph, Part, bold, body, centered, italic, para, run, textCell, textWidth } from '../report/model';
import { DateParts, TT24_CITATION, documentNumber, placeAndDate, upper } from '../report/vnFormat';
import { Tier, catalogue } from '../rules/catalogue';
import { cleanText, foldKey } from '../vocab/normalize';
import { RETENTION, UPGRADE } from './recognition';
import { DistrictUnit, failingChiTieu, isRecognised } from './units';

export type { DistrictUnit } from './units';

const WIDTH = textWidth(ND30_PAGE);

export interface DistrictSettings {
  readonly parent: string;
  readonly authority: string;
  readonly approver: string;
  readonly tier: Tier;
  readonly tierName: string;
  readonly year: string;
  readonly place: string;
  readonly head: string;
  readonly headTitle: string;
  readonly number: string;
  readonly date: DateParts;
  readonly council: readonly { name: string; title: string; role: string }[];
  /** "45/QĐ-UBND ngày 10/02/2026": the decisions of the year in the Công nhận register, for the report to the Sở. */
  readonly decisions?: readonly string[];
}

/** Short level codes of the Bản tổng hợp, explained under its table. */
const SHORT: Readonly<Record<string, string>> = {
  'Đạt mức độ 2': 'M2', 'Đạt mức độ 1': 'M1', 'Không đạt': 'KĐ', 'Không áp dụng': 'KAD', 'Chưa có dữ liệu': 'CDL',
};
const LEGEND = 'M2: Đạt mức độ 2; M1: Đạt mức độ 1; KĐ: Không đạt; KAD: Không áp dụng; CDL: Chưa có dữ liệu.';
const short = (label: string | undefined) => (label ? SHORT[label] ?? label : '');

/** "Chủ tịch Ủy ban nhân dân xã Bình Minh": the decision is the Chủ tịch's (Điều 5.1 / 11.1). */
export function decider(s: DistrictSettings): string {
  // "Ủy ban…", "Uỷ ban…" (the older tone placement) or "UBND…" alike.
  return /^(uy ban nhan dan|ubnd)\b/.test(foldKey(s.approver)) ? `Chủ tịch ${s.approver}` : s.approver;
}

/** "Trưởng phòng Văn hóa - Xã hội", "Giám đốc Sở Giáo dục và Đào tạo": the head the council reports to. */
function headOfAuthority(s: DistrictSettings): string {
  const m = /^Phòng\s+(.+)$/i.exec(s.authority);
  return m && /^trưởng phòng$/i.test(s.headTitle) ? `Trưởng phòng ${m[1]}` : `${s.headTitle} ${s.authority}`;
}

/** The code after the type in the tờ trình's number ("12/TTr-VHXH" → "VHXH"), for the other numbers. */
function issuerCode(s: DistrictSettings): string {
  return /\/[^-]+-(.+)$/.exec(s.number)?.[1] ?? '';
}

function header(top: string, issuer: string, number: string | null, dateLine: string): Block {
  const left: Paragraph[] = [];
  if (top) left.push(centered([run(upper(top), { size: 12 })]));
  left.push(centered([bold(upper(issuer), { size: 12 })]), centered([run('──────────', { size: 9 })]));
  if (number) left.push(centered([run(number)]));
  const right = [
    centered([bold('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', { size: 12 })]), centered([bold('Độc lập - Tự do - Hạnh phúc')]),
    centered([run('────────────────────', { size: 9 })]), centered([italic(dateLine)]),
  ];
  return { kind: 'table', borders: false, widths: [WIDTH * 0.42, WIDTH * 0.58], rows: [[{ paragraphs: left }, { paragraphs: right }]] };
}

function listTable(rows: readonly (readonly string[])[], head: readonly string[], widths: readonly number[]): Block {
  return {
    kind: 'table', borders: true, headerRows: 1, size: 12, widths: widths.map((w) => w * WIDTH),
    rows: [head.map((h) => textCell(h, { bold: true, align: 'center' })), ...rows.map((r, i) => [textCell(String(i + 1), { align: 'center' }), ...r.map((c) => textCell(c))])],
  };
}

const levelOnly = (label: string) => label.replace(/^Đạt mức độ/, 'Mức độ');

/** Why a unit is not put forward (Điều 10.2.d: "nêu rõ lý do không đạt"). */
export function notRecognisedReason(u: DistrictUnit, tier: Tier): string {
  if (u.readError) return u.readError;
  const parts = [`kết quả tính lại: ${u.level || 'chưa có'}`];
  const failing = failingChiTieu(u, tier);
  if (failing.length) parts.push(`chỉ tiêu chưa đạt: ${failing.join(', ')}`);
  if (u.errors) parts.push(`${u.errors} lỗi dữ liệu`);
  return parts.join('; ');
}

/** One tiêu chí of a unit: its level, then each chỉ tiêu's ("M1 — 1.1: M2; 1.2: M1; …"). */
function tieuChiCell(u: DistrictUnit, tc: ReturnType<typeof catalogue>['tieuChi'][number]): Cell {
  const items = tc.chiTieu.map((c) => `${c.id}: ${short(u.levels[c.id]) || '…'}`).join('; ');
  return { paragraphs: [{ kind: 'paragraph', runs: [bold(short(u.levels[tc.id]) || '…'), run(` — ${items}`)], spaceAfter: 0 }] };
}

/** Bản tổng hợp kết quả đánh giá các tiêu chí, chỉ tiêu của từng đơn vị: one row per unit, every chỉ tiêu's level. */
function unitTable(units: readonly DistrictUnit[], tier: Tier): Block {
  const tieuChi = catalogue(tier).tieuChi;
  const head = ['TT', 'Đơn vị', ...tieuChi.map((tc) => `Tiêu chí ${tc.no} (chỉ tiêu ${tc.chiTieu[0].id}–${tc.chiTieu[tc.chiTieu.length - 1].id})`), 'Mức đánh giá'];
  const rows: Cell[][] = [head.map((h) => textCell(h, { bold: true, align: 'center' }))];
  units.forEach((u, i) => rows.push([
    textCell(String(i + 1), { align: 'center' }), textCell(u.name),
    ...(u.readError ? [textCell(u.readError, { italic: true, span: 3 }), textCell(''), textCell('')] : tieuChi.map((tc) => tieuChiCell(u, tc))),
    textCell(u.level || 'Không đọc được', { bold: true, align: 'center' }),
  ]));
  return { kind: 'table', borders: true, headerRows: 1, size: 11, widths: [0.06, 0.2, 0.19, 0.19, 0.21, 0.15].map((w) => w * WIDTH), rows };
}

export function districtDocuments(s: DistrictSettings, units: readonly DistrictUnit[]): DocumentModel {
  const read = units.filter((u) => !u.readError);
  const m2 = read.filter((u) => u.level === 'Đạt mức độ 2');
  const m1 = read.filter((u) => u.level === 'Đạt mức độ 1');
  const recognised = units.filter(isRecognised);
  const notRecognised = units.filter((u) => !isRecognised(u));
  const mismatched = read.filter((u) => u.mismatches);
  const subject = `“Đơn vị học tập” ${s.tierName} năm ${s.year}`;
  const council = `Hội đồng đánh giá, công nhận “Đơn vị học tập” ${s.tierName}`;
  const councilOk = s.council.length >= 5 && s.council.length % 2 === 1;
  const date = placeAndDate(s.place, s.date);
  const code = issuerCode(s);
  const counts = `${m2.length} đơn vị đạt mức độ 2; ${m1.length} đơn vị đạt mức độ 1; ${read.length - m1.length - m2.length} đơn vị chưa đạt; ${units.length - read.length} đơn vị không đọc được bảng tính`;
  const recognisedRows = recognised.map((u) => [u.name, levelOnly(u.level)]);
  const hoSoTrinh = `Tờ trình đề nghị công nhận ${subject}; Báo cáo thẩm định của ${council}; Bản tổng hợp kết quả đánh giá các tiêu chí, chỉ tiêu của từng đơn vị do Hội đồng thẩm định; dự thảo Quyết định công nhận đơn vị đạt ${subject}`;

  const toTrinh: Block[] = [
    header(s.parent, s.authority, documentNumber(s.number, 'TTr'), date),
    ...titleBlock('TỜ TRÌNH', `Về việc đề nghị công nhận ${subject}`),
    centered([run(`Kính gửi: ${decider(s)}.`)], { spaceAfter: 12 }),
    body(`Căn cứ ${TT24_CITATION};`),
    body(`Căn cứ kết quả thẩm định của ${council},`),
    body(`${s.authority} kính trình ${decider(s)} xem xét, quyết định công nhận ${recognised.length} đơn vị đạt ${subject}, trong đó ${m2.length} đơn vị đạt mức độ 2 và ${m1.length} đơn vị đạt mức độ 1 (có danh sách kèm theo).`),
    body(`Hồ sơ trình gồm: ${hoSoTrinh}.`),
    body(`Kính trình ${decider(s)} xem xét, quyết định./.`),
    closingBlock(s, ['Như trên']),
  ];

  const thamDinh: Block[] = [
    header(s.authority, council, null, date),
    ...titleBlock('BÁO CÁO THẨM ĐỊNH', `Hồ sơ đề nghị công nhận ${subject}`),
    body(`Thực hiện ${TT24_CITATION}, ${council} đã thẩm định hồ sơ đề nghị công nhận của ${units.length} đơn vị. Kết quả như sau:`),
    body(bold('1. Thành phần Hội đồng: '), `${s.council.length} thành viên${s.council.length ? `: ${s.council.map((c) => `${c.name} (${c.role || c.title})`).join('; ')}` : ''}.`),
    ...(councilOk ? [] : [para([italic('[Cần bổ sung: Hội đồng đánh giá phải có số lẻ thành viên, ít nhất 05 người]')], { align: 'justify' })]),
    body(bold('2. Cách thẩm định: '), 'mọi mức đạt được tính lại từ dữ liệu gốc trong bảng tính của từng đơn vị theo các tiêu chí, chỉ tiêu của Thông tư số 24/2023/TT-BGDĐT, không dựa trên số liệu tổng hợp do đơn vị tự ghi; mỗi đơn vị được xác định theo bảng tính của đơn vị và chỉ tính một lần.'),
    body(bold('3. Kết quả: '), `${counts}.`),
    mismatched.length
      ? body(`Các đơn vị có mức tự đánh giá hoặc số liệu khác với kết quả tính lại (${mismatched.length}): ${mismatched.map((u) => `${u.name} (${u.mismatches})`).join('; ')}.`)
      : body('Không có đơn vị nào có mức tự đánh giá khác với kết quả tính lại.'),
    body(bold(`4. Đơn vị đủ điều kiện công nhận (${recognised.length}): `), `Hội đồng hoàn thiện hồ sơ, báo cáo ${headOfAuthority(s)} để trình ${decider(s)} xem xét, quyết định công nhận.`),
    ...(recognised.length ? [listTable(recognisedRows, ['TT', 'Đơn vị', 'Mức độ'], [0.08, 0.62, 0.3])] : []),
    body(bold(`5. Đơn vị chưa đủ điều kiện công nhận (${notRecognised.length}): `), `Hội đồng báo cáo ${headOfAuthority(s)} để có văn bản trả lời đơn vị và nêu rõ lý do không đạt.`),
    ...(notRecognised.length ? [listTable(notRecognised.map((u) => [u.name, notRecognisedReason(u, s.tier)]), ['TT', 'Đơn vị', 'Lý do'], [0.08, 0.37, 0.55])] : []),
    signatureBlock([{ title: 'Thư ký Hội đồng', name: s.council.find((c) => /^thư ký$/i.test(c.role))?.name ?? '' }, { title: 'Chủ tịch Hội đồng', name: s.council.find((c) => /^chủ tịch$/i.test(c.role))?.name ?? '' }]),
  ];

  const tongHop: Block[] = [
    header(s.authority, council, null, date),
    ...titleBlock('BẢN TỔNG HỢP', `Kết quả đánh giá các tiêu chí, chỉ tiêu của từng đơn vị — ${subject}`),
    unitTable(units, s.tier),
    para([italic(`Mức đánh giá do Hội đồng thẩm định, tính lại từ dữ liệu gốc của từng đơn vị. ${LEGEND}`)], { size: 11, spaceBefore: 6 }),
    signatureBlock([{ title: 'Chủ tịch Hội đồng', name: s.council.find((c) => /^chủ tịch$/i.test(c.role))?.name ?? '' }]),
  ];

  const decisionNumber = documentNumber('', 'QĐ-UBND');
  const quyetDinh: Block[] = [
    header('', s.approver, decisionNumber, `${s.place || '…………'}, ngày …… tháng …… năm ……`),
    ...titleBlock('QUYẾT ĐỊNH', `Về việc công nhận ${subject}`),
    centered([bold(upper(decider(s)))], { spaceAfter: 12 }),
    body(`Căn cứ ${TT24_CITATION};`),
    body(`Căn cứ Báo cáo thẩm định của ${council};`),
    body(`Xét đề nghị của ${s.authority} tại Tờ trình ${s.number ? `số ${s.number}` : 'số …'}.`),
    centered([bold('QUYẾT ĐỊNH:')], { spaceBefore: 6, spaceAfter: 6 }),
    body(bold('Điều 1. '), `Công nhận ${recognised.length} đơn vị đạt ${subject}, trong đó ${m2.length} đơn vị đạt mức độ 2 và ${m1.length} đơn vị đạt mức độ 1 (có danh sách kèm theo).`),
    body(bold('Điều 2. '), `${RETENTION}. ${UPGRADE}.`),
    body(bold('Điều 3. '), `Quyết định này có hiệu lực kể từ ngày ký. ${s.authority} và thủ trưởng các đơn vị có tên tại Điều 1 chịu trách nhiệm thi hành Quyết định này./.`),
    closingBlock({ head: '', headTitle: 'Chủ tịch' }, ['Như Điều 3']),
    para([bold(`DANH SÁCH ĐƠN VỊ ĐẠT ${upper(subject)}`)], { align: 'center', spaceBefore: 18, spaceAfter: 0 }),
    centered([italic(`(Kèm theo Quyết định ${decisionNumber.replace(/^Số:/, 'số')} ngày …… của ${decider(s)})`)], { spaceAfter: 6 }),
    listTable(recognisedRows, ['TT', 'Đơn vị', 'Mức độ'], [0.08, 0.62, 0.3]),
  ];

  const parts: Part[] = [
    { id: 'toTrinh', title: 'Tờ trình đề nghị công nhận', blocks: toTrinh },
    { id: 'thamDinh', title: 'Báo cáo thẩm định của Hội đồng', blocks: thamDinh },
    { id: 'tongHop', title: 'Bản tổng hợp kết quả đánh giá các tiêu chí, chỉ tiêu của từng đơn vị', blocks: tongHop },
    { id: 'quyetDinh', title: 'Dự thảo Quyết định công nhận', blocks: quyetDinh },
  ];
  if (s.tier === 'huyen') parts.push({ id: 'baoCaoSo', title: 'Báo cáo kết quả gửi Sở Giáo dục và Đào tạo', blocks: reportToSo(s, units, { subject, date, code, recognisedRows, counts }) });
  return { name: `Văn bản công nhận ĐVHT ${s.year} - ${cleanText(s.authority)}`, page: ND30_PAGE, parts };
}

/**
 * Điều 20.3: "Báo cáo kết quả đánh giá, công nhận “Đơn vị học tập” cấp huyện gửi về Sở Giáo dục và Đào tạo trước ngày
 * 15 tháng 3 hằng năm": the figures, the decisions, the results by type of unit and the units recognised.
 */
function reportToSo(
  s: DistrictSettings, units: readonly DistrictUnit[],
  c: { subject: string; date: string; code: string; recognisedRows: string[][]; counts: string },
): Block[] {
  const types = [...new Set(units.map((u) => u.type || 'Chưa ghi loại đơn vị'))];
  const byType = types.map((t) => {
    const of = units.filter((u) => (u.type || 'Chưa ghi loại đơn vị') === t);
    const n = (level: string) => String(of.filter((u) => u.level === level).length);
    return [t, String(of.length), n('Đạt mức độ 2'), n('Đạt mức độ 1'), String(of.filter((u) => !isRecognised(u)).length)];
  });
  const recognised = units.filter(isRecognised).length;
  return [
    header(s.parent, s.authority, documentNumber('', c.code ? `BC-${c.code}` : 'BC'), c.date),
    ...titleBlock('BÁO CÁO', `Kết quả đánh giá, công nhận ${c.subject}`),
    centered([run('Kính gửi: Sở Giáo dục và Đào tạo.')], { spaceAfter: 12 }),
    body(`Thực hiện khoản 3 Điều 20 ${TT24_CITATION}, ${s.authority} báo cáo kết quả đánh giá, công nhận ${c.subject} như sau:`),
    body(bold('1. Số đơn vị đề nghị đánh giá, công nhận: '), `${units.length} đơn vị.`),
    body(bold('2. Kết quả thẩm định: '), `${c.counts}.`),
    body(bold('3. Kết quả công nhận: '), s.decisions?.length
      ? `${recognised} đơn vị được công nhận theo Quyết định số ${s.decisions.join('; số ')}.`
      : `${recognised} đơn vị đủ điều kiện, đã được đề nghị công nhận.`),
    ...(s.decisions?.length ? [] : [para([italic(`[Cần bổ sung: số, ngày Quyết định công nhận của ${decider(s)} (ghi ở sheet Công nhận)]`)], { align: 'justify' })]),
    body(bold('4. Kết quả theo loại đơn vị:')),
    {
      kind: 'table', borders: true, headerRows: 1, size: 12, widths: [0.36, 0.16, 0.16, 0.16, 0.16].map((w) => w * WIDTH),
      rows: [['Loại đơn vị', 'Số đơn vị', 'Mức độ 2', 'Mức độ 1', 'Chưa công nhận'].map((h) => textCell(h, { bold: true, align: 'center' })),
        ...byType.map(([t, ...n]) => [textCell(t), ...n.map((x) => textCell(x, { align: 'center' }))])],
    },
    body(bold('5. Danh sách đơn vị được công nhận:')),
    listTable(c.recognisedRows, ['TT', 'Đơn vị', 'Mức độ'], [0.08, 0.62, 0.3]),
    body(`${s.authority} trân trọng báo cáo./.`),
    closingBlock(s, ['Sở Giáo dục và Đào tạo', decider(s)]),
  ];
}
