// One member's result for a share chỉ tiêu: a yes/no/không-áp-dụng mark, or (for 2.5) an emulation title.
import { MARK_HELP, Mark, parseMark } from './marks';
import { INDIVIDUAL_TITLE_HELP, parseIndividualTitle } from './titles';

export interface MemberMark {
  readonly mark: Mark;
  /** Set when the value is known but is not what the chỉ tiêu counts (e.g. HTXSNV for 2.5). */
  readonly warning?: string;
}

/** The chỉ tiêu whose column holds titles rather than marks. */
export const TITLE_CHI_TIEU = '2.5';

/**
 * Reads a member's cell. For 2.5 the column holds titles ("LĐTT trở lên" counts; HTXSNV, Giấy khen do not) and a
 * plain mark is also accepted; for other chỉ tiêu only marks are. `chiTieuId` null accepts both (DVHT_PERCENT).
 * Returns undefined for an unknown value.
 */
export function parseMemberMark(raw: unknown, chiTieuId: string | null): MemberMark | undefined {
  const mark = parseMark(raw);
  if (mark !== undefined) return { mark };
  if (chiTieuId !== null && chiTieuId !== TITLE_CHI_TIEU) return undefined;
  const title = parseIndividualTitle(raw);
  if (!title) return undefined;
  switch (title.kind) {
    case 'title': return { mark: 'yes' };
    case 'none': return { mark: 'no' };
    case 'na': return { mark: 'na' };
    case 'notATitle': return { mark: 'no', warning: title.what };
  }
}

export function memberMarkHelp(chiTieuId: string | null): string {
  if (chiTieuId === TITLE_CHI_TIEU) return INDIVIDUAL_TITLE_HELP;
  if (chiTieuId === null) return `${MARK_HELP}; hoặc danh hiệu thi đua cá nhân`;
  return MARK_HELP;
}
