// The fixed contract of DVHT_LEVEL and its siblings, called through the real bundle exactly as Sheets calls them.
import { loadBundle } from '../../local/bundle';

const ctx = loadBundle('school');
const LEVEL = (...args: unknown[]) => ctx.DVHT_LEVEL(...args);
const col = (...values: unknown[]) => values.map((v) => [v]);
const LABELS = ['Không đạt', 'Đạt mức độ 1', 'Đạt mức độ 2', 'Không áp dụng', 'Chưa có dữ liệu'];

describe('DVHT_LEVEL, counts form', () => {
  test('DVHT_LEVEL("2.2"; 42; 45) → "Đạt mức độ 1"', () => {
    expect(LEVEL('2.2', 42, 45)).toBe('Đạt mức độ 1');
  });
  test('0 of 0 → "Chưa có dữ liệu"', () => {
    expect(LEVEL('2.1', 0, 0)).toBe('Chưa có dữ liệu');
  });
  test('3.1 at a cơ sở giáo dục takes the learners\' counts: DVHT_LEVEL("3.1"; 50; 51; 900; 933)', () => {
    expect(LEVEL('3.1', 50, 51, 900, 933)).toBe('Đạt mức độ 1');
    expect(LEVEL('3.1', 50, 51, 920, 933)).toBe('Đạt mức độ 2');
    expect(LEVEL('3.1', 50, 51, 886, 933)).toBe('Không đạt');
  });
  test('3.1 for a school given as option requires learners', () => {
    expect(LEVEL('3.1', 50, 51, 'THPT')).toBe('Chưa có dữ liệu');
    expect(LEVEL('3.1', 50, 51, 'Cơ quan hành chính')).toBe('Đạt mức độ 2');
  });
  test.each([
    [[46, 45], /lớn hơn tổng số/],
    [[-1, 45], /số nguyên không âm/],
    [[42.5, 45], /số nguyên không âm.*42,5/],
  ])('qualified > total, negative or fractional counts → an error (%p)', (args, message) => {
    expect(() => LEVEL('2.2', ...args)).toThrow(message);
  });
  test('numeric ids and "2,5" are accepted', () => {
    expect(LEVEL(2.2, 42, 45)).toBe('Đạt mức độ 1');
    expect(LEVEL('2,2', 43, 45)).toBe('Đạt mức độ 2');
  });
});

describe('DVHT_LEVEL, range form', () => {
  const roster = col('Nguyễn Văn An', 'Trần Thị Bình', 'Lê Văn Cường', '', 'Phạm Thị Dung');
  test('rows whose roster cell is empty are ignored; blank marks of listed members are "no"', () => {
    expect(LEVEL('2.1', col('x', 'x', 'x', 'x', 'x'), roster)).toBe('Đạt mức độ 2');
    expect(LEVEL('2.1', col('x', 'x', 'x', 'x', ''), roster)).toBe('Không đạt');
  });
  test('2.5 reads titles: LĐTT trở lên counts, HTXSNV does not', () => {
    const twenty = Array.from({ length: 20 }, (_, i) => `Thành viên ${i + 1}`);
    const titles = [...Array(18).fill('LĐTT'), 'CSTĐCS', 'Hoàn thành xuất sắc nhiệm vụ'];
    expect(LEVEL('2.5', col(...titles), col(...twenty))).toBe('Đạt mức độ 2');
    titles[18] = 'HTXSNV';
    expect(LEVEL('2.5', col(...titles), col(...twenty))).toBe('Đạt mức độ 1');
  });
  test('members marked "không áp dụng" leave the denominator', () => {
    expect(LEVEL('2.4', col('x', 'KAD', '', '', 'x'), roster)).toBe('Đạt mức độ 1'); // 2/3 = 66,6%
  });
  test('an unknown mark is an error naming the value and its row', () => {
    expect(() => LEVEL('2.1', col('x', 'x', 'maybe', 'x', 'x'), roster)).toThrow(/"maybe" ở dòng thứ 3/);
  });
  test('marks and roster of different lengths are an error', () => {
    expect(() => LEVEL('2.1', col('x', 'x'), roster)).toThrow(/cùng số dòng/);
  });
  test('a single cell arrives as a scalar, as in Sheets', () => {
    expect(LEVEL('2.1', 'x', 'Nguyễn Văn An')).toBe('Đạt mức độ 2');
  });
  test('3.1 range form with learner ranges (sĩ số by class) summed', () => {
    const marks = col('x', 'x', 'x', 'x', 'x');
    expect(LEVEL('3.1', marks, roster, col(300, 310, 311), col(310, 311, 312))).toBe('Đạt mức độ 2');
    expect(LEVEL('3.1', marks, roster, col(250, 310, 311), col(310, 311, 312))).toBe('Không đạt');
  });
});

describe('DVHT_LEVEL, evidence after the figures and exclusions (the Tổng hợp sheet\'s form)', () => {
  const roster = col('An', 'Bình', 'Cường', 'Dung');
  test('an evidence argument after the figures is checked; a blank one means no evidence → Không đạt', () => {
    expect(LEVEL('2.1', col('x', 'x', 'x', 'x'), roster, 'TC2-01')).toBe('Đạt mức độ 2');
    expect(LEVEL('2.1', col('x', 'x', 'x', 'x'), roster, '')).toBe('Không đạt');
    expect(LEVEL('2.2', 43, 45, 'TC2-02')).toBe('Đạt mức độ 2');
    expect(LEVEL('2.2', 43, 45, '')).toBe('Không đạt');
    expect(LEVEL('3.1', 50, 51, 920, 933, 'TC3-01')).toBe('Đạt mức độ 2');
    expect(LEVEL('3.1', col('x', 'x', 'x', 'x'), roster, col(300, 310), col(305, 311), '')).toBe('Không đạt');
  });
  test('2.4 takes a column flagging members of a tổ chức kinh tế, who leave the denominator', () => {
    const marks = col('x', '', '', 'x');
    expect(LEVEL('2.4', marks, roster)).toBe('Đạt mức độ 1'); // 2/4 = 50%
    expect(LEVEL('2.4', marks, roster, col('', 'x', '', ''), 'TC2-04')).toBe('Đạt mức độ 1'); // 2/3 = 66,6%
    expect(LEVEL('2.4', marks, roster, col('', 'x', 'x', ''), 'TC2-04')).toBe('Đạt mức độ 2'); // 2/2
    expect(ctx.DVHT_COUNT(marks, roster, col('', 'x', 'x', ''))).toBe('2/2');
  });
  test('options may be a block of settings cells with blanks', () => {
    expect(LEVEL('3.5', 'Đạt', 'TC3-05', [['Trường trung học cơ sở'], [''], ['cấp huyện']])).toBe('Không áp dụng');
    expect(LEVEL('2.1', 45, 45, 'TC2-01', [[''], [''], ['']])).toBe('Đạt mức độ 2');
  });
  test('DVHT_COUNT of two numeric ranges sums them (learners by class)', () => {
    expect(ctx.DVHT_COUNT(col(40, 38, ''), col(41, 40, ''))).toBe('78/81');
    expect(() => ctx.DVHT_COUNT(col(42), col(41))).toThrow(/lớn hơn tổng số/);
  });
});

describe('DVHT_LEVEL, 3.4 digital level', () => {
  test('by name: DVHT_LEVEL("3.4"; "Mức đáp ứng tốt") → "Đạt mức độ 2"', () => {
    expect(LEVEL('3.4', 'Mức đáp ứng tốt')).toBe('Đạt mức độ 2');
    expect(LEVEL('3.4', 'Mức đáp ứng cơ bản')).toBe('Đạt mức độ 1');
    expect(LEVEL('3.4', 'Mức chưa đáp ứng')).toBe('Không đạt');
  });
  test('by the two group scores', () => {
    expect(LEVEL('3.4', 80, 78)).toBe('Đạt mức độ 2');
    expect(LEVEL('3.4', 80, 60)).toBe('Đạt mức độ 1');
    expect(() => LEVEL('3.4', 80, 120)).toThrow(/từ 0 đến 100/);
  });
  test('"Mức độ 2" is refused with the 4725 trap explained', () => {
    expect(() => LEVEL('3.4', 'Mức độ 2')).toThrow(/Mức đáp ứng cơ bản.*Đạt mức độ 1/);
  });
  test('not applicable to a THCS at cấp tỉnh', () => {
    expect(LEVEL('3.4', 'Mức đáp ứng tốt', 'cấp tỉnh', 'THCS')).toBe('Không áp dụng');
  });
  test('evidence, when given, is checked', () => {
    expect(LEVEL('3.4', 'Mức đáp ứng tốt', 'TC3-04')).toBe('Đạt mức độ 2');
    expect(LEVEL('3.4', 80, 78, 'TC3-04')).toBe('Đạt mức độ 2');
  });
});

describe('DVHT_LEVEL, pass/fail chỉ tiêu', () => {
  test('DVHT_LEVEL("1.1"; "Đạt"; "TC1-01") → "Đạt mức độ 2"', () => {
    expect(LEVEL('1.1', 'Đạt', 'TC1-01')).toBe('Đạt mức độ 2');
  });
  test('no evidence → "Không đạt"', () => {
    expect(LEVEL('1.1', 'Đạt', '')).toBe('Không đạt');
    expect(LEVEL('1.1', 'Đạt')).toBe('Không đạt');
  });
  test('"Không đạt" → "Không đạt"; blank → "Chưa có dữ liệu"', () => {
    expect(LEVEL('3.2', 'Không đạt', 'TC3-02')).toBe('Không đạt');
    expect(LEVEL('1.5', '', 'TC1-05')).toBe('Chưa có dữ liệu');
  });
  test('evidence may be a range of codes', () => {
    expect(LEVEL('1.4', 'Đạt', col('TC1-04-01', '', 'TC1-04-02'))).toBe('Đạt mức độ 2');
  });
  test('an invalid evidence code is an error naming it', () => {
    expect(() => LEVEL('1.1', 'Đạt', 'có minh chứng')).toThrow(/"có minh chứng"/);
  });
  test('3.3 takes the collective title', () => {
    expect(LEVEL('3.3', 'Tập thể lao động tiên tiến', 'TC3-03')).toBe('Đạt mức độ 2');
    expect(LEVEL('3.3', 'Tập thể lao động tiên tiến', 'TC3-03', 'tư thục')).toBe('Đạt mức độ 1');
    expect(LEVEL('3.3', 'Tập thể lao động tiên tiến', 'TC3-03', 'cấp tỉnh')).toBe('Đạt mức độ 2'); // Điều 13.3.c
    expect(LEVEL('3.3', 'Tập thể lao động xuất sắc', 'TC3-03', 'cấp tỉnh')).toBe('Đạt mức độ 2');
    expect(LEVEL('3.3', 'Tập thể lao động tiên tiến', '')).toBe('Không đạt');
    expect(() => LEVEL('3.3', 'Tập thể vững mạnh', 'TC3-03')).toThrow(/Danh hiệu "Tập thể vững mạnh"/);
  });
  test('"Không áp dụng" is accepted only where the chỉ tiêu may not apply', () => {
    expect(LEVEL('3.5', 'Không áp dụng', '')).toBe('Không áp dụng');
    expect(LEVEL('1.3', 'KAD', '')).toBe('Không áp dụng');
    expect(() => LEVEL('1.1', 'KAD', '')).toThrow(/không thể ghi "Không áp dụng"/);
    expect(() => LEVEL('1.3', 'KAD', '', 'THPT', 'công lập')).toThrow(/không thể ghi "Không áp dụng"/);
  });
  test('a unit type that makes the chỉ tiêu inapplicable returns "Không áp dụng"', () => {
    expect(LEVEL('3.5', 'Đạt', 'TC3-05', 'THPT')).toBe('Không áp dụng');
    expect(LEVEL('3.5', 'Đạt', 'TC3-05', 'cơ sở GDNN')).toBe('Đạt mức độ 2');
  });
});

describe('DVHT_LEVEL, aggregation', () => {
  test('DVHT_LEVEL("TC2"; E5:E9) is the lowest applicable chỉ tiêu', () => {
    expect(LEVEL('TC2', col('Đạt mức độ 2', 'Đạt mức độ 1', 'Đạt mức độ 2', 'Đạt mức độ 2', 'Đạt mức độ 2'))).toBe('Đạt mức độ 1');
    expect(LEVEL('TC3', col('Đạt mức độ 2', 'Đạt mức độ 2', 'Đạt mức độ 2', 'Đạt mức độ 2', 'Không áp dụng'))).toBe('Đạt mức độ 2');
    expect(LEVEL('TC1', col('Đạt mức độ 2', 'Không đạt', 'Chưa có dữ liệu', 'Đạt mức độ 2', 'Đạt mức độ 2'))).toBe('Không đạt');
  });
  test('DVHT_LEVEL("ĐV"; F5:F7) and "DV" are the lowest tiêu chí', () => {
    expect(LEVEL('ĐV', col('Đạt mức độ 2', 'Đạt mức độ 1', 'Đạt mức độ 2'))).toBe('Đạt mức độ 1');
    expect(LEVEL('DV', col('Đạt mức độ 2', 'Đạt mức độ 2', 'Đạt mức độ 2'))).toBe('Đạt mức độ 2');
  });
  test('a range of the wrong size or with a foreign value is an error', () => {
    expect(() => LEVEL('TC2', col('Đạt mức độ 2', 'Đạt mức độ 2'))).toThrow(/có 5 chỉ tiêu nhưng vùng đã chọn có 2 ô/);
    expect(() => LEVEL('TC3', col(...Array(6).fill('Đạt mức độ 2')))).toThrow(/có 5 chỉ tiêu/);
    expect(LEVEL('TC3', col(...Array(6).fill('Đạt mức độ 2')), 'cấp tỉnh')).toBe('Đạt mức độ 2');
    expect(() => LEVEL('ĐV', col('Đạt', 'Đạt mức độ 2', 'Đạt mức độ 2'))).toThrow(/"Đạt" không phải là mức đánh giá/);
  });
});

describe('DVHT_LEVEL, ids and results', () => {
  test('an unknown indicator id → an error listing the valid ids', () => {
    expect(() => LEVEL('2.7', 1, 2)).toThrow(/Mã hợp lệ: chỉ tiêu 1\.1, 1\.2.*3\.5; tiêu chí TC1, TC2, TC3; cả đơn vị ĐV/);
    expect(() => LEVEL('', 1, 2)).toThrow(/Thiếu mã chỉ tiêu/);
  });
  test('3.6 exists only at cấp tỉnh, and the error says so', () => {
    expect(() => LEVEL('3.6', 'Đạt', 'TC3-06')).toThrow(/chỉ có khi đánh giá cấp tỉnh/);
    expect(LEVEL('3.6', 'Đạt', 'TC3-06', 'cấp tỉnh')).toBe('Đạt mức độ 2');
  });
  test('options may come from a range of cells (e.g. the Đơn vị sheet)', () => {
    expect(LEVEL('3.5', 'Mức đáp ứng tốt', [['cấp tỉnh'], ['Cơ sở giáo dục đại học']])).toBe('Đạt mức độ 2');
  });
  test('the result is always one of the five labels', () => {
    const samples = [LEVEL('2.2', 42, 45), LEVEL('2.1', 0, 0), LEVEL('3.5', 'Đạt', 'TC3-05', 'THPT'), LEVEL('1.1', 'Đạt', ''), LEVEL('2.1', 45, 45)];
    for (const s of samples) expect(LABELS).toContain(s);
  });
  test('errors are Error objects whose message is Vietnamese NFC', () => {
    try {
      LEVEL('2.2', 46, 45);
      throw new Error('expected a throw');
    } catch (e) {
      expect((e as Error).message).toBe((e as Error).message.normalize('NFC'));
      expect((e as Error).message).toMatch(/Thành viên: số đạt \(46\) lớn hơn tổng số \(45\)/);
    }
  });
});

describe('DVHT_PERCENT, DVHT_COUNT, DVHT_GAP', () => {
  test('DVHT_PERCENT rounds down to 0.1% so a 95% display means ≥ 95%', () => {
    const names = col(...Array.from({ length: 2000 }, (_, i) => `TV ${i}`));
    const marks = col(...Array.from({ length: 2000 }, (_, i) => (i < 1899 ? 'x' : '')));
    expect(ctx.DVHT_PERCENT(marks, names)).toBe(0.949);
    expect(ctx.DVHT_COUNT(marks, names)).toBe('1899/2000');
  });
  test('without roster, only non-blank marks are members', () => {
    expect(ctx.DVHT_COUNT(col('x', '', 'không', 'KAD'))).toBe('1/2');
    expect(ctx.DVHT_PERCENT(col('', ''))).toBe('');
  });
  test('DVHT_GAP names how many more members are needed', () => {
    expect(ctx.DVHT_GAP('2.5', col(...Array(41).fill('LĐTT'), '', '', '', ''), col(...Array.from({ length: 45 }, (_, i) => `TV ${i}`)))).toBe(
      'Cần thêm 2 thành viên đạt danh hiệu LĐTT trở lên để đạt mức độ 2.',
    );
    expect(ctx.DVHT_GAP('2.2', 45, 45)).toBe('Đã đạt mức độ 2.');
    expect(ctx.DVHT_GAP('3.4', 'Mức đáp ứng cơ bản')).toBe('Cần đạt “Mức đáp ứng tốt” theo Quyết định số 4725/QĐ-BGDĐT để đạt mức độ 2.');
    expect(() => ctx.DVHT_GAP('TC2', 1, 2)).toThrow(/một chỉ tiêu/);
  });
});

describe('DVHT_LEVEL, the rules of the official text through the bundle', () => {
  // Điều 2.8: "Người học … (không bao gồm … trường trung học cơ sở …)": a THCS's 3.1 is the members' share alone.
  test('3.1 for a THCS ignores learner counts; for a THPT they bind', () => {
    expect(LEVEL('3.1', 46, 48, 0, 900, 'THCS')).toBe('Đạt mức độ 2');
    expect(LEVEL('3.1', 44, 48, 0, 900, 'cấp huyện', 'Trường trung học cơ sở')).toBe('Đạt mức độ 1');
    expect(LEVEL('3.1', 46, 48, 0, 900, 'THPT')).toBe('Không đạt');
    expect(LEVEL('3.1', 46, 48, 'TC3-01', 'Trường tiểu học')).toBe('Đạt mức độ 2');
  });
  // Điều 12.3.c, 13.3.c: "Đơn vị cấp tỉnh đạt danh hiệu thi đua từ “Tập thể lao động tiên tiến” … trở lên", both levels.
  test('cấp tỉnh 3.3: a non-công-lập unit with Tập thể lao động tiên tiến → Đạt mức độ 2', () => {
    expect(LEVEL('3.3', 'Tập thể lao động tiên tiến', 'TC3-03', 'cấp tỉnh', 'tư thục')).toBe('Đạt mức độ 2');
    expect(LEVEL('3.3', 'Tập thể lao động tiên tiến', 'TC3-03', 'cấp huyện', 'tư thục')).toBe('Đạt mức độ 1');
  });
  // Điều 12.3.d names "trung tâm giáo dục thường xuyên" for 3.4; 12.3.e (3.6) only "cơ sở giáo dục nghề nghiệp".
  test('a trung tâm GDTX at cấp tỉnh: 3.4 applies, 3.6 Không áp dụng', () => {
    expect(LEVEL('3.4', 'Mức đáp ứng tốt', 'cấp tỉnh', 'Trung tâm giáo dục thường xuyên')).toBe('Đạt mức độ 2');
    expect(LEVEL('3.6', 'Đạt', 'TC3-06', 'cấp tỉnh', 'TT GDTX')).toBe('Không áp dụng');
  });
});

describe('DVHT_LEVEL, an option that is not understood', () => {
  const message = (x: string) =>
    `Tùy chọn "${x}" không hiểu được: ghi cấp ("cấp huyện", "cấp tỉnh"), loại đơn vị (như danh sách "Loại đơn vị" ở sheet "Đơn vị", ví dụ "Trường trung học phổ thông", "THCS") hoặc "công lập"/"tư thục".`;
  const errorOf = (...args: unknown[]) => {
    try {
      LEVEL(...args);
    } catch (e) {
      return (e as Error).message;
    }
    return 'no error';
  };
  test('an unknown unit type after the options is named, never read as data (was "Quá nhiều đối số")', () => {
    expect(errorOf('3.4', 'Mức đáp ứng tốt', 'cấp tỉnh', 'Trường quốc tế')).toBe(message('Trường quốc tế'));
    expect(errorOf('3.4', 80, 78, 'cấp tỉnh', 'Trường XYZ')).toBe(message('Trường XYZ')); // README's example
    expect(errorOf('1.1', 'Đạt', 'TC1-01', 'cấp tỉnh', 'Trường quốc tế')).toBe(message('Trường quốc tế'));
    expect(errorOf('2.2', 42, 45, 'TC2-02', 'Trường quốc tế', 'cấp tỉnh')).toBe(message('Trường quốc tế'));
    expect(errorOf('3.3', 'Tập thể lao động tiên tiến', 'TC3-03', 'xã hội hóa')).toBe(message('xã hội hóa'));
  });
  test('in the evidence position, a text that reads as an option is named as one', () => {
    expect(errorOf('1.1', 'Đạt', 'Trường quốc tế')).toBe(message('Trường quốc tế'));
    expect(errorOf('1.1', 'Đạt', 'có minh chứng')).toMatch(/^Mã minh chứng không hợp lệ: "có minh chứng"/);
  });
  test('in a block of Đơn vị cells, and after a tiêu chí range', () => {
    expect(errorOf('2.1', 45, 45, 'TC2-01', [['Trường quốc tế'], ['Công lập'], ['cấp huyện']])).toBe(message('Trường quốc tế'));
    expect(errorOf('TC2', col(...Array(5).fill('Đạt mức độ 2')), 'cấp tỉnh', 'Trường quốc tế')).toBe(message('Trường quốc tế'));
  });
  test('too many arguments that are not options keeps its own message', () => {
    expect(errorOf('1.1', 'Đạt', 'TC1-01', 'TC1-02')).toMatch(/^Quá nhiều đối số cho chỉ tiêu 1.1/);
  });
});
