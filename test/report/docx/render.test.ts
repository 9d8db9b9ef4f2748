// The example dossier rendered by the .docx renderer and laid out by LibreOffice (as `npm run pages` does): every
// part starts on a new page without a number, its later pages carry their number centred in the top margin counting
// from 2, and the Bản tổng hợp's rows are all there, cell by cell.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strToU8, zipSync } from 'fflate';
import { assessWorkbook } from '../../../src/assess/assessWorkbook';
import { reportContext } from '../../../src/report/context';
import { buildDossier } from '../../../src/report/dossier';
import { docxFiles } from '../../../src/report/docx/package';
import { DocumentModel, ND30_PAGE, Table, textCell, textWidth } from '../../../src/report/model';
import { SchoolWorkbook } from '../../../src/workbook/records';
import { docxToPdf } from '../../../local/document/pdf';

jest.setTimeout(120_000);

const example = JSON.parse(readFileSync(join(__dirname, '../../../examples/truong-thcs-binh-minh.json'), 'utf8')) as SchoolWorkbook;
const model = buildDossier(reportContext(example, assessWorkbook(example), { day: 23, month: 11, year: 2026 }));

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

const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

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

  test('the Bản tổng hợp holds every row of its table, cell by cell, in order', () => {
    const ns = numbers();
    const first = ns.findIndex((n, i) => n === null && raw[i].includes('BẢN TỔNG HỢP'));
    let last = first;
    while (last + 1 < ns.length && ns[last + 1] !== null) last += 1;
    const text = squash(raw.slice(first, last + 1).join(' '));
    const table = model.parts.find((p) => p.id === 'tongHop')!.blocks.find((b): b is Table => b.kind === 'table')!;
    let at = 0;
    for (const row of table.rows) {
      const cells = row.map((c) => squash(c.paragraphs.map((p) => p.runs.map((r) => r.text).join('')).join(' '))).filter(Boolean);
      const expectedRow = cells.join(' ');
      const found = text.indexOf(expectedRow, at);
      expect({ row: expectedRow, found: found >= 0 }).toEqual({ row: expectedRow, found: true });
      at = found + expectedRow.length;
    }
    expect(text).toContain('Tiêu chí 1 Chỉ tiêu 1: Kế hoạch học tập hằng năm Đạt mức độ 2 Đạt mức độ 2');
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
