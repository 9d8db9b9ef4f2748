// The example dossier rendered by the .docx renderer and laid out by LibreOffice (as `npm run pages` does): every
// part starts on a new page without a number, its later pages carry their number centred in the top margin counting
// from 2, and the Bản tổng hợp's rows are all there, cell by cell.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strToU8, zipSync } from 'fflate';
import { assessWorkbook } from '../../../src/assess/assessWorkbook';
import { ReportContext, reportContext } from '../../../src/report/context';
import { buildDossier } from '../../../src/report/dossier';
import { docxFiles } from '../../../src/report/docx/package';
import { DocumentModel, ND30_PAGE, Table, textCell, textWidth } from '../../../src/report/model';
import { SchoolWorkbook } from '../../../src/workbook/records';
import { docxToPdf } from '../../../local/pdf';

jest.setTimeout(120_000);

const example = JSON.parse(readFileSync(join(__dirname, '../../../examples/truong-thcs-binh-minh.json'), 'utf8')) as SchoolWorkbook;
/** The context each model was built from, so a check can read the levels it shows. */
const contexts = new Map<DocumentModel, ReportContext>();
function dossierOf(wb: SchoolWorkbook, parts?: Parameters<typeof buildDossier>[1]): DocumentModel {
  const ctx = reportContext(wb, assessWorkbook(wb), { day: 23, month: 11, year: 2026 });
  const m = buildDossier(ctx, parts);
  contexts.set(m, ctx);
  return m;
}
const model = dossierOf(example);

interface Word { text: string; xMin: number; xMax: number; yMin: number; yMax: number }

/** pdftotext's output for the whole PDF with the given options. */
function pdftotext(pdf: string, args: string[]): string {
  const r = spawnSync('pdftotext', [...args, pdf, '-'], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`pdftotext failed: ${r.stderr}`);
  return r.stdout;
}

const decode = (s: string) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');

/** The words of each page with their boxes (points from the top-left corner). */
function pageWords(pdf: string): Word[][] {
  return pdftotext(pdf, ['-bbox']).split('<page ').slice(1).map((page) =>
    [...page.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g)].map((m) => ({
      xMin: Number(m[1]), yMin: Number(m[2]), xMax: Number(m[3]), yMax: Number(m[4]), text: decode(m[5]),
    })),
  );
}

/** The model as .docx (zipped with fflate), laid out by LibreOffice: each page's words and raw text. */
function layout(m: DocumentModel): { words: Word[][]; raw: string[] } {
  const zip = zipSync(Object.fromEntries(docxFiles(m).map((f) => [f.path, strToU8(f.text)])));
  const result = docxToPdf(Buffer.from(zip), m.name, m.page);
  expect(result.reason).toBeUndefined();
  expect(result.rendered).toBe(true);
  const dir = mkdtempSync(join(tmpdir(), 'dvht-docx-test-'));
  try {
    const pdf = join(dir, 'document.pdf');
    writeFileSync(pdf, result.pdf);
    const words = pageWords(pdf);
    // -raw keeps the content-stream order, which is cell by cell for tables (-layout would interleave the columns).
    return { words, raw: pdftotext(pdf, ['-raw']).split('\f').slice(0, words.length) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe('the example dossier as .docx, laid out by LibreOffice', () => {
  let words: Word[][] = [];
  let raw: string[] = [];
  beforeAll(() => ({ words, raw } = layout(model)));

  const page = model.page;
  const inTopMargin = (w: Word) => w.yMax <= page.marginTop;
  /** The page number printed in the top margin of each page, or null. */
  const numbers = () => words.map((ws) => {
    const top = ws.filter(inTopMargin);
    return top.length ? top.map((w) => w.text).join(' ') : null;
  });

  test('every part starts on a page of its own without a number (NĐ 30: none on the first page)', () => {
    const unnumbered = numbers().flatMap((n, i) => (n === null ? [i] : []));
    expect(unnumbered).toHaveLength(model.parts.length);
    expect(unnumbered[0]).toBe(0);
    // Each first page shows its part's opening text (the cover its unit, the others their title).
    const titles = ['TRƯỜNG THCS BÌNH MINH', 'TỜ TRÌNH', 'DANH SÁCH', 'BẢN TỔNG HỢP', 'DANH MỤC', 'BIÊN BẢN', 'BÁO CÁO', 'DANH MỤC'];
    expect(model.parts.map((p) => p.id)).toEqual(['trangBia', 'toTrinh', 'hoiDong', 'tongHop', 'vietTat', 'bienBan', 'baoCao', 'minhChung']);
    unnumbered.forEach((p, i) => expect(raw[p]).toContain(titles[i]));
  });

  test('the later pages of a part are numbered 2, 3, … (restarting in each part), centred in the top margin', () => {
    // NĐ 30/2020 Phụ lục I, số trang văn bản: "Được đánh từ số 1, bằng chữ số Ả Rập, … được đặt canh giữa theo chiều
    // ngang trong phần lề trên của văn bản, không hiển thị số trang thứ nhất."
    const ns = numbers();
    let expected = 1;
    ns.forEach((n, i) => {
      expected = n === null ? 1 : expected + 1;
      if (n !== null) expect({ page: i + 1, number: n }).toEqual({ page: i + 1, number: String(expected) });
    });
    expect(ns).toContain('2');
    expect(ns).toContain('3');
    const centre = page.marginLeft + textWidth(page) / 2;
    words.forEach((ws) => ws.filter(inTopMargin).forEach((w) => {
      expect(Math.abs((w.xMin + w.xMax) / 2 - centre)).toBeLessThan(2);
      expect(w.yMin).toBeGreaterThan(10 * (72 / 25.4) - 2);
    }));
  });

  test('the Bản tổng hợp: x marks under the right column headers, each tiêu chí written once', () => {
    const ns = numbers();
    const first = ns.findIndex((n, i) => n === null && raw[i].includes('BẢN TỔNG HỢP'));
    expect(ns[first + 1]).toBeNull(); // the table and its closing fit on the part's one page
    checkSummaryPage(words[first], model);
  });
});

/** The words whose centre lies in [left, right] horizontally and [top, bottom] vertically. */
const within = (ws: Word[], left: number, right: number, top: number, bottom: number) =>
  ws.filter((w) => (w.xMin + w.xMax) / 2 >= left && (w.xMin + w.xMax) / 2 <= right && (w.yMin + w.yMax) / 2 >= top && (w.yMin + w.yMax) / 2 <= bottom);
const box = (ws: Word[]) => ({ xMin: Math.min(...ws.map((w) => w.xMin)), xMax: Math.max(...ws.map((w) => w.xMax)), text: ws.map((w) => w.text).join(' ') });
const midY = (w: Word) => (w.yMin + w.yMax) / 2;
const midX = (w: Word) => (w.xMin + w.xMax) / 2;

/**
 * Checks the laid-out Bản tổng hợp against the assessment: the six level headers sit in their columns; each chỉ tiêu
 * row has one x, inside the box of the header of its level in the "Xếp loại chỉ tiêu" group (none for Không áp dụng,
 * whose text spans the group); each tiêu chí has one x, between its first and last row, inside the box of its level in
 * the "Xếp loại tiêu chí" group; "Tiêu chí n" is written once, in the first column, over its rows.
 */
function checkSummaryPage(ws: Word[], m: DocumentModel): void {
  const part = m.parts.find((p) => p.id === 'tongHop')!;
  const table = part.blocks.find((b): b is Table => b.kind === 'table' && b.borders)!;
  const text = (c: Table['rows'][number][number]) => c.paragraphs.map((p) => p.runs.map((r) => r.text).join('')).join(' ');
  const edges = table.widths.reduce<number[]>((acc, w) => [...acc, acc[acc.length - 1] + w], [m.page.marginLeft]);
  const col = (i: number) => ({ left: edges[i], right: edges[i + 1] });
  // The two "Không đạt" headers: the topmost "Không" words ("Không áp dụng" rows lie below).
  const khong = ws.filter((w) => w.text === 'Không');
  const kd = khong.filter((w) => w.yMin < Math.min(...khong.map((k) => k.yMin)) + 1);
  expect(kd).toHaveLength(2);
  const numberWords = within(ws, col(1).left, col(1).right, kd[0].yMax, Infinity).filter((w) => /^\d$/.test(w.text)).sort((a, b) => a.yMin - b.yMin);
  const body = table.rows.slice(table.headerRows);
  expect(numberWords.map((w) => w.text)).toEqual(body.map((r) => text(r[1])));
  const headerTop = kd[0].yMin - 1;
  const headerBottom = numberWords[0].yMin;
  // The header boxes of the six level columns, each read from the words laid out inside its column.
  const headers = [2, 3, 4, 5, 6, 7].map((i) => box(within(ws, col(i).left, col(i).right, headerTop, headerBottom)));
  expect(headers.map((h) => h.text)).toEqual(['Không đạt', 'Đạt mức độ 1', 'Đạt mức độ 2', 'Không đạt', 'Đạt mức độ 1', 'Đạt mức độ 2']);
  const marks = ws.filter((w) => w.text === 'x' && w.yMin >= headerBottom - 1);
  const inBox = (w: Word, h: { xMin: number; xMax: number }) => midX(w) > h.xMin && midX(w) < h.xMax;
  const results = tieuChiOf(m);
  let row = 0;
  let expectedMarks = 0;
  results.forEach((tc) => {
    const rows = numberWords.slice(row, row + tc.chiTieu.length);
    tc.chiTieu.forEach((level, i) => {
      const onRow = marks.filter((w) => Math.abs(midY(w) - midY(rows[i])) < 2 && midX(w) < col(5).left);
      if (level === 'na') {
        expect(onRow).toHaveLength(0);
        const na = box(within(ws, col(2).left, col(4).right, rows[i].yMin, rows[i].yMax));
        expect(na.text).toBe('Không áp dụng');
        expect(Math.abs((na.xMin + na.xMax) / 2 - (col(2).left + col(4).right) / 2)).toBeLessThan(3);
      } else {
        expect(onRow).toHaveLength(1);
        // The index of the header box holding the x is the level: 0 Không đạt, 1 Đạt mức độ 1, 2 Đạt mức độ 2.
        expect({ row: row + i, under: headers.slice(0, 3).findIndex((h) => inBox(onRow[0], h)) }).toEqual({ row: row + i, under: level });
        expectedMarks += 1;
      }
    });
    const top = rows[0].yMin;
    const bottom = rows[rows.length - 1].yMax;
    const mine = marks.filter((w) => midX(w) > col(5).left && midY(w) > top && midY(w) < bottom);
    expect(mine).toHaveLength(1);
    expect(headers.slice(3).findIndex((h) => inBox(mine[0], h))).toBe(tc.level);
    // Centred on the merged rows: as far from the first row as from the last.
    expect(Math.abs(midY(mine[0]) - (top + bottom) / 2)).toBeLessThan(2);
    expectedMarks += 1;
    const names = within(ws, col(0).left, col(0).right, top, bottom).map((w) => w.text).join(' ');
    expect(names).toBe(`Tiêu chí ${tc.no}`);
    row += tc.chiTieu.length;
  });
  expect(marks).toHaveLength(expectedMarks);
  expect(within(ws, col(0).left, col(0).right, headerBottom, Infinity).filter((w) => w.text === 'Tiêu')).toHaveLength(results.length);
}

/** The levels the model's assessment gives, per tiêu chí, read back from the same context the model was built from. */
function tieuChiOf(m: DocumentModel): { no: number; level: number; chiTieu: (number | 'na' | 'nodata')[] }[] {
  const ctx = contexts.get(m)!;
  return ctx.a.unit.tieuChi.map((t) => ({ no: t.tieuChi.no, level: t.level as number, chiTieu: t.chiTieu.map((c) => c.level) }));
}

describe('a cấp tỉnh dossier laid out by LibreOffice', () => {
  // TT 24 Điều 12.3: at cấp tỉnh tiêu chí 3 has six chỉ tiêu (5: cơ sở giáo dục đại học, 6: cơ sở giáo dục nghề
  // nghiệp) — neither applies to a THPT.
  const wb = { ...example, settings: { ...example.settings, capCongNhan: 'cấp tỉnh', tenCap: 'cấp tỉnh', loaiDonVi: 'Trường trung học phổ thông' } };
  const m = dossierOf(wb, ['tongHop', 'bienBan']);
  let words: Word[][] = [];
  beforeAll(() => ({ words } = layout(m)));

  test('the Bản tổng hợp has its sixth chỉ tiêu row and its x marks in the right columns', () => {
    expect(tieuChiOf(m)[2].chiTieu).toEqual([1, 2, 2, 1, 'na', 'na']);
    checkSummaryPage(words[0], m);
  });

  test('the biên bản starts on a page without a number and its later pages are numbered from 2', () => {
    const top = words.map((ws) => ws.filter((w) => w.yMax <= m.page.marginTop).map((w) => w.text).join(' ') || null);
    expect(top.length).toBeGreaterThan(2);
    expect(top.slice(0, 3)).toEqual([null, null, '2']);
    top.slice(2).forEach((n, i) => expect(n).toBe(String(i + 2)));
  });
});

describe('a merged table laid out by LibreOffice', () => {
  // "TC1" merged down over three rows (w:vMerge, centred vertically); "Xếp loại" over two columns (w:gridSpan).
  const m: DocumentModel = {
    name: 'Bảng gộp ô',
    page: ND30_PAGE,
    parts: [{ id: 'tongHop', title: '', blocks: [{
      kind: 'table', borders: true, headerRows: 1, widths: [100, 200, 150],
      rows: [
        [textCell('Tiêu chí'), textCell('Xếp loại', { align: 'center', span: 2 }), textCell('')],
        [textCell('TC1', { rowSpan: 3 }), textCell('alpha'), textCell('x')],
        [textCell(''), textCell('beta'), textCell('x')],
        [textCell(''), textCell('gamma'), textCell('x')],
      ],
    }] }],
  };
  let words: Word[] = [];
  beforeAll(() => ({ words: [words] } = layout(m)));
  const at = (text: string) => {
    const found = words.filter((w) => w.text === text);
    expect(found.map((w) => w.text)).toEqual([text]);
    return { x: (found[0].xMin + found[0].xMax) / 2, y: (found[0].yMin + found[0].yMax) / 2 };
  };

  test('the merged cell\'s text is written once, centred on the middle row', () => {
    expect(Math.abs(at('TC1').y - at('beta').y)).toBeLessThan(2);
    expect(words.filter((w) => w.text === 'x')).toHaveLength(3);
  });

  test('the spanning label is centred over both columns it covers', () => {
    // Columns 2 and 3 run from 100 to 450 pt of the table: their middle is 275 pt (column 2's alone would be 200).
    const label = (at('Xếp').x + at('loại').x) / 2;
    expect(Math.abs(label - (ND30_PAGE.marginLeft + 275))).toBeLessThan(8);
  });
});
