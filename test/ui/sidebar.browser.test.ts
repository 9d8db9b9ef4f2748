// The sidebar in real headless Chromium, served by the real bundle on the example workbook: status equal to the rules
/// <reference lib="dom" />
// engine, problem links that select the cell, the report button, a Vietnamese error, XSS payloads kept as text, and a
// 300 px layout without horizontal scroll. Screenshots go to out/screenshots/.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { Browser } from 'playwright-core';
import { ROOT } from '../../local/bundle';
import { activeRangeA1 } from '../../local/spreadsheet';
import { compareSummaryWithEngine } from '../../local/summaryCheck';
import { levelKey } from '../../src/panel/status';
import { Sidebar, launch, newRuntime, openSidebar } from './harness';

const SHOTS = join(ROOT, 'out', 'screenshots');
const EXAMPLE = join(ROOT, 'examples', 'truong-thcs-binh-minh.xlsx');
jest.setTimeout(60000);

let browser: Browser;
beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

async function exampleSidebar(): Promise<Sidebar> {
  const rt = newRuntime();
  await rt.open(EXAMPLE);
  return openSidebar(browser, rt);
}

test('shows the unit and its level as the rules engine computes them, with a light per chỉ tiêu', async () => {
  const s = await exampleSidebar();
  const engine = compareSummaryWithEngine(s.rt.sheets.all()[0]).check;
  await s.page.screenshot({ path: join(SHOTS, '1-binh-thuong.png'), fullPage: true });
  expect(await s.page.textContent('#unit-name')).toBe('Trường THCS Bình Minh');
  expect(await s.page.textContent('#unit-meta')).toBe('Năm 2025 · cấp huyện · Trường trung học cơ sở');
  expect(await s.page.textContent('#level')).toBe('ĐẠT MỨC ĐỘ 1');
  const lights = await s.page.$$eval('.chi-tieu .light', (els) => els.map((e) => e.className.replace('light ', '')));
  expect(lights).toEqual(engine.assessment.unit.tieuChi.flatMap((t) => t.chiTieu.map((c) => levelKey(c.level))));
  const figures = await s.page.$$eval('.chi-tieu .fig', (els) => els.map((e) => e.textContent));
  expect(figures).toContain('45/48 (93,7%)');
  expect(await s.page.textContent('#problem-count')).toBe(String(engine.problems.length));
  expect(s.calls).toEqual(['dvhtTrangThai']);
});

test('shows the next deadline, the recognition status, and who in the team is behind', async () => {
  const s = await exampleSidebar();
  expect(await s.page.textContent('#deadline')).toMatch(/^Hồ sơ gửi Ủy ban nhân dân xã Bình Minh trước ngày 15\/01\/2026 \((còn \d+ ngày|đã quá hạn \d+ ngày|hạn là hôm nay)\)\.$/);
  expect(await s.page.textContent('#recognition')).toBe('Chưa được công nhận “Đơn vị học tập”.');
  const team = await s.page.$$eval('#team summary', (els) => els.map((e) => e.textContent));
  expect(team).toHaveLength(8);
  expect(team.find((t) => t?.startsWith('Ngô Đức Quang'))).toMatch(/còn \d+ việc$/);
  await s.page.click('#team >> text=Ngô Đức Quang');
  const detail = await s.page.locator('#team details[open] .detail').textContent();
  expect(detail).toContain('Chỉ tiêu phụ trách: 2.3, 2.4');
  expect(detail).toContain('2.3: chưa có điểm mạnh');
});

test('a chỉ tiêu expands to its gap sentence and evidence status', async () => {
  const s = await exampleSidebar();
  await s.page.click('text=Tiêu chí 2: Về kết quả học tập của Thành viên trong đơn vị');
  await s.page.click('text=2.5 Danh hiệu Lao động tiên tiến');
  const detail = await s.page.locator('details.chi-tieu[open] .detail').textContent();
  expect(detail).toContain('Cần thêm 2 thành viên đạt danh hiệu LĐTT trở lên để đạt mức độ 2.');
  expect(detail).toContain('Minh chứng: TC2-05-01; TC2-05-02');
});

test('problems are grouped by sheet; a link selects the cell in the spreadsheet', async () => {
  const s = await exampleSidebar();
  // The state a secretary works in: tiêu chí 2 open on 2.5's gap, the problems below.
  await s.page.click('text=Tiêu chí 2: Về kết quả học tập của Thành viên trong đơn vị');
  await s.page.click('text=2.5 Danh hiệu Lao động tiên tiến');
  await s.page.screenshot({ path: join(SHOTS, '2-van-de.png'), fullPage: true });
  const groups = await s.page.$$eval('.sheet-group', (els) => els.map((e) => e.textContent));
  expect(groups[0]).toMatch(/^Sheet (Thành viên|Chỉ tiêu) \(\d+\)$/);
  await s.page.click('button.where >> text=Thành viên!K14');
  await s.page.waitForFunction(() => true);
  await new Promise((r) => setTimeout(r, 100));
  expect(s.calls).toContain('dvhtChonO');
  expect(activeRangeA1(s.rt.sheets.all()[0])).toBe("'Thành viên'!K14");
});

test('Tạo báo cáo: disabled while running, then a link to the new Doc and a PDF button', async () => {
  const s = await exampleSidebar();
  const disabledAtClick = await s.page.evaluate(() => {
    (document.getElementById('report') as HTMLButtonElement).click();
    return (document.getElementById('report') as HTMLButtonElement).disabled && !document.getElementById('progress')!.hidden;
  });
  expect(disabledAtClick).toBe(true);
  await s.page.waitForSelector('#result:not([hidden]) a');
  const docs = s.rt.docs.documents();
  expect(docs).toHaveLength(1);
  expect(await s.page.getAttribute('#result a', 'href')).toBe(docs[0].getUrl());
  expect(await s.page.textContent('#result')).toContain('mức tự đánh giá: Đạt mức độ 1');
  expect(await s.page.isEnabled('#report')).toBe(true);
  await s.page.screenshot({ path: join(SHOTS, '3-sau-khi-tao-bao-cao.png'), fullPage: true });
});

test('a server failure shows a Vietnamese error saying what to do', async () => {
  const s = await exampleSidebar();
  s.failures.set('dvhtTrangThai', 'Exception: Không đọc được sheet Thành viên.');
  await s.page.click('#refresh');
  await s.page.waitForSelector('#error:not([hidden])');
  expect(await s.page.textContent('#error')).toBe(
    'Không tải tình trạng đơn vị được: Không đọc được sheet Thành viên.. Hãy thử lại; nếu vẫn lỗi, chọn menu ĐVHT → Kiểm tra dữ liệu hoặc báo cho người phụ trách.',
  );
  await s.page.screenshot({ path: join(SHOTS, '4-loi.png'), fullPage: true });
});

test('names and values from the sheet stay text: no XSS payload runs', async () => {
  const rt = newRuntime();
  const ss = await rt.open(EXAMPLE);
  const members = ss.getSheetByName('Thành viên')!;
  members.getRange('B2').setValue('<img src=x onerror=alert(1)>');
  members.getRange('G2').setValue('"><script>window.__pwned=1</script>');
  members.getRange('B3').setValue('<img src=x onerror=alert(1)>'); // a duplicate: listed again, with the name
  const s = await openSidebar(browser, rt);
  await new Promise((r) => setTimeout(r, 200));
  expect(s.dialogs).toEqual([]);
  expect(await s.page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
  expect(await s.page.locator('#problems img').count()).toBe(0);
  const text = await s.page.textContent('#problems');
  expect(text).toContain('"><script>window.__pwned=1</script>');
  expect(text).toContain('"<img src=x onerror=alert(1)>" trùng họ tên với dòng 2');
});

test('fits 300 px without horizontal scroll, even with every detail open', async () => {
  const s = await exampleSidebar();
  await s.page.$$eval('details', (els) => els.forEach((d) => ((d as HTMLDetailsElement).open = true)));
  const widths = await s.page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth }));
  expect(widths.scroll).toBeLessThanOrEqual(widths.client);
  expect(widths.client).toBe(300);
});
