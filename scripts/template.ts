// npm run template -- out.xlsx: the template spreadsheet as the real set-up code produces it, run in the offline runtime.
import { resolve } from 'node:path';
import { createRuntime } from '../local/runtime';

async function main(): Promise<void> {
  const out = resolve(process.argv[2] ?? 'out/mau-dvht.xlsx');
  const rt = createRuntime();
  const ss = rt.newSpreadsheet('Mẫu ĐVHT');
  rt.run('dvhtThietLapMau');
  const calls = rt.counter.get('SpreadsheetApp'); // before saving: writing the .xlsx is not the add-in's cost
  await rt.save(ss, out);
  const sheets = ss.getSheets().map((s) => s.getName()).join(', ');
  console.log(`Đã ghi mẫu ĐVHT vào ${out}\nCác sheet: ${sheets}\nSố lệnh gọi SpreadsheetApp khi thiết lập: ${calls}`);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
