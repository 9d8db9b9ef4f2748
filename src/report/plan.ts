// The documents before the assessment (S003): Kế hoạch tự đánh giá and Quyết định thành lập Tổ tự đánh giá with the
// assignment of chỉ tiêu to members, from the same settings and council as the dossier.
import { catalogue, renderWording } from '../rules/catalogue';
import { cleanText } from '../vocab/normalize';
import { isDateValue } from '../vocab/dates';
import { TT24_CITATION, parseDateParts, shortDate } from './vnFormat';
import { closingBlock, headerBlock, titleBlock } from './blocks';
import { ReportContext } from './context';
import { Block, Cell, DocumentModel, ND30_PAGE, bold, body, centered, para, textCell, textWidth } from './model';
import { deadlineOf } from '../sheet/guide';

const WIDTH = textWidth(ND30_PAGE);

function heading(text: string): Block {
  return para([bold(text)], { align: 'justify', spaceBefore: 6, spaceAfter: 6 });
}

function kehoach(ctx: ReportContext): Block[] {
  const applicable = ctx.a.unit.tieuChi.flatMap((t) => t.chiTieu).filter((c) => c.level !== 'na');
  const deadline = deadlineOf(ctx.wb.settings.hanNopHoSo, ctx.year);
  const blocks: Block[] = [
    headerBlock(ctx, 'KH'),
    ...titleBlock('KẾ HOẠCH', `Tự đánh giá “Đơn vị học tập” năm ${ctx.year}`),
    body(`Căn cứ ${TT24_CITATION};`),
    body(`${ctx.unitName} xây dựng kế hoạch tự đánh giá “Đơn vị học tập” năm ${ctx.year} như sau:`),
    heading('I. MỤC ĐÍCH - YÊU CẦU'),
    body('1. Mục đích: xác định mức độ đáp ứng các tiêu chí “Đơn vị học tập”; duy trì, nâng cao hoạt động học tập của thành viên; tạo điều kiện để mọi thành viên bồi dưỡng thường xuyên, nâng cao chuyên môn, nghiệp vụ.'),
    body('2. Yêu cầu: việc tự đánh giá thực hiện đúng Thông tư số 24/2023/TT-BGDĐT; mỗi chỉ tiêu có minh chứng phù hợp; số liệu tính trên danh sách toàn bộ thành viên của đơn vị, trong thời gian từ 01/01 đến 31/12 năm đánh giá.'),
    heading('II. NỘI DUNG TỰ ĐÁNH GIÁ'),
    body(`Nội dung tự đánh giá gồm 03 tiêu chí với ${applicable.length} chỉ tiêu áp dụng đối với đơn vị:`),
  ];
  for (const tc of catalogue(ctx.a.profile.tier).tieuChi) {
    blocks.push(body(bold(`${tc.no}. ${tc.title}`)));
    for (const ct of tc.chiTieu) {
      if (!applicable.some((c) => c.chiTieu.id === ct.id)) continue;
      blocks.push(body(`${ct.id}. ${renderWording(ct.wording.muc1, ctx.tierName)}`));
    }
  }
  // A date cell or "dd/mm/yyyy" text, written dd/mm/yyyy; other text as typed (the data check reports it).
  const dates = [ctx.wb.settings.ngayThanhLapHoiDong, ctx.wb.settings.ngayHopHoiDong].map((d) => {
    const parts = parseDateParts(d);
    return parts ? shortDate(parts) : isDateValue(d) ? '' : cleanText(d);
  });
  blocks.push(
    heading('III. QUY TRÌNH VÀ THỜI GIAN THỰC HIỆN'),
    body(`Bước 1${dates[0] ? ` (ngày ${dates[0]})` : ''}: ${ctx.headTitle} ban hành quyết định thành lập Tổ tự đánh giá; tổ trưởng là lãnh đạo đơn vị, mỗi thành viên phụ trách 01 đến 02 chỉ tiêu.`),
    body('Bước 2: Triển khai công tác tự đánh giá: nghiên cứu Thông tư số 24/2023/TT-BGDĐT, phân công nhiệm vụ, thống nhất cách mã hóa minh chứng (TC1-01-01…).'),
    body('Bước 3: Thu thập minh chứng; tổng hợp kết quả của từng thành viên và người học; viết phiếu đánh giá từng chỉ tiêu; xếp loại tiêu chí.'),
    body(`Bước 4${dates[1] ? ` (ngày ${dates[1]})` : ''}: Họp Tổ tự đánh giá thông qua báo cáo tự đánh giá; lập hồ sơ đề nghị công nhận (nếu tự đánh giá đạt) gửi ${ctx.authority}${deadline ? ` trước ngày ${deadline}` : ''}.`),
    heading('IV. HỒ SƠ LƯU TẠI ĐƠN VỊ'),
    body('Các văn bản chỉ đạo, hướng dẫn; kế hoạch tự đánh giá; quyết định thành lập Tổ tự đánh giá và bảng phân công; phiếu đánh giá chỉ tiêu kèm minh chứng; bản tổng hợp kết quả; báo cáo tự đánh giá; hồ sơ đề nghị công nhận.'),
    heading('V. TỔ CHỨC THỰC HIỆN'),
    body('Tổ trưởng chỉ đạo, kiểm tra tiến độ; các thành viên thực hiện chỉ tiêu được phân công, báo cáo tổ trưởng; thư ký tổng hợp, lưu trữ hồ sơ. Trong quá trình thực hiện, nếu có vướng mắc, báo cáo lãnh đạo đơn vị để kịp thời giải quyết./.'),
    closingBlock(ctx, ['Các thành viên Tổ tự đánh giá']),
  );
  return blocks;
}

function quyetDinh(ctx: ReportContext): Block[] {
  const members = ctx.wb.council.filter((m) => cleanText(m.hoTen));
  const rows: Cell[][] = [['TT', 'Họ và tên', 'Chức vụ', 'Nhiệm vụ', 'Chỉ tiêu phụ trách'].map((h) => textCell(h, { bold: true, align: 'center' }))];
  members.forEach((m, i) => rows.push([
    textCell(String(i + 1), { align: 'center' }), textCell(cleanText(m.hoTen)), textCell(cleanText(m.chucVu)), textCell(cleanText(m.nhiemVu)),
    textCell(cleanText(m.chiTieuPhuTrach) || '[Cần bổ sung]', { italic: !cleanText(m.chiTieuPhuTrach) }),
  ]));
  const number = cleanText(ctx.wb.settings.soQuyetDinhHoiDong);
  return [
    headerBlock(ctx, null),
    centered([bold(number ? `Số: ${number}` : 'Số:      /QĐ-')], { spaceBefore: 6 }),
    ...titleBlock('QUYẾT ĐỊNH', `Thành lập Tổ tự đánh giá “Đơn vị học tập” năm ${ctx.year}`),
    centered([bold(ctx.headTitle.toUpperCase() + ' ' + ctx.unitName.toUpperCase())], { spaceAfter: 6 }),
    body(`Căn cứ ${TT24_CITATION};`),
    body(`Căn cứ Kế hoạch tự đánh giá “Đơn vị học tập” năm ${ctx.year} của ${ctx.unitName},`),
    centered([bold('QUYẾT ĐỊNH:')], { spaceBefore: 6, spaceAfter: 6 }),
    body(bold('Điều 1. '), `Thành lập Tổ tự đánh giá “Đơn vị học tập” năm ${ctx.year} gồm ${members.length} thành viên có tên và nhiệm vụ trong danh sách kèm theo.`),
    body(bold('Điều 2. '), 'Tổ tự đánh giá thực hiện tự đánh giá theo Kế hoạch; mỗi thành viên chịu trách nhiệm các chỉ tiêu được phân công. Tổ tự giải thể sau khi hoàn thành nhiệm vụ.'),
    body(bold('Điều 3. '), 'Quyết định có hiệu lực kể từ ngày ký. Các ông (bà) có tên tại Điều 1 chịu trách nhiệm thi hành Quyết định này./.'),
    closingBlock(ctx, ['Như Điều 3']),
    centered([bold('DANH SÁCH TỔ TỰ ĐÁNH GIÁ VÀ PHÂN CÔNG CHỈ TIÊU')], { spaceBefore: 12, spaceAfter: 6 }),
    { kind: 'table', borders: true, headerRows: 1, size: 12, widths: [0.07, 0.28, 0.22, 0.15, 0.28].map((w) => w * WIDTH), rows },
  ];
}

export function planDocuments(ctx: ReportContext): DocumentModel {
  return {
    name: `Kế hoạch tự đánh giá ĐVHT ${ctx.year} - ${ctx.unitName}`,
    page: ND30_PAGE,
    parts: [
      { id: 'toTrinh', title: 'Kế hoạch tự đánh giá', blocks: kehoach(ctx) },
      { id: 'hoiDong', title: 'Quyết định thành lập Tổ tự đánh giá', blocks: quyetDinh(ctx) },
    ],
  };
}
