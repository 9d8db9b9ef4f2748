// Reading sheets by header, not position: moved columns, title rows, merged or multi-line headers, blank rows,
// stray spaces, NFD text, numbers typed as text and error values.
import { locateTable, readTableRows } from '../../src/sheet/table';
import { readWorkbook, chiTieuIdOf, problemCell } from '../../src/sheet/readWorkbook';
import { THANH_VIEN, DON_VI } from '../../src/sheet/schema';
import { locateForm, readForm } from '../../src/sheet/form';
import { cellA1, columnLetter, rangeA1 } from '../../src/sheet/a1';

describe('A1 helpers', () => {
  test('column letters and quoted Vietnamese sheet names', () => {
    expect([1, 26, 27, 52, 703].map(columnLetter)).toEqual(['A', 'Z', 'AA', 'AZ', 'AAA']);
    expect(cellA1(12, 7)).toBe('G12');
    expect(rangeA1('Thành viên', 2, 7, 1000, 1, true)).toBe("'Thành viên'!$G$2:$G$1001");
    expect(rangeA1("O'Neil", 1, 1)).toBe("'O''Neil'!A1");
  });
});

describe('tables are read by header', () => {
  test('columns found by header text in any order, under a title row, with multi-line or unaccented headers', () => {
    const values = [
      ['DANH SÁCH THÀNH VIÊN', '', '', ''],
      ['2.1 Kỷ luật\nlao động', 'Ghi chú', 'HO VA TEN', '  STT '],
      ['x', '', 'Nguyễn Văn An', 1],
      ['', '', '', ''],
      ['KAD', 'nghỉ ốm', 'Trần Thị Bình', 2],
    ];
    const layout = locateTable(values, THANH_VIEN)!;
    expect(layout.headerIndex).toBe(1);
    expect(layout.columns).toMatchObject({ kyLuat: 0, ghiChu: 1, hoTen: 2, stt: 3 });
    const rows = readTableRows(values, layout);
    expect(rows.map((r) => r.row)).toEqual([3, 5]);
    expect(rows[1].record).toMatchObject({ hoTen: 'Trần Thị Bình', kyLuat: 'KAD' });
  });

  test('stray spaces and NFD text are cleaned; error values become blanks and are reported', () => {
    const nfd = 'Nguyễn Văn An'.normalize('NFD');
    const values = [['Họ và tên', '2.2 Hoàn thành bồi dưỡng'], [`  ${nfd}  `, '#N/A']];
    const rows = readTableRows(values, locateTable(values, THANH_VIEN)!);
    expect(rows[0].record.hoTen).toBe('Nguyễn Văn An');
    expect(rows[0].record.boiDuong).toBe('');
    expect(rows[0].errors).toEqual([{ field: 'boiDuong', value: '#N/A' }]);
  });
});

describe('the Đơn vị form is read by label', () => {
  test('rows may move; values are cleaned', () => {
    const values = [['Thông tin', 'Giá trị', ''], ['Năm đánh giá', '2025', ''], ['tên đơn vị', ' Trường THCS Bình Minh ', '']];
    const rows = locateForm(values, DON_VI);
    expect(rows).toMatchObject({ namDanhGia: 1, tenDonVi: 2 });
    expect(readForm(values, rows, DON_VI)).toMatchObject({ tenDonVi: 'Trường THCS Bình Minh', namDanhGia: '2025', diaDanh: '' });
  });
});

describe('readWorkbook', () => {
  const values = {
    'Đơn vị': [['Thông tin', 'Giá trị'], ['Tên đơn vị', 'Trường THCS A'], ['Loại đơn vị', 'Trường trung học cơ sở']],
    'Thành viên': [['STT', 'Họ và tên', '2.1 Kỷ luật lao động'], [1, 'An', 'x'], [2, 'Bình', '#REF!']],
    'Người học': [['Lớp', 'Sĩ số', 'Số đạt Công dân học tập'], ['6A1', '40', 39]],
    'Chỉ tiêu': [['Mã', 'Tự đánh giá', 'Mã minh chứng'], ['1.1', 'Đạt', 'TC1-01'], [2.5, '', ''], ['9.9', '', ''], ['1.1', 'Không đạt', '']],
    'Minh chứng': [['Mã minh chứng', 'Tên minh chứng'], ['TC1-01', 'Kế hoạch']],
    'Hội đồng': undefined,
  };
  const r = readWorkbook(values);
  test('records carry their sheet rows', () => {
    expect(r.workbook.members.map((m) => [m.row, m.hoTen])).toEqual([[2, 'An'], [3, 'Bình']]);
    expect(r.workbook.classes[0]).toMatchObject({ row: 2, siSo: '40', soDatCdht: 39 });
    expect(Object.keys(r.workbook.chiTieu)).toEqual(['1.1', '2.5']);
    expect(r.workbook.chiTieu['1.1'].row).toBe(2);
  });
  test('problems name the sheet and the cell', () => {
    const where = r.problems.map((p) => `${p.sheet}!${problemCell(p, r.layout) ?? ''}`);
    expect(where).toEqual(expect.arrayContaining(['Thành viên!C3', 'Chỉ tiêu!A4', 'Chỉ tiêu!A5', 'Hội đồng!']));
  });
  test('chỉ tiêu ids as typed or as numbers', () => {
    expect(['1.1', 2.5, '2,5', 'CT 3.6', 'x'].map(chiTieuIdOf)).toEqual(['1.1', '2.5', '2.5', '3.6', undefined]);
  });
});

describe('cells as users leave them', () => {
  test('numbers typed as text, with a decimal comma or stray spaces, are numbers', async () => {
    const { toNumber } = await import('../../src/vocab/numbers');
    expect(['93,3', ' 42 ', '1.5', 40, '4 0', 'bốn mươi', ''].map(toNumber)).toEqual([93.3, 42, 1.5, 40, 40, undefined, undefined]);
  });
  test('a header merged over two columns (text in the first cell, blank in the next) still maps the columns', () => {
    const values = [['Họ và tên', '', '2.1 Kỷ luật lao động'], ['Nguyễn Văn An', '', 'x']];
    const layout = locateTable(values, THANH_VIEN)!;
    expect(layout.columns).toMatchObject({ hoTen: 0, kyLuat: 2 });
  });
  test('long texts keep their line breaks; stray spaces go', async () => {
    const { cleanMultiline } = await import('../../src/vocab/normalize');
    expect(cleanMultiline('  - Ban hành kế hoạch.  \r\n\r\n\r\n-   Tổ chức thực hiện. ')).toBe('- Ban hành kế hoạch.\n\n- Tổ chức thực hiện.');
  });
});
