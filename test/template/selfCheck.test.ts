// "Kiểm tra cài đặt": once after `npm run deploy` the IT person runs it in Google; here it runs against the offline
// runtime, where every line must pass on the example workbook, and each simulated fault gives its exact Lỗi line
// while the other lines still run.
import { watchLock } from '../support/lock';
import { join } from 'node:path';
import { createRuntime, Runtime } from '../../local/runtime';
import { FakeSpreadsheet, dumpSheet } from '../../local/spreadsheet';
import { DOCS_MIME } from '../../local/services/drive';
import { DOCX_MIME } from '../../src/report/docx/package';
import { lineText, selfCheckReport, selfCheckSummary, failed, passed } from '../../src/check/selfCheckReport';
import { compareSummary, unfinishedCells, unfinishedValue } from '../../src/check/summaryComparison';
import { compareSummaryWithEngine } from '../../local/summaryCheck';

const EXAMPLE = join(__dirname, '../../examples/truong-thcs-binh-minh.xlsx');
const TEST_DOC = 'ĐVHT – Kiểm tra cài đặt (văn bản thử, đã bỏ vào thùng rác)';
const REDEPLOY = 'người phụ trách kỹ thuật chạy lại "npm run deploy" (đưa cả tệp appsscript.json lên dự án Apps Script)';

const L = {
  drive: 'Đạt — Dịch vụ nâng cao Drive (Drive API v3): đã bật.',
  scopes: 'Đạt — Quyền truy cập (OAuth) trong appsscript.json: đã được cấp đủ 3 quyền: spreadsheets.currentonly, script.container.ui, drive.file.',
  zone: 'Đạt — Múi giờ (Utilities.formatDate): bảng tính Asia/Ho_Chi_Minh, dự án Apps Script Asia/Ho_Chi_Minh (UTC+7).',
  sheet: 'Đạt — Ghi và đọc bảng tính (sheet ẩn _dvht_kiem_tra): ghi chữ "15/01" và "1,5" vào ô văn bản, đọc lại đúng như vậy; sheet tạm đã xóa.',
  props: 'Đạt — Thuộc tính tài liệu (PropertiesService): ghi, đọc lại và xóa một giá trị thử.',
  lock: 'Đạt — Khóa tài liệu (LockService): kiểm tra này chạy trong khóa tài liệu (getDocumentLock, tryLock) và nhả khóa khi xong.',
  zip: 'Đạt — Tạo tệp .docx trong bộ nhớ (Utilities.newBlob, Utilities.zip): đã nén các phần của tệp .docx.',
  convert: 'Đạt — Chuyển .docx thành Google Docs (Drive.Files.create): Drive đã chuyển một văn bản thử một trang thành Google Docs.',
  trash: `Đạt — Bỏ văn bản thử vào thùng rác (Drive.Files.update): văn bản "${TEST_DOC}" đã ở thùng rác của Google Drive.`,
  summary: 'Đạt — Sheet Tổng hợp so với cách tính của ĐVHT: 25 mục (mức đạt và số liệu) khớp, không ô nào báo lỗi.',
};
const ALL_PASS = [L.drive, L.scopes, L.zone, L.sheet, L.props, L.lock, L.zip, L.convert, L.trash, L.summary];

/** Every sheet as the user would see it (values, formulas, formats, visibility), and the sheet order. */
function snapshot(ss: FakeSpreadsheet, except: string[] = []) {
  return ss.sheets.filter((s) => !except.includes(s.name)).map((s) => {
    const d = dumpSheet(s);
    return { name: d.name, hidden: s.hidden, values: d.values, formulas: d.formulas, numberFormats: d.numberFormats };
  });
}

async function example(): Promise<{ rt: Runtime; ss: FakeSpreadsheet }> {
  const rt = createRuntime();
  const ss = await rt.open(EXAMPLE);
  return { rt, ss };
}

const report = (rt: Runtime) => rt.services.controls.alerts.at(-1)!;
const lines = (rt: Runtime) => report(rt).prompt.split('\n');

describe('Kiểm tra cài đặt on the example workbook', () => {
  let rt: Runtime;
  let ss: FakeSpreadsheet;
  let before: ReturnType<typeof snapshot>;
  let historyRows: number;
  let activeBefore: string;
  let calls: Record<string, number>;
  let total: number;
  let lockedWhileShown: boolean[] = [];

  beforeAll(async () => {
    ({ rt, ss } = await example());
    before = snapshot(ss, ['Lịch sử']);
    historyRows = dumpSheet(ss._sheetByName('Lịch sử')!).values.length;
    activeBefore = ss.getActiveSheet().getName();
    lockedWhileShown = watchLock(rt);
    rt.counter.reset();
    rt.run('dvhtKiemTraCaiDat');
    calls = rt.counter.byService();
    total = rt.counter.get();
  }, 30000);

  test('one alert titled "Kiểm tra cài đặt": every line Đạt', () => {
    expect(rt.services.controls.alerts).toHaveLength(1);
    expect(report(rt).title).toBe('Kiểm tra cài đặt');
    expect(lines(rt)).toEqual(['10/10 mục đạt.', ...ALL_PASS]);
  });

  test('the report is shown after the document lock is released (runLocked)', () => {
    expect(lockedWhileShown).toEqual([false]);
    expect(rt.counter.get('LockService.Lock.tryLock')).toBe(1);
    expect(rt.counter.get('LockService.Lock.releaseLock')).toBe(1);
  });

  test('the scratch sheet is gone, no user value changed, the active sheet is the same', () => {
    expect(ss._sheetByName('_dvht_kiem_tra')).toBeUndefined();
    expect(snapshot(ss, ['Lịch sử'])).toEqual(before);
    expect(ss.getActiveSheet().getName()).toBe(activeBefore);
  });

  test('the scratch document property is deleted', () => {
    expect(rt.context.PropertiesService.getDocumentProperties().getProperty('dvht_kiem_tra_cai_dat')).toBeNull();
  });

  test('the test Doc was converted from the .docx and is in the trash, in My Drive (not the year folder)', () => {
    const docs = rt.drive.files();
    expect(docs).toHaveLength(1); // no folder made
    expect(docs[0]).toMatchObject({ name: TEST_DOC, mimeType: DOCS_MIME, trashed: true, parents: [rt.drive.rootId] });
    expect(rt.drive.get(docs[0].id)!.trashed).toBe(true);
    expect(rt.drive.text(docs[0].id)).toMatch(/^KIỂM TRA CÀI ĐẶT ĐVHT\nVăn bản thử do mục "Kiểm tra cài đặt"/);
  });

  test('one Lịch sử line with the tally', () => {
    const history = dumpSheet(ss._sheetByName('Lịch sử')!).values;
    expect(history).toHaveLength(historyRows + 1);
    expect(history.at(-1)).toEqual(expect.arrayContaining(['Kiểm tra cài đặt', '10/10 mục đạt.']));
  });

  test('the whole check costs a fixed number of calls: each Google call once, Drive twice', () => {
    expect(calls).toEqual({
      // getActiveSpreadsheet, getUi; the zone 1; the scratch sheet 11 (getActiveSheet, getSheetByName, insertSheet,
      // hideSheet, getRange, getNumberFormats, setNumberFormats, setValues, getValues, deleteSheet, setActiveSheet);
      // Tổng hợp 3 (getSheetByName, getDataRange, getDisplayValues); the input sheets 12; the Lịch sử line 6.
      SpreadsheetApp: 35,
      // One newBlob per file of the .docx package (8 today: src/report/docx/package.ts), zip, setContentType,
      // getBytes; formatDate: the zone, today (2), the Lịch sử time.
      Utilities: 15,
      LockService: 4, // runLocked: getDocumentLock, tryLock, releaseLock; the lock line: getDocumentLock
      PropertiesService: 4, // getDocumentProperties, setProperty, getProperty, deleteProperty
      Drive: 2, // Files.create (the conversion), Files.update (the trash)
      ScriptApp: 2, // getAuthorizationInfo, getAuthorizedScopes
      Session: 3, // getScriptTimeZone; the Lịch sử user: getActiveUser, getEmail
      Ui: 1, // the report
    });
    expect(rt.counter.get('Drive.Files.create')).toBe(1);
    expect(rt.counter.get('Drive.Files.update')).toBe(1);
    expect(rt.counter.get('SpreadsheetApp.Range.getDisplayValues')).toBe(1);
    expect(total).toBe(66);
  });
});

describe('Kiểm tra cài đặt: each fault is its own Lỗi line and the other lines still run', () => {
  test('the Drive advanced service is not enabled', async () => {
    const { rt } = await example();
    delete rt.context.Drive;
    rt.run('dvhtKiemTraCaiDat');
    expect(lines(rt)).toEqual([
      '7/10 mục đạt, 3 mục lỗi.',
      `Lỗi — Dịch vụ nâng cao Drive (Drive API v3): chưa bật. Cách sửa: ${REDEPLOY}, hoặc trong trình soạn thảo Apps Script chọn Dịch vụ (+), thêm Drive API v3 với mã nhận dạng Drive.`,
      L.scopes, L.zone, L.sheet, L.props, L.lock, L.zip,
      'Lỗi — Chuyển .docx thành Google Docs (Drive.Files.create): chưa thử được vì dịch vụ nâng cao Drive chưa bật. Cách sửa: bật dịch vụ Drive (dòng đầu).',
      'Lỗi — Bỏ văn bản thử vào thùng rác (Drive.Files.update): không có văn bản thử để bỏ vào thùng rác. Cách sửa: sửa dòng Drive.Files.create ở trên trước.',
      L.summary,
    ]);
    expect(rt.drive.files()).toEqual([]);
  }, 30000);

  test('Drive does not convert: the returned file is not a Google Doc (it is still trashed)', async () => {
    const { rt } = await example();
    const files = rt.context.Drive.Files;
    // What a Drive that ignores the requested type returns: the upload as it is.
    rt.context.Drive = { Files: { ...files, create: (r: Record<string, unknown>, blob: unknown, o: unknown) => files.create({ ...r, mimeType: undefined }, blob, o) } };
    rt.run('dvhtKiemTraCaiDat');
    expect(lines(rt)).toEqual([
      '9/10 mục đạt, 1 mục lỗi.',
      L.drive, L.scopes, L.zone, L.sheet, L.props, L.lock, L.zip,
      `Lỗi — Chuyển .docx thành Google Docs (Drive.Files.create): Drive trả về loại tệp ${DOCX_MIME}, không phải Google Docs (application/vnd.google-apps.document). Cách sửa: dịch vụ nâng cao Drive phải là phiên bản v3: ${REDEPLOY}.`,
      L.trash,
      L.summary,
    ]);
    expect(rt.drive.files().map((f) => [f.mimeType, f.trashed])).toEqual([[DOCX_MIME, true]]);
  }, 30000);

  test('Tổng hợp shows "#ERROR!" in a cell: the cell is named', async () => {
    const { rt, ss } = await example();
    ss.getSheetByName('Tổng hợp')!.getRange('E5').setFormula('=DVHT_LEVEL()'); // 1.2's level, a formula that fails
    rt.run('dvhtKiemTraCaiDat');
    expect(lines(rt)).toEqual([
      '9/10 mục đạt, 1 mục lỗi.',
      ...ALL_PASS.slice(0, -1),
      'Lỗi — Sheet Tổng hợp so với cách tính của ĐVHT: Tổng hợp!E5 ("#ERROR!"). Cách sửa: di chuột lên ô để xem lý do; chọn ĐVHT → Kiểm tra dữ liệu và sửa các lỗi được nêu; nếu vẫn còn, chọn ĐVHT → Thiết lập / nâng cấp mẫu (viết lại công thức, giữ nguyên dữ liệu).',
    ]);
    const history = dumpSheet(ss._sheetByName('Lịch sử')!).values;
    expect(history.at(-1)).toEqual(expect.arrayContaining(['Kiểm tra cài đặt', '9/10 mục đạt, 1 mục lỗi. Lỗi: Sheet Tổng hợp so với cách tính của ĐVHT.']));
  }, 30000);

  test('Tổng hợp shows levels the engine does not compute: the first cells and both levels are named', async () => {
    const { rt, ss } = await example();
    // 1.1's level overwritten by hand: TC1 (E3) and the unit (E21), computed from it by Tổng hợp, follow.
    ss.getSheetByName('Tổng hợp')!.getRange('E4').setValue('Không đạt');
    rt.run('dvhtKiemTraCaiDat');
    expect(lines(rt).at(-1)).toBe(
      'Lỗi — Sheet Tổng hợp so với cách tính của ĐVHT: Tổng hợp!E3 ghi "Không đạt", ĐVHT tính "Đạt mức độ 2"; Tổng hợp!E4 ghi "Không đạt", ĐVHT tính "Đạt mức độ 2"; Tổng hợp!E21 ghi "Không đạt", ĐVHT tính "Đạt mức độ 1". Cách sửa: chọn ĐVHT → Thiết lập / nâng cấp mẫu (viết lại công thức, giữ nguyên dữ liệu); nếu vẫn khác, báo cho người phụ trách kỹ thuật kèm dòng lỗi này.',
    );
  }, 30000);

  test('a scope left unticked at consent (granular OAuth) is named', async () => {
    const { rt } = await example();
    const scriptApp = rt.context.ScriptApp;
    const real = scriptApp.getAuthorizationInfo.bind(scriptApp);
    scriptApp.getAuthorizationInfo = (mode: unknown, scopes: string[]) => {
      const info = real(mode, scopes);
      return { getAuthorizedScopes: () => info.getAuthorizedScopes().filter((s: string) => !s.endsWith('/drive.file')) };
    };
    rt.run('dvhtKiemTraCaiDat');
    expect(lines(rt)[2]).toBe(
      'Lỗi — Quyền truy cập (OAuth) trong appsscript.json: chưa được cấp drive.file. Cách sửa: mở lại bảng tính, chọn lại một mục của menu ĐVHT và đánh dấu cho phép mọi quyền được hỏi (hoặc gỡ quyền của dự án tại https://myaccount.google.com/permissions rồi cấp lại).',
    );
    expect(lines(rt)[0]).toBe('9/10 mục đạt, 1 mục lỗi.');
  }, 30000);

  test('a spreadsheet outside Vietnam\'s time zone', async () => {
    const { rt, ss } = await example();
    ss.setSpreadsheetTimeZone('Europe/Paris');
    rt.run('dvhtKiemTraCaiDat');
    expect(lines(rt)[3]).toBe(
      'Lỗi — Múi giờ (Utilities.formatDate): bảng tính dùng múi giờ Europe/Paris (00:00 UTC là 01:00 ở đó, ở Việt Nam là 07:00). Cách sửa: Tệp → Cài đặt → Múi giờ: chọn múi giờ GMT+07:00 (Việt Nam).',
    );
  }, 30000);

  test('a scratch sheet left by an interrupted check is replaced and removed', async () => {
    const { rt, ss } = await example();
    ss.insertSheet('_dvht_kiem_tra');
    const names = ss.sheets.map((s) => s.name).filter((n) => n !== '_dvht_kiem_tra');
    rt.run('dvhtKiemTraCaiDat');
    expect(lines(rt)).toEqual(['10/10 mục đạt.', ...ALL_PASS]);
    expect(ss.sheets.map((s) => s.name)).toEqual(names);
  }, 30000);
});

describe('Kiểm tra cài đặt in the district workbook', () => {
  test('the Sheets advanced service and its read-only batchGet instead of the Tổng hợp comparison', () => {
    const rt = createRuntime({ target: 'district' });
    rt.newSpreadsheet('Sổ tổng hợp');
    rt.run('dvhtThietLapSo');
    rt.run('onOpen');
    expect(rt.services.controls.ui.menuFunction('ĐVHT', 'Kiểm tra cài đặt')).toBe('dvhtKiemTraCaiDat');
    rt.counter.reset();
    rt.run('dvhtKiemTraCaiDat');
    expect(lines(rt)).toEqual([
      '11/11 mục đạt.',
      'Đạt — Dịch vụ nâng cao Sheets (Google Sheets API v4): đã bật.',
      L.drive,
      'Đạt — Quyền truy cập (OAuth) trong appsscript.json: đã được cấp đủ 4 quyền: spreadsheets.currentonly, spreadsheets.readonly, script.container.ui, drive.file.',
      L.zone, L.sheet, L.props, L.lock, L.zip, L.convert, L.trash,
      'Đạt — Đọc bảng tính qua Sheets API (Sheets.Spreadsheets.Values.batchGet): đọc được sổ tổng hợp này ở chế độ chỉ đọc, như khi đọc bảng tính các đơn vị.',
    ]);
    expect(rt.counter.get('Sheets')).toBe(1);
    expect(rt.counter.get()).toBe(42);
  }, 30000);

  test('the Sheets advanced service is not enabled', () => {
    const rt = createRuntime({ target: 'district' });
    rt.newSpreadsheet('Sổ tổng hợp');
    delete rt.context.Sheets;
    rt.run('dvhtKiemTraCaiDat');
    expect(lines(rt)[0]).toBe('9/11 mục đạt, 2 mục lỗi.');
    expect(lines(rt)[1]).toBe(`Lỗi — Dịch vụ nâng cao Sheets (Google Sheets API v4): chưa bật. Cách sửa: ${REDEPLOY}, hoặc trong trình soạn thảo Apps Script chọn Dịch vụ (+), thêm Google Sheets API v4 với mã nhận dạng Sheets.`);
    expect(lines(rt).at(-1)).toBe(`Lỗi — Đọc bảng tính qua Sheets API (Sheets.Spreadsheets.Values.batchGet): chưa thử được vì dịch vụ Sheets chưa bật. Cách sửa: ${REDEPLOY}.`);
  }, 30000);
});

describe('the school menu', () => {
  test('"Kiểm tra cài đặt" is under ĐVHT, after Hướng dẫn', () => {
    const rt = createRuntime();
    rt.newSpreadsheet('Trường');
    rt.run('onOpen');
    const menu = rt.services.controls.ui.menus.find((m) => m.caption === 'ĐVHT')!;
    const captions = menu.items.map((i) => ('caption' in i ? i.caption : '—'));
    expect(captions.slice(-2)).toEqual(['Hướng dẫn', 'Kiểm tra cài đặt']);
    expect(rt.services.controls.ui.menuFunction('ĐVHT', 'Kiểm tra cài đặt')).toBe('dvhtKiemTraCaiDat');
  });
});

describe('the pure parts', () => {
  test('a line is "Đạt — …" or "Lỗi — … Cách sửa: …", the report starts with the tally', () => {
    const a = passed('Múi giờ', 'UTC+7');
    const b = failed('Drive', 'chưa bật', 'chạy npm run deploy');
    expect(lineText(a)).toBe('Đạt — Múi giờ: UTC+7.');
    expect(lineText(b)).toBe('Lỗi — Drive: chưa bật. Cách sửa: chạy npm run deploy.');
    expect(selfCheckReport([a, b])).toBe('1/2 mục đạt, 1 mục lỗi.\nĐạt — Múi giờ: UTC+7.\nLỗi — Drive: chưa bật. Cách sửa: chạy npm run deploy.');
    expect(selfCheckSummary([a, b])).toBe('1/2 mục đạt, 1 mục lỗi. Lỗi: Drive.');
  });

  test('error codes and "Loading…" in either language are caught, with their cell', () => {
    expect(['#ERROR!', '#NAME?', '#REF!', '#VALUE!', '#N/A', 'Loading...', 'Loading…', 'Đang tải…', 'Đạt mức độ 2', '#1'].map(unfinishedValue))
      .toEqual(['error', 'error', 'error', 'error', 'error', 'loading', 'loading', 'loading', undefined, undefined]);
    expect(unfinishedCells([['Mã', ''], ['1.1', 'Đang tải…'], ['#NAME?', 'x']])).toEqual([['Tổng hợp!B2', 'Đang tải…'], ['Tổng hợp!A3', '#NAME?']]);
  });

  test('the offline comparison and the self-check use the same pure comparison', async () => {
    const { ss } = await example();
    const offline = compareSummaryWithEngine(ss);
    const pure = compareSummary(dumpSheet(ss._sheetByName('Tổng hợp')!).displayValues, offline.check);
    expect(pure.differences).toEqual([]);
    expect(pure.expected).toEqual(offline.expected);
    expect(pure.cells.get('1.1')).toBe('Tổng hợp!E4');
  }, 30000);
});
