/// <reference lib="dom" />
// The district sidebar in headless Chromium: the "Tổng hợp" button drives the real district bundle batch after batch
// until every school is read, and the documents button returns a Doc link.
import { join } from 'node:path';
import { Browser } from 'playwright-core';
import { ROOT } from '../../local/bundle';
import { createRuntime } from '../../local/runtime';
import { resultsOf, setUpDistrict } from '../../local/district';
import { syntheticSchools } from '../../local/syntheticSchools';
import { LATENCY } from '../../local/latency';
import { launch, openSidebar } from './harness';

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
  expect(await s.page.getAttribute('#result a', 'href')).toBe(rt.docs.documents().at(-1)!.getUrl());
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
