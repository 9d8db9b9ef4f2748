// npm run deploy: after the build, pushes dist/school to the Apps Script project bound to the template spreadsheet.
import { readFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const clasp = JSON.parse(readFileSync(join(root, '.clasp.json'), 'utf8'));

if (!clasp.scriptId) {
  console.error(`Chưa cấu hình scriptId trong .clasp.json nên chưa thể đưa mã lên Apps Script.

Cách làm (một lần):
  1. Mở bảng tính mẫu ĐVHT trên Google Sheets → Tiện ích mở rộng → Apps Script.
  2. Trong Apps Script: Cài đặt dự án (biểu tượng bánh răng) → sao chép "Mã tập lệnh" (Script ID).
  3. Dán vào .clasp.json: { "scriptId": "<mã vừa sao chép>", "rootDir": "dist/school" }.
  4. Đăng nhập một lần: npx clasp login
  5. Chạy lại: npm run deploy`);
  process.exit(1);
}

const result = spawnSync('npx', ['clasp', 'push', '--force'], { cwd: root, stdio: 'inherit' });
if (result.status !== 0) {
  console.error('\nclasp push không thành công. Kiểm tra đã đăng nhập (npx clasp login) và có quyền sửa dự án Apps Script này.');
  process.exit(result.status ?? 1);
}
console.log(`Đã đưa mã lên dự án Apps Script ${clasp.scriptId}.`);
