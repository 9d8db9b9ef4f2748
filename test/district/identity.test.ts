// Identity by spreadsheet, through the real district bundle: a unit is the spreadsheet its link names, from Danh sách
// to Kết quả, Nhật ký and the documents. The name a school types in its own Đơn vị sheet is shown, never matched on.
import { createRuntime } from '../../local/runtime';
import { consolidateAll, logLines, recordReads, resultsOf, setUpDistrict } from '../../local/district';
import { syntheticSchool } from '../../local/syntheticSchools';
import { lastDocText } from '../support/docs';
import { dumpSheet } from '../../local/spreadsheet';

describe('a unit is its spreadsheet, whatever name it types', () => {
  const rt = createRuntime({ target: 'district' });
  const a = syntheticSchool(rt.sheets, 1, { name: 'Trường Tiểu học Bình Minh A', members: 'all' });
  // Types its neighbour's name, and its own data make it Không đạt (a third of its members lack 2.1).
  const b = syntheticSchool(rt.sheets, 2, { name: 'Trường Tiểu học Bình Minh B', typedName: 'Trường Tiểu học Bình Minh A', members: 'poor' });
  const c = syntheticSchool(rt.sheets, 3, { name: 'Trường Tiểu học Hòa Bình', typedName: 'Trường TH Hòa Bình', members: 'all' });
  const d = syntheticSchool(rt.sheets, 4, { name: 'Trường THCS Sông Cầu', members: 'all' });
  // Only case, spacing and diacritics differ: the same name, no warning.
  const e = syntheticSchool(rt.sheets, 5, { name: 'Trường Tiểu học Bình Minh C', typedName: 'trường tiểu học  BINH MINH c', members: 'all' });
  // Sheet rows: header 1, a 2, b 3, c 4, d 5, d again (bare id) 6, e 7.
  const ss = setUpDistrict(rt, [a, b, c, d, { name: 'THCS Sông Cầu (nộp lại)', link: d.id }, e]);
  const reads = recordReads(rt);
  consolidateAll(rt);
  const results = resultsOf(ss);
  const log = logLines(ss);
  rt.run('dvhtTaoVanBan');
  const text = lastDocText(rt);
  /** The Nhật ký line of a unit read well, with the counts its Kết quả row holds. */
  const readLine = (name: string, id: string, tail = '') => {
    const r = results.get(id)!;
    return [name, 'Đọc được', `${r.mucTinhLai}; ${r.soLoi} lỗi, ${r.soCanhBao} cảnh báo${r.chenhLech ? `; ${String(r.chenhLech).split('; ').length} chênh lệch` : ''}${tail}`];
  };
  /** How many lines match `pattern` in each document (the Doc holds the documents one after another). */
  const perDocument = (pattern: RegExp) => text.split('\f').map((d) => d.split('\n').filter((l) => pattern.test(l)).length);
  /** Listed in at least one document, and at most once in any. */
  const onceWhereListed = (pattern: RegExp) => {
    const counts = perDocument(pattern);
    expect(Math.max(...counts)).toBe(1);
  };
  const never = (pattern: RegExp) => expect(perDocument(pattern).every((n) => n === 0)).toBe(true);

  test('every spreadsheet is read exactly once, the one listed twice included', () => {
    expect([...reads].sort()).toEqual([a.id, b.id, c.id, d.id, e.id].sort());
    expect([...results.keys()].sort()).toEqual([a.id, b.id, c.id, d.id, e.id].sort());
  });

  test('Nhật ký: one line per unit under the list name, a warning with both names, one line naming both duplicate rows', () => {
    const differs = (typed: string, listed: string) => `; Tên trong bảng tính của đơn vị "${typed}" khác tên trong Danh sách đơn vị "${listed}"; văn bản dùng tên trong Danh sách đơn vị`;
    expect(log).toEqual([
      readLine('Trường Tiểu học Bình Minh A', a.id),
      readLine('Trường Tiểu học Bình Minh B', b.id, differs('Trường Tiểu học Bình Minh A', 'Trường Tiểu học Bình Minh B')),
      readLine('Trường Tiểu học Hòa Bình', c.id, differs('Trường TH Hòa Bình', 'Trường Tiểu học Hòa Bình')),
      readLine('Trường THCS Sông Cầu', d.id),
      ['THCS Sông Cầu (nộp lại)', 'Trùng', `Dòng 6 ("THCS Sông Cầu (nộp lại)") và dòng 5 ("Trường THCS Sông Cầu") của Danh sách đơn vị cùng liên kết tới một bảng tính (mã ${d.id}): đơn vị được đọc và tính một lần, theo dòng 5; hãy xóa dòng trùng hoặc sửa liên kết.`],
      readLine('Trường Tiểu học Bình Minh C', e.id),
    ]);
  });

  test('Kết quả per id: the list name, the typed name beside it, the warning, each unit its own level', () => {
    const row = (id: string) => {
      const r = results.get(id)!;
      return [r.tenDonVi, r.tenTuGhi, r.mucTinhLai, r.ghiChu];
    };
    expect(row(a.id)).toEqual(['Trường Tiểu học Bình Minh A', 'Trường Tiểu học Bình Minh A', 'Đạt mức độ 2', '']);
    expect(row(b.id)).toEqual(['Trường Tiểu học Bình Minh B', 'Trường Tiểu học Bình Minh A', 'Không đạt',
      'Tên trong bảng tính của đơn vị "Trường Tiểu học Bình Minh A" khác tên trong Danh sách đơn vị "Trường Tiểu học Bình Minh B"; văn bản dùng tên trong Danh sách đơn vị']);
    expect(results.get(b.id)!['muc_2.1']).toBe('Không đạt');
    expect(row(c.id)).toEqual(['Trường Tiểu học Hòa Bình', 'Trường TH Hòa Bình', 'Đạt mức độ 2',
      'Tên trong bảng tính của đơn vị "Trường TH Hòa Bình" khác tên trong Danh sách đơn vị "Trường Tiểu học Hòa Bình"; văn bản dùng tên trong Danh sách đơn vị']);
    expect(row(d.id)).toEqual(['Trường THCS Sông Cầu', 'Trường THCS Sông Cầu', 'Đạt mức độ 2', '']);
    expect(row(e.id)).toEqual(['Trường Tiểu học Bình Minh C', 'trường tiểu học BINH MINH c', 'Đạt mức độ 2', '']);
  });

  test('the duplicate row says so in Danh sách đơn vị', () => {
    const list = dumpSheet(ss._sheetByName('Danh sách đơn vị')!).values;
    const status = list[0].indexOf('Trạng thái');
    expect(list[5][status]).toBe(`Trùng: Dòng 6 ("THCS Sông Cầu (nộp lại)") và dòng 5 ("Trường THCS Sông Cầu") của Danh sách đơn vị cùng liên kết tới một bảng tính (mã ${d.id}): đơn vị được đọc và tính một lần, theo dòng 5; hãy xóa dòng trùng hoặc sửa liên kết.`);
  });

  test('the documents list each unit once, under the list name, with its own result: the neighbour keeps its mức độ 2', () => {
    // The lists of recognised units (rows "TT\tĐơn vị\tMức độ") and of the others ("TT\tĐơn vị\tLý do").
    onceWhereListed(/^\d+\tTrường Tiểu học Bình Minh A\tMức độ 2$/);
    never(/^\d+\tTrường Tiểu học Bình Minh B\tMức độ/);
    onceWhereListed(/^\d+\tTrường Tiểu học Bình Minh B\tkết quả tính lại: Không đạt/);
    onceWhereListed(/^\d+\tTrường Tiểu học Hòa Bình\tMức độ 2$/);
    onceWhereListed(/^\d+\tTrường THCS Sông Cầu\tMức độ 2$/);
    never(/^\d+\tTHCS Sông Cầu \(nộp lại\)\t/);
    expect(text).not.toContain('Trường TH Hòa Bình');
    expect(text).not.toContain('chưa đọc được');
  });
});
