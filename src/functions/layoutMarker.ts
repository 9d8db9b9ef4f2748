// The last argument of every Tổng hợp formula, "theo mẫu cấp huyện" / "theo mẫu cấp tỉnh": the tier the sheet was laid
// out for. When the Đơn vị settings name another tier, the formula says so (and how to re-lay it out) instead of
// evaluating chỉ tiêu rows that no longer exist or mean something else (3.5 is kiểm định GDNN at cấp huyện, QĐ 4740
// at cấp tỉnh).
import { Tier } from '../rules/catalogue';
import { foldKey } from '../vocab/normalize';
import { UserError, isRange } from './args';
import { SHEET_NAMES, THANH_VIEN } from '../sheet/schema';
import { TIER_LABEL } from '../rules/profile';
import { resolveHeader } from '../sheet/table';
import { ambiguityMessage } from '../sheet/headerProblems';

const MARKERS: Readonly<Record<string, Tier>> = { 'theo mau cap huyen': 'huyen', 'theo mau cap tinh': 'tinh' };

export function layoutMarker(tier: Tier): string {
  return `theo mẫu ${TIER_LABEL[tier]}`;
}

export interface LayoutMarker {
  readonly args: unknown[];
  /** The tier named by the marker; undefined without one. */
  readonly layoutTier?: Tier;
  /** The Thành viên header row passed after the marker (share chỉ tiêu), to see that no other column could be this one. */
  readonly memberHeader?: readonly unknown[];
}

const tierOf = (v: unknown) => (typeof v === 'string' ? MARKERS[foldKey(v)] : undefined);

/** The arguments without a trailing layout marker (and the header row after it), and what they say. */
export function takeLayoutMarker(args: readonly unknown[]): LayoutMarker {
  let end = args.length;
  while (end > 0 && args[end - 1] === undefined) end--;
  const last = args[end - 1];
  if (tierOf(last)) return { args: args.slice(0, end - 1), layoutTier: tierOf(last) };
  if (isRange(last) && last.length === 1 && tierOf(args[end - 2])) {
    return { args: args.slice(0, end - 2), layoutTier: tierOf(args[end - 2]), memberHeader: last[0] as unknown[] };
  }
  return { args: [...args] };
}

/** Throws the data check's own message when two columns of the Thành viên header could be this chỉ tiêu's. */
export function checkMemberHeader(header: readonly unknown[] | undefined, field: string | undefined): void {
  if (!header || !field) return;
  const issue = resolveHeader(header, THANH_VIEN).issues.find((i) => i.kind === 'ambiguous' && (i.key === field || i.key === 'hoTen'));
  if (issue) throw new UserError(`${ambiguityMessage(THANH_VIEN, header, null, issue)} Xem sheet "${THANH_VIEN.name}", dòng tiêu đề.`);
}

/** Throws when the settings' tier is not the one the sheet was laid out for. */
export function checkLayoutTier(layoutTier: Tier | undefined, tier: Tier): void {
  if (layoutTier === undefined || layoutTier === tier) return;
  throw new UserError(
    `Cấp công nhận ở sheet "${SHEET_NAMES.donVi}" là "${TIER_LABEL[tier]}" nhưng sheet "${SHEET_NAMES.tongHop}" đang theo ${TIER_LABEL[layoutTier]}: chọn menu ĐVHT → Thiết lập / nâng cấp mẫu để sắp lại (dữ liệu đã nhập được giữ nguyên).`,
  );
}
