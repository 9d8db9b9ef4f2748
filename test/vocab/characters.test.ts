// Look-alike and invisible characters named by code point, so that a message about a value that looks valid says why
// it is not (src/vocab/characters.ts).
import { oddCharactersNote } from '../../src/vocab/characters';
import { parseMark } from '../../src/vocab/marks';
import { cleanText, foldKey } from '../../src/vocab/normalize';

test.each([
  ['х', 'Giá trị "х" có ký tự "х" (U+0445, chữ Kirin), không phải chữ x: hãy xóa và gõ lại bằng bàn phím thường.'],
  ['Х', 'Giá trị "Х" có ký tự "Х" (U+0425, chữ Kirin), không phải chữ X: hãy xóa và gõ lại bằng bàn phím thường.'],
  ['сó', 'Giá trị "сó" có ký tự "с" (U+0441, chữ Kirin), không phải chữ c: hãy xóa và gõ lại bằng bàn phím thường.'],
  ['ο', 'Giá trị "ο" có ký tự "ο" (U+03BF, chữ Hy Lạp), không phải chữ o: hãy xóa và gõ lại bằng bàn phím thường.'],
  ['ｘ', 'Giá trị "ｘ" có ký tự "ｘ" (U+FF58, ký tự toàn độ rộng), không phải "x": hãy xóa và gõ lại bằng bàn phím thường.'],
  ['１', 'Giá trị "１" có ký tự "１" (U+FF11, ký tự toàn độ rộng), không phải "1": hãy xóa và gõ lại bằng bàn phím thường.'],
  ['×', 'Giá trị "×" có ký tự "×" (U+00D7, dấu nhân), không phải chữ x: hãy xóa và gõ lại bằng bàn phím thường.'],
  ['x\u200b', 'Giá trị "x" có ký tự ẩn U+200B: hãy xóa và gõ lại bằng bàn phím thường.'],
  ['ТС1-01', 'Giá trị "ТС1-01" có ký tự "Т" (U+0422, chữ Kirin), không phải chữ T; ký tự "С" (U+0421, chữ Kirin), không phải chữ C: hãy xóa và gõ lại bằng bàn phím thường.'],
  ['ж', 'Giá trị "ж" có ký tự "ж" (U+0436, chữ Kirin): hãy xóa và gõ lại bằng bàn phím thường.'],
])('%p is explained by code point', (value, note) => {
  expect(oddCharactersNote(value)).toBe(note);
});

test.each(['x', 'Đạt mức độ 2', 'Lao động tiên tiến', 'Nguyễn Thị Ánh Tuyết', 'TC1-01; [M02.03.02]', '✓', '√', '93,7%', 'Không áp dụng – nghỉ thai sản…'])(
  'ordinary Vietnamese text %p has no note', (value) => {
    expect(oddCharactersNote(value)).toBeUndefined();
  });

test('invisible characters are removed before matching, so "x" with a pasted zero-width character is still "x"', () => {
  for (const v of ['x\u200b', '\ufeffx', 'x\u2060', 'x\u00ad', '\u200dx\u200c', 'x\u200e']) {
    expect(cleanText(v)).toBe('x');
    expect(parseMark(v)).toBe('yes');
  }
  expect(foldKey('Nguyễn\u200b Văn\u00a0An')).toBe(foldKey('Nguyễn Văn An'));
  expect(foldKey('Nguyễn\u200b Văn\u00a0An')).toBe('nguyen van an');
  expect(parseMark('√')).toBe('yes');
  expect(parseMark('х')).toBeUndefined(); // Cyrillic: an error with its note, never "yes"
});
