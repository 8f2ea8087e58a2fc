// Rows of a status download (scorecards, annual status grids): one per assessed target, with the
// actual it was judged on, the target and its legal reference, and the source URL of the value.
import type { StatusRow } from '../domain/attainment/evaluate.ts';
import type { Locale } from '../domain/types.ts';
import { translator } from '../i18n/translate.ts';
import { statusMessages } from '../i18n/messages/status.ts';
import type { ExtractColumn } from './extract.ts';

const KEYS = [
  'indicator_id',
  'indicator_name',
  'area_id',
  'area_name',
  'eval_year',
  'status',
  'status_label',
  'series',
  'actual_value',
  'actual_low',
  'actual_high',
  'actual_year',
  'preliminary',
  'stale',
  'comparator',
  'target_value',
  'target_year',
  'path_value',
  'national_target_applied',
  'target_legal_ref',
  'explanation',
  'source_url',
] as const;
type Key = (typeof KEYS)[number];

const VI_HEADERS: Partial<Record<Key, string>> = {
  indicator_name: 'chi_tieu',
  area_name: 'dia_ban',
  eval_year: 'nam_danh_gia',
  status_label: 'tinh_trang',
  series: 'phuong_phap',
  actual_value: 'gia_tri',
  actual_low: 'gia_tri_thap',
  actual_high: 'gia_tri_cao',
  actual_year: 'nam_so_lieu',
  preliminary: 'so_bo',
  stale: 'so_lieu_cu',
  comparator: 'dieu_kien',
  target_value: 'muc_tieu',
  target_year: 'han',
  path_value: 'lo_trinh',
  national_target_applied: 'ap_dung_muc_tieu_quoc_gia',
  target_legal_ref: 'can_cu_phap_ly',
  explanation: 'giai_thich',
};

export function statusExtractColumns(locale: Locale): ExtractColumn[] {
  return KEYS.map((key) => ({
    key,
    header: locale === 'vi' ? (VI_HEADERS[key] ?? key) : key,
  }));
}

export type ExtractRow = Record<string, string | number | boolean | null>;

/**
 * `legalRefs` maps target ids to their legal reference. A target missing from it is an error in
 * the page's data, not something to paper over with an empty cell, hence the throw.
 */
export function statusExtractRows(
  rows: readonly StatusRow[],
  names: { indicator: (id: string) => string; area: (id: string) => string },
  legalRefs: Readonly<Record<string, string>>,
  locale: Locale,
): ExtractRow[] {
  const t = translator(statusMessages, locale);
  return rows.map((r) => {
    const ref = legalRefs[r.target_id];
    if (ref === undefined) throw new Error(`No legal reference for target ${r.target_id}`);
    const row: Record<Key, string | number | boolean | null> = {
      indicator_id: r.indicator_id,
      indicator_name: names.indicator(r.indicator_id),
      area_id: r.area_id,
      area_name: names.area(r.area_id),
      eval_year: r.eval_year,
      status: r.status,
      status_label: t(r.status),
      series: r.series,
      actual_value: r.actual_value,
      actual_low: r.actual_low,
      actual_high: r.actual_high,
      actual_year: r.actual_year,
      preliminary: r.preliminary,
      stale: r.stale,
      comparator: r.comparator,
      target_value: r.target_value,
      target_year: r.target_year,
      path_value: r.path_value,
      national_target_applied: r.national_target_applied,
      target_legal_ref: ref,
      explanation: locale === 'vi' ? r.explanation_vi : r.explanation_en,
      source_url: r.actual_source_url,
    };
    return row;
  });
}

/** Legal references of the targets the rows use (what a page ships alongside its status rows). */
export function legalRefsFor(
  rows: readonly { target_id: string }[],
  targets: readonly { id: string; legal_ref: string }[],
): Record<string, string> {
  const used = new Set(rows.map((r) => r.target_id));
  return Object.fromEntries(targets.filter((t) => used.has(t.id)).map((t) => [t.id, t.legal_ref]));
}
