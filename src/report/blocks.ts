// The fixed blocks of a Vietnamese administrative document (NĐ 30/2020, Phụ lục I): the two-column header with the
// national motto, the title, and the closing with "Nơi nhận" and the signature.
import { ReportContext } from './context';
import { Block, Paragraph, Table, bold, cell, centered, italic, para, run, textWidth, ND30_PAGE } from './model';
import { documentNumber, placeAndDate, upper } from './vnFormat';

const WIDTH = textWidth(ND30_PAGE);
/** The short solid line under the unit's name, the motto and the title. */
const RULE = '──────────';

function line(short = true): Paragraph {
  return centered([run(short ? RULE : `${RULE}${RULE}`, { size: 9 })]);
}

/**
 * Left: CƠ QUAN CHỦ QUẢN (caps), TÊN ĐƠN VỊ (caps, bold), a line, "Số: …" (when the document is numbered).
 * Right: CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM (bold), Độc lập - Tự do - Hạnh phúc (bold), a line, place and date (italic).
 */
export function headerBlock(ctx: ReportContext, typeCode: string | null, settingsNumber = true): Table {
  const left: Paragraph[] = [
    centered([run(upper(ctx.parent), { size: 12 })]),
    centered([bold(upper(ctx.unitName), { size: 12 })]),
    line(),
  ];
  if (typeCode) left.push(centered([run(numberFor(ctx, typeCode, settingsNumber && typeCode === 'BC'))]));
  const right: Paragraph[] = [
    centered([bold('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', { size: 12 })]),
    centered([bold('Độc lập - Tự do - Hạnh phúc')]),
    line(false),
    centered([italic(placeAndDate(ctx.place, ctx.date))]),
  ];
  return { kind: 'table', borders: false, widths: [WIDTH * 0.42, WIDTH * 0.58], rows: [[cell(...left), cell(...right)]] };
}

/**
 * "Số: 05/BC-THCSBM" for the self-assessment báo cáo, from the settings. Other documents get their own type code with
 * the unit's code and the number left blank for the văn thư: "Số:      /TTr-THCSBM".
 */
export function numberFor(ctx: ReportContext, typeCode: string, fromSettings = typeCode === 'BC'): string {
  if (fromSettings) return documentNumber(ctx.number, typeCode);
  const unitCode = /\/[^-]+-(.+)$/.exec(ctx.number)?.[1];
  return documentNumber('', unitCode ? `${typeCode}-${unitCode}` : typeCode);
}

/**
 * "BÁO CÁO" and its subject line, bold and centred, with a short line under; `extra` lines (an annex form's
 * "Đơn vị: …") go between the subject and the line.
 */
export function titleBlock(kind: string, subject: string, extra: readonly Paragraph[] = []): Block[] {
  return [
    centered([bold(upper(kind), { size: 14 })], { spaceBefore: 18 }),
    centered([bold(subject, { size: 14 })]),
    ...extra,
    line(),
    para([''], { spaceAfter: 6 }),
  ];
}

/** S002's "Đơn vị: …" line under the title of an annex form (Danh sách, Bản tổng hợp). */
export function unitLine(ctx: ReportContext): Paragraph {
  return centered([run('Đơn vị: '), bold(ctx.unitName)], { spaceBefore: 6 });
}

/** "Tự đánh giá, công nhận “Đơn vị học tập” cấp huyện năm 2025" */
export function subject(ctx: ReportContext, prefix = 'Tự đánh giá, công nhận'): string {
  return `${prefix} “Đơn vị học tập” ${ctx.tierName} năm ${ctx.year}`;
}

/**
 * Left: "Nơi nhận:" (bold italic 12) and "- …;" lines (11), ending "- Lưu: VT.". Right: the signer's position in caps
 * bold, "(Ký tên, đóng dấu)", room for the signature and seal, the full name bold.
 */
export function closingBlock(signer: { readonly head: string; readonly headTitle: string }, recipients: readonly string[]): Table {
  const title = signer.headTitle;
  const name = signer.head;
  const left: Paragraph[] = [
    para([bold('Nơi nhận:', { italic: true, size: 12 })], { spaceAfter: 0 }),
    ...recipients.map((r) => para([run(`- ${r};`, { size: 11 })], { spaceAfter: 0 })),
    para([run('- Lưu: VT.', { size: 11 })], { spaceAfter: 0 }),
  ];
  const right: Paragraph[] = [
    centered([bold(upper(title))]),
    centered([italic('(Ký tên, đóng dấu)')]),
    ...[1, 2, 3, 4].map(() => centered([''])),
    centered([bold(name || '…………………………')]),
  ];
  return { kind: 'table', borders: false, widths: [WIDTH * 0.45, WIDTH * 0.55], rows: [[cell(...left), cell(...right)]] };
}

/** Signature cells without "Nơi nhận" (minutes, lists); a column with an empty title is left blank. */
export function signatureBlock(columns: readonly { title: string; name?: string; note?: string }[]): Table {
  const width = WIDTH / columns.length;
  return {
    kind: 'table',
    borders: false,
    widths: columns.map(() => width),
    rows: [columns.map((c) => !c.title ? cell(centered([''])) : cell(
      centered([bold(upper(c.title))]),
      centered([italic(c.note ?? '(Ký, ghi rõ họ tên)')]),
      ...[1, 2, 3].map(() => centered([''])),
      centered([bold(c.name ?? '')]),
    ))],
  };
}

/** A visible gap where the user left a text empty: "[Cần bổ sung: điểm mạnh của chỉ tiêu 2.3]". */
export function missing(what: string): Paragraph {
  return { kind: 'paragraph', runs: [italic(`[Cần bổ sung: ${what}]`)], align: 'justify', firstLine: 28.35, spaceAfter: 6 };
}
