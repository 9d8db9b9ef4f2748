// The .docx renderer's XML on a small model: spans and merges, NĐ 30 page and margins in twips, one section per part
// with "different first page" and a centred PAGE field, escaping.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { assessWorkbook } from '../../../src/assess/assessWorkbook';
import { reportContext } from '../../../src/report/context';
import { buildDossier } from '../../../src/report/dossier';
import { DocumentModel, ND30_PAGE, Table, centered, para, run, textCell } from '../../../src/report/model';
import { SchoolWorkbook } from '../../../src/workbook/records';
import { docxFiles } from '../../../src/report/docx/package';
import { xmlText } from '../../../src/report/docx/xml';

// Two columns-wide label over a 3-column table; "Tiêu chí 1" merged down over two rows.
const table: Table = {
  kind: 'table',
  borders: true,
  headerRows: 1,
  widths: [100, 200, 150],
  rows: [
    [textCell('Tiêu chí', { bold: true }), textCell('Chỉ tiêu và mức', { bold: true, span: 2 }), textCell('')],
    [textCell('Tiêu chí 1', { rowSpan: 2 }), textCell('1.1'), textCell('x')],
    [textCell(''), textCell('1.2'), textCell('x')],
  ],
};

const model: DocumentModel = {
  name: 'Hồ sơ <thử> & "mẫu"',
  page: ND30_PAGE,
  parts: [
    { id: 'toTrinh', title: 'Tờ trình', blocks: [centered([run('TỜ TRÌNH', { bold: true })]), para(['<script>&'])] },
    { id: 'tongHop', title: 'Bản tổng hợp', blocks: [table] },
    { id: 'vietTat', title: 'Danh mục', blocks: [para(['a\tb\nc']), { kind: 'pageBreak' }], pageNumbers: 'none' },
  ],
};

const files = docxFiles(model);
const file = (path: string) => {
  const f = files.find((x) => x.path === path);
  if (!f) throw new Error(`no ${path}`);
  return f.text;
};
const doc = file('word/document.xml');

describe('docxFiles: the package', () => {
  test('lists the minimal parts, each header with its content type and relationship', () => {
    expect(files.map((f) => f.path)).toEqual([
      '[Content_Types].xml', '_rels/.rels', 'docProps/core.xml', 'word/document.xml', 'word/styles.xml', 'word/settings.xml',
      'word/header1.xml', 'word/header2.xml', 'word/_rels/document.xml.rels',
    ]);
    const types = file('[Content_Types].xml');
    for (const h of ['header1', 'header2']) {
      expect(types).toContain(`<Override PartName="/word/${h}.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"/>`);
      expect(file('word/_rels/document.xml.rels')).toContain(`Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header" Target="${h}.xml"/>`);
    }
  });

  test('core.xml carries the escaped title', () => {
    expect(file('docProps/core.xml')).toContain('<dc:title>Hồ sơ &lt;thử&gt; &amp; &quot;mẫu&quot;</dc:title>');
  });

  test('styles: Times New Roman 13 (w:sz in half-points), Vietnamese', () => {
    const styles = file('word/styles.xml');
    expect(styles).toContain('<w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:eastAsia="Times New Roman" w:cs="Times New Roman"/>');
    expect(styles).toContain('<w:sz w:val="26"/>');
    expect(styles).toContain('<w:lang w:val="vi-VN"');
  });
});

describe('docxFiles: sections and page numbers', () => {
  const sections = doc.match(/<w:sectPr>.*?<\/w:sectPr>/g) ?? [];

  test('one section per part, each A4 with the NĐ 30 margins in twips, numbered from 1, different first page', () => {
    // NĐ 30/2020 Phụ lục I: A4 (210 × 297 mm); lề trên 20 mm, lề dưới 20 mm, lề trái 30 mm, lề phải 15 mm.
    // 1 mm = 72/25.4 pt = 56.69 twips: 20 mm = 1134, 30 mm = 1701, 15 mm = 850; 10 mm header distance = 567.
    expect(sections).toHaveLength(3);
    for (const s of sections) {
      expect(s).toContain('<w:pgSz w:w="11906" w:h="16838"/>');
      expect(s).toContain('<w:pgMar w:top="1134" w:right="850" w:bottom="1134" w:left="1701" w:header="567" w:footer="567" w:gutter="0"/>');
      expect(s).toContain('<w:pgNumType w:start="1"/><w:titlePg/>');
      expect(s).toContain('<w:type w:val="nextPage"/>');
    }
  });

  test('the first page of every part takes the empty header, the later pages a centred PAGE field', () => {
    const refs = sections.map((s) => [...s.matchAll(/<w:headerReference w:type="(\w+)" r:id="(\w+)"\/>/g)].map((m) => `${m[1]}=${m[2]}`));
    // Two numbered parts, then an unnumbered one: the second inherits the first's headers (no reference, "Link to
    // Previous"); the third names the empty header for its later pages too.
    expect(refs).toEqual([['default=rId4', 'first=rId3'], [], ['default=rId3', 'first=rId3']]);
    expect(sections.every((s) => s.includes('<w:pgNumType w:start="1"/><w:titlePg/>'))).toBe(true);
    const rels = file('word/_rels/document.xml.rels');
    expect(rels).toContain('Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header" Target="header1.xml"');
    expect(rels).toContain('Id="rId4" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header" Target="header2.xml"');
    expect(file('word/header1.xml')).not.toContain('PAGE');
    expect(file('word/header2.xml')).toContain(
      '<w:p><w:pPr><w:pStyle w:val="Header"/><w:jc w:val="center"/></w:pPr><w:r><w:fldChar w:fldCharType="begin"/></w:r>' +
      '<w:r><w:instrText xml:space="preserve"> PAGE </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>' +
      '<w:r><w:t>1</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r></w:p>',
    );
  });

  test('a part ending with a paragraph closes its section on it; one ending with a table on an empty paragraph', () => {
    expect(doc).toMatch(/<w:jc w:val="left"\/><w:sectPr>.*?<\/w:sectPr><\/w:pPr><w:r><w:t xml:space="preserve">&lt;script&gt;&amp;<\/w:t><\/w:r><\/w:p>/);
    expect(doc).toMatch(/<\/w:tbl><w:p><w:pPr><w:spacing w:before="0" w:after="0"\/><w:sectPr>/);
    // The last part's trailing page break is dropped and the body ends with its section.
    expect(doc).not.toContain('<w:br w:type="page"/>');
    expect(doc).toMatch(/<\/w:p><w:sectPr>[^]*<\/w:sectPr><\/w:body><\/w:document>$/);
  });
});

describe('docxFiles: tables', () => {
  const tbl = doc.match(/<w:tbl>.*<\/w:tbl>/)![0];
  const rows = tbl.match(/<w:tr>.*?<\/w:tr>/g)!;

  test('the grid holds the column widths in twips and the table is fixed, bordered', () => {
    expect(tbl).toContain('<w:tblGrid><w:gridCol w:w="2000"/><w:gridCol w:w="4000"/><w:gridCol w:w="3000"/></w:tblGrid>');
    expect(tbl).toContain('<w:tblW w:w="9000" w:type="dxa"/>');
    expect(tbl).toContain('<w:top w:val="single" w:sz="4" w:space="0" w:color="000000"/>');
    expect(tbl).toContain('<w:tblLayout w:type="fixed"/>');
  });

  test('a horizontal span is one w:tc with w:gridSpan and the summed width; its covered cell is not written', () => {
    expect(rows).toHaveLength(3);
    expect(rows[0]).toContain('<w:trPr><w:tblHeader/></w:trPr>');
    expect(rows[0].match(/<w:tc>/g)).toHaveLength(2);
    expect(rows[0]).toContain('<w:tcW w:w="7000" w:type="dxa"/><w:gridSpan w:val="2"/><w:shd w:val="clear" w:color="auto" w:fill="F2F2F2"/>');
  });

  test('a vertical merge restarts on its first row and continues below with an empty paragraph', () => {
    expect(rows[1]).toContain('<w:tcPr><w:tcW w:w="2000" w:type="dxa"/><w:vMerge w:val="restart"/><w:vAlign w:val="center"/></w:tcPr>');
    expect(rows[1]).toContain('Tiêu chí 1');
    expect(rows[2]).toMatch(/^<w:tr><w:tc><w:tcPr><w:tcW w:w="2000" w:type="dxa"\/><w:vMerge\/><w:vAlign w:val="center"\/><\/w:tcPr><w:p><w:pPr>[^<]*<w:spacing[^>]*\/><w:jc w:val="left"\/><\/w:pPr><\/w:p><\/w:tc>/);
    expect(rows[1].match(/<w:tc>/g)).toHaveLength(3);
    expect(rows[2].match(/<w:tc>/g)).toHaveLength(3);
  });

  test('borderless tables say so on every side', () => {
    const m: DocumentModel = { ...model, parts: [{ id: 'toTrinh', title: '', blocks: [{ ...table, borders: false }] }] };
    const d = docxFiles(m).find((f) => f.path === 'word/document.xml')!.text;
    expect(d).toContain('<w:tblBorders><w:top w:val="nil"/><w:left w:val="nil"/><w:bottom w:val="nil"/><w:right w:val="nil"/><w:insideH w:val="nil"/><w:insideV w:val="nil"/></w:tblBorders>');
  });
});

describe('docxFiles: paragraphs and text', () => {
  test('text is NFC and escaped; tabs and line feeds become w:tab and w:br; control characters go', () => {
    const decomposed = 'Tiê\u0301u chí'.normalize('NFD');
    expect(xmlText(decomposed)).toBe('Tiếu chí'.normalize('NFC'));
    expect(xmlText('<script>&"\'\u0007')).toBe('&lt;script&gt;&amp;&quot;&apos;');
    expect(doc).toContain('<w:r><w:t xml:space="preserve">a</w:t><w:tab/><w:t xml:space="preserve">b</w:t><w:br/><w:t xml:space="preserve">c</w:t></w:r>');
  });

  test('alignment, first-line indent, spacing and run styles', () => {
    const p = docxFiles({ ...model, parts: [{ id: 'baoCao', title: '', blocks: [
      { kind: 'paragraph', align: 'justify', firstLine: 28.35, indentStart: 10, spaceBefore: 6, spaceAfter: 3, runs: [run('Đậm', { bold: true, size: 14 }), run(' nghiêng', { italic: true, underline: true })] },
    ] }] }).find((f) => f.path === 'word/document.xml')!.text;
    expect(p).toContain(
      '<w:p><w:pPr><w:spacing w:before="120" w:after="60" w:line="276" w:lineRule="auto"/><w:ind w:left="200" w:firstLine="567"/><w:jc w:val="both"/>',
    );
    expect(p).toContain('<w:r><w:rPr><w:b/><w:bCs/><w:sz w:val="28"/><w:szCs w:val="28"/></w:rPr><w:t xml:space="preserve">Đậm</w:t></w:r>');
    expect(p).toContain('<w:r><w:rPr><w:i/><w:iCs/><w:u w:val="single"/></w:rPr><w:t xml:space="preserve"> nghiêng</w:t></w:r>');
  });
});

describe('docxFiles: the example dossier', () => {
  const wb = JSON.parse(readFileSync(join(__dirname, '../../../examples/truong-thcs-binh-minh.json'), 'utf8')) as SchoolWorkbook;
  const dossier = buildDossier(reportContext(wb, assessWorkbook(wb), { day: 23, month: 11, year: 2026 }));
  const xml = docxFiles(dossier).find((f) => f.path === 'word/document.xml')!.text;

  test('every row of every table covers its whole grid', () => {
    const tables = xml.match(/<w:tbl>.*?<\/w:tbl>/g)!;
    expect(tables.length).toBeGreaterThan(8);
    for (const t of tables) {
      const cols = (t.match(/<w:gridCol /g) ?? []).length;
      for (const row of t.match(/<w:tr>.*?<\/w:tr>/g)!) {
        const cells = row.match(/<w:tc>.*?<\/w:tcPr>/g)!;
        const covered = cells.reduce((n, c) => n + Number(/<w:gridSpan w:val="(\d+)"\/>/.exec(c)?.[1] ?? 1), 0);
        expect(covered).toBe(cols);
      }
    }
  });

  test('the evidence list heads each tiêu chí with one cell over five columns', () => {
    // Danh mục minh chứng: TT | Mã | Tên | Số, ngày | Nơi ban hành | Ghi chú; "Tiêu chí n: …" spans the last five.
    const spans = [...xml.matchAll(/<w:gridSpan w:val="5"\/>.*?<w:t xml:space="preserve">([^<]*)<\/w:t>/g)].map((m) => m[1].slice(0, 11));
    expect(spans).toEqual(['Tiêu chí 1:', 'Tiêu chí 2:', 'Tiêu chí 3:']);
  });

  test('one section per part, the last one the body\'s own', () => {
    expect(xml.match(/<w:sectPr>/g)).toHaveLength(dossier.parts.length);
    expect(xml).toMatch(/<\/w:sectPr><\/w:body><\/w:document>$/);
  });
});

describe('docxFiles: the official forms of the example dossier', () => {
  const wb = JSON.parse(readFileSync(join(__dirname, '../../../examples/truong-thcs-binh-minh.json'), 'utf8')) as SchoolWorkbook;
  const xmlOf = (w: SchoolWorkbook, parts?: Parameters<typeof buildDossier>[1]) =>
    docxFiles(buildDossier(reportContext(w, assessWorkbook(w), { day: 23, month: 11, year: 2026 }), parts)).find((f) => f.path === 'word/document.xml')!.text;
  const xml = xmlOf(wb);
  const tables = xml.match(/<w:tbl>.*?<\/w:tbl>/g)!;

  interface XmlCell { text: string; gridSpan: number; vMerge: 'restart' | 'continue' | null }
  /** Each row of a table: its w:trPr and its cells with their span, merge and text. */
  const rowsOf = (tbl: string) => tbl.match(/<w:tr>.*?<\/w:tr>/g)!.map((tr) => ({
    trPr: /^<w:tr>(<w:trPr>.*?<\/w:trPr>)?/.exec(tr)![1] ?? '',
    cells: (tr.match(/<w:tc>.*?<\/w:tc>/g) ?? []).map((tc): XmlCell => ({
      text: [...tc.matchAll(/<w:t xml:space="preserve">([^<]*)<\/w:t>/g)].map((m) => m[1]).join(''),
      gridSpan: Number(/<w:gridSpan w:val="(\d+)"\/>/.exec(tc)?.[1] ?? 1),
      vMerge: tc.includes('<w:vMerge w:val="restart"/>') ? 'restart' : tc.includes('<w:vMerge/>') ? 'continue' : null,
    })),
  }));
  const summary = rowsOf(tables.find((t) => t.includes('Xếp loại chỉ tiêu'))!);
  /** The cells of a row laid on the 8-column grid: the cell covering each grid column. */
  const onGrid = (cells: XmlCell[]) => cells.flatMap((c) => Array.from({ length: c.gridSpan }, () => c));

  test('the Bản tổng hợp: eight grid columns, two header rows repeated on every page, rows kept whole', () => {
    const tbl = tables.find((t) => t.includes('Xếp loại chỉ tiêu'))!;
    expect((tbl.match(/<w:gridCol /g) ?? []).length).toBe(8);
    expect(summary.map((r) => r.trPr).slice(0, 3)).toEqual([
      '<w:trPr><w:cantSplit/><w:tblHeader/></w:trPr>', '<w:trPr><w:cantSplit/><w:tblHeader/></w:trPr>', '<w:trPr><w:cantSplit/></w:trPr>',
    ]);
    expect(summary).toHaveLength(2 + 15);
  });

  test('its header: Tiêu chí and Chỉ tiêu merged down (vMerge), each "Xếp loại" over three columns (gridSpan 3)', () => {
    expect(summary[0].cells.map((c) => [c.text, c.gridSpan, c.vMerge])).toEqual([
      ['Tiêu chí', 1, 'restart'], ['Chỉ tiêu', 1, 'restart'], ['Xếp loại chỉ tiêu', 3, null], ['Xếp loại tiêu chí', 3, null],
    ]);
    expect(summary[1].cells.map((c) => [c.text, c.gridSpan, c.vMerge])).toEqual([
      ['', 1, 'continue'], ['', 1, 'continue'],
      ['Không đạt', 1, null], ['Đạt mức độ 1', 1, null], ['Đạt mức độ 2', 1, null],
      ['Không đạt', 1, null], ['Đạt mức độ 1', 1, null], ['Đạt mức độ 2', 1, null],
    ]);
  });

  test('its body: each tiêu chí and its three level cells restart a merge on its first row and continue over the others', () => {
    const body = summary.slice(2).map((r) => onGrid(r.cells));
    body.forEach((row) => expect(row).toHaveLength(8));
    const column = (i: number) => body.map((r) => (r[i].vMerge === 'restart' ? `R:${r[i].text}` : r[i].vMerge === 'continue' ? 'C' : r[i].text));
    const merged = (first: string[]) => first.flatMap((t) => [`R:${t}`, 'C', 'C', 'C', 'C']);
    expect(column(0)).toEqual(merged(['Tiêu chí 1', 'Tiêu chí 2', 'Tiêu chí 3']));
    // Xếp loại tiêu chí: TC1 Đạt mức độ 2, TC2 and TC3 Đạt mức độ 1.
    expect(column(5)).toEqual(merged(['', '', '']));
    expect(column(6)).toEqual(merged(['', 'x', 'x']));
    expect(column(7)).toEqual(merged(['x', '', '']));
    expect(body.map((r) => r[1].text)).toEqual(['1', '2', '3', '4', '5', '1', '2', '3', '4', '5', '1', '2', '3', '4', '5']);
    // Chỉ tiêu 3.5 (Không áp dụng for a THCS) is one cell over the three Xếp loại chỉ tiêu columns, with no x.
    expect(summary[16].cells.slice(1, 3).map((c) => [c.text, c.gridSpan])).toEqual([['5', 1], ['Không áp dụng', 3]]);
  });

  test('cấp tỉnh: the sixth chỉ tiêu row of tiêu chí 3 continues its merges', () => {
    const tinh = { ...wb, settings: { ...wb.settings, capCongNhan: 'cấp tỉnh', tenCap: 'cấp tỉnh', loaiDonVi: 'Trường trung học phổ thông' } };
    const rows = rowsOf(xmlOf(tinh, ['tongHop']).match(/<w:tbl>.*?<\/w:tbl>/g)!.find((t) => t.includes('Xếp loại chỉ tiêu'))!).slice(2).map((r) => onGrid(r.cells));
    expect(rows).toHaveLength(16);
    expect(rows.slice(10).map((r) => [r[0].vMerge, r[1].text, r[6].vMerge])).toEqual([
      ['restart', '1', 'restart'], ['continue', '2', 'continue'], ['continue', '3', 'continue'],
      ['continue', '4', 'continue'], ['continue', '5', 'continue'], ['continue', '6', 'continue'],
    ]);
  });

  test('the member list\'s rows are at least 28 pt high, room for each signature', () => {
    const list = rowsOf(tables.find((t) => t.includes('ĐT liên lạc'))!);
    expect(list[0].trPr).toBe('<w:trPr><w:cantSplit/><w:tblHeader/></w:trPr>');
    expect(list.slice(1).map((r) => r.trPr)).toEqual(Array(wb.council.length).fill('<w:trPr><w:cantSplit/><w:trHeight w:val="560" w:hRule="atLeast"/></w:trPr>'));
    expect(list[1].cells.map((c) => c.text)).toEqual(['1', 'Trương Quốc Hiếu', 'Hiệu trưởng', 'Chủ tịch', '0913 245 678', '']);
    expect(tables.find((t) => t.includes('ĐT liên lạc'))!).toContain('<w:tcPr><w:tcW w:w="561" w:type="dxa"/><w:vAlign w:val="center"/></w:tcPr>');
  });

  test('every part is a section: A4, NĐ 30 margins, numbered from 1, different first page', () => {
    const sections = xml.match(/<w:sectPr>.*?<\/w:sectPr>/g)!;
    expect(sections).toHaveLength(8);
    for (const s of sections) {
      expect(s).toContain('<w:pgSz w:w="11906" w:h="16838"/>');
      expect(s).toContain('<w:pgMar w:top="1134" w:right="850" w:bottom="1134" w:left="1701" w:header="567" w:footer="567" w:gutter="0"/>');
      expect(s).toContain('<w:pgNumType w:start="1"/><w:titlePg/>');
    }
  });
});
