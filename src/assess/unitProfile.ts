// The unit profile (tier, type, public status) read from the "Đơn vị" settings, with problems for what is missing.
import { Tier } from '../rules/catalogue';
import { UnitProfile, makeProfile } from '../rules/profile';
import { UNIT_TYPE_HELP, parseUnitType } from '../rules/unitTypes';
import { UnitSettings } from '../workbook/records';
import { cleanText, foldKey, isBlank } from '../vocab/normalize';
import { Problem, SHEETS } from './problems';

function parseTier(raw: unknown): Tier | undefined {
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
  const report = (field: keyof UnitSettings, message: string, fix: string) =>
    problems.push({ sheet: SHEETS.donVi, field, value: cleanText(s[field]), message, fix, severity: 'loi' });

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
  return makeProfile({ tier, unitType, congLap, tierName: cleanText(s.tenCap) || undefined });
}
