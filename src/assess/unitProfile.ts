// The unit profile (tier, type, public status) read from the "Đơn vị" settings, with problems for what is missing.
import { Tier } from '../rules/catalogue';
import { TIER_LABEL, UnitProfile, makeProfile, managedByOtherTier } from '../rules/profile';
import { UNIT_TYPE_HELP, parseUnitType, unitType, unitTypeInSentence } from '../rules/unitTypes';
import { UnitSettings } from '../workbook/records';
import { cleanText, foldKey, isBlank } from '../vocab/normalize';
import { Problem, SHEETS, Severity } from './problems';

/** "cấp tỉnh", "tinh", "thành phố…" → 'tinh'; "cấp huyện", "quận", "xã"… → 'huyen'. */
export function parseTier(raw: unknown): Tier | undefined {
  const key = foldKey(raw).replace(/^cap /, '');
  if (['huyen', 'quan', 'xa', 'thi xa'].includes(key)) return 'huyen';
  if (['tinh', 'thanh pho', 'thanh pho truc thuoc trung uong'].includes(key)) return 'tinh';
  return undefined;
}

function parseCongLap(raw: unknown): boolean | undefined {
  const key = foldKey(raw);
  if (['cong lap', 'co', 'x', 'true'].includes(key) || raw === true) return true;
  if (['ngoai cong lap', 'tu thuc', 'dan lap', 'khong', 'khong cong lap', 'false'].includes(key) || raw === false) return false;
  return undefined;
}

/** Reads the profile; unreadable settings fall back to the TT 24 defaults and are reported. */
export function profileFromSettings(s: UnitSettings, problems: Problem[]): UnitProfile {
  const report = (field: keyof UnitSettings, message: string, fix: string, severity: Severity = 'loi') =>
    problems.push({ sheet: SHEETS.donVi, field, value: cleanText(s[field]), message, fix, severity });

  const unitType = parseUnitType(s.loaiDonVi);
  if (!unitType) {
    report('loaiDonVi', isBlank(s.loaiDonVi) ? 'Chưa chọn loại đơn vị.' : `Loại đơn vị "${cleanText(s.loaiDonVi)}" không có trong danh mục.`,
      `Chọn một loại trong danh sách: ${UNIT_TYPE_HELP}.`);
  }
  const tier = parseTier(s.capCongNhan);
  if (!tier) {
    report('capCongNhan', isBlank(s.capCongNhan) ? 'Chưa chọn cấp công nhận.' : `Cấp công nhận "${cleanText(s.capCongNhan)}" không hợp lệ.`,
      'Chọn "cấp huyện" hoặc "cấp tỉnh" (cấp huyện được dùng tạm).');
  }
  const congLap = parseCongLap(s.congLap);
  if (congLap === undefined && !isBlank(s.congLap)) {
    report('congLap', `Giá trị "${cleanText(s.congLap)}" không rõ là công lập hay ngoài công lập.`, 'Chọn "Công lập" hoặc "Ngoài công lập".');
  }
  const profile = makeProfile({ tier, unitType, congLap, tierName: cleanText(s.tenCap) || undefined });
  if (tier && managedByOtherTier(profile)) {
    const { message, fix } = otherTierWarning(profile);
    report('capCongNhan', message, fix, 'canhBao');
  }
  return profile;
}


/**
 * Điều 2.1–2.4 name the units each tier recognises (a THPT is a cơ sở giáo dục of cấp tỉnh, a THCS of cấp huyện). Since
 * 01/07/2025 local practice varies, so another tier is a warning to check, not an error.
 */
function otherTierWarning(profile: UnitProfile): { message: string; fix: string } {
  const type = unitType(profile.unitType!);
  const managing: Tier = profile.tier === 'huyen' ? 'tinh' : 'huyen';
  const article = type.traits.coSoGiaoDuc ? (managing === 'huyen' ? 'Điều 2.1' : 'Điều 2.2') : (managing === 'huyen' ? 'Điều 2.3' : 'Điều 2.4');
  return {
    message: `Đơn vị là ${unitTypeInSentence(type.id)}: theo Thông tư 24 (${article}) được đánh giá, công nhận ở ${TIER_LABEL[managing]}, nhưng "Cấp công nhận" đang là ${TIER_LABEL[profile.tier]}.`,
    fix: `Kiểm tra lại "Cấp công nhận" và "Loại đơn vị". Nếu địa phương giao ${TIER_LABEL[profile.tier]} công nhận loại đơn vị này (từ 01/7/2025 cách làm có thể khác), giữ nguyên và bỏ qua cảnh báo.`,
  };
}
