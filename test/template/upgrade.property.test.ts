// Upgrading an older or rearranged workbook never changes or moves a value the user typed, and afterwards the live
// Tổng hợp agrees with the rules engine. Random workbooks: columns shuffled or missing, title rows, foreign columns,
// settings rows in any order.
import fc from 'fast-check';
import { createRuntime } from '../../local/runtime';
import { FakeSpreadsheet } from '../../local/spreadsheet';
import { compareSummaryWithEngine } from '../../local/summaryCheck';
import { CHI_TIEU, DON_VI, HOI_DONG, MINH_CHUNG, NGUOI_HOC, TableSheetSpec, THANH_VIEN } from '../../src/sheet/schema';
import { SchoolWorkbook } from '../../src/workbook/records';
import { workbookArb } from '../support/randomWorkbook';

interface OldLayout {
  /** Per table: the columns kept (a permutation of a subset) and whether a title row sits above the header. */
  readonly tables: Record<string, { order: number[]; keep: boolean[]; titleRow: boolean; extra: boolean }>;
  readonly formOrder: number[];
  readonly formKeep: boolean[];
}

const TABLES = [THANH_VIEN, NGUOI_HOC, CHI_TIEU, MINH_CHUNG, HOI_DONG];

const tableLayoutArb = (spec: TableSheetSpec) =>
  fc.record({
    order: fc.shuffledSubarray(spec.columns.map((_, i) => i), { minLength: spec.columns.length, maxLength: spec.columns.length }),
    keep: fc.array(fc.boolean(), { minLength: spec.columns.length, maxLength: spec.columns.length }),
    titleRow: fc.boolean(),
    extra: fc.boolean(),
  });

const layoutArb: fc.Arbitrary<OldLayout> = fc.record({
  tables: fc.record(Object.fromEntries(TABLES.map((t) => [t.name, tableLayoutArb(t)]))),
  formOrder: fc.shuffledSubarray(DON_VI.fields.map((_, i) => i), { minLength: DON_VI.fields.length, maxLength: DON_VI.fields.length }),
  formKeep: fc.array(fc.boolean(), { minLength: DON_VI.fields.length, maxLength: DON_VI.fields.length }),
});

/** Writes a workbook in an "older" layout directly, as a school might have it before any ĐVHT upgrade. */
function writeOldWorkbook(ss: FakeSpreadsheet, wb: SchoolWorkbook, layout: OldLayout): void {
  const settings = wb.settings as unknown as Record<string, unknown>;
  const form = ss.insertSheet(DON_VI.name);
  const essential = new Set(['tenDonVi', 'loaiDonVi', 'capCongNhan']);
  const fields = layout.formOrder.map((i) => DON_VI.fields[i]).filter((f, k) => essential.has(f.key) || layout.formKeep[k]);
  form.getRange(1, 1, fields.length + 1, 2).setValues([['Thông tin', 'Giá trị'], ...fields.map((f) => [f.label, settings[f.key] ?? ''])]);

  const recordsOf: Record<string, Record<string, unknown>[]> = {
    [THANH_VIEN.name]: wb.members as unknown as Record<string, unknown>[],
    [NGUOI_HOC.name]: wb.classes as unknown as Record<string, unknown>[],
    [CHI_TIEU.name]: Object.entries(wb.chiTieu).map(([ma, r]) => ({ ma, ...r })),
    [MINH_CHUNG.name]: wb.evidence as unknown as Record<string, unknown>[],
    [HOI_DONG.name]: wb.council as unknown as Record<string, unknown>[],
  };
  for (const spec of TABLES) {
    const l = layout.tables[spec.name];
    const columns = l.order.map((i) => spec.columns[i]).filter((c, k) => c.required || l.keep[k]);
    const sheet = ss.insertSheet(spec.name);
    const rows: unknown[][] = [];
    if (l.titleRow) rows.push([`DANH SÁCH ${spec.name.toUpperCase()}`, ...columns.slice(1).map(() => ''), ...(l.extra ? [''] : [])]);
    rows.push([...columns.map((c) => c.header), ...(l.extra ? ['Ghi chú riêng của trường'] : [])]);
    recordsOf[spec.name].forEach((r, i) => rows.push([...columns.map((c) => r[c.key] ?? ''), ...(l.extra ? [`riêng ${i}`] : [])]));
    // Older templates formatted the table as plain text too: in a vi_VN sheet "1.1" typed elsewhere is a date.
    sheet.getRange(1, 1, rows.length, rows[0].length).setNumberFormat('@').setValues(rows);
  }
}

function snapshot(ss: FakeSpreadsheet): Map<string, unknown> {
  const cells = new Map<string, unknown>();
  for (const sheet of ss.getSheets()) {
    const s = ss._sheetByName(sheet.getName())!;
    for (let r = 1; r <= s._lastRow(); r++) {
      for (let c = 1; c <= s._lastColumn(); c++) {
        const v = s._value(r, c);
        if (v !== '') cells.set(`${sheet.getName()}!R${r}C${c}`, v);
      }
    }
  }
  return cells;
}

describe('upgrade keeps every typed value in place', () => {
  test('random older workbooks: values unchanged, missing parts added, Tổng hợp equal to the engine', () => {
    fc.assert(
      fc.property(workbookArb(25), layoutArb, (wb, layout) => {
        const rt = createRuntime();
        const ss = rt.newSpreadsheet('Cũ');
        writeOldWorkbook(ss, wb, layout);
        const before = snapshot(ss);
        rt.run('dvhtThietLapMau');
        const after = snapshot(ss);
        for (const [cell, value] of before) expect([cell, after.get(cell)]).toEqual([cell, value]);
        // Every column of the template now exists, and the summary agrees with the engine.
        const c = compareSummaryWithEngine(ss);
        expect(c.differences).toEqual([]);
        // A second run is a no-op for user data.
        rt.run('dvhtThietLapMau');
        const again = snapshot(ss);
        for (const [cell, value] of before) expect(again.get(cell)).toEqual(value);
      }),
      { numRuns: 12 },
    );
  });
});
