// DocumentApp, Document and Body: creation, opening, page setup, sections, closing, enums and call counting.
import { CallCounter } from '../../../local/counters';
import { ATTRIBUTE_NAMES } from '../../../local/document/enums';
import { newDoc, setup } from './helpers';

describe('DocumentApp', () => {
  test('create makes a document whose body holds one empty paragraph, like Google Docs', () => {
    const { app, controls } = setup();
    const doc = app.create('Báo cáo tự đánh giá năm 2024');
    expect(doc.getName()).toBe('Báo cáo tự đánh giá năm 2024');
    expect(doc.getId()).toMatch(/^1[A-Za-z0-9_-]{43}$/);
    expect(doc.getUrl()).toBe(`https://docs.google.com/document/d/${doc.getId()}/edit`);
    const body = doc.getBody();
    expect(body.getNumChildren()).toBe(1);
    expect(body.getChild(0).getType()).toBe(app.ElementType.PARAGRAPH);
    expect(body.getText()).toBe('');
    expect(controls.documents().map((d) => d.id)).toEqual([doc.getId()]);
  });

  test('openById and openByUrl return the created document; unknown ids throw', () => {
    const { app } = setup();
    const doc = app.create('Kế hoạch');
    expect(app.openById(doc.getId()).getName()).toBe('Kế hoạch');
    expect(app.openByUrl(doc.getUrl()).getId()).toBe(doc.getId());
    expect(() => app.openById('1nope')).toThrow('Unexpected error while getting the method or property openById on object DocumentApp.');
    expect(() => app.openByUrl('https://example.com/x')).toThrow('Invalid argument: url');
  });

  test('getActiveDocument is null for a Sheets add-in; getUi needs a ui', () => {
    const ui = { alert: () => undefined };
    expect(setup().app.getActiveDocument()).toBeNull();
    expect(() => setup().app.getUi()).toThrow('Cannot call DocumentApp.getUi() from this context.');
    expect(setup({ ui }).app.getUi()).toBe(ui);
  });

  test('enum values print as their names, so they work as attribute-map keys', () => {
    const { app } = setup();
    expect(Object.keys(app.Attribute)).toEqual([...ATTRIBUTE_NAMES]);
    expect(Object.keys(app.Attribute)).toHaveLength(38);
    expect(String(app.Attribute.BOLD)).toBe('BOLD');
    expect(`${app.HorizontalAlignment.JUSTIFY}`).toBe('JUSTIFY');
    expect(Object.keys(app.HorizontalAlignment)).toEqual(['LEFT', 'CENTER', 'RIGHT', 'JUSTIFY']);
    expect(Object.keys(app.VerticalAlignment).sort()).toEqual(['BOTTOM', 'CENTER', 'TOP']);
    expect(Object.keys(app.ParagraphHeading)).toEqual(['NORMAL', 'HEADING1', 'HEADING2', 'HEADING3', 'HEADING4', 'HEADING5', 'HEADING6', 'TITLE', 'SUBTITLE']);
    expect(String(app.FontFamily.TIMES_NEW_ROMAN)).toBe('TIMES_NEW_ROMAN');
    expect(Object.keys(app.TextAlignment)).toEqual(['NORMAL', 'SUPERSCRIPT', 'SUBSCRIPT']);
    expect(Object.keys(app.GlyphType)).toContain('ROMAN_UPPER');
    expect(Object.keys(app.ElementType)).toContain('TABLE_CELL');
  });
});

describe('Document', () => {
  test('the page is US Letter with 1-inch margins until the script sets A4', () => {
    const { body } = newDoc();
    expect([body.getPageWidth(), body.getPageHeight()]).toEqual([612, 792]);
    expect([body.getMarginTop(), body.getMarginBottom(), body.getMarginLeft(), body.getMarginRight()]).toEqual([72, 72, 72, 72]);
    body.setPageWidth(595.276).setPageHeight(841.89).setMarginTop(56.7).setMarginBottom(56.7).setMarginLeft(85).setMarginRight(56.7);
    expect([body.getPageWidth(), body.getPageHeight(), body.getMarginLeft()]).toEqual([595.276, 841.89, 85]);
    expect(() => body.setMarginTop('2cm' as unknown as number)).toThrow(
      "The parameters (String) don't match the method signature for DocumentApp.Body.setMarginTop.",
    );
  });

  test('page setup also goes through Body.setAttributes with MARGIN_* and PAGE_* keys', () => {
    const { app, body } = newDoc();
    const s: Record<string, unknown> = {};
    s[String(app.Attribute.PAGE_WIDTH)] = 595.276;
    s[String(app.Attribute.MARGIN_LEFT)] = 85;
    body.setAttributes(s);
    expect(body.getPageWidth()).toBe(595.276);
    expect(body.getAttributes()[String(app.Attribute.MARGIN_LEFT)]).toBe(85);
  });

  test('setName renames; header and footer exist only once added', () => {
    const { doc } = newDoc();
    doc.setName('Báo cáo (bản 2)');
    expect(doc.getName()).toBe('Báo cáo (bản 2)');
    expect(doc.getHeader()).toBeNull();
    const header = doc.addHeader();
    header.appendParagraph('Trường THCS Bình Minh');
    expect(doc.getHeader()).toBe(header);
    expect(header.getNumChildren()).toBe(2);
    expect(() => doc.addHeader()).toThrow();
    expect(doc.addFooter().getType()).toBe(doc.getFooter().getType());
  });

  test('after saveAndClose, edits through the handle throw the Apps Script message; reading still works', () => {
    const { app, doc, body } = newDoc();
    const p = body.appendParagraph('Nội dung');
    doc.saveAndClose();
    const closed = 'Document is closed, its contents cannot be updated.';
    expect(() => body.appendParagraph('x')).toThrow(closed);
    expect(() => p.setText('y')).toThrow(closed);
    expect(() => p.editAsText().setBold(true)).toThrow(closed);
    expect(() => doc.setName('z')).toThrow(closed);
    expect(body.getText()).toBe('\nNội dung');
    app.openById(doc.getId()).getBody().appendParagraph('mở lại');
    expect(body.getNumChildren()).toBe(3);
  });

  test('getAs returns PDF and .docx blobs named after the document; other types are refused', () => {
    const { doc, body } = newDoc('Biên bản', { sofficePath: '/nonexistent/soffice' });
    body.appendParagraph('Xin chào');
    const docx = doc.getAs('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
    expect(docx.getName()).toBe('Biên bản.docx');
    expect(Buffer.from(docx.getBytes()).subarray(0, 2).toString()).toBe('PK');
    const pdf = doc.getAs('application/pdf');
    expect(pdf.getContentType()).toBe('application/pdf');
    expect(pdf.getName()).toBe('Biên bản.pdf');
    expect(Buffer.from(pdf.getBytes()).subarray(0, 5).toString()).toBe('%PDF-');
    expect(() => doc.getAs('text/plain')).toThrow(
      'Converting from application/vnd.google-apps.document to text/plain is not supported.',
    );
  });
});

describe('call counting', () => {
  test('every public call counts once under DocumentApp.<Class>.<method>; internal work does not', () => {
    const counter = new CallCounter();
    const { app } = setup({ counter });
    const doc = app.create('Đếm');
    const body = doc.getBody();
    const t = body.appendTable([['a', 'b'], ['c', 'd']]);
    t.getCell(1, 1).editAsText().setBold(true);
    body.appendParagraph('x').setAttributes({ BOLD: true });
    expect(counter.snapshot()).toEqual({
      'DocumentApp.Body.appendParagraph': 1,
      'DocumentApp.Body.appendTable': 1,
      'DocumentApp.Document.getBody': 1,
      'DocumentApp.DocumentApp.create': 1,
      'DocumentApp.Paragraph.setAttributes': 1,
      'DocumentApp.Table.getCell': 1,
      'DocumentApp.TableCell.editAsText': 1,
      'DocumentApp.Text.setBold': 1,
    });
  });

  test('list items count as ListItem, headers as HeaderSection', () => {
    const { app, doc, body, counter } = newDoc();
    body.appendListItem('một').setGlyphType(app.GlyphType.NUMBER);
    doc.addHeader().appendParagraph('h');
    expect(counter.get('DocumentApp.ListItem.setGlyphType')).toBe(1);
    expect(counter.get('DocumentApp.HeaderSection.appendParagraph')).toBe(1);
  });
});

describe('inside node:vm, as the runtime runs the bundle', () => {
  test('a script builds a styled document with enum-keyed attribute maps made in its own realm', () => {
    const vm = require('node:vm') as typeof import('node:vm');
    const context = vm.createContext({});
    const realm = vm.runInContext('({ Array, Date })', context);
    const { app, controls } = setup({ realm });
    context.DocumentApp = app;
    const id = vm.runInContext(
      `(function () {
        var doc = DocumentApp.create('Báo cáo');
        var body = doc.getBody();
        var s = {};
        s[DocumentApp.Attribute.FONT_FAMILY] = 'Times New Roman';
        s[DocumentApp.Attribute.FONT_SIZE] = 13;
        body.setAttributes(s);
        var t = body.appendTable([['TRƯỜNG THCS BÌNH MINH', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM']]);
        t.setBorderWidth(0);
        var p = body.appendParagraph('BÁO CÁO');
        p.setAlignment(DocumentApp.HorizontalAlignment.CENTER);
        if (!(body.getParagraphs() instanceof Array)) throw new Error('not a realm array');
        if (body.getChild(1).getType() != DocumentApp.ElementType.TABLE) throw new Error('type');
        return doc.getId();
      })()`,
      context,
    );
    const fake = controls.getById(id)!;
    expect(fake.body._text()).toBe('\nTRƯỜNG THCS BÌNH MINH\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\nBÁO CÁO');
    expect(fake.body.defaults).toEqual({ fontFamily: 'Times New Roman', fontSize: 13 });
  });
});
