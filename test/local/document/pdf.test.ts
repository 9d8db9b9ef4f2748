// Document.getAs('application/pdf'): LibreOffice's rendering of the .docx when soffice is installed, else a placeholder.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { placeholderPdf } from '../../../local/document';
import { newDoc } from './helpers';

const HAS_SOFFICE = existsSync('/usr/bin/soffice');
const HAS_POPPLER = existsSync('/usr/bin/pdfinfo') && existsSync('/usr/bin/pdftotext');

/** Runs a poppler tool on PDF bytes. */
function poppler(tool: 'pdfinfo' | 'pdftotext', pdf: Buffer): string {
  const dir = mkdtempSync(join(tmpdir(), 'dvht-pdf-test-'));
  try {
    const file = join(dir, 'doc.pdf');
    writeFileSync(file, pdf);
    const args = tool === 'pdftotext' ? [file, '-'] : [file];
    return spawnSync(`/usr/bin/${tool}`, args, { encoding: 'utf8' }).stdout.normalize('NFC');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** A report laid out as Nghị định 30/2020 asks: A4, borderless header and closing tables, justified body. */
function administrativeReport() {
  const s = newDoc('Báo cáo tự đánh giá Đơn vị học tập năm 2024');
  const { app, body } = s;
  body.setPageWidth(595.276).setPageHeight(841.89).setMarginTop(56.7).setMarginBottom(56.7).setMarginLeft(85.05).setMarginRight(56.7);
  const defaults: Record<string, unknown> = {};
  defaults[String(app.Attribute.FONT_FAMILY)] = 'Times New Roman';
  defaults[String(app.Attribute.FONT_SIZE)] = 13;
  body.setAttributes(defaults);
  const header = body.insertTable(0, [
    ['PHÒNG GIÁO DỤC VÀ ĐÀO TẠO AN PHÚ', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'],
    ['TRƯỜNG THCS BÌNH MINH', 'Độc lập - Tự do - Hạnh phúc'],
    ['Số: 05/BC-THCSBM', 'Bình Minh, ngày 06 tháng 01 năm 2025'],
  ]);
  header.setBorderWidth(0).setColumnWidth(0, 190).setColumnWidth(1, 263.5);
  header.getCell(1, 0).editAsText().setBold(true);
  header.getCell(0, 1).editAsText().setBold(true);
  header.getCell(1, 1).editAsText().setBold(true);
  header.getCell(2, 1).editAsText().setItalic(true);
  for (let r = 0; r < 3; r++) for (let c = 0; c < 2; c++) header.getCell(r, c).getChild(0).asParagraph().setAlignment(app.HorizontalAlignment.CENTER);
  body.appendParagraph('BÁO CÁO').setAlignment(app.HorizontalAlignment.CENTER).setSpacingBefore(12).editAsText().setBold(true);
  body.appendParagraph('Tự đánh giá, công nhận "Đơn vị học tập" năm 2024').setAlignment(app.HorizontalAlignment.CENTER).editAsText().setBold(true);
  body.appendParagraph('I. ĐẶC ĐIỂM TÌNH HÌNH').editAsText().setBold(true);
  for (let i = 0; i < 3; i++) {
    body.appendParagraph('Căn cứ Thông tư số 24/2023/TT-BGDĐT ngày 08 tháng 12 năm 2023 của Bộ trưởng Bộ Giáo dục và Đào tạo, nhà trường tiến hành tự đánh giá theo các tiêu chí, chỉ tiêu quy định.')
      .setAlignment(app.HorizontalAlignment.JUSTIFY).setIndentFirstLine(36).setSpacingAfter(6).setLineSpacing(1.2);
  }
  body.appendPageBreak();
  body.appendParagraph('II. KẾT QUẢ TỰ ĐÁNH GIÁ').editAsText().setBold(true);
  const closing = body.appendTable([['Nơi nhận:\n- Phòng GD&ĐT;\n- Lưu: VT.', 'HIỆU TRƯỞNG\n\n\n\nNguyễn Thị Hạnh']]);
  closing.setBorderWidth(0);
  closing.getCell(0, 0).editAsText().setFontSize(11).setBold(0, 8, true).setItalic(0, 8, true);
  return s;
}

describe('getAs("application/pdf")', () => {
  (HAS_SOFFICE ? test : test.skip)(
    'renders the .docx with LibreOffice: two A4 pages, Vietnamese text with its diacritics',
    () => {
      const { doc } = administrativeReport();
      const blob = doc.getAs('application/pdf');
      const pdf = Buffer.from(blob.getBytes());
      expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
      expect(blob.getName()).toBe('Báo cáo tự đánh giá Đơn vị học tập năm 2024.pdf');
      if (!HAS_POPPLER) return;
      const info = poppler('pdfinfo', pdf);
      expect(info).toMatch(/Pages:\s+2\b/);
      expect(info).toMatch(/Page size:\s+595\.\d+ x 841\.\d+ pts \(A4\)/);
      const text = poppler('pdftotext', pdf);
      // Compared without whitespace: lines wrap inside table cells, and fonts without Vietnamese glyphs (Liberation
      // 1.x) make LibreOffice fall back per glyph, which pdftotext can split with spaces ("c ủa").
      const squeezed = text.replace(/\s+/g, '');
      for (const phrase of ['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc', 'Bình Minh, ngày 06 tháng 01 năm 2025', 'Nơi nhận:', 'Nguyễn Thị Hạnh', 'II. KẾT QUẢ TỰ ĐÁNH GIÁ', 'của Bộ trưởng Bộ Giáo dục và Đào tạo']) {
        expect(squeezed).toContain(phrase.replace(/\s+/g, ''));
      }
      // The page break puts section II on page 2.
      const pages = text.split('\f');
      expect(pages[0]).not.toContain('II. KẾT QUẢ');
      expect(pages[1]).toContain('II. KẾT QUẢ');
    },
    120_000,
  );

  test('without LibreOffice the PDF is a valid one-page placeholder of the page size', () => {
    const { doc, body } = newDoc('Biên bản họp', { sofficePath: '/nonexistent/soffice' });
    body.setPageWidth(595.276).setPageHeight(841.89);
    const pdf = Buffer.from(doc.getAs('application/pdf').getBytes());
    const text = pdf.toString('latin1');
    expect(text.startsWith('%PDF-1.4')).toBe(true);
    expect(text.trimEnd().endsWith('%%EOF')).toBe(true);
    expect(text).toContain('/MediaBox [0 0 595.28 841.89]');
    expect(text).toContain('(Document: Bien ban hop) Tj');
    // The xref offsets point at the objects.
    const xref = Number(/startxref\n(\d+)/.exec(text)?.[1]);
    expect(text.slice(xref, xref + 4)).toBe('xref');
    const first = Number(/0000000000 65535 f \n(\d{10})/.exec(text)?.[1]);
    expect(text.slice(first, first + 7)).toBe('1 0 obj');
    if (HAS_POPPLER) expect(poppler('pdfinfo', pdf)).toMatch(/Pages:\s+1\b/);
  });

  test('placeholderPdf escapes PDF string delimiters', () => {
    expect(placeholderPdf('a (b) \\c', { width: 612, height: 792 }, 'x').toString('latin1')).toContain('(Document: a \\(b\\) \\\\c) Tj');
  });
});
