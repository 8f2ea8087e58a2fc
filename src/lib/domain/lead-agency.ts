// Which agency reports a target: the one rule the reporting templates (one file per agency) and
// the pages use. Pure.
import type { Indicator, Target } from './types.ts';

/** Provincial departments were reorganised on this day (Sở Lao động – TB&XH split up, …). */
export const REORGANISATION_DATE = '2025-03-01';

export type LeadAgencySource = 'plan' | 'catalog' | 'reorganised';

export interface LeadAgency {
  /** As written: may name several agencies ("Sở Nội vụ; Ban Tổ chức Tỉnh ủy") and their roles. */
  vi: string;
  /** English, or '' when only the Vietnamese is known (a plan's own wording). */
  en: string;
  /** Where it was read or how it was inferred. */
  basis: string;
  source: LeadAgencySource;
}

/**
 * The lead agency of a target on a given day (ISO date): from 1/3/2025 the reorganised agency
 * of the indicator where the catalog gives one; otherwise the agency the province's plan names
 * for this target; otherwise the indicator's agency; null when none is known.
 */
export function leadAgencyOf(
  indicator: Pick<
    Indicator,
    | 'lead_agency_vi'
    | 'lead_agency_en'
    | 'lead_agency_2025_vi'
    | 'lead_agency_2025_en'
    | 'lead_agency_2025_basis'
  >,
  target: Pick<Target, 'lead_agency_vi' | 'lead_agency_basis'> | null,
  onDate: string,
): LeadAgency | null {
  if (onDate >= REORGANISATION_DATE && indicator.lead_agency_2025_vi)
    return {
      vi: indicator.lead_agency_2025_vi,
      en: indicator.lead_agency_2025_en,
      basis: indicator.lead_agency_2025_basis,
      source: 'reorganised',
    };
  if (target?.lead_agency_vi)
    return { vi: target.lead_agency_vi, en: '', basis: target.lead_agency_basis, source: 'plan' };
  if (indicator.lead_agency_vi)
    return {
      vi: indicator.lead_agency_vi,
      en: indicator.lead_agency_en,
      basis: '',
      source: 'catalog',
    };
  return null;
}

/**
 * The agencies that report a target, each once, without their role in brackets. Where the lead
 * marks who compiles the report ("(tổng hợp báo cáo)"), only those; otherwise every agency named,
 * less the parts that only coordinate or carry out ("… phối hợp", "… thực hiện"):
 * "Cục Thống kê tỉnh (tổng hợp báo cáo); Sở Nội vụ, … phối hợp" → ["Cục Thống kê tỉnh"];
 * "Sở Nội vụ; Ban Tổ chức Tỉnh ủy" → both (each gets the target in its own file).
 */
export function reportingAgencies(lead: string): string[] {
  const parts = lead
    .split(';')
    .map((p) => p.replace(/\s+/g, ' ').trim())
    .filter(Boolean);
  const compiles = parts.filter((p) => /\(([^)]*,\s*)?tổng hợp báo cáo\)/.test(p));
  const chosen = compiles.length
    ? compiles
    : parts.filter((p, i) => i === 0 || !/(phối hợp|thực hiện)$/.test(p));
  const out: string[] = [];
  for (const part of chosen) {
    const name = part
      .replace(/\([^)]*\)/g, '')
      .replace(/\s+/g, ' ')
      .trim();
    if (name && !out.includes(name)) out.push(name);
  }
  return out;
}
