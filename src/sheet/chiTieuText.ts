// The text ĐVHT writes in the "Nội dung chỉ tiêu" column: the official wording of the tier, both levels where they differ.
import { ChiTieu, renderWording } from '../rules/catalogue';

export function chiTieuText(ct: ChiTieu, tierName: string): string {
  const r = (t: string) => renderWording(t, tierName);
  const extra = ct.mamNonCongLapClause ? ` ${r(ct.mamNonCongLapClause)}` : '';
  if (!ct.wording.muc2) return r(ct.wording.muc1) + extra;
  return `Mức độ 1: ${r(ct.wording.muc1)}${extra}\nMức độ 2: ${r(ct.wording.muc2)}`;
}
