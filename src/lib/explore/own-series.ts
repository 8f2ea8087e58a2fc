// "Figures you loaded" in explore: the values this browser keeps from the user's uploads (never
// sent anywhere, never in a link), drawn as series of their own beside the published ones, never
// merged into them: series 'own', the own identity, a legend entry and table rows of their own,
// and in the downloads rows marked as the user's, their source the file they came from.
import { vintageOf, type RankingChoice } from '../domain/ranking.ts';
import { groupTrendLines, type TrendLine } from '../domain/trend.ts';
import { OWN_SERIES } from '../domain/vocabulary.ts';
import { OWN_AREA, type IdentityRegistry } from '../figure/identity.ts';
import type { ExtractRow } from '../figure/rows.ts';
import { ownActuals } from '../import/own-figures.ts';
import type { Indicator, Locale } from '../domain/types.ts';
import { formatValue } from '../i18n/values.ts';
import type { UserValue } from '../import/validate.ts';

/** The kept values an explore chart may draw: its indicator, its areas, its years. */
export function ownValuesFor(
  values: readonly UserValue[],
  indicatorId: string,
  areaIds: readonly string[],
  from: number | null,
  to: number | null,
): UserValue[] {
  return values.filter(
    (v) =>
      v.indicator_id === indicatorId &&
      areaIds.includes(v.area_id) &&
      (from === null || v.year >= from) &&
      (to === null || v.year <= to),
  );
}

/** One line per province: the province's own values (its key says whose they are). */
export function ownLines(values: readonly UserValue[]): TrendLine[] {
  return groupTrendLines(ownActuals(values));
}

/** The file (and sheet, row) a value came from, as the downloads name its source. */
export function ownSourceText(v: UserValue): string {
  return [v.file ?? '', v.sheet ?? '', `row ${v.row}`].filter(Boolean).join(' · ');
}

/** The rows of the files: the user's values, series 'own', their source the file. */
export function ownExtractRows(
  values: readonly UserValue[],
  names: { indicator: (id: string) => string; area: (id: string) => string },
): ExtractRow[] {
  return values.map((v) => ({
    indicator_id: v.indicator_id,
    indicator_name: names.indicator(v.indicator_id),
    area_id: v.area_id,
    area_name: names.area(v.area_id),
    year: v.year,
    series: OWN_SERIES,
    sex: 'all',
    value: v.value,
    value_low: null,
    value_high: null,
    low_inclusive: false,
    high_inclusive: false,
    unit: '',
    preliminary: false,
    uncertain_year: false,
    approximate: false,
    derived: v.fromCounts === true,
    source_quality: '',
    source_title: ownSourceText(v),
    source_url: '',
  }));
}

/** The view's identities, with every series of the user's in the one own identity. */
export function withOwnIdentity(identities: IdentityRegistry): IdentityRegistry {
  return {
    get: (areaId, series, sex) =>
      series === OWN_SERIES
        ? identities.get(OWN_AREA, OWN_SERIES)
        : identities.get(areaId, series, sex),
  };
}

/**
 * The user's values a ranking can show beside it (never ranked with the published ones): this
 * indicator, the ranking's year, provinces of its vintage; one per province, by area id.
 */
export function ownForRanking(
  values: readonly UserValue[],
  indicatorId: string,
  choice: Pick<RankingChoice, 'year' | 'vintage'>,
): Map<string, UserValue> {
  const out = new Map<string, UserValue>();
  for (const v of values)
    if (
      v.indicator_id === indicatorId &&
      v.year === choice.year &&
      vintageOf(v.area_id) === choice.vintage
    )
      out.set(v.area_id, v);
  return out;
}

/** Those values as text by province: "110,5 (file.xlsx · row 3)". */
export function ownRankingText(
  values: readonly UserValue[] | null,
  indicator: Pick<Indicator, 'id' | 'value_type'>,
  choice: Pick<RankingChoice, 'year' | 'vintage'> | null,
  locale: Locale,
): Map<string, string> {
  const found = values && choice ? ownForRanking(values, indicator.id, choice) : new Map();
  const yesNo = indicator.value_type === 'yes_no';
  const text = (v: UserValue) =>
    formatValue(
      { value: v.value, low: null, high: null, lowInclusive: false, highInclusive: false },
      locale,
      { yesNo },
    );
  return new Map([...found].map(([id, v]) => [id, `${text(v)} (${ownSourceText(v)})`]));
}
