// Opens the real sidebar (built Sidebar.html, as served by the bundle's HtmlService) in headless Chromium, with a
/// <reference lib="dom" />
// google.script.run stand-in that routes every call to the real bundle running in the offline runtime.
import { chromium, Browser, Page } from 'playwright-core';
import { createRuntime, Runtime } from '../../local/runtime';

export const CHROMIUM_ARGS = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
];

export async function launch(): Promise<Browser> {
  return chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: CHROMIUM_ARGS });
}

export interface Sidebar {
  readonly page: Page;
  readonly rt: Runtime;
  /** Names of server functions made to fail, with the message they throw. */
  readonly failures: Map<string, string>;
  /** Server calls made, in order. */
  readonly calls: string[];
  /** Alert/confirm/prompt dialogs the page tried to open (an XSS payload would). */
  readonly dialogs: string[];
}

const URL = 'https://dvht.offline/sidebar';

export async function openSidebar(
  browser: Browser,
  rt: Runtime,
  opts: { open?: string; ready?: () => boolean } = {},
): Promise<Sidebar> {
  rt.run(opts.open ?? 'dvhtMoBangDieuKhien');
  const html = rt.services.controls.sidebars[rt.services.controls.sidebars.length - 1].content;
  const page = await browser.newPage({ viewport: { width: 300, height: 900 } });
  const failures = new Map<string, string>();
  const calls: string[] = [];
  const dialogs: string[] = [];
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  // Offline: the sidebar is served from memory; everything else (Google's CSS) is unreachable, as on a closed network.
  await page.route('**/*', (route) => (route.request().url() === URL ? route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html }) : route.abort()));
  await page.exposeFunction('__gasCall', (fn: string, args: unknown[]) => {
    calls.push(fn);
    const failure = failures.get(fn);
    if (failure) return { ok: false, message: failure };
    try {
      // google.script.run passes JSON-like values both ways (no Date, no functions).
      const value = rt.run(fn, ...args);
      return { ok: true, value: value === undefined ? null : JSON.parse(JSON.stringify(value)) };
    } catch (e) {
      return { ok: false, message: e instanceof Error ? e.message : String(e) };
    }
  });
  await page.addInitScript(() => {
    const make = (ok?: (v: unknown) => void, fail?: (e: unknown) => void): unknown =>
      new Proxy({}, {
        get(_t, name: string) {
          if (name === 'withSuccessHandler') return (f: (v: unknown) => void) => make(f, fail);
          if (name === 'withFailureHandler') return (f: (e: unknown) => void) => make(ok, f);
          return (...args: unknown[]) => {
            (window as unknown as { __gasCall(fn: string, a: unknown[]): Promise<{ ok: boolean; value?: unknown; message?: string }> })
              .__gasCall(name, args)
              .then((r) => (r.ok ? ok?.(r.value) : fail?.(new Error(r.message))));
          };
        },
      });
    (window as unknown as { google: unknown }).google = { script: { run: make() } };
  });
  await page.goto(URL);
  if (opts.ready) await page.waitForFunction(opts.ready);
  else await page.waitForFunction(() => document.getElementById('unit-name')?.textContent !== 'Đang tải…');
  return { page, rt, failures, calls, dialogs };
}

export function newRuntime(): Runtime {
  return createRuntime();
}
