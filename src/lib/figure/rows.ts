// Rows of a download: one per value, with the indicator and area named, and its source. Words are
// in the page's language (series, sex, yes/no, source quality, the indicator's unit); the stable
// machine codes stay in `*_code` columns (documented on the data page). A column may compute its
// cell when the file is made (`cell`), from the row and what the export looked up (units, sources).
import type { ActualRow, Locale } from '../domain/types.ts';
import type { Comparator } from '../domain/vocabulary.ts';
import { COMPARATOR_SYMBOL, OWN_SERIES, isSeries, isSourceQuality } from '../domain/vocabulary.ts';
import { VOCABULARY } from '../i18n/messages/vocabulary.ts';
import { sourceText } from '../i18n/sources.ts';
import { formatValue } from '../i18n/values.ts';
import { EMPTY_LOOKUP, type ExportLookup } from './lookup.ts';

export type Cell = string | number | boolean | null;
export type ExtractRow = Record<string, Cell>;

export interface ExportContext {
  locale: Locale;
  lookup: ExportLookup;
}

export interface ExtractColumn {
  key: string;
  header: string;
  /** The cell, computed when the file is made; without it, the row's value under `key`. */
  cell?: (row: ExtractRow, ctx: ExportContext) => Cell;
}

/** A yes/no cell in the page's language ("có"/"không"), never true/false. */
export function yesNoCell(value: boolean, locale: Locale): string {
  return value ? VOCABULARY[locale].yes : VOCABULARY[locale].no;
}

/** A comparator as a cell: a bare "=" would start a spreadsheet formula, so it is written out. */
export function comparatorCell(comparator: Comparator, locale: Locale): string {
  if (comparator === '=') return locale === 'vi' ? 'bằng' : 'equals';
  return COMPARATOR_SYMBOL[comparator];
}

const SEX_WORDS: Record<Locale, Record<string, string>> = {
  vi: { all: 'chung hai giới', female: 'nữ', male: 'nam' },
  en: { all: 'both sexes', female: 'women', male: 'men' },
};

const str = (v: Cell) => (v === null ? '' : String(v));

export function seriesCell(code: Cell, locale: Locale): string {
  const c = str(code);
  // The user's own figures are a series of their own ("số liệu của bạn"), never a published one.
  return isSeries(c) || c === OWN_SERIES ? VOCABULARY[locale].series[c] : c;
}

export function qualityCell(code: Cell, locale: Locale): string {
  const c = str(code);
  return isSourceQuality(c) ? VOCABULARY[locale].quality[c] : c;
}

type Key =
  | 'indicator_id'
  | 'indicator_name'
  | 'area_id'
  | 'area_name'
  | 'year'
  | 'series_code'
  | 'series'
  | 'sex_code'
  | 'sex'
  | 'value'
  | 'value_low'
  | 'value_high'
  | 'value_text'
  | 'unit'
  | 'preliminary'
  | 'uncertain_year'
  | 'approximate'
  | 'derived'
  | 'source_quality_code'
  | 'source_quality'
  | 'source_publisher'
  | 'source_title'
  | 'source_url';

const HEADERS: Record<Locale, Record<Key, string>> = {
  vi: {
    indicator_id: 'indicator_id',
    indicator_name: 'chi_tieu',
    area_id: 'area_id',
    area_name: 'dia_ban',
    year: 'nam',
    series_code: 'series_code',
    series: 'chuoi_so_lieu',
    sex_code: 'sex_code',
    sex: 'gioi_tinh',
    value: 'gia_tri',
    value_low: 'gia_tri_thap',
    value_high: 'gia_tri_cao',
    value_text: 'gia_tri_dang_chu',
    unit: 'don_vi',
    preliminary: 'so_bo',
    uncertain_year: 'nam_chua_chac_chan',
    approximate: 'xap_xi',
    derived: 'tinh_tu_so_dem',
    source_quality_code: 'source_quality_code',
    source_quality: 'loai_nguon',
    source_publisher: 'co_quan_cong_bo',
    source_title: 'ten_nguon',
    source_url: 'source_url',
  },
  en: {
    indicator_id: 'indicator_id',
    indicator_name: 'indicator',
    area_id: 'area_id',
    area_name: 'area',
    year: 'year',
    series_code: 'series_code',
    series: 'series',
    sex_code: 'sex_code',
    sex: 'sex',
    value: 'value',
    value_low: 'value_low',
    value_high: 'value_high',
    value_text: 'value_as_text',
    unit: 'unit',
    preliminary: 'preliminary',
    uncertain_year: 'uncertain_year',
    approximate: 'approximate',
    derived: 'derived',
    source_quality_code: 'source_quality_code',
    source_quality: 'source_quality',
    source_publisher: 'publisher',
    source_title: 'source_title',
    source_url: 'source_url',
  },
};

const CELLS: Partial<Record<Key, (row: ExtractRow, ctx: ExportContext) => Cell>> = {
  series_code: (r) => r.series ?? null,
  series: (r, { locale }) => seriesCell(r.series ?? null, locale),
  sex_code: (r) => r.sex ?? null,
  sex: (r, { locale }) => SEX_WORDS[locale][str(r.sex ?? null)] ?? str(r.sex ?? null),
  value_text: (r, { locale, lookup }) =>
    formatValue(
      {
        value: (r.value as number | null) ?? null,
        low: (r.value_low as number | null) ?? null,
        high: (r.value_high as number | null) ?? null,
        lowInclusive: r.low_inclusive === true,
        highInclusive: r.high_inclusive === true,
      },
      locale,
      { yesNo: lookup.yesNo(str(r.indicator_id ?? null)), approximate: r.approximate === true },
    ),
  // The indicator's unit in the page's language (the source's own wording stays in actuals.csv).
  unit: (r, { locale, lookup }) => lookup.unit(str(r.indicator_id ?? null), locale) ?? r.unit ?? '',
  source_quality_code: (r) => r.source_quality ?? null,
  source_quality: (r, { locale }) => qualityCell(r.source_quality ?? null, locale),
  source_publisher: (r, { locale, lookup }) => {
    const s = lookup.source(str(r.source_url ?? null));
    return s ? sourceText(s, locale).publisher : '';
  },
  source_title: (r, { locale, lookup }) => {
    const s = lookup.source(str(r.source_url ?? null));
    if (!s) return r.source_title ?? '';
    const x = sourceText(s, locale);
    return x.title || x.kind;
  },
};

export function extractColumns(locale: Locale): ExtractColumn[] {
  return (Object.keys(HEADERS[locale]) as Key[]).map((key) => {
    const cell = CELLS[key];
    return cell
      ? { key, header: HEADERS[locale][key], cell }
      : { key, header: HEADERS[locale][key] };
  });
}

/** The rows behind a chart or table, with names; codes are turned into words when the file is made. */
export function extractRows(
  actuals: readonly ActualRow[],
  names: { indicator: (id: string) => string; area: (id: string) => string },
): ExtractRow[] {
  return actuals.map((a) => ({
    indicator_id: a.indicator_id,
    indicator_name: names.indicator(a.indicator_id),
    area_id: a.area_id,
    area_name: names.area(a.area_id),
    year: a.year,
    series: a.series,
    sex: a.sex,
    value: a.value,
    value_low: a.value_low,
    value_high: a.value_high,
    low_inclusive: a.low_inclusive,
    high_inclusive: a.high_inclusive,
    unit: a.unit,
    preliminary: a.preliminary,
    uncertain_year: a.uncertain_year,
    approximate: a.approximate,
    derived: a.derived,
    source_quality: a.source_quality,
    source_title: a.source_title,
    source_url: a.source_url,
  }));
}

/**
 * The cells of a file: each column's cell for each row, yes/no as words (never true/false). The
 * same for CSV and XLSX.
 */
export function materialise(
  columns: readonly ExtractColumn[],
  rows: readonly ExtractRow[],
  ctx: ExportContext = { locale: 'vi', lookup: EMPTY_LOOKUP },
): ExtractRow[] {
  return rows.map((row) => {
    const out: ExtractRow = {};
    for (const c of columns) {
      const v = c.cell ? c.cell(row, ctx) : (row[c.key] ?? null);
      out[c.key] = typeof v === 'boolean' ? yesNoCell(v, ctx.locale) : v;
    }
    return out;
  });
}

/** Distinct source URLs of the rows, in order of first appearance. */
export function sourceUrlsOf(rows: readonly ExtractRow[], key = 'source_url'): string[] {
  return [...new Set(rows.map((r) => str(r[key] ?? null)).filter(Boolean))];
}
