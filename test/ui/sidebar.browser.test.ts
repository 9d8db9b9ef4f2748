// The sidebar in real headless Chromium, served by the real bundle on the example workbook: status equal to the rules
/// <reference lib="dom" />
// engine, problem links that select the cell, the report button, a Vietnamese error, XSS payloads kept as text, and a
// 300 px layout without horizontal scroll. Screenshots go to out/screenshots/.
import { googleDocs } from '../../scripts/cli';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { Browser } from 'playwright-core';
import { ROOT } from '../../local/bundle';
import { activeRangeA1 } from '../../local/spreadsheet';
import { compareSummaryWithEngine } from '../../local/summaryCheck';
import { levelKey } from '../../src/panel/levelKey';
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
  await s.page.click('#criteria >> text=2.5 Danh hiệu Lao động tiên tiến');
  const detail = await s.page.locator('details.chi-tieu[open] .detail').textContent();
  expect(detail).toContain('Cần thêm 2 thành viên đạt danh hiệu LĐTT trở lên để đạt mức độ 2.');
  expect(detail).toContain('Minh chứng: TC2-05-01; TC2-05-02');
});

test('problems are grouped by sheet; a link selects the cell in the spreadsheet', async () => {
  const s = await exampleSidebar();
  // The state a secretary works in: tiêu chí 2 open on 2.5's gap, the problems below.
  await s.page.click('text=Tiêu chí 2: Về kết quả học tập của Thành viên trong đơn vị');
  await s.page.click('#criteria >> text=2.5 Danh hiệu Lao động tiên tiến');
  await s.page.screenshot({ path: join(SHOTS, '2-van-de.png'), fullPage: true });
  const groups = await s.page.$$eval('.sheet-group', (els) => els.map((e) => e.textContent));
  expect(groups[0]).toMatch(/^Sheet (Thành viên|Chỉ tiêu) \(\d+\)$/);
  await s.page.click('button.where >> text=Thành viên!K14');
  await s.page.waitForFunction(() => true);
  await new Promise((r) => setTimeout(r, 100));
  expect(s.calls).toContain('dvhtChonO');
  expect(activeRangeA1(s.rt.sheets.all()[0])).toBe("'Thành viên'!K14");
});

test('Tạo báo cáo: disabled while running, then links to the new Doc, its PDF, the .docx and the folder', async () => {
  const s = await exampleSidebar();
  const disabledAtClick = await s.page.evaluate(() => {
    (document.getElementById('report') as HTMLButtonElement).click();
    return (document.getElementById('report') as HTMLButtonElement).disabled && !document.getElementById('progress')!.hidden;
  });
  expect(disabledAtClick).toBe(true);
  await s.page.waitForSelector('#result:not([hidden]) a');
  const docs = googleDocs(s.rt);
  expect(docs).toHaveLength(1);
  const folder = s.rt.drive.files().find((f) => f.mimeType === 'application/vnd.google-apps.folder')!;
  const docx = s.rt.drive.files().find((f) => f.name.endsWith('.docx'))!;
  const links = await s.page.$$eval('#result a', (as) => as.map((a) => [a.textContent, a.getAttribute('href'), a.getAttribute('target')]));
  expect(links).toEqual([
    [`Mở hồ sơ: ${docs[0].name}`, `https://docs.google.com/document/d/${docs[0].id}/edit?usp=drivesdk`, '_blank'],
    ['Tải PDF', `https://docs.google.com/document/d/${docs[0].id}/export?format=pdf`, '_blank'],
    ['Tệp Word (.docx)', `https://drive.google.com/file/d/${docx.id}/view?usp=drivesdk`, '_blank'],
    ['Thư mục ĐVHT – Hồ sơ 2025', `https://drive.google.com/drive/folders/${folder.id}`, '_blank'],
  ]);
  expect(docs[0].parents).toEqual([folder.id]);
  // The checkbox names the same folder the server filed the Doc in.
  expect(await s.page.textContent('#folder-label')).toBe(`Lưu vào thư mục “${folder.name}” trên Google Drive`);
  expect(folder.name).toBe('ĐVHT – Hồ sơ 2025');
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
    'Không tải tình trạng đơn vị được: Không đọc được sheet Thành viên. Hãy thử lại; nếu vẫn lỗi, chọn menu ĐVHT → Kiểm tra dữ liệu hoặc báo cho người phụ trách.',
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

describe('Tỉ lệ so với ngưỡng: the bar chart of every share chỉ tiêu', () => {
  const barsOf = (s: Sidebar) =>
    s.page.$$eval('#shares svg g.bar', (gs) => gs.map((g) => ({
      id: g.getAttribute('data-id'),
      label: Array.from(g.querySelectorAll('text.label')).map((t) => t.textContent).join(' '),
      value: g.querySelector('text.value')?.textContent,
      ticks: Array.from(g.querySelectorAll('text.tick-label')).map((t) => t.textContent),
      tickX: Array.from(g.querySelectorAll('line.tick')).map((l) => Number(l.getAttribute('x1'))),
      notes: Array.from(g.querySelectorAll('text.note')).map((t) => t.textContent),
      track: Number(g.querySelector('rect.track')?.getAttribute('width')),
      fill: g.querySelector('rect.fill') ? Number(g.querySelector('rect.fill')!.getAttribute('width')) : null,
      fillClass: g.querySelector('rect.fill')?.getAttribute('class'),
    })));

  test('one bar per share chỉ tiêu, as long as the engine\'s exact share, with both thresholds and the gap', async () => {
    const s = await exampleSidebar();
    const engine = compareSummaryWithEngine(s.rt.sheets.all()[0]).check.assessment;
    const bars = await barsOf(s);
    // A THCS: its pupils are not Người học (Điều 2.8: "Người học là … (không bao gồm … trung học cơ sở …)"), so 3.1 is
    // the members' share alone and there is no learners' bar.
    expect(bars.map((b) => b.label)).toEqual([
      '2.1 Kỷ luật lao động', '2.2 Hoàn thành học tập, bồi dưỡng', '2.3 Bồi dưỡng, tham gia chuyển đổi số',
      '2.4 Ngoại ngữ, tiếng dân tộc thiểu số', '2.5 Danh hiệu Lao động tiên tiến', '3.1 Công dân học tập',
    ]);
    expect(bars.map((b) => b.value)).toEqual(['97,9%', '97,8%', '93,7%', '68,7%', '91,6%', '97,9%']);
    for (const b of bars) {
      const t = engine.chiTieu[b.id!].members!.tally;
      expect(b.fill! / b.track).toBeCloseTo(t.qualified / t.total, 6);
    }
    expect(bars.map((b) => b.ticks)).toEqual([
      ['MĐ1 90%', 'MĐ2 95%'], ['MĐ1 90%', 'MĐ2 95%'], ['MĐ1 90%', 'MĐ2 95%'], ['MĐ1 50%', 'MĐ2 70%'], ['MĐ1 90%', 'MĐ2 95%'], ['MĐ1 90%', 'MĐ2 95%'],
    ]);
    const b24 = bars[3];
    expect(b24.tickX.map((x) => x / b24.track)).toEqual([0.5, 0.7]);
    // 2.3: 45/48 ≥ 90% but < 95%; 46 of 48 are needed for 95% (⌈45,6⌉), so one more member.
    expect(bars[2].notes).toEqual(['45/48 thành viên · Đạt mức độ 1', 'Mức độ 2: còn thiếu 1 người']);
    expect(bars[2].fillClass).toBe('fill fill-m1');
    expect(bars[4].notes).toEqual(['44/48 thành viên · Đạt mức độ 1', 'Mức độ 2: còn thiếu 2 người']);
    expect(bars[0].notes).toEqual(['47/48 thành viên · Đạt mức độ 2']);
    expect(bars[0].fillClass).toBe('fill fill-m2');
    // The state a secretary glances at: the level, then the chart.
    const box = await s.page.locator('#shares').boundingBox();
    await s.page.screenshot({ path: join(SHOTS, '6-bieu-do.png'), clip: { x: 0, y: 0, width: 300, height: Math.ceil(box!.y + box!.height + 8) } });
  });

  test('has a text alternative carrying every figure: role="img" named by its <title> and <desc>, and a hidden list', async () => {
    const s = await exampleSidebar();
    const a11y = await s.page.$eval('#shares svg', (svg) => ({
      role: svg.getAttribute('role'),
      name: (svg.getAttribute('aria-labelledby') ?? '').split(' ').map((id) => document.getElementById(id)?.textContent),
      items: Array.from(document.querySelectorAll('#shares ul.visually-hidden li')).map((li) => li.textContent),
      listBox: (() => { const r = document.querySelector('#shares ul')!.getBoundingClientRect(); return [r.width, r.height]; })(),
    }));
    expect(a11y.role).toBe('img');
    expect(a11y.name[0]).toBe('Tỉ lệ so với ngưỡng: Trường THCS Bình Minh');
    expect(a11y.items).toHaveLength(6);
    expect(a11y.items[2]).toBe('2.3 Bồi dưỡng, tham gia chuyển đổi số: 45/48 thành viên, tỉ lệ 93,7%; ngưỡng mức độ 1 là 90%, mức độ 2 là 95%; Đạt mức độ 1; mức độ 2: còn thiếu 1 người.');
    expect(a11y.items[3]).toBe('2.4 Ngoại ngữ, tiếng dân tộc thiểu số: 33/48 thành viên, tỉ lệ 68,7%; ngưỡng mức độ 1 là 50%, mức độ 2 là 70%; Đạt mức độ 1; mức độ 2: còn thiếu 1 người.');
    expect(a11y.name[1]).toBe(a11y.items.join(' '));
    expect(a11y.listBox).toEqual([1, 1]);
  });

  /** The example with one Đơn vị answer replaced (the cell found by its current value). */
  async function exampleWith(current: string, value: string): Promise<Sidebar> {
    const rt = newRuntime();
    const ss = await rt.open(EXAMPLE);
    const donVi = ss.getSheetByName('Đơn vị')!;
    const values = donVi.getDataRange().getValues();
    const row = values.findIndex((r) => r.includes(current));
    donVi.getRange(row + 1, values[row].indexOf(current) + 1).setValue(value);
    return openSidebar(browser, rt);
  }

  test('a unit name from the sheet stays text in the chart', async () => {
    const s = await exampleWith('Trường THCS Bình Minh', '<img src=x onerror=alert(1)>');
    await new Promise((r) => setTimeout(r, 200));
    expect(s.dialogs).toEqual([]);
    expect(await s.page.locator('#shares img').count()).toBe(0);
    expect(await s.page.$eval('#shares svg title', (t) => t.textContent)).toBe('Tỉ lệ so với ngưỡng: <img src=x onerror=alert(1)>');
  });

  test('a chỉ tiêu that does not apply is drawn as an empty track with the reason, wrapped to the width', async () => {
    // 2.4: "… (không bao gồm thành viên trong đơn vị là tổ chức kinh tế)".
    const s = await exampleWith('Trường trung học cơ sở', 'Doanh nghiệp');
    const b24 = (await barsOf(s)).find((b) => b.id === '2.4')!;
    expect(b24.value).toBe('—');
    expect(b24.fill).toBeNull();
    expect(b24.ticks).toEqual(['MĐ1 50%', 'MĐ2 70%']);
    expect(b24.notes.length).toBeGreaterThan(1);
    expect(b24.notes.join(' ')).toBe('Không áp dụng: không bao gồm thành viên trong đơn vị là tổ chức kinh tế');
    expect(await s.page.getAttribute('#shares g.bar[data-id="2.4"] rect.track', 'class')).toBe('track empty');
  });

  test.each([['the example', ''], ['a doanh nghiệp (a wrapped reason)', 'Doanh nghiệp']])('fits 300 px: the chart and every label in it stay inside the sidebar (%s)', async (_name, type) => {
    const s = type ? await exampleWith('Trường trung học cơ sở', type) : await exampleSidebar();
    const fit = await s.page.$eval('#shares svg', (svg) => {
      const box = svg.getBoundingClientRect();
      const texts = Array.from(svg.querySelectorAll('text')).map((t) => t.getBoundingClientRect());
      return { left: box.left, right: box.right, minX: Math.min(...texts.map((r) => r.left)), maxX: Math.max(...texts.map((r) => r.right)) };
    });
    expect(fit.left).toBe(12);
    expect(fit.right).toBe(288);
    expect(fit.minX).toBeGreaterThanOrEqual(fit.left);
    expect(fit.maxX).toBeLessThanOrEqual(fit.right);
    const widths = await s.page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth }));
    expect(widths.scroll).toBeLessThanOrEqual(widths.client);
  });
});
