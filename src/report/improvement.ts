// The improvement plan built from each chỉ tiêu's tồn tại and giải pháp (one action per line), and the follow-up
// report in the structure of S004 (I–V). Regenerating only adds lines: the user's lines are never deleted.
import { Assessment } from '../assess/assessWorkbook';
import { cleanMultiline, cleanText, foldKey } from '../vocab/normalize';
import { closingBlock, headerBlock, titleBlock } from './blocks';
import { ReportContext } from './context';
import { Block, Cell, DocumentModel, ND30_PAGE, bold, body, para, textCell, textWidth } from './model';

const WIDTH = textWidth(ND30_PAGE);

export interface Action {
  readonly ma: string;
  readonly tonTai: string;
  readonly noiDung: string;
  readonly nguoiPhuTrach: string;
  readonly thoiHan: string;
  readonly trangThai: string;
}

/** Actions suggested by the assessment: one per applicable chỉ tiêu with a real tồn tại ("Không" is none). */
export function suggestedActions(a: Assessment, year: number): Action[] {
  const out: Action[] = [];
  for (const tc of a.unit.tieuChi) {
    for (const r of tc.chiTieu) {
      if (r.level === 'na') continue;
      const row = a.chiTieu[r.chiTieu.id].row;
      const tonTai = cleanMultiline(row.tonTai);
      if (!tonTai || /^không\.?$/i.test(tonTai)) continue;
      out.push({
        ma: r.chiTieu.id, tonTai, noiDung: cleanMultiline(row.giaiPhap) || `Khắc phục tồn tại của chỉ tiêu ${r.chiTieu.id}`,
        nguoiPhuTrach: cleanText(row.nguoiPhuTrach), thoiHan: `31/12/${year + 1}`, trangThai: 'Chưa thực hiện',
      });
    }
  }
  return out;
}

/** The suggested actions not already in the sheet (same chỉ tiêu and same tồn tại), to append. */
export function newActions(existing: readonly { ma: unknown; tonTai: unknown }[], suggested: readonly Action[]): Action[] {
  const have = new Set(existing.map((e) => `${cleanText(e.ma)}|${foldKey(e.tonTai)}`));
  return suggested.filter((s) => !have.has(`${s.ma}|${foldKey(s.tonTai)}`));
}

export interface ActionRow {
  readonly ma: unknown;
  readonly tonTai: unknown;
  readonly noiDung: unknown;
  readonly bienPhap?: unknown;
  readonly nguoiPhuTrach?: unknown;
  readonly thoiHan?: unknown;
  readonly trangThai?: unknown;
  readonly minhChung?: unknown;
}

/** Follow-up report (S004: I. chỉ đạo; II. chức năng nhiệm vụ; III. kết quả; IV. nhận xét; V. kiến nghị). */
export function improvementReport(ctx: ReportContext, actions: readonly ActionRow[]): DocumentModel {
  const status = (a: ActionRow) => cleanText(a.trangThai) || 'Chưa thực hiện';
  const done = actions.filter((a) => status(a) === 'Hoàn thành');
  const doing = actions.filter((a) => status(a) === 'Đang thực hiện');
  const todo = actions.filter((a) => status(a) !== 'Hoàn thành' && status(a) !== 'Đang thực hiện');
  const rows: Cell[][] = [['TT', 'Chỉ tiêu', 'Nội dung cải tiến', 'Người phụ trách', 'Thời hạn', 'Trạng thái'].map((h) => textCell(h, { bold: true, align: 'center' }))];
  actions.forEach((a, i) => rows.push([
    textCell(String(i + 1), { align: 'center' }), textCell(cleanText(a.ma), { align: 'center' }), textCell(cleanMultiline(a.noiDung)),
    textCell(cleanText(a.nguoiPhuTrach)), textCell(cleanText(a.thoiHan), { align: 'center' }), textCell(status(a)),
  ]));
  const h = (t: string) => para([bold(t)], { align: 'justify', spaceBefore: 6, spaceAfter: 6 });
  const list = (xs: readonly ActionRow[]) => xs.map((a) => `${cleanText(a.ma) ? `chỉ tiêu ${cleanText(a.ma)}: ` : ''}${cleanMultiline(a.noiDung).split('\n')[0].replace(/[.;]+$/, '')}`).join('; ');
  const blocks: Block[] = [
    headerBlock(ctx, 'BC', false), // its own number, not the self-assessment report's
    ...titleBlock('BÁO CÁO', `Kết quả thực hiện kế hoạch cải tiến chất lượng “Đơn vị học tập” năm ${ctx.year}`),
    h('I. VIỆC THỰC HIỆN CHỈ ĐẠO CỦA CẤP TRÊN'),
    body(`${ctx.unitName} triển khai kế hoạch cải tiến chất lượng sau tự đánh giá “Đơn vị học tập” năm ${ctx.year}, theo hướng dẫn của ${ctx.authority}.`),
    h('II. VIỆC THỰC HIỆN CHỨC NĂNG, NHIỆM VỤ'),
    body(`Kế hoạch gồm ${actions.length} nội dung cải tiến, mỗi nội dung có người phụ trách và thời hạn; lãnh đạo đơn vị theo dõi tiến độ định kỳ.`),
    h('III. KẾT QUẢ ĐẠT ĐƯỢC'),
    body(bold('1. Kết quả: '), `${done.length}/${actions.length} nội dung đã hoàn thành, ${doing.length} đang thực hiện, ${todo.length} chưa thực hiện.`),
    { kind: 'table', borders: true, headerRows: 1, size: 12, widths: [0.06, 0.08, 0.37, 0.18, 0.15, 0.16].map((w) => w * WIDTH), rows },
    body(bold('2. Thuận lợi: '), done.length ? `đã hoàn thành ${list(done)}.` : 'các thành viên đã được phân công rõ người, rõ việc.'),
    body(bold('3. Khó khăn: '), todo.length || doing.length ? `còn ${list([...doing, ...todo])}.` : 'không có khó khăn đáng kể.'),
    body(bold('4. Giải pháp: '), 'tiếp tục theo dõi từng nội dung chưa hoàn thành, bố trí nguồn lực và điều chỉnh thời hạn phù hợp.'),
    h('IV. NHẬN XÉT, ĐÁNH GIÁ CHUNG'),
    body(`Ưu điểm: ${done.length ? `hoàn thành ${done.length} nội dung cải tiến` : 'đã xây dựng kế hoạch cải tiến cụ thể'}. Hạn chế: ${todo.length ? `${todo.length} nội dung chưa thực hiện` : 'không đáng kể'}.`),
    h('V. KIẾN NGHỊ, ĐỀ XUẤT'),
    body(`Đề nghị ${ctx.authority} tiếp tục hướng dẫn, hỗ trợ đơn vị duy trì và nâng cao kết quả xây dựng “Đơn vị học tập”./.`),
    closingBlock(ctx, [ctx.authority]),
  ];
  return { name: `Báo cáo cải tiến ĐVHT ${ctx.year} - ${ctx.unitName}`, page: ND30_PAGE, parts: [{ id: 'baoCao', title: 'Báo cáo kết quả thực hiện kế hoạch cải tiến', blocks }] };
}
