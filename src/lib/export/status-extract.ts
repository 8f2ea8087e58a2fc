// Rows of a status download (scorecards, annual status grids, annual reports): one per verdict,
// with the value it was judged on, the target and its legal reference, the path when one was used,
// the source URL, and the explanation. Words are in the page's language; stable machine codes stay
// in `*_code` columns (documented on the data page).
import type { StatusRow } from '../domain/attainment/evaluate.ts';
import { explain } from '../i18n/explain.ts';
import type { Locale } from '../domain/types.ts';
import { VOCABULARY, roleLabel } from '../i18n/messages/vocabulary.ts';
import { sourceText } from '../i18n/sources.ts';
import {
  comparatorCell,
  qualityCell,
  yesNoCell,
  type ExportContext,
  type ExtractColumn,
  type ExtractRow,
} from '../figure/rows.ts';

export { yesNoCell, type ExtractRow };

const KEYS = [
  'indicator_id',
  'indicator_name',
  'area_id',
  'area_name',
  'eval_year',
  'status_code',
  'status',
  'reason',
  'series_code',
  'series',
  'actual_value',
  'actual_low',
  'actual_high',
  'actual_year',
  'preliminary',
  'uncertain_year',
  'comparator',
  'target_value',
  'unit',
  'target_year',
  'target_role',
  'target_legal_ref',
  'baseline_year',
  'baseline_value',
  'path_value',
  'explanation',
  'source_quality_code',
  'source_quality',
  'source_publisher',
  'source_title',
  'source_url',
] as const;
type Key = (typeof KEYS)[number];

const VI_HEADERS: Record<Key, string> = {
  indicator_id: 'indicator_id',
  indicator_name: 'chi_tieu',
  area_id: 'area_id',
  area_name: 'dia_ban',
  eval_year: 'nam_danh_gia',
  status_code: 'status_code',
  status: 'ket_luan',
  reason: 'ly_do',
  series_code: 'series_code',
  series: 'chuoi_so_lieu',
  actual_value: 'gia_tri',
  actual_low: 'gia_tri_thap',
  actual_high: 'gia_tri_cao',
  actual_year: 'nam_so_lieu',
  preliminary: 'so_bo',
  uncertain_year: 'nam_chua_chac_chan',
  comparator: 'dieu_kien',
  target_value: 'muc_tieu',
  unit: 'don_vi',
  target_year: 'han',
  target_role: 'loai_muc_tieu',
  target_legal_ref: 'can_cu_phap_ly',
  baseline_year: 'nam_co_so',
  baseline_value: 'muc_co_so',
  path_value: 'lo_trinh',
  explanation: 'giai_thich',
  source_quality_code: 'source_quality_code',
  source_quality: 'loai_nguon',
  source_publisher: 'co_quan_cong_bo',
  source_title: 'ten_nguon',
  source_url: 'source_url',
};

const EN_HEADERS: Partial<Record<Key, string>> = { source_publisher: 'publisher' };

/** Cells made when the file is made, from what the export looked up (units, source names). */
const CELLS: Partial<Record<Key, (row: ExtractRow, ctx: ExportContext) => string>> = {
  unit: (r, { locale, lookup }) => lookup.unit(String(r.indicator_id), locale) ?? '',
  source_publisher: (r, { locale, lookup }) => {
    const s = r.source_url ? lookup.source(String(r.source_url)) : null;
    return s ? sourceText(s, locale).publisher : '';
  },
  source_title: (r, { locale, lookup }) => {
    const s = r.source_url ? lookup.source(String(r.source_url)) : null;
    if (!s) return '';
    const x = sourceText(s, locale);
    return x.title || x.kind;
  },
};

export function statusExtractColumns(locale: Locale): ExtractColumn[] {
  return KEYS.map((key) => {
    const header = locale === 'vi' ? VI_HEADERS[key] : (EN_HEADERS[key] ?? key);
    const cell = CELLS[key];
    return cell ? { key, header, cell } : { key, header };
  });
}

/**
 * `legalRefs` maps target ids to their legal reference. A target missing from it is an error in
 * the page's data, not something to paper over with an empty cell, hence the throw.
 */
export function statusExtractRows(
  rows: readonly StatusRow[],
  names: { indicator: (id: string) => string; area: (id: string) => string },
  legalRefs: Readonly<Record<string, string>>,
  locale: Locale,
  yesNoIndicators: ReadonlySet<string> = new Set(),
): ExtractRow[] {
  const v = VOCABULARY[locale];
  return rows.map((r) => {
    const ref = legalRefs[r.target_id];
    if (ref === undefined) throw new Error(`No legal reference for target ${r.target_id}`);
    const row: Record<Key, string | number | boolean | null> = {
      indicator_id: r.indicator_id,
      indicator_name: names.indicator(r.indicator_id),
      area_id: r.area_id,
      area_name: names.area(r.area_id),
      eval_year: r.eval_year,
      status_code: r.status,
      status: v.status[r.status],
      reason: r.reason ? v.reason[r.reason] : '',
      series_code: r.series,
      series: r.series ? v.series[r.series] : '',
      actual_value: r.actual_value,
      actual_low: r.actual_low,
      actual_high: r.actual_high,
      actual_year: r.actual_year,
      preliminary: yesNoCell(r.actual_preliminary, locale),
      uncertain_year: yesNoCell(r.actual_uncertain_year, locale),
      // A bare "=" would start a spreadsheet formula: the comparator is written out.
      comparator: comparatorCell(r.comparator, locale),
      target_value: r.target_value,
      unit: '',
      target_year: r.target_year,
      target_role: roleLabel(r, locale),
      target_legal_ref: ref,
      baseline_year: r.path_value === null ? null : r.baseline_year,
      baseline_value: r.path_value === null ? null : r.baseline_value,
      path_value: r.path_value,
      explanation: explain(r, locale, { yesNo: yesNoIndicators.has(r.indicator_id) }),
      source_quality_code: r.actual_source_quality || null,
      source_quality: r.actual_source_quality ? qualityCell(r.actual_source_quality, locale) : '',
      source_publisher: '',
      source_title: '',
      source_url: r.actual_source_url,
    };
    return row;
  });
}

/** Legal references of the targets the rows use (what a page ships alongside its status rows). */
export function legalRefsFor(
  rows: readonly { target_id: string }[],
  targets: readonly { id: string; legal_ref: string; legal_ref_en: string }[],
  locale: Locale,
): Record<string, string> {
  const used = new Set(rows.map((r) => r.target_id));
  return Object.fromEntries(
    targets
      .filter((t) => used.has(t.id))
      .map((t) => [t.id, locale === 'vi' ? t.legal_ref : t.legal_ref_en]),
  );
}
