// The .docx writer: page setup, runs, paragraphs, tables, lists, header/footer, defaults, package validity.
import { existsSync } from 'node:fs';
import { unzipSync } from 'fflate';
import { buildDocx, docxParts, docxToPdf, FakeDocument } from '../../../local/document';
import { CallCounter } from '../../../local/counters';
import { Clock } from '../../../local/services/clock';
import { createUtilities } from '../../../local/services/utilities';
import { newDoc, unzipDocx } from './helpers';

async function documentXml(doc: FakeDocument): Promise<string> {
  return (await unzipDocx(buildDocx(doc)))['word/document.xml'];
}

describe('toDocx', () => {
  test('page size and margins become twips (points × 20); A4 is 11906 × 16838', async () => {
    const { body, fake, controls } = newDoc();
    body.setPageWidth(595.276).setPageHeight(841.89).setMarginTop(56.7).setMarginBottom(56.7).setMarginLeft(85.05).setMarginRight(56.7);
    const parts = await unzipDocx(await controls.toDocx(fake));
    expect(parts['word/document.xml']).toContain('<w:pgSz w:w="11906" w:h="16838"/>');
    expect(parts['word/document.xml']).toContain('<w:pgMar w:top="1134" w:right="1134" w:bottom="1134" w:left="1701" w:header="720" w:footer="720" w:gutter="0"/>');
    expect(Object.keys(parts).sort()).toEqual([
      '[Content_Types].xml', '_rels/.rels', 'docProps/app.xml', 'docProps/core.xml', 'word/_rels/document.xml.rels',
      'word/document.xml', 'word/settings.xml', 'word/styles.xml',
    ]);
    expect(parts['docProps/core.xml']).toContain('<dc:title>Báo cáo tự đánh giá</dc:title>');
  });

  test('runs carry font, half-point size, bold, italic, underline, strikethrough, colours; explicit false is written', async () => {
    const { body, fake } = newDoc();
    const t = body.appendParagraph('CỘNG HÒA').editAsText();
    t.setFontFamily('Times New Roman').setFontSize(12.5).setBold(true).setItalic(0, 2, true).setUnderline(false);
    t.setStrikethrough(7, 7, true).setForegroundColor('#ff0000').setBackgroundColor(0, 0, '#ffff00');
    const xml = await documentXml(fake);
    expect(xml).toContain(
      '<w:r><w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:eastAsia="Times New Roman" w:cs="Times New Roman"/>' +
        '<w:b/><w:bCs/><w:i/><w:iCs/><w:color w:val="FF0000"/><w:sz w:val="25"/><w:szCs w:val="25"/><w:u w:val="none"/>' +
        '<w:shd w:val="clear" w:color="auto" w:fill="FFFF00"/></w:rPr><w:t xml:space="preserve">C</w:t></w:r>',
    );
    expect(xml).toContain('<w:strike/>');
    expect(xml).toContain('<w:t xml:space="preserve">ỘN</w:t>');
    expect(xml).toContain('<w:t xml:space="preserve">G HÒ</w:t>');
  });

  test('alignment, indents, spacing and line spacing map to w:jc, w:ind, w:spacing', async () => {
    const { app, body, fake } = newDoc();
    body.appendParagraph('Căn cứ Thông tư số 24/2023/TT-BGDĐT').setAlignment(app.HorizontalAlignment.JUSTIFY)
      .setIndentFirstLine(36).setSpacingBefore(6).setSpacingAfter(6).setLineSpacing(1.5);
    body.appendParagraph('Thụt lề').setIndentStart(36).setIndentEnd(18).setIndentFirstLine(18);
    body.appendParagraph('Giữa').setAlignment(app.HorizontalAlignment.CENTER);
    const xml = await documentXml(fake);
    expect(xml).toContain('<w:pPr><w:spacing w:before="120" w:after="120" w:line="360" w:lineRule="auto"/><w:ind w:left="0" w:firstLine="720"/><w:jc w:val="both"/></w:pPr>');
    // Docs measures the first line from the margin, Word from the start indent: 18 pt from a 36 pt start hangs 18 pt.
    expect(xml).toContain('<w:ind w:left="720" w:right="360" w:hanging="360"/>');
    expect(xml).toContain('<w:jc w:val="center"/>');
  });

  test('headings use Google-like heading styles; page breaks and line breaks are breaks', async () => {
    const { app, body, fake } = newDoc();
    body.appendParagraph('I. ĐẶC ĐIỂM TÌNH HÌNH').setHeading(app.ParagraphHeading.HEADING1);
    body.appendParagraph('Tiêu đề').setHeading(app.ParagraphHeading.TITLE);
    body.appendParagraph('Dòng 1\nDòng 2');
    body.appendPageBreak();
    const parts = await unzipDocx(buildDocx(fake));
    const xml = parts['word/document.xml'];
    expect(xml).toContain('<w:pStyle w:val="Heading1"/>');
    expect(xml).toContain('<w:pStyle w:val="Title"/>');
    expect(xml).toContain('<w:t xml:space="preserve">Dòng 1</w:t><w:br/><w:t xml:space="preserve">Dòng 2</w:t>');
    expect(xml).toContain('<w:p><w:r><w:br w:type="page"/></w:r></w:p>');
    expect(parts['word/styles.xml']).toMatch(/w:styleId="Heading1">.*<w:sz w:val="40"\/>/);
  });

  test('body text attributes become the document default run style', async () => {
    const { app, body, fake } = newDoc();
    const s: Record<string, unknown> = {};
    s[String(app.Attribute.FONT_FAMILY)] = 'Times New Roman';
    s[String(app.Attribute.FONT_SIZE)] = 13;
    body.setAttributes(s);
    const styles = (await unzipDocx(buildDocx(fake)))['word/styles.xml'];
    expect(styles).toContain('<w:rPrDefault><w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:eastAsia="Times New Roman" w:cs="Times New Roman"/><w:sz w:val="26"/>');
    expect(styles).toContain('w:line="276" w:lineRule="auto"');
  });

  test("without body attributes the defaults are Google Docs' Arial 11", async () => {
    const { fake } = newDoc();
    const styles = (await unzipDocx(buildDocx(fake)))['word/styles.xml'];
    expect(styles).toContain('<w:rFonts w:ascii="Arial" w:hAnsi="Arial" w:eastAsia="Arial" w:cs="Arial"/><w:sz w:val="22"/>');
  });

  test('a borderless table (width 0) has nil borders; widths are fixed twips; cells keep alignment, padding, shading, spans', async () => {
    const { app, body, fake } = newDoc();
    body.setPageWidth(595.276).setMarginLeft(85.05).setMarginRight(56.7);
    const header = body.appendTable([['TRƯỜNG THCS BÌNH MINH', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM']]);
    header.setBorderWidth(0).setColumnWidth(0, 170).setColumnWidth(1, 283.5);
    header.getCell(0, 0).setVerticalAlignment(app.VerticalAlignment.TOP).setPaddingLeft(0).setPaddingRight(2);
    const data = body.appendTable([['Chỉ tiêu', 'Mức'], ['1.1', 'Đạt mức độ 2']]);
    data.setBorderWidth(0.5).setBorderColor('#000000');
    data.getCell(0, 0).setBackgroundColor('#D9D9D9');
    data.getRow(1).setMinimumHeight(18);
    const merged = body.appendTable([['Tổng hợp', '']]);
    merged.getCell(0, 1).merge();
    const xml = await documentXml(fake);
    const tables = xml.split('<w:tbl>').slice(1);
    expect(tables).toHaveLength(3);
    expect(tables[0]).toContain('<w:top w:val="nil"/><w:left w:val="nil"/><w:bottom w:val="nil"/><w:right w:val="nil"/><w:insideH w:val="nil"/><w:insideV w:val="nil"/>');
    expect(tables[0]).toContain('<w:tblW w:w="9070" w:type="dxa"/>');
    expect(tables[0]).toContain('<w:tblLayout w:type="fixed"/>');
    expect(tables[0]).toContain('<w:tblGrid><w:gridCol w:w="3400"/><w:gridCol w:w="5670"/></w:tblGrid>');
    expect(tables[0]).toContain('<w:tcPr><w:tcW w:w="3400" w:type="dxa"/><w:tcMar><w:left w:w="0" w:type="dxa"/><w:right w:w="40" w:type="dxa"/></w:tcMar><w:vAlign w:val="top"/></w:tcPr>');
    expect(tables[1]).toContain('<w:top w:val="single" w:sz="4" w:space="0" w:color="000000"/>');
    // Unset columns share the text width (595.276 − 85.05 − 56.7 pt) evenly.
    expect(tables[1]).toContain('<w:gridCol w:w="4535"/><w:gridCol w:w="4535"/>');
    expect(tables[1]).toContain('<w:shd w:val="clear" w:color="auto" w:fill="D9D9D9"/>');
    expect(tables[1]).toContain('<w:trPr><w:trHeight w:val="360" w:hRule="atLeast"/></w:trPr>');
    expect(tables[1]).toContain('<w:tblCellMar><w:top w:w="100" w:type="dxa"/>');
    expect(tables[2]).toContain('<w:gridSpan w:val="2"/>');
    // The body never ends with a table.
    expect(xml).toMatch(/<\/w:tbl><w:p><\/w:p><w:sectPr>/);
  });

  test('a default table border is 1 pt black', async () => {
    const { body, fake } = newDoc();
    body.appendTable([['a']]);
    expect(await documentXml(fake)).toContain('<w:insideV w:val="single" w:sz="8" w:space="0" w:color="000000"/>');
  });

  test('header and footer sections become header1.xml and footer1.xml referenced from the section', async () => {
    const { doc, fake } = newDoc();
    doc.addHeader().getChild(0).asParagraph().setText('Trang đầu');
    doc.addFooter().appendParagraph('Chân trang');
    const parts = await unzipDocx(buildDocx(fake));
    expect(parts['word/header1.xml']).toContain('Trang đầu');
    expect(parts['word/footer1.xml']).toContain('Chân trang');
    expect(parts['word/document.xml']).toMatch(/<w:sectPr><w:headerReference w:type="default" r:id="rId\d+"\/><w:footerReference w:type="default" r:id="rId\d+"\/>/);
    expect(parts['[Content_Types].xml']).toContain('/word/header1.xml');
    expect(parts['word/_rels/document.xml.rels']).toContain('Target="footer1.xml"');
  });

  test('links become hyperlink relationships; list items get numbering', async () => {
    const { app, body, fake } = newDoc();
    body.appendParagraph('Cổng thông tin').setLinkUrl('https://moet.gov.vn/?a=1&b=2');
    body.appendListItem('Như trên;');
    body.appendListItem('Lưu: VT.').setGlyphType(app.GlyphType.NUMBER);
    const parts = await unzipDocx(buildDocx(fake));
    expect(parts['word/document.xml']).toMatch(/<w:hyperlink r:id="rId\d+" w:history="1"><w:r><w:rPr><w:rStyle w:val="Hyperlink"\/>/);
    expect(parts['word/_rels/document.xml.rels']).toContain('Target="https://moet.gov.vn/?a=1&amp;b=2" TargetMode="External"');
    expect(parts['word/document.xml']).toContain('<w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr>');
    expect(parts['word/numbering.xml']).toContain('<w:numFmt w:val="bullet"/><w:lvlText w:val="●"/>');
  });

  test('text is XML-escaped, control characters dropped, diacritics kept; the same document gives the same bytes', async () => {
    const { body, fake } = newDoc();
    body.appendParagraph('A & B <c> "d"\u0001 Độc lập – Tự do – Hạnh phúc');
    const xml = await documentXml(fake);
    expect(xml).toContain('A &amp; B &lt;c&gt; &quot;d&quot; Độc lập – Tự do – Hạnh phúc');
    expect(buildDocx(fake).equals(buildDocx(fake))).toBe(true);
    expect(docxParts(fake).map((p) => p.path)[0]).toBe('[Content_Types].xml');
  });

  test('getAs(docx) returns the same bytes as toDocx', async () => {
    const { doc, fake, controls } = newDoc();
    doc.getBody().appendParagraph('x');
    const blob = doc.getAs('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
    expect(Buffer.from(blob.getBytes()).equals(await controls.toDocx(fake))).toBe(true);
  });
});

describe('the package is zipped with fflate (Utilities.zip\'s writer)', () => {
  function sample() {
    const { body, fake } = newDoc('Biên bản họp');
    body.appendParagraph('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM').editAsText().setBold(true);
    body.appendTable([['Tiêu chí 1', 'Đạt mức độ 2']]);
    return fake;
  }
  const utf8 = (data: string | Uint8Array) => (typeof data === 'string' ? Buffer.from(data, 'utf8') : Buffer.from(data));

  test('fflate reads back every part of docxParts, in order, byte for byte', () => {
    const fake = sample();
    const parts = docxParts(fake);
    const files = unzipSync(buildDocx(fake));
    expect(Object.keys(files)).toEqual(parts.map((p) => p.path));
    for (const p of parts) expect(Buffer.from(files[p.path]).equals(utf8(p.data))).toBe(true);
  });

  test('Utilities.unzip reads it as blobs named with the full path inside the zip', () => {
    const fake = sample();
    const Utilities = createUtilities({ counter: new CallCounter(), clock: new Clock() });
    const blob = Utilities.newBlob([...buildDocx(fake)], 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', 'Biên bản họp.docx');
    const files = Utilities.unzip(blob);
    expect(files.map((f) => f.getName())).toEqual(docxParts(fake).map((p) => p.path));
    expect(files.find((f) => f.getName() === 'word/document.xml')?.getDataAsString()).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
  });

  (existsSync('/usr/bin/soffice') ? test : test.skip)(
    'LibreOffice opens it (renders a PDF, not the placeholder)',
    () => {
      const result = docxToPdf(buildDocx(sample()), 'Biên bản họp', { width: 595.276, height: 841.89 });
      expect([result.rendered, result.reason]).toEqual([true, undefined]);
      expect(result.pdf.subarray(0, 5).toString()).toBe('%PDF-');
    },
    120_000,
  );
});
