// "Tạo báo cáo" through the real bundle in the offline runtime: a new Doc each time, NĐ 30 page setup and fonts, every
// part and chỉ tiêu, figures equal to the engine, the PDF, and DocumentApp calls flat in the number of members.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createRuntime } from '../../local/runtime';
import { ROOT } from '../../local/bundle';
import { fillWorkbook } from '../../local/fillWorkbook';
import { documentText, dumpDocument } from '../../local/document';
import { compareSummaryWithEngine } from '../../local/summaryCheck';
import { PART_ORDER } from '../../src/report/dossier';
import { allChiTieu, renderWording } from '../../src/rules/catalogue';
import { SchoolWorkbook, MemberRow } from '../../src/workbook/records';

const EXAMPLE = join(ROOT, 'examples', 'truong-thcs-binh-minh.xlsx');
const example = JSON.parse(readFileSync(join(ROOT, 'examples', 'truong-thcs-binh-minh.json'), 'utf8')) as SchoolWorkbook;
const MM = 72 / 25.4;

describe('Tạo báo cáo on the example workbook', () => {
  let rt: ReturnType<typeof createRuntime>;
  let text: string;
  let dump: ReturnType<typeof dumpDocument>;
  let result: { id: string; url: string; name: string; level: string; parts: string[] };

  beforeAll(async () => {
    rt = createRuntime();
    await rt.open(EXAMPLE);
    result = rt.run('dvhtTaoHoSo') as typeof result;
    const doc = rt.docs.getById(result.id)!;
    text = documentText(doc);
    dump = dumpDocument(doc);
  });

  test('returns plain JSON naming the new Doc after the unit, year and time', () => {
    expect(result.name).toMatch(/^Hồ sơ ĐVHT 2025 - Trường THCS Bình Minh - \d\d\/\d\d\/\d{4} \d\d:\d\d$/);
    expect(result.url).toBe(`https://docs.google.com/document/d/${result.id}/edit`);
    expect(result.level).toBe('Đạt mức độ 1');
    expect(JSON.parse(JSON.stringify(result))).toEqual(result);
  });

  test('is A4 with the NĐ 30 margins, in Times New Roman 13', () => {
    expect(dump.page.width).toBeCloseTo(595.28, 1);
    expect(dump.page.height).toBeCloseTo(841.89, 1);
    expect(dump.margins.left).toBeCloseTo(30 * MM, 1);
    expect(dump.margins.right).toBeCloseTo(15 * MM, 1);
    expect(dump.margins.top).toBeCloseTo(20 * MM, 1);
    expect(dump.margins.bottom).toBeCloseTo(20 * MM, 1);
    const fonts = JSON.stringify(dump.body).match(/"fontFamily":"[^"]+"/g) ?? [];
    expect(fonts.length).toBeGreaterThan(100);
    expect(new Set(fonts)).toEqual(new Set(['"fontFamily":"Times New Roman"']));
    const sizes = new Set((JSON.stringify(dump.body).match(/"fontSize":\d+/g) ?? []).map((x) => Number(x.split(':')[1])));
    expect([...sizes].every((s) => s >= 9 && s <= 26)).toBe(true);
    expect(sizes.has(13)).toBe(true);
  });

  test('holds every part in bound order, a page break between parts', () => {
    const titles = ['HỒ SƠ', 'TỜ TRÌNH', 'DANH SÁCH VÀ CHỮ KÝ', 'BẢN TỔNG HỢP', 'DANH MỤC CHỮ VIẾT TẮT', 'BIÊN BẢN', 'BÁO CÁO', 'DANH MỤC CÁC MINH CHỨNG'];
    let at = 0;
    for (const t of titles) {
      const i = text.indexOf(`\n${t}\n`, at);
      expect([t, i > at || (at === 0 && i >= 0)]).toEqual([t, true]);
      at = i;
    }
    expect(result.parts).toEqual(PART_ORDER.map((p) => p.title));
    expect(JSON.stringify(dump.body).match(/pageBreak/g)?.length).toBeGreaterThanOrEqual(PART_ORDER.length - 1);
  });

  test('quotes every chỉ tiêu verbatim and states the engine\'s figures', () => {
    const flat = text.replace(/\s+/g, ' ');
    for (const ct of allChiTieu('huyen')) expect(flat).toContain(renderWording(ct.wording.muc1, 'cấp huyện'));
    const engine = compareSummaryWithEngine(rt.sheets.getById(rt.sheets.all()[0].getId())!).check.assessment;
    expect(flat).toContain(`Số liệu: ${engine.chiTieu['2.5'].members!.tally.qualified}/${engine.chiTieu['2.5'].members!.tally.total} thành viên đạt danh hiệu LĐTT trở lên, tỉ lệ 91,6%.`);
    expect(flat).toContain('Mức tự đánh giá “Đơn vị học tập” năm 2025: Đạt mức độ 1.');
  });

  test('a second run creates a second Doc and both are logged in Lịch sử with their links', () => {
    const second = rt.run('dvhtTaoHoSo') as typeof result;
    expect(second.id).not.toBe(result.id);
    expect(rt.docs.documents()).toHaveLength(2);
    const history = rt.sheets.all()[0].getSheetByName('Lịch sử')!.getDataRange().getValues();
    const links = history.filter((r) => r.includes('Tạo báo cáo')).map((r) => r.find((c) => String(c).startsWith('https://docs.google.com/')));
    expect(links).toEqual([result.url, second.url]);
  });

  test('the user can pick parts; they come in bound order', () => {
    const r = rt.run('dvhtTaoHoSo', ['minhChung', 'baoCao']) as typeof result;
    expect(r.parts).toEqual(['Báo cáo tự đánh giá', 'Danh mục các minh chứng']);
  });

  test('the PDF comes back base64-encoded for the sidebar', () => {
    const pdf = rt.run('dvhtTaiPdf', result.id) as { name: string; base64: string };
    expect(pdf.name).toBe(`${result.name}.pdf`);
    expect(Buffer.from(pdf.base64, 'base64').subarray(0, 5).toString()).toBe('%PDF-');
  }, 60000);

  test('the .docx, read back by LibreOffice, has every part, heading and chỉ tiêu', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'dvht-'));
    const docx = join(dir, 'hoso.docx');
    writeFileSync(docx, await rt.docs.toDocx(rt.docs.getById(result.id)!));
    execFileSync('soffice', ['--headless', '--convert-to', 'txt:Text (encoded):UTF8', '--outdir', dir, docx], { stdio: 'ignore', timeout: 120000 });
    const txt = readFileSync(join(dir, 'hoso.txt'), 'utf8').replace(/\s+/g, ' ');
    for (const h of ['TỜ TRÌNH', 'BIÊN BẢN', 'I. ĐẶT VẤN ĐỀ', 'II. TỰ ĐÁNH GIÁ', 'III. KẾT LUẬN CHUNG', 'Kết luận về Tiêu chí 3', 'DANH MỤC CÁC MINH CHỨNG']) expect(txt).toContain(h);
    // Each applicable chỉ tiêu ends with its computed level; 3.5 does not apply to a THCS and says so.
    for (const ct of allChiTieu('huyen').filter((c) => c.id !== '3.5')) expect(txt).toMatch(new RegExp(`${ct.id.replace('.', '\\.')}\\.5\\. Tự đánh giá: Đạt mức độ [12]`));
    expect(txt).toContain('đ) Chỉ tiêu 5: Đơn vị cấp huyện là cơ sở giáo dục nghề nghiệp');
    expect(txt).toContain('Không áp dụng: chỉ áp dụng đối với cơ sở giáo dục nghề nghiệp');
    expect(txt).toContain('Số lượng các chỉ tiêu đạt: 14/14 (100,0%)');
  }, 120000);
});

describe('DocumentApp calls do not grow with the staff list', () => {
  function callsFor(members: number): Record<string, number> {
    const rows: MemberRow[] = Array.from({ length: members }, (_, i) => ({ ...example.members[i % example.members.length], hoTen: `Thành viên ${i + 1}`, stt: i + 1 }));
    const rt = createRuntime();
    const ss = rt.newSpreadsheet('Đo');
    rt.run('dvhtThietLapMau');
    fillWorkbook(ss as unknown as GoogleAppsScript.Spreadsheet.Spreadsheet, { ...example, members: rows });
    rt.counter.reset();
    rt.run('dvhtTaoHoSo');
    return Object.fromEntries(Object.entries(rt.counter.snapshot()).filter(([k]) => k.startsWith('DocumentApp.')));
  }

  test('the same DocumentApp calls for 50 and 5,000 members', () => {
    const small = callsFor(50);
    expect(callsFor(5000)).toEqual(small);
    expect(small['DocumentApp.Body.appendTable']).toBeLessThan(30);
  }, 120000);
});
