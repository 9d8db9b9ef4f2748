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
