// The real bundle: loads in a bare vm with only Apps Script globals, exposes exactly the entry's exports as
// documented top-level functions, and uses nothing Apps Script lacks.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import vm from 'node:vm';
import { ROOT, builtinGlobals, bundleSource, loadBundle } from '../../local/bundle';

const CUSTOM_FUNCTIONS = ['DVHT_LEVEL', 'DVHT_PERCENT', 'DVHT_COUNT', 'DVHT_GAP'];
const SCHOOL_EXPORTS = [...CUSTOM_FUNCTIONS, 'onOpen', 'onInstall', 'onEdit', 'dvhtThietLapMau', 'dvhtKiemTraDuLieu', 'dvhtTaoBaoCao', 'dvhtTaoHoSo', 'dvhtHuongDan', 'dvhtMoBangDieuKhien', 'dvhtTrangThai', 'dvhtChonO',
  'dvhtTaoKeHoachMenu', 'dvhtCapNhatKeHoachCaiTienMenu', 'dvhtBaoCaoCaiTienMenu', 'dvhtTaoKeHoach', 'dvhtCapNhatKeHoachCaiTien', 'dvhtBaoCaoCaiTien', 'dvhtNamMoi', 'dvhtKiemTraCaiDat'];

describe('school bundle', () => {
  const source = bundleSource('school');

  test('has no module syntax and no Node or browser globals', () => {
    expect(source).not.toMatch(/^\s*(import|export)\s/m);
    expect(source).not.toMatch(/\brequire\(|\bprocess\.|\bwindow\.|\bBuffer\b|\bsetTimeout\(|\bfetch\(/);
    expect(source).not.toMatch(/#[a-z]\w*\s*[=;(]/i); // no #private fields (Apps Script V8 rejects them)
  });

  test('loads in a bare context where require, process and window do not exist', () => {
    const ctx = loadBundle('school');
    expect(vm.runInContext('typeof require + typeof process + typeof window', ctx)).toBe('undefinedundefinedundefined');
  });

  test('its only globals are the entry file\'s exports', () => {
    const ctx = loadBundle('school');
    const builtins = builtinGlobals();
    const defined = Object.getOwnPropertyNames(ctx).filter((n) => !builtins.has(n));
    expect(defined.sort()).toEqual([...SCHOOL_EXPORTS].sort());
    for (const name of SCHOOL_EXPORTS) expect(typeof ctx[name]).toBe('function');
  });

  test('every DVHT_* stub is a top-level function carrying @customfunction and Vietnamese help', () => {
    for (const name of CUSTOM_FUNCTIONS) {
      const m = new RegExp(`(/\\*\\*(?:(?!\\*/)[\\s\\S])*\\*/)\\s*\\nfunction ${name}\\(`).exec(source);
      expect(m).not.toBeNull();
      const doc = m![1];
      expect(doc).toContain('@customfunction');
      expect(doc).toMatch(/@param/);
      expect(doc).toMatch(/Ví dụ: .*;/); // examples in vi_VN notation, arguments separated by ";"
      expect(doc).toBe(doc.normalize('NFC'));
    }
  });

  test('every entry point can be called', () => {
    const ctx = loadBundle('school');
    expect(ctx.DVHT_LEVEL('2.2', 42, 45)).toBe('Đạt mức độ 1');
    expect(ctx.DVHT_PERCENT([['x'], ['x'], ['']], [['An'], ['Bình'], ['Chi']])).toBeCloseTo(0.666);
    expect(ctx.DVHT_COUNT([['x'], ['x'], ['']], [['An'], ['Bình'], ['Chi']])).toBe('2/3');
    expect(ctx.DVHT_GAP('2.5', 41, 45)).toBe('Cần thêm 2 thành viên đạt danh hiệu LĐTT trở lên để đạt mức độ 2.');
  });

  test('the sidebar is one self-contained HTML file next to the bundle', () => {
    const html = readFileSync(join(ROOT, 'dist', 'school', 'Sidebar.html'), 'utf8');
    expect(html).not.toContain('/*JS*/');
    expect(html).not.toContain('/*CSS*/');
    expect(html).not.toMatch(/<\?!?=/); // no scriptlets: nothing from the sheet is templated into HTML
    expect(html).not.toMatch(/innerHTML|insertAdjacentHTML|document\.write/);
  });

  test('only custom functions carry @customfunction', () => {
    const tagged = [...source.matchAll(/@customfunction\s*\n\s*\*\/\s*\nfunction (\w+)/g)].map((m) => m[1]);
    expect(tagged.sort()).toEqual([...CUSTOM_FUNCTIONS].sort());
  });

  test('the manifest is V8, Asia/Ho_Chi_Minh, with the narrowest scopes: this spreadsheet, its UI, the files it creates', () => {
    const manifest = JSON.parse(readFileSync(join(ROOT, 'dist', 'school', 'appsscript.json'), 'utf8'));
    expect(manifest.runtimeVersion).toBe('V8');
    expect(manifest.timeZone).toBe('Asia/Ho_Chi_Minh');
    expect(manifest.oauthScopes).toEqual([
      'https://www.googleapis.com/auth/spreadsheets.currentonly',
      'https://www.googleapis.com/auth/script.container.ui',
      // drive.file: "files that you open with an app", Recommended, Non-sensitive
      // (https://developers.google.com/drive/api/guides/about-auth); no Docs scope: documents are .docx converted by Drive.
      'https://www.googleapis.com/auth/drive.file',
    ]);
    expect(manifest.dependencies.enabledAdvancedServices).toEqual([{ userSymbol: 'Drive', serviceId: 'drive', version: 'v3' }]);
  });
});

describe('district bundle', () => {
  test('its only globals are the district entry\'s exports, and it reads other spreadsheets read-only', () => {
    const ctx = loadBundle('district');
    const builtins = builtinGlobals();
    const defined = Object.getOwnPropertyNames(ctx).filter((n) => !builtins.has(n));
    expect(defined.sort()).toEqual(['dvhtBatDauLai', 'dvhtKiemTraCaiDat', 'dvhtMoBangTongHop', 'dvhtTaoVanBan', 'dvhtTaoVanBanMenu', 'dvhtThietLapSo', 'dvhtTienDo', 'dvhtTongHopLo', 'dvhtTongHopMenu', 'dvhtTongQuan', 'onInstall', 'onOpen']);
    const manifest = JSON.parse(readFileSync(join(ROOT, 'dist', 'district', 'appsscript.json'), 'utf8'));
    expect(manifest.oauthScopes).toEqual([
      'https://www.googleapis.com/auth/spreadsheets.currentonly',
      'https://www.googleapis.com/auth/spreadsheets.readonly',
      'https://www.googleapis.com/auth/script.container.ui',
      'https://www.googleapis.com/auth/drive.file',
    ]);
    expect(manifest.dependencies.enabledAdvancedServices).toEqual([
      { userSymbol: 'Sheets', serviceId: 'sheets', version: 'v4' },
      { userSymbol: 'Drive', serviceId: 'drive', version: 'v3' },
    ]);
  });
});
