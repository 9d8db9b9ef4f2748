// Builds examples/<name>.xlsx from examples/<name>.json: the template set up by the real bundle, filled as a user would.
import { readFileSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { createRuntime } from '../local/runtime';
import { fillWorkbook } from '../local/fillWorkbook';
import { SchoolWorkbook } from '../src/workbook/records';

async function main(): Promise<void> {
  const json = resolve(process.argv[2] ?? 'examples/truong-thcs-binh-minh.json');
  const out = json.replace(/\.json$/, '.xlsx');
  const wb = JSON.parse(readFileSync(json, 'utf8')) as SchoolWorkbook;
  const rt = createRuntime();
  const ss = rt.newSpreadsheet(String(wb.settings.tenDonVi ?? basename(json)));
  rt.run('dvhtThietLapMau');
  fillWorkbook(ss as unknown as GoogleAppsScript.Spreadsheet.Spreadsheet, wb);
  rt.run('dvhtThietLapMau'); // refreshes the guide and the chỉ tiêu wording from the filled settings
  await rt.save(ss, out);
  console.log(`Đã ghi ${out}`);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
