// Shared setup for the in-memory SpreadsheetApp tests: a fresh app, counter and spreadsheet per test.
import { CallCounter } from '../../../local/counters';
import { SpreadsheetAppOptions, createSpreadsheetApp } from '../../../local/spreadsheet';

export function setup(opts: Partial<SpreadsheetAppOptions> = {}) {
  const counter = new CallCounter();
  const controls = createSpreadsheetApp({ counter, ...opts });
  const ss = controls.createSpreadsheet('Trường THCS Bình Minh', 'ss-1');
  controls.setActive(ss);
  const app = controls.SpreadsheetApp;
  const active = app.getActiveSpreadsheet()!;
  const sheet = active.getSheets()[0];
  counter.reset();
  return { counter, controls, ss, app, active, sheet };
}
