// A1 notation parsing/formatting and the rewriting of formula references on structural changes.
import { columnToLetters, lettersToColumn, parseA1, quoteSheetName, rectA1 } from '../../../local/spreadsheet/a1';
import { adjustFormula, renameSheetInFormula, translateFormula } from '../../../local/spreadsheet/formulaRefs';

describe('A1 notation', () => {
  test('column letters round-trip', () => {
    for (const [n, s] of [[1, 'A'], [26, 'Z'], [27, 'AA'], [52, 'AZ'], [703, 'AAA']] as const) {
      expect(columnToLetters(n)).toBe(s);
      expect(lettersToColumn(s)).toBe(n);
    }
  });

  test('parses cells, ranges, absolute markers and quoted Vietnamese sheet names', () => {
    expect(parseA1('B2')).toEqual({ sheetName: null, r1: 2, c1: 2, r2: 2, c2: 2 });
    expect(parseA1('$A$1:c3')).toEqual({ sheetName: null, r1: 1, c1: 1, r2: 3, c2: 3 });
    expect(parseA1("'Thành viên'!B2:C5")).toEqual({ sheetName: 'Thành viên', r1: 2, c1: 2, r2: 5, c2: 3 });
    expect(parseA1("'It''s'!A1")?.sheetName).toBe("It's");
    expect(parseA1('Sheet1!A1:B2')?.sheetName).toBe('Sheet1');
    expect(parseA1('C5:A1')).toEqual({ sheetName: null, r1: 1, c1: 1, r2: 5, c2: 3 });
    expect(parseA1('A:B')).toEqual({ sheetName: null, r1: 1, c1: 1, r2: null, c2: 2 });
  });

  test('rejects malformed references', () => {
    for (const bad of ['', 'A0', '1A', 'A1:B2:C3', 'Thành viên!A1', "'Open!A1", 'ABCD1', 'A1!']) expect(parseA1(bad)).toBeNull();
  });

  test('formats and quotes', () => {
    expect(rectA1({ r1: 1, c1: 1, r2: 1, c2: 1 })).toBe('A1');
    expect(rectA1({ r1: 2, c1: 2, r2: 5, c2: 3 })).toBe('B2:C5');
    expect(quoteSheetName('Sheet1')).toBe('Sheet1');
    expect(quoteSheetName('Thành viên')).toBe("'Thành viên'");
    expect(quoteSheetName("It's")).toBe("'It''s'");
    expect(quoteSheetName('A1')).toBe("'A1'");
  });
});

describe('formula references', () => {
  const insertCols = { sheetName: 'Thành viên', axis: 'column', kind: 'insert', at: 3, count: 2 } as const;

  test('insertion shifts plain, absolute, range and sheet-qualified references', () => {
    expect(adjustFormula('=C2+$D$3+B1', 'Thành viên', insertCols)).toBe('=E2+$F$3+B1');
    expect(adjustFormula('=SUM(B2:D9)', 'Thành viên', insertCols)).toBe('=SUM(B2:F9)');
    expect(adjustFormula("=COUNTIF('Thành viên'!C:C;\"x\")", 'Tổng hợp', insertCols)).toBe("=COUNTIF('Thành viên'!E:E;\"x\")");
    expect(adjustFormula('=C2', 'Tổng hợp', insertCols)).toBe('=C2');
  });

  test('leaves strings, function names and other sheets alone', () => {
    expect(adjustFormula('=DVHT_LEVEL("2.5"; C2:C60; "C3")', 'Thành viên', insertCols)).toBe('=DVHT_LEVEL("2.5"; E2:E60; "C3")');
    expect(adjustFormula('=LOG10(C1)+ATAN2(1;2)', 'Thành viên', insertCols)).toBe('=LOG10(E1)+ATAN2(1;2)');
    expect(adjustFormula('=Khác!C1', 'Thành viên', insertCols)).toBe('=Khác!C1');
  });

  test('deletion shrinks ranges and turns deleted cells into #REF!', () => {
    const del = { sheetName: 'S', axis: 'row', kind: 'delete', at: 3, count: 2 } as const;
    expect(adjustFormula('=A3+A5+A1', 'S', del)).toBe('=#REF!+A3+A1');
    expect(adjustFormula('=SUM(A2:A10)', 'S', del)).toBe('=SUM(A2:A8)');
    expect(adjustFormula('=SUM(A3:B4)', 'S', del)).toBe('=SUM(#REF!)');
  });

  test('renaming a sheet rewrites its qualified references with quotes as needed', () => {
    expect(renameSheetInFormula("=Sheet1!A1+'Sheet1'!B2+Other!C3", 'Sheet1', 'Thành viên')).toBe("='Thành viên'!A1+'Thành viên'!B2+Other!C3");
  });

  test('translation moves relative parts only', () => {
    expect(translateFormula('=A1+$B$1+B$2+$C3', 2, 1)).toBe('=B3+$B$1+C$2+$C5');
  });
});
