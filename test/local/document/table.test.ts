// Table, TableRow and TableCell: building, reading, borders, widths, cell attributes, merging and section rules.
import { newDoc } from './helpers';

describe('Table', () => {
  test('appendTable(cells) builds the whole table in one call; the section gets a paragraph after it', () => {
    const { app, body } = newDoc();
    const t = body.appendTable([
      ['PHÒNG GD&ĐT HUYỆN AN PHÚ', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'],
      ['TRƯỜNG THCS BÌNH MINH', 'Độc lập - Tự do - Hạnh phúc'],
    ]);
    expect(t.getNumRows()).toBe(2);
    expect(t.getRow(0).getNumCells()).toBe(2);
    expect(t.getCell(1, 1).getText()).toBe('Độc lập - Tự do - Hạnh phúc');
    expect(t.getCell(0, 0).getNumChildren()).toBe(1);
    expect(t.getCell(0, 0).getChild(0).getType()).toBe(app.ElementType.PARAGRAPH);
    // Google Docs never ends a section with a table: an empty paragraph follows it.
    expect(body.getNumChildren()).toBe(3);
    expect(body.getChild(2).asParagraph().getText()).toBe('');
    const p = body.appendParagraph('BÁO CÁO');
    expect(body.getChildIndex(p)).toBe(3);
    expect(body.getText()).toBe('\nPHÒNG GD&ĐT HUYỆN AN PHÚ\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nTRƯỜNG THCS BÌNH MINH\nĐộc lập - Tự do - Hạnh phúc\n\nBÁO CÁO');
    expect(() => body.getChild(2).removeFromParent()).not.toThrow();
    expect(body.getTables()).toHaveLength(1);
  });

  test('appendTable() makes a table with no rows; rows and cells are added one by one', () => {
    const { body } = newDoc();
    const t = body.appendTable();
    expect(t.getNumRows()).toBe(0);
    const row = t.appendTableRow();
    row.appendTableCell('Nơi nhận:');
    row.appendTableCell();
    expect(t.getNumRows()).toBe(1);
    expect(t.getCell(0, 1).getText()).toBe('');
    expect(t.getRow(0).getCell(0).getParentRow()).toBe(row);
    expect(t.getCell(0, 0).getParentTable()).toBe(t);
  });

  test('cells must be strings and rows of one length', () => {
    const { body } = newDoc();
    expect(() => body.appendTable([[1, 2]] as unknown as string[][])).toThrow(
      "The parameters (Object[]) don't match the method signature for DocumentApp.Body.appendTable.",
    );
    expect(() => body.appendTable([['a', 'b'], ['c']])).toThrow('Invalid argument: cells');
  });

  test('borders, column widths and attributes', () => {
    const { app, body } = newDoc();
    const t = body.appendTable([['a', 'b']]);
    expect(t.getBorderWidth()).toBeNull();
    t.setBorderWidth(0).setBorderColor('#999999').setColumnWidth(0, 200);
    expect(t.getBorderWidth()).toBe(0);
    expect(t.getBorderColor()).toBe('#999999');
    expect(t.getColumnWidth(0)).toBe(200);
    expect(t.getColumnWidth(1)).toBeNull();
    expect(() => t.setColumnWidth(2, 10)).toThrow('Column index (2) must be less than the number of columns (2).');
    const s: Record<string, unknown> = {};
    s[String(app.Attribute.BORDER_WIDTH)] = 1.5;
    s[String(app.Attribute.BOLD)] = true;
    t.setAttributes(s);
    expect(t.getBorderWidth()).toBe(1.5);
    expect(t.getCell(0, 1).editAsText().isBold()).toBe(true);
    expect(t.getAttributes().BORDER_WIDTH).toBe(1.5);
  });

  test('cell width, padding, vertical alignment and background; BACKGROUND_COLOR on a cell shades the cell', () => {
    const { app, body } = newDoc();
    const cell = body.appendTable([['x']]).getCell(0, 0);
    cell.setWidth(170).setPaddingTop(0).setPaddingBottom(2).setPaddingLeft(0).setPaddingRight(0);
    cell.setVerticalAlignment(app.VerticalAlignment.CENTER).setBackgroundColor('#EEEEEE');
    expect([cell.getWidth(), cell.getPaddingTop(), cell.getPaddingBottom()]).toEqual([170, 0, 2]);
    expect(cell.getVerticalAlignment()).toBe(app.VerticalAlignment.CENTER);
    expect(cell.getBackgroundColor()).toBe('#eeeeee');
    const s: Record<string, unknown> = {};
    s[String(app.Attribute.BACKGROUND_COLOR)] = '#ffff00';
    s[String(app.Attribute.PADDING_LEFT)] = 4;
    cell.setAttributes(s);
    expect(cell.getBackgroundColor()).toBe('#ffff00');
    expect(cell.getPaddingLeft()).toBe(4);
    expect(cell.editAsText().getBackgroundColor()).toBeNull();
    expect(() => cell.setVerticalAlignment(app.HorizontalAlignment.CENTER as unknown as GoogleAppsScript.Document.VerticalAlignment)).toThrow(
      "don't match the method signature for DocumentApp.TableCell.setVerticalAlignment",
    );
  });

  test('a cell holds paragraphs; setText replaces them; page breaks are not allowed in cells', () => {
    const { body } = newDoc();
    const cell = body.appendTable([['Nơi nhận:']]).getCell(0, 0);
    cell.appendParagraph('- Như trên;');
    cell.appendParagraph('- Lưu: VT.');
    expect(cell.getText()).toBe('Nơi nhận:\n- Như trên;\n- Lưu: VT.');
    expect(() => cell.getChild(0).asParagraph().appendPageBreak()).toThrow('PageBreak elements cannot be contained within a TableCell');
    cell.setText('HIỆU TRƯỞNG');
    expect(cell.getNumChildren()).toBe(1);
    expect(cell.getText()).toBe('HIỆU TRƯỞNG');
  });

  test('merge joins a cell to the one before it, which then spans both columns', () => {
    const { body } = newDoc();
    const t = body.appendTable([['TIÊU CHÍ', ''], ['1', 'Đạt']]);
    const merged = t.getCell(0, 1).merge();
    expect(merged).toBe(t.getCell(0, 0));
    expect(merged.getColSpan()).toBe(2);
    expect(t.getRow(0).getNumCells()).toBe(1);
    expect(merged.getText()).toBe('TIÊU CHÍ');
  });

  test('removeRow, removeCell, copy and minimum row height', () => {
    const { body } = newDoc();
    const t = body.appendTable([['a', 'b'], ['c', 'd']]);
    t.getRow(0).setMinimumHeight(20);
    expect(t.getRow(0).getMinimumHeight()).toBe(20);
    const copy = t.copy() as GoogleAppsScript.Document.Table;
    expect(t.removeRow(1).getCell(0).getText()).toBe('c');
    expect(t.getNumRows()).toBe(1);
    expect(t.getRow(0).removeCell(0).getText()).toBe('a');
    expect(copy.getNumRows()).toBe(2);
    expect(copy.getParent()).toBeNull();
    body.appendTable(copy);
    expect(body.getTables()).toHaveLength(2);
  });
});
