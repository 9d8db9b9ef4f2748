// npm run dvht -- <lệnh> <tệp.xlsx> [--out <tệp-mới.xlsx>]: one menu item of the real bundle on a workbook, in the
// offline runtime. Prints what the user would see (alerts, dialogs, toasts), writes every document it creates to out/
// as .docx and, with --out, the changed workbook (never over the input unless --out names it).
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { createRuntime, Runtime } from '../local/runtime';
import { FakeSpreadsheet } from '../local/spreadsheet';
import { consolidateAll, writeSchoolList } from '../local/district';
import { SHEET_NAMES } from '../src/sheet/schema';
import { DANH_SACH } from '../src/district/schema';
import { locateTable } from '../src/sheet/table';
import { spreadsheetIdOf } from '../src/district/readUnit';
import { UserFileError, loadSchoolFolder, markUi, missingSheets, openXlsx, printDistrictResults, printUi, runMain, saveNewDocuments } from './cli';

type Target = 'school' | 'district';

interface Command {
  readonly name: string;
  readonly target: Target;
  /** One Vietnamese line for `help`. */
  readonly help: string;
  /** The workbook may not exist yet (a new district workbook). */
  readonly inputOptional?: boolean;
  /** An extra argument after the workbook (a folder), with its name for `help`. */
  readonly extra?: string;
  /** The sheets the workbook must have; a set-up command needs none. */
  readonly needs?: readonly string[];
  /** It changes the workbook (then --out saves it); the others only read it and write documents. */
  readonly changes?: boolean;
  /** Pointless without --out (the new year's copy would be lost): refused before anything runs. */
  readonly needsOut?: boolean;
  /** Runs the command on the active workbook; may return another spreadsheet to save (the new year's copy). */
  run(rt: Runtime, ss: FakeSpreadsheet, extra?: string): Promise<FakeSpreadsheet | void> | FakeSpreadsheet | void;
}

const SCHOOL_SHEETS = [SHEET_NAMES.donVi, SHEET_NAMES.thanhVien, SHEET_NAMES.chiTieu, SHEET_NAMES.minhChung];
/** What to run first on a workbook that is not set up: the set-up command of its target. */
const setUpFirst = (target: Target) => `chạy trước: npm run dvht -- ${target === 'district' ? 'so-thiet-lap' : 'thiet-lap'} <tệp.xlsx> --out <tệp-mới.xlsx> (dữ liệu đã nhập được giữ nguyên)`;

const COMMANDS: readonly Command[] = [
  { name: 'thiet-lap', target: 'school', changes: true, help: 'Thiết lập / nâng cấp mẫu: thêm sheet, cột, dòng chỉ tiêu còn thiếu, sắp lại Tổng hợp theo sheet Đơn vị.', run: (rt) => void rt.run('dvhtThietLapMau') },
  { name: 'kiem-tra', target: 'school', needs: SCHOOL_SHEETS, help: 'Kiểm tra dữ liệu: mỗi lỗi ghi rõ sheet, ô, giá trị và cách sửa.', run: (rt) => void rt.run('dvhtKiemTraDuLieu') },
  { name: 'tao-bao-cao', target: 'school', needs: SCHOOL_SHEETS, help: 'Tạo báo cáo: hồ sơ tự đánh giá (ghi ra out/*.docx).', run: (rt) => void rt.run('dvhtTaoBaoCao') },
  { name: 'ke-hoach', target: 'school', needs: SCHOOL_SHEETS, help: 'Tạo kế hoạch tự đánh giá và quyết định thành lập Tổ đánh giá (out/*.docx).', run: (rt) => void rt.run('dvhtTaoKeHoachMenu') },
  { name: 'cai-tien', target: 'school', needs: SCHOOL_SHEETS, changes: true, help: 'Cập nhật kế hoạch cải tiến từ các tồn tại (dòng đã có được giữ nguyên; cần --out để lưu).', run: (rt) => void rt.run('dvhtCapNhatKeHoachCaiTienMenu') },
  { name: 'bao-cao-cai-tien', target: 'school', needs: [...SCHOOL_SHEETS, 'Kế hoạch cải tiến'], help: 'Báo cáo thực hiện kế hoạch cải tiến (out/*.docx).', run: (rt) => void rt.run('dvhtBaoCaoCaiTienMenu') },
  {
    name: 'nam-moi', target: 'school', needs: SCHOOL_SHEETS, changes: true, needsOut: true,
    help: 'Tạo năm đánh giá mới trong một bản sao (như Tệp → Tạo bản sao); bảng tính năm cũ giữ nguyên; cần --out.',
    run: (rt, ss) => {
      // The user makes the copy; the add-in refuses to turn the original into next year's.
      const copy = rt.sheets.getById(ss.copy(`${ss.getName()} - năm mới`).getId())!;
      rt.sheets.setActive(copy);
      rt.services.controls.queueAlertResponse('YES');
      rt.run('dvhtNamMoi');
      return copy;
    },
  },
  {
    name: 'so-thiet-lap', target: 'district', inputOptional: true, changes: true,
    help: 'Sổ tổng hợp của cơ quan tiếp nhận: tạo mới (khi tệp chưa có) hoặc nâng cấp; cần --out.',
    run: (rt) => void rt.run('dvhtThietLapSo'),
  },
  {
    name: 'so-tong-hop', target: 'district', extra: '<thư-mục>', needs: [DANH_SACH.name], changes: true,
    help: 'Đọc các bảng tính đơn vị (.xlsx trong thư mục), tính lại mọi mức đạt, ghi Kết quả, Nhật ký, Công nhận; cần --out.',
    run: async (rt, ss, folder) => {
      const { schools, skipped } = await loadSchoolFolder(rt, folder!);
      for (const line of skipped) console.log(line);
      rt.sheets.setActive(ss);
      const listed = listedLinks(ss);
      // An empty list is filled from the folder (nothing the officer typed is changed); otherwise the list decides.
      if (!listed.length) writeSchoolList(ss, schools);
      else {
        const ids = new Set(listed.map(spreadsheetIdOf));
        for (const s of schools.filter((x) => !ids.has(spreadsheetIdOf(x.link)))) console.log(`Chưa có trong Danh sách đơn vị: "${s.file}" — thêm dòng với liên kết ${s.link}`);
      }
      const run = consolidateAll(rt);
      console.log(`\nĐã tổng hợp ${schools.length} đơn vị sau ${run.batches} lượt:`);
      printDistrictResults(ss, schools);
    },
  },
  { name: 'so-van-ban', target: 'district', needs: [DANH_SACH.name, 'Kết quả'], help: 'Tạo văn bản: tờ trình, báo cáo thẩm định, bản tổng hợp kết quả của từng đơn vị, dự thảo quyết định, báo cáo gửi Sở (out/*.docx).', run: (rt) => void rt.run('dvhtTaoVanBanMenu') },
];

/** The links typed in the district's Danh sách đơn vị. */
function listedLinks(ss: FakeSpreadsheet): string[] {
  const values = ss.getSheetByName(DANH_SACH.name)!.getDataRange().getValues();
  const layout = locateTable(values, DANH_SACH);
  if (!layout) return [];
  return values.slice(layout.headerIndex + 1).map((r) => String(r[layout.columns.lienKet] ?? '').trim()).filter(Boolean);
}

function help(): string {
  const width = Math.max(...COMMANDS.map((c) => c.name.length + (c.extra ? c.extra.length + 1 : 0)));
  const lines = COMMANDS.map((c) => `  ${(c.extra ? `${c.name} ${c.extra}` : c.name).padEnd(width)}  ${c.help}`);
  return [
    'Cách dùng: npm run dvht -- <lệnh> <tệp.xlsx> [<thư-mục>] [--out <tệp-mới.xlsx>]',
    '',
    'Bảng tính đơn vị:',
    ...lines.filter((_, i) => COMMANDS[i].target === 'school'),
    '',
    'Sổ tổng hợp (cơ quan tiếp nhận):',
    ...lines.filter((_, i) => COMMANDS[i].target === 'district'),
    '',
    'Văn bản được ghi vào out/*.docx. Bảng tính chỉ được ghi khi có --out (không bao giờ ghi đè tệp gốc nếu --out không chỉ tới nó).',
  ].join('\n');
}

function parseArgs(argv: readonly string[]): { command?: Command; positional: string[]; out?: string } {
  const positional: string[] = [];
  let out: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--out') {
      out = argv[++i];
      if (!out) throw new UserFileError('Thiếu tên tệp sau --out.');
    } else if (argv[i].startsWith('--')) throw new UserFileError(`Không hiểu tùy chọn "${argv[i]}". Xem: npm run dvht -- help`);
    else positional.push(argv[i]);
  }
  const [name, ...rest] = positional;
  if (!name || name === 'help' || name === 'tro-giup') return { positional: rest, out };
  const command = COMMANDS.find((c) => c.name === name);
  if (!command) throw new UserFileError(`Không có lệnh "${name}". Xem các lệnh: npm run dvht -- help`);
  return { command, positional: rest, out };
}

async function main(): Promise<void> {
  const { command, positional, out } = parseArgs(process.argv.slice(2));
  if (!command) {
    console.log(help());
    return;
  }
  const [fileArg, extra] = positional;
  if (!fileArg && !(command.inputOptional && out)) throw new UserFileError(`Lệnh ${command.name} cần tên tệp .xlsx. Xem: npm run dvht -- help`);
  if (command.extra && !extra) throw new UserFileError(`Lệnh ${command.name} cần ${command.extra} sau tên tệp.`);
  if (command.needsOut && !out) throw new UserFileError(`Lệnh ${command.name} cần --out <tệp-mới.xlsx>: bảng tính năm mới được ghi vào tệp đó, tệp gốc giữ nguyên.`);
  const rt = createRuntime({ target: command.target });
  const file = fileArg ? resolve(fileArg) : undefined;
  let ss: FakeSpreadsheet;
  if (file && (existsSync(file) || !command.inputOptional)) {
    ss = await openXlsx(rt, file);
    const missing = command.needs && missingSheets(ss, command.needs);
    if (missing) throw new UserFileError(`Bảng tính "${file}" ${missing}: không phải bảng tính mẫu ĐVHT đã thiết lập; ${setUpFirst(command.target)}.`);
  } else {
    ss = rt.newSpreadsheet(command.target === 'district' ? 'Sổ tổng hợp ĐVHT' : 'Bảng tính ĐVHT');
  }
  const mark = markUi(rt, ss);
  const result = (await command.run(rt, ss, extra && resolve(extra))) ?? ss;
  printUi(rt, result, mark);
  for (const path of await saveNewDocuments(rt, mark)) console.log(`Đã ghi văn bản: ${path}`);
  if (out) {
    await rt.save(result, resolve(out));
    console.log(`Đã ghi bảng tính: ${resolve(out)}`);
  } else if (command.changes) {
    console.log('Bảng tính không được ghi: thêm --out <tệp-mới.xlsx> để lưu kết quả.');
  }
}

runMain(main);
