// Drives the district bundle in the runtime as a district officer would: set up the workbook, list the schools,
// consolidate batch after batch (optionally interrupted), and read the results back.
import { FakeSpreadsheet, dumpSheet } from './spreadsheet';
import { Runtime } from './runtime';
import { CAI_DAT, DANH_SACH, HOI_DONG_THAM_DINH, KET_QUA, NHAT_KY } from '../src/district/schema';
import { locateForm } from '../src/sheet/form';
import { locateTable } from '../src/sheet/table';

export interface SchoolRef {
  readonly name: string;
  /** A link, or a bare spreadsheet id. */
  readonly link: string;
  readonly type?: string;
}

const COUNCIL = [
  ['Nguyễn Văn Thành', 'Trưởng phòng', 'Chủ tịch'], ['Lê Thị Hồng', 'Phó Trưởng phòng', 'Phó Chủ tịch'],
  ['Trần Minh Đức', 'Chuyên viên', 'Thư ký'], ['Phạm Thu Hà', 'Chuyên viên', 'Ủy viên'], ['Võ Quốc Bảo', 'Chuyên viên', 'Ủy viên'],
];

function writeTable(ss: FakeSpreadsheet, name: string, spec: typeof DANH_SACH, records: Record<string, unknown>[]): void {
  const sheet = ss.getSheetByName(name)!;
  const top = sheet.getRange(1, 1, 5, sheet.getLastColumn()).getValues();
  const layout = locateTable(top, spec)!;
  const rows = records.map((r) => {
    const row: unknown[] = Array(layout.width).fill('');
    for (const [k, c] of Object.entries(layout.columns)) row[c] = r[k] ?? '';
    return row;
  });
  const need = layout.headerIndex + 1 + rows.length - sheet.getMaxRows();
  if (need > 0) sheet.insertRowsAfter(sheet.getMaxRows(), need);
  if (rows.length) sheet.getRange(layout.headerIndex + 2, 1, rows.length, layout.width).setValues(rows);
}

/** Appends the schools to Danh sách đơn vị, as an officer pastes their names and shared links. */
export function writeSchoolList(ss: FakeSpreadsheet, schools: readonly SchoolRef[]): void {
  writeTable(ss, DANH_SACH.name, DANH_SACH, schools.map((s) => ({ tenDonVi: s.name, loaiDonVi: s.type ?? '', lienKet: s.link, nguoiLienHe: '' })));
}

/** A district workbook set up by the real bundle, with its settings, council and list of schools. */
export function setUpDistrict(rt: Runtime, schools: readonly SchoolRef[], settings: Record<string, unknown> = {}): FakeSpreadsheet {
  const ss = rt.newSpreadsheet('Sổ tổng hợp ĐVHT');
  rt.run('dvhtThietLapSo');
  const form = ss.getSheetByName(CAI_DAT.name)!;
  const values = form.getDataRange().getValues();
  const rowOf = locateForm(values, CAI_DAT);
  const all: Record<string, unknown> = {
    coQuanCapTren: 'Ủy ban nhân dân xã Bình Minh', tenCoQuan: 'Phòng Văn hóa - Xã hội', capPheDuyet: 'Ủy ban nhân dân xã Bình Minh',
    namDanhGia: 2025, diaDanh: 'Bình Minh', thuTruong: 'Nguyễn Văn Thành', chucVu: 'Trưởng phòng', soToTrinh: '12/TTr-VHXH', ...settings,
  };
  for (const [k, v] of Object.entries(all)) if (rowOf[k] !== undefined) form.getRange(rowOf[k] + 1, 2).setValue(v);
  writeSchoolList(ss, schools);
  writeTable(ss, HOI_DONG_THAM_DINH.name, HOI_DONG_THAM_DINH as typeof DANH_SACH, COUNCIL.map(([hoTen, chucVu, nhiemVu]) => ({ hoTen, chucVu, nhiemVu })));
  return ss;
}

export interface ConsolidationRun {
  readonly batches: number;
  readonly interruptions: number;
}

/**
 * Calls the batch job until the run is finished. `interrupt(batch)` may throw inside a batch (an error or a closed
 * browser mid-run); the job must lose nothing, and the next call resumes.
 */
export function consolidateAll(rt: Runtime, opts: { maxBatches?: number; onBatch?: (n: number) => void } = {}): ConsolidationRun {
  let batches = 0;
  let interruptions = 0;
  for (;;) {
    batches++;
    opts.onBatch?.(batches);
    try {
      const p = rt.run('dvhtTongHopLo') as { finished: boolean };
      if (p.finished) return { batches, interruptions };
    } catch (e) {
      interruptions++;
    }
    if (batches > (opts.maxBatches ?? 10000)) throw new Error('Consolidation does not finish');
  }
}

/** The Kết quả sheet as records keyed by spreadsheet id. */
export function resultsOf(ss: FakeSpreadsheet): Map<string, Record<string, unknown>> {
  const values = dumpSheet(ss._sheetByName(KET_QUA.name)!).values;
  const layout = locateTable(values, KET_QUA)!;
  const out = new Map<string, Record<string, unknown>>();
  for (const row of values.slice(layout.headerIndex + 1)) {
    const rec = Object.fromEntries(Object.entries(layout.columns).map(([k, c]) => [k, row[c]]));
    if (rec.ma) out.set(String(rec.ma), rec);
  }
  return out;
}

/**
 * Interruptions at random points: before a school is read, the call fails with a quota error, as Apps Script does when
 * an execution hits a limit. The batch stops there; the next batch must resume without losing or re-reading anything.
 */
export function interrupt(rt: Runtime, random: () => number, p: number): void {
  const values = rt.context.Sheets.Spreadsheets.Values;
  const original = values.batchGet.bind(values);
  values.batchGet = (...args: unknown[]) => {
    if (random() < p) throw new Error('Service invoked too many times in a short time: sheets (simulated interruption)');
    return original(...args);
  };
}

/** Nhật ký as [Đơn vị, Kết quả, Chi tiết] lines, in the order written. */
export function logLines(ss: FakeSpreadsheet): string[][] {
  const values = dumpSheet(ss._sheetByName(NHAT_KY.name)!).values;
  const layout = locateTable(values, NHAT_KY)!;
  const c = layout.columns;
  return values.slice(layout.headerIndex + 1).filter((r) => r.some((v) => v !== '')).map((r) => [r[c.donVi], r[c.ketQua], r[c.chiTiet]].map(String));
}

/** Records the spreadsheet id of every Sheets.Values.batchGet call from now on (a failed call too). */
export function recordReads(rt: Runtime): string[] {
  const ids: string[] = [];
  const values = rt.context.Sheets.Spreadsheets.Values;
  const original = values.batchGet.bind(values);
  values.batchGet = (...args: unknown[]) => {
    ids.push(String(args[0]));
    return original(...args);
  };
  return ids;
}
