// npm run deploy [-- district]: after the build, pushes dist/<target> to its Apps Script project with clasp.
// The school project is bound to the template spreadsheet (.clasp.json); the district project to the district
// workbook (.clasp.district.json).
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const target = process.argv[2] === 'district' ? 'district' : 'school';
const configFile = target === 'school' ? '.clasp.json' : '.clasp.district.json';
const config = existsSync(join(root, configFile)) ? JSON.parse(readFileSync(join(root, configFile), 'utf8')) : {};
const sheet = target === 'school' ? 'bảng tính mẫu ĐVHT' : 'sổ tổng hợp của cơ quan tiếp nhận';

if (!config.scriptId) {
  console.error(`Chưa cấu hình scriptId trong ${configFile} nên chưa thể đưa mã lên Apps Script.

Cách làm (một lần):
  1. Mở ${sheet} trên Google Sheets → Tiện ích mở rộng → Apps Script.
  2. Trong Apps Script: Cài đặt dự án (biểu tượng bánh răng) → sao chép "Mã tập lệnh" (Script ID).
  3. Dán vào ${configFile}: { "scriptId": "<mã vừa sao chép>", "rootDir": "dist/${target}" }.
  4. Đăng nhập một lần: npx clasp login
  5. Chạy lại: npm run deploy${target === 'district' ? ' -- district' : ''}`);
  process.exit(1);
}

// clasp reads .clasp.json from the folder it runs in: give it one next to the built files.
const outDir = join(root, 'dist', target);
writeFileSync(join(outDir, '.clasp.json'), JSON.stringify({ scriptId: config.scriptId, rootDir: '.' }));
const result = spawnSync('npx', ['clasp', 'push', '--force'], { cwd: outDir, stdio: 'inherit' });
if (result.status !== 0) {
  console.error('\nclasp push không thành công. Kiểm tra đã đăng nhập (npx clasp login) và có quyền sửa dự án Apps Script này.');
  process.exit(result.status ?? 1);
}
console.log(`Đã đưa mã ${target === 'school' ? 'của trường' : 'của sổ tổng hợp'} lên dự án Apps Script ${config.scriptId}.`);
