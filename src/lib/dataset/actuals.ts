// Source actual rows → the dataset's actuals: indicator ids mapped to the catalog, names to area
// ids, the curated `series`, `flags` and `source_quality` columns checked against closed lists.
// Every rule that fails becomes an error with file, line, column and reason; no row is silently
// dropped (rows of excluded source indicators are counted and reported as excluded, with the
// documented reason). Several sources of one key collapse into one value, all sources kept.
import type { Actual, Indicator, Series, Sex, SourceQuality } from '../domain/types.ts';
import {
  isSeries,
  isSourceQuality,
  SERIES,
  SOURCE_QUALITIES,
  VALUE_FLAGS,
  type ValueFlag,
} from '../domain/vocabulary.ts';
import type { SourceRecord } from './csv.ts';
import type { SourceError } from './errors.ts';
import { matchArea, type AreaIndex } from './names.ts';

export interface IndicatorMapping {
  source_indicator: string;
  indicator_id: string;
  sex: Sex;
  include: boolean;
  reason: string;
}

export interface ActualRecord extends Actual {
  source_title: string;
  /** From catalog/web_sources.csv, filled by the build: how readers see the page. */
  source_publisher?: string;
  source_page_title?: string;
  source_language?: string;
  unit: string;
  quote_hint: string;
  period_note: string;
  source_file: string;
  source_line: number;
  /** Provenance of a contributed value (data/contrib): the report, its issuer, its date; '' else. */
  document: string;
  agency: string;
  document_date: string;
}

/** One source of one key: every row that gave a value, the preferred one marked. */
export interface ActualSourceRecord {
  indicator_id: string;
  area_id: string;
  year: number;
  series: Series;
  sex: Sex;
  value: number | null;
  value_low: number | null;
  value_high: number | null;
  preferred: boolean;
  source_id: string;
  source_url: string;
  source_title: string;
  source_quality: SourceQuality;
  source_publisher?: string;
  source_page_title?: string;
  source_language?: string;
  quote_hint: string;
  period_note: string;
  source_file: string;
  source_line: number;
  document: string;
  agency: string;
  document_date: string;
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
  /** Files whose `indicator` column holds the dataset's own indicator ids (data/contrib). */
  ownIds?: (file: string) => boolean;
}

export const MIN_ACTUAL_YEAR = 1990;

export function buildActuals(
  records: readonly SourceRecord[],
  ctx: ActualsContext,
): {
  actuals: ActualRecord[];
  sources: ActualSourceRecord[];
  errors: SourceError[];
  excluded: Map<string, number>;
} {
  const errors: SourceError[] = [];
  const rows: { record: ActualRecord; decimals: number; order: number }[] = [];
  const excluded = new Map<string, number>();
  const keys = new Map<string, SourceRecord>();
  const qualityOfUrl = new Map<string, { quality: string; record: SourceRecord }>();

  for (const [order, r] of records.entries()) {
    const v = r.values;
    const err = (column: string, reason: string) =>
      errors.push({ file: r.file, line: r.line, column, reason });
    const curated = checkCuratedColumns(r, err, qualityOfUrl);
    const ownIds = ctx.ownIds?.(r.file) ?? false;
    const id = v.indicator ?? '';
    const mapping = ownIds
      ? ctx.indicators.has(id)
        ? { source_indicator: id, indicator_id: id, sex: 'all' as const, include: true, reason: '' }
        : undefined
      : ctx.mappings.get(id);
    if (!mapping) {
      err(
        'indicator',
        ownIds
          ? `unknown indicator "${id}" (not an id of data/catalog/indicators.csv)`
          : `unknown indicator "${id}" (not in data/catalog/indicator_map.csv)`,
      );
      continue;
    }
    if (!curated) continue;
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
    const { series, flags, quality } = curated;
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
    rows.push({
      order,
      decimals: series === 'moh_group' ? 0 : decimalsOf(valueText),
      record: {
        indicator_id: mapping.indicator_id,
        area_id: area.id,
        year,
        series,
        sex: mapping.sex,
        ...range,
        preliminary: flags.has('preliminary'),
        derived: flags.has('derived'),
        uncertain_year: flags.has('uncertain_year'),
        approximate: flags.has('approximate'),
        source_id: ctx.sourceIdForUrl(sourceUrl, v.source_title ?? ''),
        source_url: sourceUrl,
        source_quality: quality,
        n_sources: 1,
        conflict: false,
        note,
        source_title: v.source_title ?? '',
        unit: v.unit ?? '',
        quote_hint: v.quote_hint ?? '',
        period_note: note,
        source_file: r.file,
        source_line: r.line,
        document: (v.document ?? '').trim(),
        agency: (v.agency ?? '').trim(),
        document_date: (v.document_date ?? '').trim(),
      },
    });
  }
  const { actuals, sources } = collapseKeys(rows);
  actuals.sort(
    (a, b) =>
      a.indicator_id.localeCompare(b.indicator_id) ||
      a.area_id.localeCompare(b.area_id) ||
      a.year - b.year ||
      a.series.localeCompare(b.series) ||
      a.sex.localeCompare(b.sex) ||
      a.source_url.localeCompare(b.source_url),
  );
  return { actuals, sources, errors, excluded };
}

/**
 * The curated columns every row must carry: `series` (one of SERIES), `flags` (`;`-separated
 * VALUE_FLAGS, may be empty) and `source_quality` (one of SOURCE_QUALITIES, the same for every
 * row citing one URL). Returns null after reporting errors.
 */
function checkCuratedColumns(
  r: SourceRecord,
  err: (column: string, reason: string) => void,
  qualityOfUrl: Map<string, { quality: string; record: SourceRecord }>,
): { series: Series; flags: Set<ValueFlag>; quality: SourceQuality } | null {
  const v = r.values;
  let ok = true;
  const series = (v.series ?? '').trim();
  if (!('series' in v) || series === '') {
    err('series', `missing series: every value needs one of ${SERIES.join(', ')}`);
    ok = false;
  } else if (!isSeries(series)) {
    err('series', `unknown series "${series}" (one of ${SERIES.join(', ')})`);
    ok = false;
  }
  const flags = new Set<ValueFlag>();
  for (const raw of (v.flags ?? '').split(';')) {
    const flag = raw.trim();
    if (!flag) continue;
    if ((VALUE_FLAGS as readonly string[]).includes(flag)) flags.add(flag as ValueFlag);
    else {
      err('flags', `unknown flag "${flag}" (one of ${VALUE_FLAGS.join(', ')})`);
      ok = false;
    }
  }
  const quality = (v.source_quality ?? '').trim();
  if (!isSourceQuality(quality)) {
    err(
      'source_quality',
      quality
        ? `unknown source quality "${quality}" (one of ${SOURCE_QUALITIES.join(', ')})`
        : `missing source quality (one of ${SOURCE_QUALITIES.join(', ')})`,
    );
    ok = false;
  } else {
    const url = (v.source_url ?? '').trim();
    const first = qualityOfUrl.get(url);
    if (!first) qualityOfUrl.set(url, { quality, record: r });
    else if (first.quality !== quality) {
      err(
        'source_quality',
        `"${quality}" differs from "${first.quality}" given to the same URL at ${first.record.file}:${first.record.line}`,
      );
      ok = false;
    }
  }
  return ok ? { series: series as Series, flags, quality: quality as SourceQuality } : null;
}

/** Decimal places as written ("28" → 0, "28.07" → 2): how precise a source is. */
export function decimalsOf(text: string): number {
  const m = text.trim().match(/\.(\d+)$/);
  return m ? m[1]!.length : 0;
}

const QUALITY_RANK: Record<SourceQuality, number> = Object.fromEntries(
  SOURCE_QUALITIES.map((q, i) => [q, i]),
) as Record<SourceQuality, number>;

/**
 * Two values agree when they are equal at the precision of the less precise one (28 and 28.07:
 * yes; 28 and 28.6: no). Ranges agree when their bounds are equal.
 */
export function valuesAgree(
  a: Pick<Actual, 'value' | 'value_low' | 'value_high'>,
  b: Pick<Actual, 'value' | 'value_low' | 'value_high'>,
  decimals: number,
): boolean {
  if (a.value === null || b.value === null)
    return a.value === b.value && a.value_low === b.value_low && a.value_high === b.value_high;
  return Math.abs(a.value - b.value) <= 0.5 * 10 ** -decimals + 1e-9;
}

/**
 * One value per key (indicator, area, year, series, sex). The preferred source is the most
 * precise, then the most direct (source quality), then one with a certain year, then the first
 * in file order. Every source is kept in `sources`; disagreement is flagged as `conflict`.
 */
export function collapseKeys(
  rows: readonly { record: ActualRecord; decimals: number; order: number }[],
): { actuals: ActualRecord[]; sources: ActualSourceRecord[] } {
  const groups = new Map<string, (typeof rows)[number][]>();
  for (const row of rows) {
    const a = row.record;
    const key = [a.indicator_id, a.area_id, a.year, a.series, a.sex].join('|');
    const list = groups.get(key) ?? [];
    list.push(row);
    groups.set(key, list);
  }
  const actuals: ActualRecord[] = [];
  const sources: ActualSourceRecord[] = [];
  for (const list of groups.values()) {
    const ranked = [...list].sort(
      (x, y) =>
        y.decimals - x.decimals ||
        QUALITY_RANK[x.record.source_quality] - QUALITY_RANK[y.record.source_quality] ||
        Number(x.record.uncertain_year) - Number(y.record.uncertain_year) ||
        x.order - y.order,
    );
    const best = ranked[0]!;
    const conflict = ranked.some(
      (other) => !valuesAgree(best.record, other.record, Math.min(best.decimals, other.decimals)),
    );
    actuals.push({ ...best.record, n_sources: list.length, conflict });
    for (const { record: a } of ranked)
      sources.push({
        indicator_id: a.indicator_id,
        area_id: a.area_id,
        year: a.year,
        series: a.series,
        sex: a.sex,
        value: a.value,
        value_low: a.value_low,
        value_high: a.value_high,
        preferred: a === best.record,
        source_id: a.source_id,
        source_url: a.source_url,
        source_title: a.source_title,
        source_quality: a.source_quality,
        quote_hint: a.quote_hint,
        period_note: a.period_note,
        source_file: a.source_file,
        source_line: a.source_line,
        document: a.document,
        agency: a.agency,
        document_date: a.document_date,
      });
  }
  return { actuals, sources };
}
