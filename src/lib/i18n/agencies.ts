// Agencies in the page's language. The catalog gives an English name for each indicator's agency;
// a provincial plan's own wording is Vietnamese only, so English pages gloss it here, name by name,
// and keep the plan's Vietnamese beside the English. Pure.
import type { LeadAgency } from '../domain/lead-agency.ts';
import type { Locale } from '../domain/types.ts';

/** English names of the provincial agencies the plans name (one agency each, no roles). */
export const AGENCY_NAMES_EN: Readonly<Record<string, string>> = {
  'Ban Dân tộc tỉnh': 'Provincial Ethnic Affairs Committee',
  'Ban Tổ chức Tỉnh ủy': 'Organisation Commission of the Provincial Party Committee',
  'Cục Thống kê tỉnh': 'Provincial Statistics Office',
  'Sở Dân tộc và Tôn giáo': 'Department of Ethnic and Religious Affairs',
  'Sở Giáo dục và Đào tạo': 'Department of Education and Training',
  'Sở Kế hoạch và Đầu tư': 'Department of Planning and Investment',
  'Sở Lao động – Thương binh và Xã hội': 'Department of Labour, Invalids and Social Affairs',
  'Sở Nội vụ': 'Department of Home Affairs',
  'Sở Tài chính': 'Department of Finance',
  'Sở Thông tin và Truyền thông': 'Department of Information and Communications',
  'Sở Văn hóa và Thể thao': 'Department of Culture and Sports',
  'Sở Văn hóa, Thể thao và Du lịch': 'Department of Culture, Sports and Tourism',
  'Sở Y tế': 'Department of Health',
  'UBND cấp huyện': "District-level People's Committees",
};

/**
 * The English of an agency list as plans write it ("Cục Thống kê tỉnh; Sở Nội vụ"), or null
 * when any name in it is not in the glossary (then the page shows the Vietnamese alone).
 */
export function agencyNamesEn(vi: string): string | null {
  const names = vi
    .split(';')
    .map((n) => n.trim())
    .filter(Boolean);
  if (!names.length) return null;
  const en = names.map((n) => AGENCY_NAMES_EN[n] ?? null);
  return en.every((n): n is string => n !== null) ? en.join('; ') : null;
}

export interface AgencyText {
  text: string;
  lang: Locale;
  /** The plan's Vietnamese wording, shown beside a glossed English name. */
  original: string | null;
}

/** Agency names as a plan writes them, as a page in `locale` shows them (glossed in English). */
export function agencyNameText(vi: string, locale: Locale): AgencyText {
  const gloss = locale === 'en' ? agencyNamesEn(vi) : null;
  return gloss
    ? { text: gloss, lang: 'en', original: vi }
    : { text: vi, lang: 'vi', original: null };
}

/** A lead agency as a page in `locale` shows it: the catalog's English where it has one. */
export function leadAgencyText(agency: Pick<LeadAgency, 'vi' | 'en'>, locale: Locale): AgencyText {
  if (locale === 'en' && agency.en) return { text: agency.en, lang: 'en', original: null };
  return agencyNameText(agency.vi, locale);
}
