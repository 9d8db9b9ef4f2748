// The unit being assessed: recognition tier, unit type and public status, and which chỉ tiêu apply to it.
import { ChiTieu, Tier } from './catalogue';
import { UnitTypeId, unitType, unitTypeInSentence } from './unitTypes';

export interface UnitProfile {
  readonly tier: Tier;
  /** Undefined when not given (a custom function called without it): then every chỉ tiêu is treated as applicable. */
  readonly unitType?: UnitTypeId;
  /** Cơ quan, đơn vị sự nghiệp công lập của nhà nước. */
  readonly congLap: boolean;
  /** The tier as the receiving authority names it ("cấp huyện", "cấp Quận", "cấp xã"…). */
  readonly tierName: string;
}

/** The tiers as TT 24 names them (also the default of the configured tier name). */
export const TIER_LABEL: Readonly<Record<Tier, string>> = { huyen: 'cấp huyện', tinh: 'cấp tỉnh' };

/**
 * Builds a profile. `congLap` is taken from the unit type where the type fixes it (a cơ quan hành chính is always
 * công lập, a doanh nghiệp never); otherwise from the argument, defaulting to công lập (the common case: public schools).
 */
export function makeProfile(opts: { tier?: Tier; unitType?: UnitTypeId; congLap?: boolean; tierName?: string }): UnitProfile {
  const tier = opts.tier ?? 'huyen';
  const fixed = opts.unitType ? unitType(opts.unitType).traits.congLap : 'chon';
  const congLap = fixed === 'chon' ? (opts.congLap ?? true) : fixed;
  return { tier, unitType: opts.unitType, congLap, tierName: opts.tierName?.trim() || TIER_LABEL[tier] };
}

/** Why a chỉ tiêu does not apply to the unit (Vietnamese), or undefined when it applies. */
export function notApplicableReason(ct: ChiTieu, profile: UnitProfile): string | undefined {
  const type = profile.unitType ? unitType(profile.unitType) : undefined;
  const who = profile.unitType ? unitTypeInSentence(profile.unitType) : 'đơn vị';
  switch (ct.appliesTo) {
    case 'congLap':
      return profile.congLap ? undefined : `chỉ áp dụng đối với cơ quan, đơn vị sự nghiệp công lập của nhà nước; đơn vị là ${who} ngoài công lập`;
    case 'all':
      if (ct.rule.kind === 'memberShare' && ct.rule.excludesToChucKinhTe && type?.traits.toChucKinhTe) {
        return 'không bao gồm thành viên trong đơn vị là tổ chức kinh tế';
      }
      return undefined;
    default: {
      if (!type || type.traits[ct.appliesTo]) return undefined;
      const scope: Record<typeof ct.appliesTo, string> = {
        phoThong: 'cơ sở giáo dục phổ thông',
        thptHoacGdtx: 'trường trung học phổ thông, trường phổ thông nhiều cấp học có cấp cao nhất là trung học phổ thông, trung tâm giáo dục thường xuyên',
        daiHoc: 'cơ sở giáo dục đại học',
        ngheNghiep: 'cơ sở giáo dục nghề nghiệp',
      };
      return `chỉ áp dụng đối với ${scope[ct.appliesTo]}; đơn vị là ${who}`;
    }
  }
}

/**
 * Whether 3.1's learner rule binds this unit: its pupils are "Người học" (Điều 2.8, which leaves out nhà trẻ, mẫu giáo,
 * mầm non, tiểu học, THCS, nhiều cấp có cấp cao nhất THCS, PTDT bán trú, PTDT nội trú huyện). Undefined when the unit
 * type is not known.
 */
export function hasNguoiHoc(profile: UnitProfile): boolean | undefined {
  return profile.unitType ? unitType(profile.unitType).traits.coNguoiHoc : undefined;
}

/**
 * Whether the unit type is one that Điều 2.1–2.4 places under the other tier (a THPT assessed at cấp huyện, a THCS at
 * cấp tỉnh). False when the type is unknown or managed by either tier.
 */
export function managedByOtherTier(profile: UnitProfile): boolean {
  if (!profile.unitType) return false;
  const cap = unitType(profile.unitType).traits.capQuanLy;
  return cap !== 'ca_hai' && cap !== profile.tier;
}
