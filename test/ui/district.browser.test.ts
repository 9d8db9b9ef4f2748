/// <reference lib="dom" />
// The district sidebar in headless Chromium: the "Tổng hợp" button drives the real district bundle batch after batch
// until every school is read, and the documents button returns a Doc link.
import { googleDocs } from '../../scripts/cli';
import { join } from 'node:path';
import { Browser } from 'playwright-core';
import { ROOT } from '../../local/bundle';
import { createRuntime } from '../../local/runtime';
import { resultsOf, setUpDistrict } from '../../local/district';
import { syntheticSchools } from '../../local/syntheticSchools';
import { LATENCY } from '../../local/latency';
import { launch, openSidebar } from './harness';
import { loadSchoolFolder } from '../../scripts/cli';

jest.setTimeout(60000);
let browser: Browser;
beforeAll(async () => (browser = await launch()));
afterAll(async () => browser?.close());

test('consolidates in several batches with visible progress, then writes the documents', async () => {
  const rt = createRuntime({ target: 'district', latency: LATENCY });
  const schools = syntheticSchools(rt.sheets, 40);
  const ss = setUpDistrict(rt, schools, { nganSachGiay: 10 });
  const s = await openSidebar(browser, rt, { open: 'dvhtMoBangTongHop', ready: () => true });
  await s.page.click('#run');
  await s.page.waitForFunction(() => /Đã đọc xong 40 đơn vị/.test(document.getElementById('status')?.textContent ?? ''));
  expect(s.calls.filter((c) => c === 'dvhtTongHopLo').length).toBeGreaterThan(2);
  expect(await s.page.$eval('#bar', (b) => [(b as HTMLProgressElement).value, (b as HTMLProgressElement).max])).toEqual([40, 40]);
  expect(resultsOf(ss).size).toBeGreaterThan(30);
  await s.page.click('#docs');
  await s.page.waitForSelector('#result a');
  const doc = googleDocs(rt).at(-1)!;
  expect(await s.page.getAttribute('#result a', 'href')).toBe(`https://docs.google.com/document/d/${doc.id}/edit?usp=drivesdk`);
  // What the documents hold comes with the links, as text.
  expect(await s.page.$$eval('#result p', (ps) => ps.map((p) => p.textContent)[1])).toMatch(/^40 đơn vị, mỗi đơn vị một lần theo liên kết bảng tính: \d+ đủ điều kiện công nhận/);
  await s.page.screenshot({ path: join(ROOT, 'out', 'screenshots', '5-so-tong-hop.png'), fullPage: true });
});

test('shows reads per minute and the expected end while it runs, and goes on by itself after a failed batch', async () => {
  const rt = createRuntime({ target: 'district', latency: LATENCY });
  const schools = syntheticSchools(rt.sheets, 40);
  setUpDistrict(rt, schools, { nganSachGiay: 10 });
  // A run under way before the sidebar opens: the sidebar says where it stands.
  const first = rt.run('dvhtTongHopLo') as { done: number; message: string };
  const s = await openSidebar(browser, rt, { open: 'dvhtMoBangTongHop', ready: () => /Bấm "Tổng hợp" để đọc tiếp/.test(document.getElementById('status')?.textContent ?? '') });
  const line = /^Đã đọc (\d+)\/40 đơn vị · \d+ lượt đọc\/phút · dự kiến xong lúc \d\d:\d\d/;
  expect(await s.page.textContent('#status')).toMatch(line);
  expect((await s.page.textContent('#status'))!.startsWith(first.message)).toBe(true);
  await s.page.evaluate(() => {
    const seen: string[] = ((window as unknown as { seen: string[] }).seen = []);
    new MutationObserver(() => seen.push(document.getElementById('status')!.textContent ?? '')).observe(document.getElementById('status')!, { childList: true, characterData: true, subtree: true });
  });
  // The next batch fails (an Apps Script limit); the sidebar waits and goes on without a click.
  await s.page.clock.install();
  s.failures.set('dvhtTongHopLo', 'Service invoked too many times in a short time: sheets');
  await s.page.click('#run');
  await s.page.waitForFunction(() => /Tạm dừng/.test(document.getElementById('status')?.textContent ?? ''));
  expect(await s.page.textContent('#status')).toBe('Tạm dừng (Service invoked too many times in a short time: sheets). Tự tiếp tục sau 10 giây…');
  s.failures.delete('dvhtTongHopLo');
  await s.page.clock.runFor(10000);
  await s.page.waitForFunction(() => /Đã đọc xong 40 đơn vị/.test(document.getElementById('status')?.textContent ?? ''));
  const seen = await s.page.evaluate(() => (window as unknown as { seen: string[] }).seen);
  expect(seen.filter((t) => line.test(t)).length).toBeGreaterThan(1);
  expect(await s.page.isHidden('#error')).toBe(true);
  expect(await s.page.isEnabled('#run')).toBe(true);
});

test('shows the overview next to the progress: an SVG bar per level with the engine\'s figures, a text alternative, names as text', async () => {
  const rt = createRuntime({ target: 'district' });
  const { schools } = await loadSchoolFolder(rt, join(ROOT, 'examples', 'district'));
  // A unit name with markup (the broken file, listed under "Đơn vị cần xem lại"): it must stay text.
  const evil = '<img src=x onerror=alert(1)>Trường THCS Hòa Bình';
  const types = ['Trường tiểu học', 'Trường trung học cơ sở', 'Trường mầm non', 'Trường trung học cơ sở'];
  setUpDistrict(rt, schools.map((s, i) => ({ ...s, type: types[i], name: i === 3 ? evil : s.name })));
  const s = await openSidebar(browser, rt, { open: 'dvhtMoBangTongHop', ready: () => true });
  await s.page.click('#run');
  await s.page.waitForFunction(() => /Đã đọc xong 4 đơn vị/.test(document.getElementById('status')?.textContent ?? ''));
  await s.page.waitForFunction(() => !document.getElementById('overview-block')!.hidden && document.querySelectorAll('#overview .overview-level').length === 4);
  const engine = rt.run('dvhtTongQuan') as { total: number; text: string; byLevel: { label: string; count: number; share: string }[]; attention: { name: string }[] };
  expect(engine.byLevel.map((l) => l.count)).toEqual([1, 1, 1, 1]);
  const bars = await s.page.$$eval('#overview .overview-level', (gs) => gs.map((g) => ({
    label: g.getAttribute('data-label'),
    texts: Array.from(g.querySelectorAll('text')).map((t) => t.textContent),
    width: Number(g.querySelector('.overview-bar')!.getAttribute('width')),
  })));
  // Bar length = share of all units on the 276-unit drawing (1 unit = 1 px at 300 px).
  expect(bars).toEqual(engine.byLevel.map((l) => ({ label: l.label, texts: [l.label, `${l.count} đơn vị (${l.share})`], width: (276 * l.count) / engine.total })));
  const segments = await s.page.$$eval('#overview .overview-type', (gs) => gs.map((g) => [g.getAttribute('data-type'), Array.from(g.querySelectorAll('.overview-segment')).map((r) => [r.getAttribute('data-level'), Number(r.getAttribute('width'))])]));
  expect(segments).toEqual([
    ['Trường tiểu học', [['Mức độ 2', 276]]], ['Trường trung học cơ sở', [['Mức độ 1', 138], ['Chưa đọc được', 138]]], ['Trường mầm non', [['Chưa đạt', 276]]],
  ]);
  // The text alternative is the engine's sentence: the SVG's <desc> and the paragraph it points to.
  expect(engine.text).toBe('4 đơn vị, 3 đã đọc được. Mức độ 2: 1 (25,0%); Mức độ 1: 1 (25,0%); Chưa đạt: 1 (25,0%); Chưa đọc được: 1 (25,0%). Chỉ tiêu chưa đạt nhiều nhất: 1.5 (1/3 đơn vị đã đọc, 33,3%). 3 đơn vị cần xem lại.');
  expect(await s.page.$eval('#overview svg', (e) => [e.getAttribute('role'), e.getAttribute('aria-labelledby'), e.getAttribute('aria-describedby'), e.querySelector('desc')!.textContent])).toEqual(['img', 'overview-title overview-desc', 'overview-text', engine.text]);
  expect(await s.page.textContent('#overview-text')).toBe(engine.text);
  expect(await s.page.$$eval('#overview-failed li', (li) => li.map((l) => l.textContent))).toEqual(['1.5. Phục vụ học tập suốt đời: 1/3 đơn vị đã đọc (33,3%)', '2.5. Danh hiệu Lao động tiên tiến: 1/3 đơn vị đã đọc (33,3%)']);
  // Sheet text stays text: the name is a <strong>'s text, no element is made from it, no script ran.
  expect(engine.attention.map((a) => a.name)).toContain(evil);
  expect(await s.page.$$eval('#overview-attention li strong', (e) => e.map((x) => x.textContent))).toEqual(engine.attention.map((a) => a.name));
  expect(await s.page.$$eval('#overview img', (e) => e.length)).toBe(0);
  expect(s.dialogs).toEqual([]);
  // Readable at 300 px: no horizontal scroll, the chart within the sidebar.
  expect(await s.page.evaluate(() => [document.documentElement.scrollWidth, Math.ceil(document.querySelector('#overview svg')!.getBoundingClientRect().right)])).toEqual([300, 288]);
  await s.page.screenshot({ path: join(ROOT, 'out', 'screenshots', 'huyen-tong-quan.png'), fullPage: true });
});
