// npm run district -- <folder of school .xlsx>: runs the real district bundle in the offline runtime over the schools'
// workbooks and writes the district workbook and documents to out/district/.
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { createRuntime } from '../local/runtime';
import { ROOT } from '../local/bundle';
import { consolidateAll, resultsOf, setUpDistrict } from '../local/district';
import { loadXlsx } from '../local/spreadsheet';

async function main(): Promise<void> {
  const folder = resolve(process.argv[2] ?? join(ROOT, 'examples', 'district'));
  const files = readdirSync(folder).filter((f) => f.endsWith('.xlsx')).sort();
  const rt = createRuntime({ target: 'district' });
  const schools = [];
  for (const [i, f] of files.entries()) {
    // Each school gets its own id here: files saved by separate runs may carry the same offline id.
    const id = `1DvhtSchool${String(i + 1).padStart(4, '0')}${basename(f, '.xlsx').replace(/[^A-Za-z0-9]/g, '').slice(0, 20)}`;
    const ss = await loadXlsx(rt.sheets, join(folder, f), { id });
    schools.push({ name: ss.getName() || basename(f, '.xlsx'), link: `https://docs.google.com/spreadsheets/d/${ss.getId()}/edit` });
  }
  const district = setUpDistrict(rt, schools);
  rt.counter.reset();
  const run = consolidateAll(rt);
  const reads = rt.counter.get('Sheets.Spreadsheets.Values.batchGet');
  const results = resultsOf(district);
  console.log(`\nĐVHT — tổng hợp ${schools.length} đơn vị từ ${folder}`);
  for (const s of schools) {
    const id = /\/d\/([^/]+)/.exec(s.link)![1];
    const r = results.get(id);
    console.log(`- ${s.name}: ${r ? `tự nhận ${r.mucTuNhan}, tính lại ${r.mucTinhLai}${r.chenhLech ? ` — chênh lệch: ${r.chenhLech}` : ''}` : 'không đọc được (xem Nhật ký)'}`);
  }
  const log = district.getSheetByName('Nhật ký')!.getDataRange().getValues().slice(1);
  for (const row of log.filter((r) => r[3] === 'Lỗi')) console.log(`  Nhật ký: ${row[2]} — ${row[4]}`);
  rt.run('dvhtTaoVanBan');
  const doc = rt.docs.documents().at(-1)!;
  const out = join(ROOT, 'out', 'district');
  mkdirSync(out, { recursive: true });
  await rt.save(district, join(out, 'so-tong-hop.xlsx'));
  writeFileSync(join(out, 'van-ban-cong-nhan.docx'), await rt.docs.toDocx(doc));
  console.log(`\n${run.batches} lượt, ${reads} lần đọc (mỗi đơn vị một lệnh Sheets.Values.batchGet).`);
  console.log(`Đã ghi ${join(out, 'so-tong-hop.xlsx')} và ${join(out, 'van-ban-cong-nhan.docx')}`);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
