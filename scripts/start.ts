// npm start: assesses the example unit (or a given workbook JSON) and prints its chỉ tiêu, tiêu chí and unit levels,
// cross-checked against the DVHT_LEVEL custom function of the real Apps Script bundle.
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Assessment, assessWorkbook, figuresOf } from '../src/assess/assessWorkbook';
import { gapSentence } from '../src/rules/gap';
import { levelLabel } from '../src/rules/levels';
import { unitType } from '../src/rules/unitTypes';
import { SchoolWorkbook, MEMBER_COLUMN_OF } from '../src/workbook/records';
import { ROOT, loadBundle } from '../local/bundle';

const DEFAULT_EXAMPLE = join(ROOT, 'examples', 'truong-thcs-binh-minh.json');

function pad(text: string, width: number): string {
  const t = text.length > width ? text.slice(0, width - 1) + '…' : text;
  return t + ' '.repeat(Math.max(0, width - t.length));
}

function printTable(wb: SchoolWorkbook, a: Assessment): void {
  const s = wb.settings;
  const type = a.profile.unitType ? unitType(a.profile.unitType).label : 'chưa rõ loại đơn vị';
  console.log(`\nĐVHT — ${s.tenDonVi} · năm ${s.namDanhGia} · ${a.profile.tierName} · ${type}`);
  console.log(`${a.memberCount} thành viên${a.learners ? `, ${a.learners.total} người học` : ''}\n`);
  const header = `${pad('Chỉ tiêu', 44)} ${pad('Số liệu', 46)} ${pad('Mức', 16)} Điều còn thiếu`;
  console.log(header);
  console.log('─'.repeat(header.length + 40));
  for (const tc of a.unit.tieuChi) {
    for (const r of tc.chiTieu) {
      const part = a.chiTieu[r.chiTieu.id];
      const figures = part.members && r.level !== 'na' ? figuresOf(part.members.tally, part.learners) : '';
      const next = r.level === 'na' ? r.reasons[0] : gapSentence(r);
      console.log(`${pad(`${r.chiTieu.id} ${r.chiTieu.shortName}`, 44)} ${pad(figures, 46)} ${pad(levelLabel(r.level), 16)} ${next}`);
    }
    const c = tc.counts;
    console.log(
      `${pad(`Tiêu chí ${tc.tieuChi.no}: ${levelLabel(tc.level)}`, 44)} ${c.applicable} chỉ tiêu áp dụng: ${c.muc2} mức 2, ${c.muc1} mức 1, ${c.khongDat} không đạt` +
        (c.noData ? `, ${c.noData} chưa có dữ liệu` : '') + (c.notApplicable ? `; ${c.notApplicable} không áp dụng` : ''),
    );
    console.log('─'.repeat(header.length + 40));
  }
  console.log(`ĐƠN VỊ: ${levelLabel(a.unit.level).toUpperCase()}  (${a.unit.counts.applicable} chỉ tiêu áp dụng, ${a.unit.counts.notApplicable} không áp dụng)\n`);
  if (a.problems.length) {
    console.log(`Cần xem lại (${a.problems.length}):`);
    for (const p of a.problems) console.log(`  - [${p.sheet}${p.row ? ` dòng ${p.row}` : ''}] ${p.message} → ${p.fix}`);
    console.log('');
  }
}

/** Recomputes every applicable chỉ tiêu with the bundle's DVHT_LEVEL, as the Tổng hợp sheet would, and compares. */
function crossCheck(wb: SchoolWorkbook, a: Assessment): { agree: number; total: number; differences: string[] } {
  const ctx = loadBundle('school');
  const named = wb.members.filter((m) => String(m.hoTen ?? '').trim());
  const roster = named.map((m) => [m.hoTen]);
  const options = [wb.settings.loaiDonVi, wb.settings.capCongNhan, wb.settings.congLap];
  let agree = 0;
  let total = 0;
  const differences: string[] = [];
  for (const tc of a.unit.tieuChi) {
    for (const r of tc.chiTieu) {
      const ct = r.chiTieu;
      const row = wb.chiTieu[ct.id] ?? {};
      let args: unknown[];
      let expected = levelLabel(r.level);
      switch (ct.rule.kind) {
        case 'memberShare': {
          const col = MEMBER_COLUMN_OF[ct.id];
          args = [named.map((m) => [m[col] ?? '']), roster];
          if (ct.rule.learners && a.learners) args.push(wb.classes.map((c) => [c.soDatCdht]), wb.classes.map((c) => [c.siSo]));
          expected = levelLabel(r.dataLevel); // the function counts; evidence is checked on the Chỉ tiêu sheet
          break;
        }
        case 'condition':
          args = [row.tuDanhGia ?? '', row.minhChung ?? ''];
          break;
        case 'collectiveTitle':
          args = [row.danhHieuTapThe ?? '', row.minhChung ?? ''];
          break;
        case 'digitalLevel':
          args = [row.diemDayHoc ?? row.mucChuyenDoiSo ?? '', ...(row.diemQuanTri !== undefined ? [row.diemQuanTri] : []), row.minhChung ?? ''];
          break;
      }
      const got = String(ctx.DVHT_LEVEL(ct.id, ...args, ...options));
      total++;
      if (got === expected) agree++;
      else differences.push(`${ct.id}: bundle ${got}, engine ${expected}`);
    }
  }
  return { agree, total, differences };
}

function main(): void {
  const file = process.argv[2] ? resolve(process.argv[2]) : DEFAULT_EXAMPLE;
  const wb = JSON.parse(readFileSync(file, 'utf8')) as SchoolWorkbook;
  const assessment = assessWorkbook(wb);
  printTable(wb, assessment);
  const check = crossCheck(wb, assessment);
  console.log(`Đối chiếu với DVHT_LEVEL của bản build Apps Script: ${check.agree}/${check.total} chỉ tiêu khớp.`);
  for (const d of check.differences) console.log(`  ! ${d}`);
  if (check.differences.length) process.exitCode = 1;
}

main();
