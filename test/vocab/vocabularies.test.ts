// TT24.md §5: what users type, matched after NFC, case- and diacritic-insensitively; unknown values are never counted.
import { parseMark } from '../../src/vocab/marks';
import { parseMemberMark } from '../../src/vocab/memberMark';
import { foldKey } from '../../src/vocab/normalize';
import { parseCollectiveTitle, parseIndividualTitle } from '../../src/vocab/titles';
import { digitalLevelOfScore, digitalLevelOfScores, parseDigitalLevelName } from '../../src/vocab/digitalLevels';
import { parseEvidenceCodes } from '../../src/vocab/evidence';

describe('§5 matching is NFC, case- and diacritic-insensitive', () => {
  test('"LDTT" = "LĐTT" = "lđtt", and NFD input equals NFC input', () => {
    expect(foldKey('LDTT')).toBe(foldKey('LĐTT'));
    expect(foldKey('lđtt')).toBe('ldtt');
    expect(foldKey('Không áp dụng'.normalize('NFD'))).toBe(foldKey('Không áp dụng'));
    expect(foldKey('  Không   áp\u00a0dụng ')).toBe('khong ap dung');
  });
});

describe('§5 yes / no / not-applicable marks as users type them', () => {
  test.each([true, 'x', 'X', 'có', 'Có', 'c', 'đạt', 'rồi', '1', 1, '✓', '✔', 'DAT', 'co'])('%p is yes', (v) => {
    expect(parseMark(v)).toBe('yes');
  });
  test.each([false, '', '  ', null, 'không', 'k', 'chưa', '0', 0, 'KHONG'])('%p is no', (v) => {
    expect(parseMark(v)).toBe('no');
  });
  test.each(['-', 'KAD', 'kad', 'không áp dụng', 'Khong ap dung', 'N/A', 'miễn'])('%p is not applicable', (v) => {
    expect(parseMark(v)).toBe('na');
  });
  test.each(['?', 'xx', 'có lẽ', 2, 0.5, 'ok'])('%p is unknown (an error to report, never silently "no")', (v) => {
    expect(parseMark(v)).toBeUndefined();
  });
});

describe('§5 individual titles are ranked; "LĐTT trở lên" counts any of them', () => {
  test.each([
    ['Lao động tiên tiến', 1], ['LĐTT', 1], ['LDTT', 1], ['Chiến sĩ tiên tiến', 1], ['CSTĐCS', 2],
    ['Chiến sĩ thi đua cơ sở', 2], ['Chiến sĩ thi đua cấp bộ, ban, ngành, tỉnh', 3], ['Chiến sĩ thi đua toàn quốc', 4],
  ])('%s has rank %i', (v, rank) => {
    expect(parseIndividualTitle(v)).toEqual({ kind: 'title', rank });
    expect(parseMemberMark(v, '2.5')).toEqual({ mark: 'yes' });
  });

  test('"Hoàn thành xuất sắc nhiệm vụ" is not a title: it does not count for 2.5, with a reason (S000 mistake)', () => {
    for (const v of ['Hoàn thành xuất sắc nhiệm vụ', 'HTXSNV', 'htxsnv']) {
      const m = parseMemberMark(v, '2.5');
      expect(m?.mark).toBe('no');
      expect(m?.warning).toContain('không phải danh hiệu thi đua');
    }
  });

  test('Giấy khen and Bằng khen are forms of commendation, not titles', () => {
    expect(parseMemberMark('Bằng khen', '2.5')).toMatchObject({ mark: 'no' });
    expect(parseMemberMark('Giấy khen', '2.5')?.warning).toContain('hình thức khen thưởng');
  });

  test('a title typed in another chỉ tiêu column is not accepted there', () => {
    expect(parseMemberMark('LĐTT', '2.1')).toBeUndefined();
    expect(parseMemberMark('x', '2.1')).toEqual({ mark: 'yes' });
  });

  test('an unknown title is undefined', () => {
    expect(parseIndividualTitle('Anh hùng lao động tiên phong')).toBeUndefined();
  });
});

describe('§5 collective titles are ranked', () => {
  test.each([
    ['Tập thể lao động tiên tiến', 1], ['TTLĐTT', 1], ['Tập thể lao động xuất sắc', 2], ['tap the lao dong xuat sac', 2],
    ['Cờ thi đua của bộ, ban, ngành, tỉnh', 3], ['Cờ thi đua của Chính phủ', 4], ['chưa', 0],
  ])('%s has rank %i', (v, rank) => {
    expect(parseCollectiveTitle(v)).toBe(rank);
  });
  test('unknown collective title is undefined', () => {
    expect(parseCollectiveTitle('Tập thể vững mạnh')).toBeUndefined();
  });
});

describe('§5 QĐ 4725 levels by name and by the two group scores', () => {
  test('names, with or without 4725\'s own "(Mức độ n)"', () => {
    expect(parseDigitalLevelName('Mức đáp ứng cơ bản')).toBe(1);
    expect(parseDigitalLevelName('Mức đáp ứng cơ bản (Mức độ 2)')).toBe(1);
    expect(parseDigitalLevelName('muc dap ung tot')).toBe(2);
    expect(parseDigitalLevelName('Mức chưa đáp ứng')).toBe(0);
  });
  test('a bare "Mức độ 2" is refused: 4725\'s mức độ 2 is TT 24 mức 1 (S001 mistake)', () => {
    expect(parseDigitalLevelName('Mức độ 2')).toBeUndefined();
    expect(parseDigitalLevelName('Mức độ 3')).toBeUndefined();
  });
  test('scores: < 50 chưa đáp ứng, 50–75 cơ bản, > 75 tốt; the unit takes the lower group', () => {
    expect(digitalLevelOfScore(49.9)).toBe(0);
    expect(digitalLevelOfScore(50)).toBe(1);
    expect(digitalLevelOfScore(75)).toBe(1);
    expect(digitalLevelOfScore(75.5)).toBe(2);
    expect(digitalLevelOfScores(80, 74)).toBe(1);
    expect(digitalLevelOfScores(80, 76)).toBe(2);
    expect(digitalLevelOfScores(101, 76)).toBeUndefined();
  });
});

describe('§6 evidence codes', () => {
  test('TC groups, item numbers and kiểm định codes are accepted and normalised', () => {
    expect(parseEvidenceCodes('TC1-01; TC1 - 01, tc2 – 04\n[M02.03.02]').codes).toEqual(['TC1-01', 'TC2-04', '[M02.03.02]']);
    expect(parseEvidenceCodes('TC1-01-2').codes).toEqual(['TC1-01-02']);
    expect(parseEvidenceCodes('TC1-01 TC1-02').codes).toEqual(['TC1-01', 'TC1-02']);
  });
  test('anything else is reported as invalid', () => {
    expect(parseEvidenceCodes('có; TC9-01').invalid).toEqual(['có', 'TC9-01']);
    expect(parseEvidenceCodes('').codes).toEqual([]);
  });
});
