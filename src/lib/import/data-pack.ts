// "Export as data pack": a province's validated figures in the dataset's own curated format (the
// columns of data/actuals/*.csv) with the provenance the build requires of a contributed file
// (data/contrib/README.md): the report they come from, the agency that issued it, its date and
// where it is published. Committed to data/contrib/, the file is validated by the build like
// every other source and its values enter the public site as series 'admin_register'.
import {
  CONTRIB_QUALITY,
  CONTRIB_SERIES,
  encodePack,
  FORMULA_START,
  isIsoDate,
  type PackRow,
} from '../dataset/contrib.ts';
import type { Area, Indicator } from '../domain/types.ts';
import type { UserValue } from './validate.ts';

export { PACK_COLUMNS } from '../dataset/contrib.ts';

export interface PackProvenance {
  /** The report's number and title, e.g. "Báo cáo 12/BC-UBND về kết quả thực hiện … năm 2025". */
  document: string;
  /** The body that issued it, e.g. "UBND tỉnh Khánh Hòa". */
  agency: string;
  /** Its date: ISO (YYYY-MM-DD) or day first (15/01/2026); written ISO. */
  document_date: string;
  /** Where the public can read it (http or https). */
  source_url: string;
}

export type PackField = keyof PackProvenance;
export type PackProblem = {
  field: PackField;
  reason: 'missing' | 'invalid' | 'future' | 'formula';
};

/**
 * A date as a person types it, day first ("15/01/2026", "15-1-2026") or ISO ("2026-01-15"), as
 * ISO; null when it is neither or not a real day.
 */
export function parseDate(text: string): string | null {
  const t = text.trim();
  const dmy = t.match(/^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/);
  const iso = dmy ? `${dmy[3]}-${dmy[2]!.padStart(2, '0')}-${dmy[1]!.padStart(2, '0')}` : t;
  return isIsoDate(iso) ? iso : null;
}

export function isWebUrl(text: string): boolean {
  try {
    const u = new URL(text);
    return (u.protocol === 'https:' || u.protocol === 'http:') && u.hostname.includes('.');
  } catch {
    return false;
  }
}

/** What stops a pack from being written (the build would refuse it for the same reasons). */
export function packProblems(p: PackProvenance, today: string): PackProblem[] {
  const out: PackProblem[] = [];
  for (const field of ['document', 'agency', 'document_date', 'source_url'] as const)
    if (!p[field].trim()) out.push({ field, reason: 'missing' });
  const date = p.document_date.trim();
  const iso = parseDate(date);
  if (date && !iso) out.push({ field: 'document_date', reason: 'invalid' });
  else if (iso && iso > today) out.push({ field: 'document_date', reason: 'future' });
  const url = p.source_url.trim();
  if (url && !isWebUrl(url)) out.push({ field: 'source_url', reason: 'invalid' });
  // The pack is data for the repository: text a spreadsheet would run is refused, not guarded.
  for (const field of ['document', 'agency'] as const)
    if (FORMULA_START.test(p[field].trim())) out.push({ field, reason: 'formula' });
  return out;
}

export function dataPackRows(
  values: readonly UserValue[],
  areas: readonly Area[],
  indicators: readonly Indicator[],
  p: PackProvenance,
): PackRow[] {
  const areaById = new Map(areas.map((a) => [a.id, a]));
  const indicatorById = new Map(indicators.map((i) => [i.id, i]));
  return [...values]
    .sort(
      (a, b) =>
        a.indicator_id.localeCompare(b.indicator_id) ||
        a.area_id.localeCompare(b.area_id) ||
        a.year - b.year,
    )
    .map((v) => {
      const area = areaById.get(v.area_id);
      const indicator = indicatorById.get(v.indicator_id);
      const where = v.file
        ? `tệp “${v.file}”${v.sheet ? `, trang “${v.sheet}”` : ''}, dòng ${v.row}`
        : `dòng ${v.row}`;
      return {
        indicator: v.indicator_id,
        province: area?.name_vi ?? v.area_id,
        year: v.year,
        // A number, written with a decimal point as the curated files are.
        value: v.value,
        unit: indicator?.unit_vi ?? '',
        period_note: `năm ${v.year}; số liệu tỉnh báo cáo${v.agency ? ` (${v.agency.trim()})` : ''}, xuất từ trang Kiểm tra số liệu (${where})`,
        source_title: p.document.trim(),
        source_url: p.source_url.trim(),
        quote_hint: '',
        vintage: area?.vintage ? String(area.vintage) : '',
        series: CONTRIB_SERIES,
        flags: '',
        source_quality: CONTRIB_QUALITY,
        document: p.document.trim(),
        agency: p.agency.trim(),
        document_date: parseDate(p.document_date) ?? p.document_date.trim(),
      };
    });
}

export function dataPackCsv(
  values: readonly UserValue[],
  areas: readonly Area[],
  indicators: readonly Indicator[],
  p: PackProvenance,
): string {
  return encodePack(dataPackRows(values, areas, indicators, p));
}

export function dataPackFileName(areaId: string, years: readonly number[], date: string): string {
  const span = years.length
    ? `${Math.min(...years)}${Math.max(...years) > Math.min(...years) ? `-${Math.max(...years)}` : ''}`
    : 'values';
  return `contrib-${areaId}-${span}-${date}.csv`;
}
