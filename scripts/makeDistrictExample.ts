// Builds examples/district/: four school workbooks with different outcomes (mức 2, mức 1, không đạt, a broken sheet),
// each set up by the real school bundle and filled as a secretary would.
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createRuntime } from '../local/runtime';
import { ROOT } from '../local/bundle';
import { fillWorkbook } from '../local/fillWorkbook';
import { SchoolWorkbook } from '../src/workbook/records';

async function main(): Promise<void> {
  const base = JSON.parse(readFileSync(join(ROOT, 'examples', 'truong-thcs-binh-minh.json'), 'utf8')) as SchoolWorkbook;
  const out = join(ROOT, 'examples', 'district');
  mkdirSync(out, { recursive: true });
  const yes = (v: unknown) => (v === 'KAD' ? v : 'x');
  const variants: [string, SchoolWorkbook][] = [
    ['1-truong-th-binh-minh-a-muc-2', {
      ...base,
      settings: { ...base.settings, tenDonVi: 'Trường Tiểu học Bình Minh A', loaiDonVi: 'Trường tiểu học', soHieuVanBan: '03/BC-THBMA' },
      members: base.members.map((m) => ({ ...m, kyLuat: 'x', boiDuong: yes(m.boiDuong), chuyenDoiSo: 'x', ngoaiNgu: 'x', danhHieu: 'Lao động tiên tiến', cdht: 'x' })),
      classes: base.classes.map((c) => ({ ...c, khoi: Number(c.khoi) - 5, soDatCdht: c.siSo })),
      chiTieu: { ...base.chiTieu, '3.4': { ...base.chiTieu['3.4'], mucChuyenDoiSo: 'Mức đáp ứng tốt', diemDayHoc: 82, diemQuanTri: 85 } },
    }],
    ['2-truong-thcs-binh-minh-muc-1', base],
    ['3-truong-mn-hoa-sen-khong-dat', {
      ...base,
      settings: { ...base.settings, tenDonVi: 'Trường Mầm non Hoa Sen', loaiDonVi: 'Nhà trẻ, trường mẫu giáo, trường mầm non công lập', soHieuVanBan: '02/BC-MNHS' },
      members: base.members.map((m, i) => ({ ...m, danhHieu: i % 4 === 0 ? 'Hoàn thành xuất sắc nhiệm vụ' : m.danhHieu })),
      chiTieu: { ...base.chiTieu, '1.5': { ...base.chiTieu['1.5'], minhChung: '' }, '3.4': {} },
    }],
  ];
  for (const [file, wb] of variants) {
    const rt = createRuntime();
    const ss = rt.newSpreadsheet(String(wb.settings.tenDonVi));
    rt.run('dvhtThietLapMau');
    fillWorkbook(ss as unknown as GoogleAppsScript.Spreadsheet.Spreadsheet, wb);
    rt.run('dvhtThietLapMau');
    await rt.save(ss, join(out, `${file}.xlsx`));
  }
  // A sheet that is not a ĐVHT workbook at all (a unit that shared the wrong file).
  const rt = createRuntime();
  const broken = rt.newSpreadsheet('Trường THCS Hòa Bình (gửi nhầm tệp)');
  broken.getSheets()[0].getRange('A1:C3').setValues([['Danh sách lớp', '', ''], ['6A1', 40, 'Cô Lan'], ['6A2', 41, 'Thầy Nam']]);
  await rt.save(broken, join(out, '4-truong-thcs-hoa-binh-tep-loi.xlsx'));
  console.log(`Đã ghi ${out}`);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
