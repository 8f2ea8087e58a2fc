// The closed vocabularies of the dataset, each written once: measurement series, value flags,
// source quality and comparators. The data build validates every curated row against these lists;
// pages, charts, exports and the explore URL codec take their order from here.

/**
 * Measurement series, in the order a scorecard prefers them when two have equally recent values.
 * Series are never mixed in a trend line or an attainment comparison.
 * - survey: GSO/NSO sample surveys and their official series
 * - census: population and enterprise censuses
 * - civil_registration: NSO statistics from the civil-registration database
 * - admin_register: administrative reports and registers (population offices, ministries)
 * - election: election results (shares printed by the source or counted from the official list)
 * - moh_group: the Ministry of Health Decision 3671/QĐ-BYT (2021) SRB groups, stored as ranges
 */
export const SERIES = [
  'survey',
  'census',
  'civil_registration',
  'admin_register',
  'election',
  'moh_group',
] as const;
export type Series = (typeof SERIES)[number];

/** A province's own uploaded figures: a series of their own, never one of the curated ones. */
export const OWN_SERIES = 'own' as const;
export type PlotSeries = Series | typeof OWN_SERIES;

/**
 * Years between two observations of a series by design. The National Assembly and the People's
 * Councils are elected for five-year terms: the years between two elections are not missing
 * values, so a chart joins consecutive terms and breaks only where a term is missing.
 */
export const SERIES_CADENCE: Readonly<Record<PlotSeries, number>> = {
  survey: 1,
  census: 1,
  civil_registration: 1,
  admin_register: 1,
  election: 5,
  moh_group: 1,
  own: 1,
};

export function isSeries(value: string): value is Series {
  return (SERIES as readonly string[]).includes(value);
}

/**
 * Flags a curator sets on a value (column `flags`, `;`-separated).
 * - preliminary: the source calls it preliminary/sơ bộ or incomplete
 * - uncertain_year: the reference year is inferred (e.g. = publication year) or not stated
 * - approximate: printed as "khoảng"/about
 * - derived: computed by the curator from counts in the same source
 */
export const VALUE_FLAGS = ['preliminary', 'uncertain_year', 'approximate', 'derived'] as const;
export type ValueFlag = (typeof VALUE_FLAGS)[number];

/**
 * How directly a value reaches us from whoever produced it (column `source_quality`).
 * - official: an official publication (statistics office, ministry, government portal, legal
 *   document) or a verbatim archive of an official machine export
 * - press_official: a press or mass-organisation report of an official figure
 * - compilation: a third-party compilation, repost, transcription, quiz or blog
 */
export const SOURCE_QUALITIES = ['official', 'press_official', 'compilation'] as const;
export type SourceQuality = (typeof SOURCE_QUALITIES)[number];

export function isSourceQuality(value: string): value is SourceQuality {
  return (SOURCE_QUALITIES as readonly string[]).includes(value);
}

/**
 * Comparator exactly as the legal text states it. `reduce_to` = "giảm xuống còn X": met when the
 * actual is ≤ X (the text sets a ceiling to come down to).
 */
export const COMPARATORS = ['<', '<=', '>', '>=', '=', 'reduce_to'] as const;
export type Comparator = (typeof COMPARATORS)[number];

/** The one table of comparator symbols (charts, tables, explanations, exports). */
export const COMPARATOR_SYMBOL: Record<Comparator, string> = {
  '<': '<',
  '<=': '≤',
  '>': '>',
  '>=': '≥',
  '=': '=',
  reduce_to: '≤',
};

export function isComparator(value: string): value is Comparator {
  return (COMPARATORS as readonly string[]).includes(value);
}
