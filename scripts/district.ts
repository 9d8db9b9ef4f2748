// npm run district -- <folder of school .xlsx>: runs the real district bundle in the offline runtime over the schools'
// workbooks and writes the district workbook and documents to out/district/.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { createRuntime } from '../local/runtime';
import { ROOT } from '../local/bundle';
import { consolidateAll, setUpDistrict } from '../local/district';
import { googleDocs, loadSchoolFolder, printDistrictResults, runMain } from './cli';

async function main(): Promise<void> {
  const folder = resolve(process.argv[2] ?? join(ROOT, 'examples', 'district'));
  const rt = createRuntime({ target: 'district' });
  const { schools, skipped } = await loadSchoolFolder(rt, folder);
  const district = setUpDistrict(rt, schools);
  rt.counter.reset();
  const run = consolidateAll(rt);
  const reads = rt.counter.get('Sheets.Spreadsheets.Values.batchGet');
  console.log(`\nĐVHT — tổng hợp ${schools.length} đơn vị từ ${folder}`);
  for (const line of skipped) console.log(line);
  printDistrictResults(district, schools);
  rt.run('dvhtTaoVanBan');
  const doc = googleDocs(rt).at(-1)!;
  const out = join(ROOT, 'out', 'district');
  mkdirSync(out, { recursive: true });
  await rt.save(district, join(out, 'so-tong-hop.xlsx'));
  writeFileSync(join(out, 'van-ban-cong-nhan.docx'), rt.drive.docx(doc.id));
  console.log(`\n${run.batches} lượt, ${reads} lần đọc (mỗi đơn vị một lệnh Sheets.Values.batchGet).`);
  console.log(`Đã ghi ${join(out, 'so-tong-hop.xlsx')} và ${join(out, 'van-ban-cong-nhan.docx')}`);
}

runMain(main);
