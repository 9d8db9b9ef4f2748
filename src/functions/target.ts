// What a DVHT_* call is about: a chỉ tiêu ("2.5"), a tiêu chí ("TC2") or the whole unit ("ĐV").
import { Tier, allChiTieu, catalogue } from '../rules/catalogue';
import { cleanText, foldKey } from '../vocab/normalize';
import { UserError } from './args';

export type Target = { kind: 'chiTieu'; id: string } | { kind: 'tieuChi'; no: 1 | 2 | 3 } | { kind: 'unit' };

/** Reads "2.5", 2.5, "2,5", "Chỉ tiêu 2.5", "TC2", "Tiêu chí 2", "ĐV", "DV", "Đơn vị". */
export function parseTarget(raw: unknown, tier: Tier): Target {
  const key = foldKey(typeof raw === 'number' ? String(raw) : raw);
  if (['dv', 'don vi', 'donvi'].includes(key)) return { kind: 'unit' };
  const tc = /^(?:tc|tieu chi)\s*([1-3])$/.exec(key);
  if (tc) return { kind: 'tieuChi', no: Number(tc[1]) as 1 | 2 | 3 };
  const ct = /^(?:chi tieu\s*|ct\s*|tc\s*)?([1-3])\s*[.,]\s*([1-6])$/.exec(key);
  if (ct) {
    const id = `${ct[1]}.${ct[2]}`;
    if (allChiTieu(tier).some((c) => c.id === id)) return { kind: 'chiTieu', id };
    if (tier === 'huyen' && allChiTieu('tinh').some((c) => c.id === id)) {
      throw new UserError(`Chỉ tiêu ${id} chỉ có khi đánh giá cấp tỉnh: thêm đối số "cấp tỉnh" ở cuối công thức. ${validTargets(tier)}`);
    }
  }
  throw new UserError(`Không có chỉ tiêu, tiêu chí "${cleanText(raw)}". ${validTargets(tier)}`);
}

export function validTargets(tier: Tier): string {
  const ids = catalogue(tier).tieuChi.map((tc) => tc.chiTieu.map((c) => c.id).join(', ')).join('; ');
  return `Mã hợp lệ: chỉ tiêu ${ids}; tiêu chí TC1, TC2, TC3; cả đơn vị ĐV.`;
}
