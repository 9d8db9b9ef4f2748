// The district's overview (pure): how the units stand, from the recomputed results of Kết quả (never from the schools'
// own claims): units by recomputed level and by unit type, the chỉ tiêu most often not reached, and the units to look
// at again (a claim unlike the recomputed level, a sheet that could not be read). Exact integer counts; shares shown
// with formatPercent ("93,3%", rounded down).
import { Tier, allChiTieu } from '../rules/catalogue';
import { formatPercent } from '../rules/share';
import { cleanText } from '../vocab/normalize';
import { DistrictUnit, NOT_READ, failingChiTieu } from './units';

/** The bars of the overview, best first. */
export const OVERVIEW_LEVELS = ['Mức độ 2', 'Mức độ 1', 'Chưa đạt', 'Chưa đọc được'] as const;
export type OverviewLevel = (typeof OVERVIEW_LEVELS)[number];
/** The type row of a unit whose Loại đơn vị is empty in Danh sách đơn vị. */
export const NO_TYPE = '(chưa ghi loại đơn vị)';

export interface LevelCount {
  readonly label: OverviewLevel;
  readonly count: number;
  /** Share of all units ("75,0%"). */
  readonly share: string;
}

export interface TypeCount {
  readonly type: string;
  readonly total: number;
  /** Units per OVERVIEW_LEVELS, same order. */
  readonly counts: readonly number[];
}

export interface FailedChiTieu {
  readonly id: string;
  readonly name: string;
  /** Units read whose recomputed level of this chỉ tiêu is Không đạt or Chưa có dữ liệu. */
  readonly count: number;
  /** Share of the units read ("66,6%"). */
  readonly share: string;
}

export interface AttentionUnit {
  readonly name: string;
  readonly what: string;
}

/** Plain JSON (the sidebar receives it through google.script.run). */
export interface Overview {
  readonly total: number;
  readonly read: number;
  readonly byLevel: readonly LevelCount[];
  readonly byType: readonly TypeCount[];
  /** Every chỉ tiêu some unit read did not reach, most often first (catalogue order between equals). */
  readonly mostFailed: readonly FailedChiTieu[];
  readonly attention: readonly AttentionUnit[];
}

export function overviewLevel(u: DistrictUnit): OverviewLevel {
  if (u.readError) return 'Chưa đọc được';
  if (u.level === 'Đạt mức độ 2') return 'Mức độ 2';
  if (u.level === 'Đạt mức độ 1') return 'Mức độ 1';
  return 'Chưa đạt';
}

/** The notes of Ghi chú khi đọc that say a sheet of the unit could not be used ("Không có sheet …", "Sheet … trống"). */
function sheetNotes(notes: string): string[] {
  return notes.split('; ').filter((n) => /^(Không có sheet "|Sheet ".+" của đơn vị trống)/.test(n));
}

/** What to look at again in a unit, or '' when nothing. */
function attentionOf(u: DistrictUnit, notes: string): string {
  if (u.readError) return u.readError === NOT_READ ? '' : `Không đọc được: ${u.readError}`;
  const parts: string[] = [];
  const claimed = u.claimed && u.claimed !== '(không có)' ? u.claimed : '';
  if (claimed && claimed !== u.level) parts.push(`Tự nhận "${claimed}", tính lại "${u.level}"`);
  if (u.mismatches) parts.push(`Chênh lệch: ${u.mismatches}`);
  parts.push(...sheetNotes(notes));
  return parts.join('; ');
}

/**
 * `units`: districtUnits(…).units, in the order of Danh sách đơn vị; `notesById`: Ghi chú khi đọc of Kết quả by
 * spreadsheet id (the missing optional sheets).
 */
export function districtOverview(units: readonly DistrictUnit[], tier: Tier, notesById: ReadonlyMap<string, string> = new Map()): Overview {
  const total = units.length;
  const readUnits = units.filter((u) => !u.readError);
  const read = readUnits.length;
  const levelOf = units.map(overviewLevel);
  const byLevel = OVERVIEW_LEVELS.map((label) => {
    const count = levelOf.filter((l) => l === label).length;
    return { label, count, share: formatPercent({ qualified: count, total }) };
  });
  const types = new Map<string, number[]>();
  units.forEach((u, i) => {
    const type = u.type || NO_TYPE;
    const counts = types.get(type) ?? OVERVIEW_LEVELS.map(() => 0);
    counts[OVERVIEW_LEVELS.indexOf(levelOf[i])]++;
    types.set(type, counts);
  });
  const byType = [...types].map(([type, counts]) => ({ type, total: counts.reduce((a, b) => a + b, 0), counts }));
  const failing = readUnits.map((u) => new Set(failingChiTieu(u, tier)));
  const mostFailed = allChiTieu(tier)
    .map((c) => ({ id: c.id, name: c.shortName, count: failing.filter((f) => f.has(c.id)).length }))
    .filter((c) => c.count > 0)
    .map((c) => ({ ...c, share: formatPercent({ qualified: c.count, total: read }) }))
    // Array.prototype.sort is stable (ES2019): equal counts keep the catalogue order.
    .sort((a, b) => b.count - a.count);
  const attention = units
    .map((u) => ({ name: u.name, what: attentionOf(u, cleanText(notesById.get(u.id))) }))
    .filter((a) => a.what);
  return { total, read, byLevel, byType, mostFailed, attention };
}

/** One sentence per part, for a screen reader and for the sheet's summary line. */
export function overviewText(o: Overview): string {
  if (!o.total) return 'Chưa có đơn vị nào trong Danh sách đơn vị.';
  const levels = o.byLevel.map((l) => `${l.label}: ${l.count} (${l.share})`).join('; ');
  const failed = o.mostFailed.length
    ? `Chỉ tiêu chưa đạt nhiều nhất: ${o.mostFailed[0].id} (${o.mostFailed[0].count}/${o.read} đơn vị đã đọc, ${o.mostFailed[0].share}).`
    : o.read ? 'Mọi đơn vị đã đọc đều đạt mọi chỉ tiêu.' : '';
  const attention = o.attention.length ? `${o.attention.length} đơn vị cần xem lại.` : '';
  return [`${o.total} đơn vị, ${o.read} đã đọc được. ${levels}.`, failed, attention].filter(Boolean).join(' ');
}

export const OVERVIEW_OWNED = 'Sheet này do ĐVHT ghi lại sau mỗi lượt tổng hợp, từ sheet Kết quả và Danh sách đơn vị: mọi nội dung nhập tay ở đây sẽ bị xóa ở lượt sau.';
/** Columns of the sheet's block (the type table is the widest). */
export const OVERVIEW_WIDTH = 2 + OVERVIEW_LEVELS.length;
/** The level table (header and one row per level) starts at this 1-based row: the chart's data. */
export const LEVEL_TABLE_ROW = 4;

/**
 * The "Tổng quan" sheet as one block of OVERVIEW_WIDTH columns: the ownership line, when and the summary, the level
 * table (rows LEVEL_TABLE_ROW…, the chart's data: label, count), then by type, most failed, to look at again.
 */
export function overviewRows(o: Overview, time: string): (string | number)[][] {
  const rows: (string | number)[][] = [];
  const add = (...cells: (string | number)[]) => rows.push([...cells, ...Array(OVERVIEW_WIDTH - cells.length).fill('')]);
  add(OVERVIEW_OWNED);
  add(`Cập nhật lúc ${time}. ${overviewText(o)}`);
  add();
  add('Mức tính lại', 'Số đơn vị', 'Tỉ lệ');
  for (const l of o.byLevel) add(l.label, l.count, l.share);
  add();
  add('Loại đơn vị', ...OVERVIEW_LEVELS, 'Tổng');
  for (const t of o.byType) add(t.type, ...t.counts, t.total);
  if (!o.byType.length) add('Chưa có đơn vị nào.');
  add();
  add('Chỉ tiêu chưa đạt', 'Số đơn vị chưa đạt', 'Tỉ lệ trong số đơn vị đã đọc');
  for (const c of o.mostFailed) add(`${c.id}. ${c.name}`, c.count, c.share);
  if (!o.mostFailed.length) add(o.read ? 'Không có chỉ tiêu nào chưa đạt.' : 'Chưa có đơn vị nào đọc được.');
  add();
  add('Đơn vị cần xem lại', 'Lý do');
  for (const a of o.attention) add(a.name, a.what);
  if (!o.attention.length) add('Không có đơn vị nào có chênh lệch hay không đọc được.');
  return rows;
}
