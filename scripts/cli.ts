// What the command-line tools share: opening a user's .xlsx in the offline runtime with one-line Vietnamese errors,
// loading a folder of school workbooks, printing what the user would have seen, and writing documents to out/.
import { existsSync, mkdirSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { Runtime } from '../local/runtime';
import { ROOT } from '../local/bundle';
import { FakeSpreadsheet, loadXlsx, toasts } from '../local/spreadsheet';
import { spreadsheetUrl } from '../local/spreadsheet/spreadsheet';
import { DOCS_MIME } from '../local/services/drive';
import { logLines, resultsOf } from '../local/district';
import { spreadsheetIdOf } from '../src/district/readUnit';

/** A problem with what the user gave (a file, a folder, a command): printed as one line, without a stack trace. */
export class UserFileError extends Error {}

/** "Hồ sơ ĐVHT 2025 - Trường THCS Bình Minh" → "ho-so-dvht-2025-truong-thcs-binh-minh" */
export function slug(name: string): string {
  return name.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[đĐ]/g, 'd').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
}

function checkFile(file: string): void {
  if (!existsSync(file)) throw new UserFileError(`Không tìm thấy tệp "${file}".`);
  if (statSync(file).isDirectory()) throw new UserFileError(`"${file}" là một thư mục, không phải tệp bảng tính .xlsx.`);
}

const NOT_XLSX = 'tệp không phải bảng tính .xlsx (trong Google Sheets: Tệp → Tải xuống → Microsoft Excel (.xlsx))';

/** Opens a user's .xlsx as the active spreadsheet; a missing or unreadable file is a UserFileError. */
export async function openXlsx(rt: Runtime, file: string): Promise<FakeSpreadsheet> {
  checkFile(file);
  try {
    return await rt.open(file);
  } catch {
    throw new UserFileError(`Không đọc được tệp "${file}": ${NOT_XLSX}.`);
  }
}

/** The sheets of `names` the workbook lacks, as one sentence ("không có sheet "Tổng hợp""), or undefined. */
export function missingSheets(ss: FakeSpreadsheet, names: readonly string[]): string | undefined {
  const missing = names.filter((n) => !ss._sheetByName(n));
  if (!missing.length) return undefined;
  return `không có ${missing.length > 1 ? 'các sheet' : 'sheet'} ${missing.map((n) => `"${n}"`).join(', ')}`;
}

/**
 * The offline spreadsheet id of a school's file, from its name alone: the same file keeps its id from one run to the
 * next whatever else the folder holds, so a Danh sách written by an earlier run still names it. At least 20 characters,
 * as spreadsheetIdOf requires; a hash of the whole name keeps apart names that differ only in accents or punctuation.
 */
export function schoolIdOf(file: string): string {
  let h = 0x811c9dc5;
  for (const ch of file) h = Math.imul(h ^ ch.codePointAt(0)!, 0x01000193) >>> 0;
  return `1DvhtSchool${slug(basename(file, '.xlsx')).replace(/-/g, '').slice(0, 24)}${h.toString(36)}`.padEnd(28, '0');
}

export interface LoadedSchool {
  readonly file: string;
  readonly name: string;
  readonly link: string;
}

/**
 * Loads every .xlsx of a folder as a school's shared spreadsheet. Each gets an id of its own from its file name (files
 * saved by separate offline runs may carry the same id). A file that does not open (not a workbook, empty) is still a
 * school that sent something: it is listed under its file name with a link to a spreadsheet that does not exist, so the
 * district's own read reports it in Nhật ký and the other schools are processed; `skipped` says why, for the terminal.
 */
export async function loadSchoolFolder(rt: Runtime, folder: string): Promise<{ schools: LoadedSchool[]; skipped: string[] }> {
  if (!existsSync(folder) || !statSync(folder).isDirectory()) throw new UserFileError(`Không tìm thấy thư mục "${folder}".`);
  // Excel's lock files ("~$truong.xlsx") and hidden files are not schools' files.
  const files = readdirSync(folder).filter((f) => f.toLowerCase().endsWith('.xlsx') && !/^[.~]/.test(f) && statSync(join(folder, f)).isFile()).sort();
  const schools: LoadedSchool[] = [];
  const skipped: string[] = [];
  for (const f of files) {
    const id = schoolIdOf(f);
    try {
      const ss = await loadXlsx(rt.sheets, join(folder, f), { id });
      schools.push({ file: f, name: ss.getName() || basename(f, '.xlsx'), link: spreadsheetUrl(ss.getId()) });
    } catch {
      schools.push({ file: f, name: f, link: spreadsheetUrl(id) });
      skipped.push(`"${f}": ${NOT_XLSX}; ghi vào Nhật ký là không đọc được.`);
    }
  }
  return { schools, skipped };
}

/** Each school's recomputed result, as Kết quả holds it, and the errors of Nhật ký. */
export function printDistrictResults(district: FakeSpreadsheet, schools: readonly { name: string; link: string }[]): void {
  const results = resultsOf(district);
  for (const s of schools) {
    const r = results.get(spreadsheetIdOf(s.link) ?? '');
    console.log(`- ${s.name}: ${r ? `tự nhận ${r.mucTuNhan}, tính lại ${r.mucTinhLai}${r.chenhLech ? ` — chênh lệch: ${r.chenhLech}` : ''}` : 'không đọc được (xem Nhật ký)'}`);
  }
  for (const [donVi, ketQua, chiTiet] of logLines(district)) if (ketQua === 'Lỗi') console.log(`  Nhật ký: ${donVi} — ${chiTiet}`);
}

/** Plain text of a dialog's HTML (links keep their target), for the terminal. */
function htmlText(html: string): string {
  return html
    .replace(/<a [^>]*href="([^"]*)"[^>]*>([\s\S]*?)<\/a>/gi, '$2 ($1)')
    .replace(/<(br|\/p|\/div|\/li)[^>]*>/gi, '\n')
    .replace(/<[^>]+>/g, '')
    .replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&')
    .split('\n').map((l) => l.trim()).filter(Boolean).join('\n');
}

/** Where the UI records stood before a command, so that only what it showed is printed. */
export interface UiMark {
  readonly alerts: number;
  readonly dialogs: number;
  readonly toasts: number;
  readonly docs: number;
}

export function markUi(rt: Runtime, ss: FakeSpreadsheet): UiMark {
  const c = rt.services.controls;
  return { alerts: c.alerts.length, dialogs: c.dialogs.length, toasts: toasts(ss).length, docs: googleDocs(rt).length };
}

/** Prints the alerts, dialogs and toasts shown since `mark`, as the user would have read them. */
export function printUi(rt: Runtime, ss: FakeSpreadsheet, mark: UiMark): void {
  const c = rt.services.controls;
  for (const a of c.alerts.slice(mark.alerts)) console.log(`\n[${a.title || 'ĐVHT'}] ${a.prompt}${a.buttons === 'YES_NO' ? ` (trả lời: ${a.response === 'YES' ? 'Có' : 'Không'})` : ''}`);
  for (const d of c.dialogs.slice(mark.dialogs)) console.log(`\n[${d.title}]\n${htmlText(d.content)}`);
  for (const t of toasts(ss).slice(mark.toasts)) console.log(`\n[${t.title || 'ĐVHT'}] ${t.message}`);
}

/** The Google Docs the bundle created in the offline Drive, oldest first. */
export function googleDocs(rt: Runtime) {
  return rt.drive.files().filter((f) => f.mimeType === DOCS_MIME);
}

/** Writes the Docs created since `mark` to out/ as the .docx each was converted from; returns their paths. */
export async function saveNewDocuments(rt: Runtime, mark: UiMark, folder = join(ROOT, 'out')): Promise<string[]> {
  const written: string[] = [];
  for (const doc of googleDocs(rt).slice(mark.docs)) {
    const path = join(folder, `${slug(doc.name.replace(/ - \d\d\/\d\d\/\d{4} \d\d:\d\d$/, ''))}.docx`);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, rt.drive.docx(doc.id));
    written.push(path);
  }
  return written;
}

/** Runs a tool's main: a UserFileError is one line and exit 1; anything else one line too, the stack on request. */
export function runMain(main: () => Promise<void>): void {
  main().catch((e: unknown) => {
    const message = e instanceof Error ? e.message : String(e);
    console.error(e instanceof UserFileError ? `Lỗi: ${message}` : `Lỗi của ĐVHT: ${message} (chạy lại với DVHT_DEBUG=1 để xem chi tiết)`);
    if (process.env.DVHT_DEBUG) console.error(e);
    process.exit(1);
  });
}
