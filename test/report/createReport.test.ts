// "Tạo báo cáo" through the real bundle in the offline runtime: the dossier is the pure renderer's .docx, uploaded
// with ONE Drive Files.create that converts it into a new Google Doc (the .docx kept beside it, both in the year's
// folder), with the NĐ 30 page, every part and chỉ tiêu, figures equal to the engine, its links logged in Lịch sử,
// and the same service calls for 50 and 5,000 members.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { unzipSync, strFromU8 } from 'fflate';
import { createRuntime } from '../../local/runtime';
import { ROOT } from '../../local/bundle';
import { fillWorkbook } from '../../local/fillWorkbook';
import { compareSummaryWithEngine } from '../../local/summaryCheck';
import { PART_ORDER } from '../../src/report/dossier';
import { allChiTieu, renderWording } from '../../src/rules/catalogue';
import { SchoolWorkbook, MemberRow } from '../../src/workbook/records';

const EXAMPLE = join(ROOT, 'examples', 'truong-thcs-binh-minh.xlsx');
const example = JSON.parse(readFileSync(join(ROOT, 'examples', 'truong-thcs-binh-minh.json'), 'utf8')) as SchoolWorkbook;
const DOC = 'application/vnd.google-apps.document';
const FOLDER = 'application/vnd.google-apps.folder';
const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

interface Result { id: string; url: string; name: string; pdfUrl: string; docxUrl: string; folder?: { name: string; url: string }; level: string; parts: string[] }

describe('Tạo báo cáo on the example workbook', () => {
  let rt: ReturnType<typeof createRuntime>;
  let text: string;
  let xml: string;
  let result: Result;
  let calls: Record<string, number>;

  beforeAll(async () => {
    rt = createRuntime();
    await rt.open(EXAMPLE);
    rt.counter.reset();
    result = rt.run('dvhtTaoHoSo') as Result;
    calls = rt.counter.snapshot();
    text = rt.drive.text(result.id);
    xml = strFromU8(unzipSync(rt.drive.docx(result.id))['word/document.xml']);
  });

  test('returns plain JSON naming the new Doc after the unit, year and time, with its PDF, .docx and folder', () => {
    expect(result.name).toMatch(/^Hồ sơ ĐVHT 2025 - Trường THCS Bình Minh - \d\d\/\d\d\/\d{4} \d\d:\d\d$/);
    expect(result.url).toBe(`https://docs.google.com/document/d/${result.id}/edit?usp=drivesdk`);
    expect(result.pdfUrl).toBe(`https://docs.google.com/document/d/${result.id}/export?format=pdf`);
    expect(result.level).toBe('Đạt mức độ 1');
    expect(result.folder?.name).toBe('ĐVHT – Hồ sơ 2025');
    expect(JSON.parse(JSON.stringify(result))).toEqual(result);
  });

  test('one Files.create converts the .docx into a Google Doc; the same bytes are kept as a .docx in the year\'s folder', () => {
    const files = rt.drive.files();
    const folder = files.find((f) => f.mimeType === FOLDER)!;
    const doc = rt.drive.get(result.id)!;
    const docx = files.find((f) => f.mimeType === DOCX)!;
    expect(files.map((f) => [f.name, f.mimeType])).toEqual([
      ['ĐVHT – Hồ sơ 2025', FOLDER],
      [result.name, DOC],
      [`${result.name.replace(/\//g, '-').replace(/(\d\d):(\d\d)$/, '$1h$2')}.docx`, DOCX],
    ]);
    expect([doc.parents, docx.parents]).toEqual([[folder.id], [folder.id]]);
    expect(result.folder?.url).toBe(`https://drive.google.com/drive/folders/${folder.id}`);
    expect(result.docxUrl).toBe(`https://drive.google.com/file/d/${docx.id}/view?usp=drivesdk`);
    expect(docx.bytes!.equals(rt.drive.docx(result.id))).toBe(true);
    // Drive: one search for the folder, one create for it (first run of the year), the Doc, the .docx. No DocumentApp.
    expect(Object.entries(calls).filter(([k]) => k.startsWith('Drive.'))).toEqual([['Drive.Files.create', 3], ['Drive.Files.list', 1]]);
    expect(Object.keys(calls).filter((k) => k.startsWith('DocumentApp'))).toEqual([]);
  });

  test('is A4 with the NĐ 30 margins (top/bottom 20 mm, left 30 mm, right 15 mm), Times New Roman 13', () => {
    const sections = xml.match(/<w:sectPr>.*?<\/w:sectPr>/g) ?? [];
    expect(sections).toHaveLength(PART_ORDER.length);
    for (const sect of sections) {
      expect(sect).toContain('<w:pgSz w:w="11906" w:h="16838"/>');
      expect(sect).toMatch(/<w:pgMar w:top="1134" w:right="850" w:bottom="1134" w:left="1701" /);
    }
    const styles = strFromU8(unzipSync(rt.drive.docx(result.id))['word/styles.xml']);
    expect(styles).toContain('<w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:eastAsia="Times New Roman" w:cs="Times New Roman"/><w:sz w:val="26"/>');
    expect(xml).not.toContain('w:rFonts');
  });

  test('holds every part in bound order, a page break between parts', () => {
    const titles = ['HỒ SƠ', 'TỜ TRÌNH', 'DANH SÁCH VÀ CHỮ KÝ THÀNH VIÊN HỘI ĐỒNG TỰ ĐÁNH GIÁ', 'BẢN TỔNG HỢP KẾT QUẢ TỰ ĐÁNH GIÁ CÁC TIÊU CHÍ, CHỈ TIÊU', 'DANH MỤC CHỮ VIẾT TẮT', 'BIÊN BẢN', 'BÁO CÁO', 'DANH MỤC CÁC MINH CHỨNG'];
    let at = 0;
    for (const t of titles) {
      const i = text.indexOf(`\n${t}\n`, at);
      expect([t, i > at || (at === 0 && i >= 0)]).toEqual([t, true]);
      at = i;
    }
    expect(result.parts).toEqual(PART_ORDER.map((p) => p.title));
    // Each part is a section of its own starting on a new page (w:type nextPage is the default of a section break).
    expect(xml.match(/<w:sectPr>/g)).toHaveLength(PART_ORDER.length);
  });

  test('quotes every chỉ tiêu verbatim and states the engine\'s figures', () => {
    const flat = text.replace(/\s+/g, ' ');
    for (const ct of allChiTieu('huyen')) expect(flat).toContain(renderWording(ct.wording.muc1, 'cấp huyện'));
    const engine = compareSummaryWithEngine(rt.sheets.getById(rt.sheets.all()[0].getId())!).check.assessment;
    expect(flat).toContain(`Số liệu: ${engine.chiTieu['2.5'].members!.tally.qualified}/${engine.chiTieu['2.5'].members!.tally.total} thành viên đạt danh hiệu LĐTT trở lên, tỉ lệ 91,6%.`);
    expect(flat).toContain('Mức tự đánh giá “Đơn vị học tập” năm 2025: Đạt mức độ 1.');
  });

  test('a second run creates a second Doc and both are logged in Lịch sử with their links', () => {
    rt.counter.reset();
    const second = rt.run('dvhtTaoHoSo') as typeof result;
    // The folder is found again with one search: the Doc and the .docx are the only creates.
    expect(Object.entries(rt.counter.snapshot()).filter(([k]) => k.startsWith('Drive.'))).toEqual([['Drive.Files.create', 2], ['Drive.Files.list', 1]]);
    expect(second.id).not.toBe(result.id);
    expect(rt.drive.files().filter((f) => f.mimeType === DOC)).toHaveLength(2);
    expect(rt.drive.files().filter((f) => f.mimeType === FOLDER)).toHaveLength(1);
    const history = rt.sheets.all()[0].getSheetByName('Lịch sử')!.getDataRange().getValues();
    const links = history.filter((r) => r.includes('Tạo báo cáo')).map((r) => r.find((c) => String(c).startsWith('https://docs.google.com/')));
    expect(links).toEqual([result.url, second.url]);
  });

  test('the user can pick parts; they come in bound order', () => {
    const r = rt.run('dvhtTaoHoSo', ['minhChung', 'baoCao']) as typeof result;
    expect(r.parts).toEqual(['Báo cáo tự đánh giá', 'Danh mục các minh chứng']);
  });

  test('unticking the folder puts the Doc in My Drive', () => {
    const r = rt.run('dvhtTaoHoSo', ['baoCao'], false) as Result;
    expect(r.folder).toBeUndefined();
    expect(rt.drive.get(r.id)!.parents).toEqual([rt.drive.rootId]);
  });

  test('the .docx, read back by LibreOffice, has every part, heading and chỉ tiêu', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'dvht-'));
    const docx = join(dir, 'hoso.docx');
    writeFileSync(docx, rt.drive.docx(result.id));
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

describe('text pasted from Word or the web', () => {
  test('a Word line break stays a line break, other characters XML cannot hold are dropped, and Drive accepts the .docx', async () => {
    const rt = createRuntime();
    const ss = await rt.open(EXAMPLE);
    const sheet = ss.getSheetByName('Chỉ tiêu')!;
    const header = sheet.getRange(1, 1, 1, sheet.getLastColumn()).getValues()[0];
    const col = header.indexOf('Mô tả hiện trạng') + 1;
    // A Word line break (U+000B), a stray U+0001, a lone surrogate and markup, in row 2 (chỉ tiêu 1.1).
    sheet.getRange(2, col).setValue('Kế hoạch số 12/KH-THCS\u000Bban hành \u0001ngày 05/01 <b>&</b> \uD83D đúng hạn 📅');
    const r = rt.run('dvhtTaoHoSo') as Result;
    expect(rt.drive.get(r.id)!.mimeType).toBe(DOC); // the offline Drive parses every part as XML, as the converter must
    expect(rt.drive.text(r.id)).toContain('Kế hoạch số 12/KH-THCS\nban hành ngày 05/01 <b>&</b>  đúng hạn 📅');
  });
});

describe('when Google Drive refuses', () => {
  /** A fresh example whose Drive.Files.create fails on the `nth` call with Google's error text. */
  async function failingCreate(nth: number, text: string) {
    const rt = createRuntime();
    await rt.open(EXAMPLE);
    const files = rt.context.Drive.Files;
    const create = files.create.bind(files);
    let n = 0;
    files.create = (...args: unknown[]) => {
      if (++n === nth) throw new Error(`GoogleJsonResponseException: API call to drive.files.create failed with error: ${text}`);
      return create(...args);
    };
    return rt;
  }
  const historyLines = (rt: ReturnType<typeof createRuntime>) => rt.sheets.all()[0].getSheetByName('Lịch sử')!.getDataRange().getValues().filter((r) => r.includes('Tạo báo cáo')).length;

  test('a full Drive: the sidebar is told in Vietnamese what to do, with Google\'s words; nothing is logged', async () => {
    // Calls: the folder (1), the Doc (2).
    const rt = await failingCreate(2, "The user's Drive storage quota has been exceeded.");
    expect(() => rt.run('dvhtTaoHoSo')).toThrow(
      'Google Drive của tài khoản này đã hết dung lượng (Google báo: “The user\'s Drive storage quota has been exceeded.”): hãy xóa bớt tệp hoặc dọn thùng rác trên Google Drive rồi tạo lại.',
    );
    expect(rt.drive.files().filter((f) => f.mimeType === DOC)).toEqual([]);
    expect(historyLines(rt)).toBe(0);
  });

  test('the menu says the same in its alert, after the lock is free', async () => {
    const rt = await failingCreate(2, 'User rate limit exceeded.');
    rt.run('dvhtTaoBaoCao');
    expect(rt.services.controls.alerts.at(-1)?.prompt).toBe(
      'Không thực hiện được "Tạo báo cáo": Google Drive đang tạm giới hạn số yêu cầu (Google báo: “User rate limit exceeded.”): hãy thử lại sau ít phút.',
    );
  });

  test('the .docx copy failing loses nothing: the Doc is made and logged, without a Word link', async () => {
    const rt = await failingCreate(3, 'Internal Error');
    const r = rt.run('dvhtTaoHoSo') as Result;
    expect(rt.drive.get(r.id)!.mimeType).toBe(DOC);
    expect(r.docxUrl).toBeUndefined();
    expect((r as unknown as { notes: string[] }).notes).toContain('Google Drive chưa lưu được tệp Word (.docx) kèm theo; văn bản Google Docs đã đầy đủ và tải được dạng Word: Tệp → Tải xuống → Microsoft Word (.docx).');
    expect(historyLines(rt)).toBe(1);
  });
});

describe('service calls do not grow with the staff list', () => {
  function callsFor(members: number): Record<string, number> {
    const rows: MemberRow[] = Array.from({ length: members }, (_, i) => ({ ...example.members[i % example.members.length], hoTen: `Thành viên ${i + 1}`, stt: i + 1 }));
    const rt = createRuntime();
    const ss = rt.newSpreadsheet('Đo');
    rt.run('dvhtThietLapMau');
    fillWorkbook(ss as unknown as GoogleAppsScript.Spreadsheet.Spreadsheet, { ...example, members: rows });
    rt.run('dvhtTaoHoSo'); // the first run of the year also creates the folder
    rt.counter.reset();
    rt.run('dvhtTaoHoSo');
    return rt.counter.snapshot();
  }

  test('the same calls for 50 and 5,000 members: one read per input sheet, the Lịch sử line, 3 Drive calls', () => {
    const small = callsFor(50);
    expect(callsFor(5000)).toEqual(small);
    const google = Object.entries(small).filter(([k]) => !k.startsWith('Utilities.'));
    // Utilities (newBlob per .docx part, zip, formatDate) runs inside the script's own process: no request to Google.
    expect(google.reduce((n, [, c]) => n + c, 0)).toBe(28);
    expect(small['SpreadsheetApp.Sheet.getSheetValues']).toBe(7); // six input sheets and Lịch sử
    expect(small['Drive.Files.create'] + small['Drive.Files.list']).toBe(3);
    expect(small['Utilities.Utilities.zip']).toBe(1);
  }, 120000);
});
