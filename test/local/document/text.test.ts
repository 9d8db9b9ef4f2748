// Text: character ranges with attributes, both setter forms, getters, offsets, editAsText views, replaceText.
import { newDoc } from './helpers';

describe('Text', () => {
  test('each attribute setter has a whole-text form and a (start, endInclusive, value) form', () => {
    const { body } = newDoc();
    const t = body.appendParagraph('CỘNG HÒA XÃ HỘI').editAsText();
    t.setBold(true).setFontFamily('Times New Roman').setFontSize(0, 7, 13).setItalic(9, 14, true);
    t.setUnderline(0, 1, true).setStrikethrough(2, 2, true).setForegroundColor('#C00').setBackgroundColor(0, 0, '#ffff00');
    t.setLinkUrl(9, 10, 'https://moet.gov.vn');
    expect(t.isBold()).toBe(true);
    expect(t.getFontFamily()).toBe('Times New Roman');
    expect(t.getFontSize()).toBeNull();
    expect(t.getFontSize(0)).toBe(13);
    expect(t.getFontSize(8)).toBeNull();
    expect(t.isItalic(9)).toBe(true);
    expect(t.isItalic(8)).toBeNull();
    expect(t.getForegroundColor()).toBe('#cc0000');
    expect(t.getBackgroundColor(0)).toBe('#ffff00');
    expect(t.getLinkUrl(10)).toBe('https://moet.gov.vn');
    expect(t.isStrikethrough(2)).toBe(true);
    expect(t.getTextAttributeIndices()).toEqual([0, 1, 2, 3, 8, 9, 11]);
  });

  test('setAttributes(start, end, attrs) styles a range; getAttributes(offset) reads one character', () => {
    const { app, body } = newDoc();
    const t = body.appendParagraph('Số: 05/BC-THPTBK').editAsText();
    const s: Record<string, unknown> = {};
    s[String(app.Attribute.BOLD)] = true;
    s[String(app.Attribute.FONT_FAMILY)] = app.FontFamily.TIMES_NEW_ROMAN;
    t.setAttributes(0, 2, s);
    expect(t.getAttributes(0).BOLD).toBe(true);
    expect(t.getAttributes(0).FONT_FAMILY).toBe('Times New Roman');
    expect(t.getAttributes(4).BOLD).toBeNull();
    expect(t.getAttributes().BOLD).toBeNull();
  });

  test('offsets outside the text throw', () => {
    const { body } = newDoc();
    const t = body.appendParagraph('abc').editAsText();
    expect(() => t.setBold(0, 3, true)).toThrow('Index (3) must be less than the content length (3).');
    expect(() => t.setBold(2, 1, true)).toThrow('Invalid argument: endOffsetInclusive');
    expect(() => t.setBold('yes' as unknown as boolean)).toThrow(
      "The parameters (String) don't match the method signature for DocumentApp.Text.setBold.",
    );
    expect(() => t.setForegroundColor('blue')).toThrow('Invalid argument: color');
  });

  test('insertText, appendText and deleteText edit the characters; inserted text takes the style before it', () => {
    const { body } = newDoc();
    const p = body.appendParagraph('ngày tháng năm');
    const t = p.editAsText();
    t.setBold(0, 3, true);
    t.insertText(4, ' 06').insertText(13, ' 01').appendText(' 2025');
    expect(t.getText()).toBe('ngày 06 tháng 01 năm 2025');
    expect(t.isBold(5)).toBe(true);
    t.deleteText(0, 4);
    expect(p.getText()).toBe('06 tháng 01 năm 2025');
  });

  test('editAsText on the body spans every paragraph, separated by "\\n"', () => {
    const { body } = newDoc();
    body.getParagraphs()[0].setText('BÁO CÁO');
    body.appendParagraph('Tự đánh giá');
    const all = body.editAsText();
    expect(all.getText()).toBe('BÁO CÁO\nTự đánh giá');
    all.setFontSize(14).setBold(0, 6, true);
    const [a, b] = body.getParagraphs();
    expect(a.editAsText().isBold()).toBe(true);
    expect(b.editAsText().isBold()).toBeNull();
    expect(b.editAsText().getFontSize()).toBe(14);
    all.appendText('\nKết luận');
    expect(body.getNumChildren()).toBe(3);
    expect(body.getChild(2).asParagraph().getText()).toBe('Kết luận');
    expect(() => all.deleteText(5, 9)).toThrow('not supported by the offline DocumentApp');
  });

  test('replaceText substitutes matches, keeping the style of the matched text', () => {
    const { body } = newDoc();
    const p = body.appendParagraph('Trường {{TEN}} năm {{NAM}}');
    p.editAsText().setBold(7, 13, true);
    body.replaceText('\\{\\{TEN\\}\\}', 'THCS Bình Minh');
    body.replaceText('\\{\\{NAM\\}\\}', '2024');
    expect(p.getText()).toBe('Trường THCS Bình Minh năm 2024');
    expect(p.editAsText().isBold(7)).toBe(true);
    expect(p.editAsText().isBold(25)).toBeNull();
  });

  test('Text.merge joins a Text element to the Text before it', () => {
    const { app, body } = newDoc();
    const p = body.appendParagraph('a');
    const second = p.appendText('b').setItalic(true);
    expect(p.getNumChildren()).toBe(2);
    const merged = second.merge();
    expect(p.getNumChildren()).toBe(1);
    expect(merged.getText()).toBe('ab');
    expect(merged.isItalic(1)).toBe(true);
    expect(merged.getType()).toBe(app.ElementType.TEXT);
  });
});

describe('Body.setAttributes', () => {
  test('text attributes on the body become the default run style and restyle what is already there', () => {
    const { app, body, fake } = newDoc();
    const before = body.appendParagraph('trước');
    before.editAsText().setFontSize(12);
    const s: Record<string, unknown> = {};
    s[String(app.Attribute.FONT_FAMILY)] = 'Times New Roman';
    s[String(app.Attribute.FONT_SIZE)] = 13;
    body.setAttributes(s);
    const after = body.appendParagraph('sau');
    expect(fake.body.defaults).toEqual({ fontFamily: 'Times New Roman', fontSize: 13 });
    expect(before.editAsText().getFontSize()).toBe(13);
    expect(after.editAsText().getFontSize()).toBeNull();
    expect(body.getAttributes().FONT_FAMILY).toBe('Times New Roman');
  });
});
