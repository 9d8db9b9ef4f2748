// Paragraph, ListItem and element plumbing: text, attributes (enum keys), defaults, structure and errors.
import { newDoc } from './helpers';

describe('Paragraph', () => {
  test('setAttributes takes the Attribute enum values as keys, as Apps Script does', () => {
    const { app, body } = newDoc();
    const p = body.appendParagraph('Nơi nhận:');
    const style: Record<string, unknown> = {};
    style[String(app.Attribute.BOLD)] = true;
    style[String(app.Attribute.ITALIC)] = true;
    style[String(app.Attribute.FONT_SIZE)] = 12;
    style[String(app.Attribute.HORIZONTAL_ALIGNMENT)] = app.HorizontalAlignment.RIGHT;
    style[String(app.Attribute.SPACING_AFTER)] = 6;
    p.setAttributes(style);
    const attrs = p.getAttributes();
    expect(attrs.BOLD).toBe(true);
    expect(attrs.FONT_SIZE).toBe(12);
    expect(attrs.HORIZONTAL_ALIGNMENT).toBe(app.HorizontalAlignment.RIGHT);
    expect(attrs.SPACING_AFTER).toBe(6);
    expect(attrs.HEADING).toBe(app.ParagraphHeading.NORMAL);
    expect(attrs.FONT_FAMILY).toBeNull();
    expect(Object.keys(attrs)).toHaveLength(38);
    expect(p.editAsText().isItalic()).toBe(true);
  });

  test('invalid attribute values throw "Invalid argument"; wrong argument types throw the signature error', () => {
    const { app, body } = newDoc();
    const p = body.appendParagraph('x');
    expect(() => p.setAttributes({ BOLD: 'yes' })).toThrow('Invalid argument: BOLD');
    expect(() => p.setAttributes({ FONT_SIZE: -3 })).toThrow('Invalid argument: FONT_SIZE');
    expect(() => p.setAttributes({ FOREGROUND_COLOR: 'red' })).toThrow('Invalid argument: FOREGROUND_COLOR');
    expect(() => p.setAttributes({ HORIZONTAL_ALIGNMENT: 'CENTER' })).toThrow('Invalid argument: HORIZONTAL_ALIGNMENT');
    expect(() => p.setAlignment('CENTER' as unknown as GoogleAppsScript.Document.HorizontalAlignment)).toThrow(
      "The parameters (String) don't match the method signature for DocumentApp.Paragraph.setAlignment.",
    );
    expect(() => p.setHeading(app.HorizontalAlignment.CENTER as unknown as GoogleAppsScript.Document.ParagraphHeading)).toThrow(
      "don't match the method signature for DocumentApp.Paragraph.setHeading",
    );
    // Keys that are not attributes are ignored, a null value clears.
    p.setAttributes({ NOT_AN_ATTRIBUTE: 1, BOLD: true });
    p.setAttributes({ BOLD: null });
    expect(p.getAttributes().BOLD).toBeNull();
  });

  test('a normal paragraph reports the Normal text style for unset attributes; headings report null', () => {
    const { app, body } = newDoc();
    const p = body.appendParagraph('Thân bài');
    expect(p.getLineSpacing()).toBe(1.15);
    expect(p.getAlignment()).toBe(app.HorizontalAlignment.LEFT);
    expect([p.getIndentFirstLine(), p.getSpacingBefore(), p.getSpacingAfter()]).toEqual([0, 0, 0]);
    p.setLineSpacing(1.5).setIndentFirstLine(36).setSpacingAfter(6).setAlignment(app.HorizontalAlignment.JUSTIFY);
    expect([p.getLineSpacing(), p.getIndentFirstLine(), p.getSpacingAfter()]).toEqual([1.5, 36, 6]);
    expect(p.getAlignment()).toBe(app.HorizontalAlignment.JUSTIFY);
    const h = body.appendParagraph('I. KẾT QUẢ').setHeading(app.ParagraphHeading.HEADING2);
    expect(h.getHeading()).toBe(app.ParagraphHeading.HEADING2);
    expect(h.getLineSpacing()).toBeNull();
  });

  test('"\\n" in paragraph text becomes a line break "\\r"; the body joins paragraphs with "\\n"', () => {
    const { body } = newDoc();
    body.getParagraphs()[0].setText('Kính gửi:');
    const p = body.appendParagraph('Dòng 1\nDòng 2');
    expect(p.getText()).toBe('Dòng 1\rDòng 2');
    expect(body.getText()).toBe('Kính gửi:\nDòng 1\rDòng 2');
  });

  test('appendText adds a Text child that continues the style of the text before it', () => {
    const { body } = newDoc();
    const p = body.appendParagraph('');
    expect(p.getNumChildren()).toBe(0);
    p.appendText('Nơi nhận:').setBold(true);
    const tail = p.appendText(' - Như trên;');
    expect(p.getNumChildren()).toBe(2);
    expect(tail.isBold()).toBe(true);
    tail.setBold(false);
    expect(p.editAsText().isBold()).toBeNull();
    expect(p.getText()).toBe('Nơi nhận: - Như trên;');
    expect(p.getChild(1).asText().getText()).toBe(' - Như trên;');
  });

  test('setText replaces the contents, page breaks included', () => {
    const { body } = newDoc();
    const p = body.appendParagraph('a');
    p.appendPageBreak();
    p.setText('b');
    expect(p.getNumChildren()).toBe(1);
    expect(p.getText()).toBe('b');
  });

  test('a page break lives in a paragraph; Body.appendPageBreak makes that paragraph', () => {
    const { app, body } = newDoc();
    const pb = body.appendPageBreak();
    expect(pb.getType()).toBe(app.ElementType.PAGE_BREAK);
    expect(pb.getParent().getType()).toBe(app.ElementType.PARAGRAPH);
    expect(body.getNumChildren()).toBe(2);
  });

  test('merge joins a paragraph to the one before it', () => {
    const { body } = newDoc();
    const a = body.appendParagraph('Đạt ');
    const b = body.appendParagraph('mức độ 2');
    expect(b.merge()).toBe(a);
    expect(a.getText()).toBe('Đạt mức độ 2');
    expect(body.getNumChildren()).toBe(2);
  });

  test('copy is detached; appending an attached element throws', () => {
    const { body } = newDoc();
    const p = body.appendParagraph('Mẫu').setIndentStart(18);
    const c = p.copy() as GoogleAppsScript.Document.Paragraph;
    expect(c.getParent()).toBeNull();
    body.appendParagraph(c);
    expect(body.getChildIndex(c)).toBe(2);
    expect(c.getIndentStart()).toBe(18);
    expect(() => body.appendParagraph(p)).toThrow('Element must be detached.');
  });
});

describe('element plumbing', () => {
  test('types, casts, parents and siblings', () => {
    const { app, body } = newDoc();
    const p = body.appendParagraph('x');
    const t = body.appendTable([['a']]);
    expect(body.getChild(1).asParagraph()).toBe(p);
    expect(body.getChild(2).getType()).toBe(app.ElementType.TABLE);
    expect(body.getChild(2).asTable()).toBe(t);
    expect(() => body.getChild(2).asParagraph()).toThrow();
    expect(p.getParent()).toBe(body);
    expect(p.getNextSibling()).toBe(t);
    expect(t.getPreviousSibling()).toBe(p);
    expect(body.getParent()).toBeNull();
    expect(body.getType()).toBe(app.ElementType.BODY_SECTION);
    expect(() => body.getChild(9)).toThrow('Child index (9) must be less than the number of child elements (4).');
    expect(body.getChild(3).isAtDocumentEnd()).toBe(true);
  });

  test("a section keeps its last paragraph: removing it throws Google's message", () => {
    const { body } = newDoc();
    const only = body.getChild(0);
    expect(() => only.removeFromParent()).toThrow("Can't remove the last paragraph in a document section.");
    const p = body.appendParagraph('x');
    only.removeFromParent();
    expect(body.getNumChildren()).toBe(1);
    expect(() => body.removeChild(p)).toThrow("Can't remove the last paragraph in a document section.");
  });

  test('clear leaves one empty paragraph; getParagraphs lists every paragraph, table cells included', () => {
    const { body } = newDoc();
    body.appendParagraph('a');
    body.appendTable([['b', 'c']]);
    expect(body.getParagraphs().map((p) => p.getText())).toEqual(['', 'a', 'b', 'c', '']);
    expect(Array.isArray(body.getParagraphs())).toBe(true);
    body.clear();
    expect(body.getNumChildren()).toBe(1);
    expect(body.getText()).toBe('');
  });

  test('lists returned to the script are arrays of the script realm', () => {
    const vm = require('node:vm') as typeof import('node:vm');
    const ctx = vm.createContext({});
    const realm = vm.runInContext('({ Array, Date })', ctx);
    const { body } = newDoc('x', { realm });
    const list = body.getParagraphs();
    expect(list instanceof Array).toBe(false);
    expect(list instanceof realm.Array).toBe(true);
  });
});

describe('ListItem', () => {
  test('consecutive list items share a list; glyph and nesting can be set', () => {
    const { app, body } = newDoc();
    const a = body.appendListItem('Như trên;');
    const b = body.appendListItem('Lưu: VT.');
    expect(b.getListId()).toBe(a.getListId());
    expect(a.getListId()).toMatch(/^kix\./);
    expect(a.getGlyphType()).toBe(app.GlyphType.BULLET);
    b.setNestingLevel(1).setGlyphType(app.GlyphType.NUMBER);
    expect(b.getNestingLevel()).toBe(1);
    expect(b.getGlyphType()).toBe(app.GlyphType.NUMBER);
    expect(a.getIndentStart()).toBe(36);
    expect(a.getType()).toBe(app.ElementType.LIST_ITEM);
    body.appendParagraph('x');
    const c = body.appendListItem('new list');
    expect(c.getListId()).not.toBe(a.getListId());
    c.setListId(a);
    expect(c.getListId()).toBe(a.getListId());
    expect(body.getListItems()).toHaveLength(3);
  });
});
