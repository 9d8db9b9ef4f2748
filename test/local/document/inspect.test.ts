// Inspection helpers: the JSON dump and the plain-text rendering used by tests and tools.
import { documentText, dumpDocument } from '../../../local/document';
import { newDoc } from './helpers';

test('dumpDocument lists page setup, defaults and every block with runs, page breaks and tables', () => {
  const { app, body, fake, doc, counter } = newDoc('Kế hoạch');
  body.setPageWidth(595.276).setPageHeight(841.89);
  body.setAttributes({ FONT_SIZE: 13 });
  const p = body.appendParagraph('Đạt ');
  p.appendText('mức độ 2').setBold(true);
  p.setAlignment(app.HorizontalAlignment.JUSTIFY).setIndentFirstLine(28.35);
  body.appendPageBreak();
  const t = body.appendTable([['Chỉ tiêu', 'Mức']]);
  t.setBorderWidth(0).setColumnWidth(1, 100);
  t.getCell(0, 0).setVerticalAlignment(app.VerticalAlignment.CENTER);
  body.appendListItem('Lưu: VT.');
  doc.addFooter();
  counter.reset();
  const dump = dumpDocument(fake);
  expect(counter.get()).toBe(0);
  expect(dump.page).toEqual({ width: 595.276, height: 841.89 });
  expect(dump.margins).toEqual({ top: 72, bottom: 72, left: 72, right: 72 });
  expect(dump.defaults).toEqual({ fontSize: 13 });
  expect(dump.header).toBeNull();
  expect(dump.footer).toEqual([{ type: 'PARAGRAPH', text: '', content: [] }]);
  expect(dump.body[1]).toEqual({
    type: 'PARAGRAPH',
    text: 'Đạt mức độ 2',
    alignment: 'JUSTIFY',
    indentFirstLine: 28.35,
    content: [{ text: 'Đạt ' }, { text: 'mức độ 2', bold: true }],
  });
  expect(dump.body[2]).toEqual({ type: 'PARAGRAPH', text: '', content: [{ pageBreak: true }] });
  expect(dump.body[3]).toMatchObject({
    type: 'TABLE',
    borderWidth: 0,
    borderColor: null,
    columnWidths: [null, 100],
    rows: [{ minimumHeight: null, cells: [{ text: 'Chỉ tiêu', colSpan: 1, verticalAlignment: 'CENTER' }, { text: 'Mức' }] }],
  });
  expect(dump.body[5]).toMatchObject({ type: 'LIST_ITEM', text: 'Lưu: VT.', list: { level: 0, glyph: 'BULLET' } });
  expect(JSON.parse(JSON.stringify(dump))).toEqual(dump);
});

test('documentText renders paragraphs, tables, page breaks and lists as plain text', () => {
  const { body, fake, doc } = newDoc();
  body.getChild(0).asParagraph().setText('BÁO CÁO');
  body.appendTable([['Nơi nhận:', 'HIỆU TRƯỞNG']]);
  body.appendPageBreak();
  body.appendListItem('Như trên;');
  doc.addHeader().getChild(0).asParagraph().setText('Trang 1');
  expect(documentText(fake)).toBe(
    ['[header]', 'Trang 1', '[/header]', 'BÁO CÁO', '| Nơi nhận: | HIỆU TRƯỞNG |', '', '──────── page break ────────', '● Như trên;'].join('\n'),
  );
});
