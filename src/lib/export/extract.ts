// Rows of a download: one per value, with the indicator and area named, and its source URL.
import type { ActualRow } from '../data/queries.ts';
import type { Locale } from '../domain/types.ts';

export interface ExtractColumn {
  key: string;
  header: string;
}

const HEADERS: Record<Locale, Record<string, string>> = {
  vi: {
    indicator_id: 'indicator_id',
    indicator_name: 'chi_tieu',
    area_id: 'area_id',
    area_name: 'dia_ban',
    year: 'nam',
    series: 'phuong_phap',
    sex: 'gioi_tinh',
    value: 'gia_tri',
    value_low: 'gia_tri_thap',
    value_high: 'gia_tri_cao',
    unit: 'don_vi',
    preliminary: 'so_bo',
    source_title: 'nguon',
    source_url: 'source_url',
  },
  en: {
    indicator_id: 'indicator_id',
    indicator_name: 'indicator',
    area_id: 'area_id',
    area_name: 'area',
    year: 'year',
    series: 'series',
    sex: 'sex',
    value: 'value',
    value_low: 'value_low',
    value_high: 'value_high',
    unit: 'unit',
    preliminary: 'preliminary',
    source_title: 'source',
    source_url: 'source_url',
  },
};

export function extractColumns(locale: Locale): ExtractColumn[] {
  return Object.entries(HEADERS[locale]).map(([key, header]) => ({ key, header }));
}

export function extractRows(
  actuals: readonly ActualRow[],
  names: { indicator: (id: string) => string; area: (id: string) => string },
): Record<string, string | number | boolean | null>[] {
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
    unit: a.unit,
    preliminary: a.preliminary,
    source_title: a.source_title,
    source_url: a.source_url,
  }));
}
