// Source actual rows → the dataset's actuals: indicator ids mapped to the catalog, names to area
// ids, the measurement series decided from the row's own method note, flags kept. Every rule that
// fails becomes an error with file, line, column and reason; no row is silently dropped (rows of
// excluded source indicators are counted and reported as excluded, with the documented reason).
import type { Actual, Indicator, Series, Sex } from '../domain/types.ts';
import type { SourceRecord } from './csv.ts';
import type { SourceError } from './errors.ts';
import { matchArea, type AreaIndex } from './names.ts';

export interface IndicatorMapping {
  source_indicator: string;
  indicator_id: string;
  sex: Sex;
  default_series: Series | '';
  include: boolean;
  reason: string;
}

export interface ActualRecord extends Actual {
  source_title: string;
  unit: string;
  quote_hint: string;
  period_note: string;
  source_file: string;
  source_line: number;
}

/** The method a row's note states wins over the indicator's default series. */
export function seriesFromNote(note: string, fallback: Series): Series {
  const n = note.toLowerCase();
  if (/derived: count|derived by counting/.test(n)) return 'derived_count';
  if (/civil[- ]registration|hộ tịch|crvs/.test(n)) return 'civil_registration';
  if (fallback === 'moh_group' || fallback === 'derived_count') return fallback;
  if (
    /administrative|admin data|admin\/|population-sector|population-department|gopfp|register|routine/.test(
      n,
    )
  )
    return 'admin_register';
  if (/^\s*\d{4} population and housing census|census, 15% sample|census estimate/.test(n))
    return 'census';
  return fallback;
}

export function flagsFromNote(note: string): { preliminary: boolean; uncertain_year: boolean } {
  return {
    preliminary: /prelim|sơ bộ|incomplete/i.test(note),
    uncertain_year:
      /year = publication year|year uncertain|uncertain year|verify|not stated|inferred/i.test(
        note,
      ),
  };
}

/** MoH Decision 3671/QĐ-BYT (2021) groups as ranges: 1 = > 112, 2 = 109–112, 3 = < 109. */
export const MOH_GROUPS: Record<
  string,
  Pick<Actual, 'value_low' | 'value_high' | 'low_inclusive' | 'high_inclusive'>
> = {
  '1': { value_low: 112, value_high: null, low_inclusive: false, high_inclusive: false },
  '2': { value_low: 109, value_high: 112, low_inclusive: true, high_inclusive: true },
  '3': { value_low: null, value_high: 109, low_inclusive: false, high_inclusive: false },
};

export interface ActualsContext {
  mappings: ReadonlyMap<string, IndicatorMapping>;
  indicators: ReadonlyMap<string, Indicator>;
  areaIndex: AreaIndex;
  sourceIdForUrl: (url: string, title: string) => string;
  maxYear: number;
}

export const MIN_ACTUAL_YEAR = 1990;

export function buildActuals(
  records: readonly SourceRecord[],
  ctx: ActualsContext,
): { actuals: ActualRecord[]; errors: SourceError[]; excluded: Map<string, number> } {
  const errors: SourceError[] = [];
  const actuals: ActualRecord[] = [];
  const excluded = new Map<string, number>();
  const keys = new Map<string, SourceRecord>();

  for (const r of records) {
    const v = r.values;
    const err = (column: string, reason: string) =>
      errors.push({ file: r.file, line: r.line, column, reason });
    const mapping = ctx.mappings.get(v.indicator ?? '');
    if (!mapping) {
      err(
        'indicator',
        `unknown indicator "${v.indicator}" (not in data/catalog/indicator_map.csv)`,
      );
      continue;
    }
    if (!mapping.include) {
      excluded.set(mapping.source_indicator, (excluded.get(mapping.source_indicator) ?? 0) + 1);
      continue;
    }
    const indicator = ctx.indicators.get(mapping.indicator_id);
    if (!indicator) {
      err(
        'indicator',
        `indicator_map points to "${mapping.indicator_id}", which is not in indicators.csv`,
      );
      continue;
    }
    const vintageText = (v.vintage ?? '').trim();
    const vintage = vintageText === '34' ? 34 : 63;
    const area = matchArea(v.province ?? '', ctx.areaIndex, { vintage });
    if (!area) {
      err('province', `no area matches "${v.province}" (vintage ${vintage})`);
      continue;
    }
    const yearText = (v.year ?? '').trim();
    const year = Number(yearText);
    if (!/^\d{4}$/.test(yearText) || year < MIN_ACTUAL_YEAR || year > ctx.maxYear) {
      err('year', `year "${yearText}" is not between ${MIN_ACTUAL_YEAR} and ${ctx.maxYear}`);
      continue;
    }
    const sourceUrl = (v.source_url ?? '').trim();
    if (!sourceUrl) {
      err(
        'source_url',
        'missing source: every value must carry the URL or document it was read from',
      );
      continue;
    }
    const note = v.period_note ?? '';
    const series = seriesFromNote(note, (mapping.default_series || 'survey') as Series);
    const valueText = (v.value ?? '').trim();
    let range: Pick<
      Actual,
      'value' | 'value_low' | 'value_high' | 'low_inclusive' | 'high_inclusive'
    >;
    if (series === 'moh_group') {
      const group = MOH_GROUPS[valueText];
      if (!group) {
        err('value', `MoH SRB group must be 1, 2 or 3, got "${valueText}"`);
        continue;
      }
      range = { value: null, ...group };
    } else {
      const value = Number(valueText);
      if (valueText === '' || !Number.isFinite(value)) {
        err('value', `value "${valueText}" is not a number`);
        continue;
      }
      if (value < indicator.min_plausible || value > indicator.max_plausible) {
        err(
          'value',
          `value ${value} is outside the plausible range ${indicator.min_plausible}–${indicator.max_plausible} for ${indicator.id} (${indicator.unit_en})`,
        );
        continue;
      }
      range = {
        value,
        value_low: null,
        value_high: null,
        low_inclusive: false,
        high_inclusive: false,
      };
    }
    const key = [mapping.indicator_id, area.id, year, series, mapping.sex, sourceUrl].join('|');
    const previous = keys.get(key);
    if (previous) {
      err(
        'indicator',
        `duplicate of ${previous.file}:${previous.line} (same indicator, area, year, series, sex and source)`,
      );
      continue;
    }
    keys.set(key, r);
    const flags = flagsFromNote(note);
    actuals.push({
      indicator_id: mapping.indicator_id,
      area_id: area.id,
      year,
      series,
      sex: mapping.sex,
      ...range,
      preliminary: flags.preliminary,
      derived: series === 'derived_count' || /derived/i.test(note),
      uncertain_year: flags.uncertain_year,
      source_id: ctx.sourceIdForUrl(sourceUrl, v.source_title ?? ''),
      source_url: sourceUrl,
      note,
      source_title: v.source_title ?? '',
      unit: v.unit ?? '',
      quote_hint: v.quote_hint ?? '',
      period_note: note,
      source_file: r.file,
      source_line: r.line,
    });
  }
  actuals.sort(
    (a, b) =>
      a.indicator_id.localeCompare(b.indicator_id) ||
      a.area_id.localeCompare(b.area_id) ||
      a.year - b.year ||
      a.series.localeCompare(b.series) ||
      a.sex.localeCompare(b.sex) ||
      a.source_url.localeCompare(b.source_url),
  );
  return { actuals, errors, excluded };
}
