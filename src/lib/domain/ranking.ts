// Rankings and maps of one indicator, written once for the indicator page (prerendered) and
// explore (browser query results, whatever subset of rows it is given):
// - a ranking holds ONE vintage of provinces (63 until 30/6/2025, 34 from 1/7/2025), one year, one
//   series and one sex; the other vintage's units with values are only named in a note;
// - one value per province (the dataset already has one per key; a duplicate is resolved here the
//   same way every time, best source quality first);
// - grouped values (ranges such as the Ministry of Health 2021 SRB groups) become ordered groups,
//   never positions on a numeric axis;
// - the default year is the latest year with data, the default vintage the one of that year.
import { rangeSatisfies, satisfies } from './attainment/compare.ts';
import { focusDeadline } from './attainment/target-choice.ts';
import type { Actual, Area, CrosswalkRow, Direction, Series, Sex, Target } from './types.ts';
import { SERIES, SOURCE_QUALITIES } from './vocabulary.ts';

export type Vintage = 63 | 34;
export const VINTAGES: readonly Vintage[] = [63, 34];

/** A default year must rank at least this many provinces of one vintage and series. */
export const MIN_RANKED = 3;

/** The columns this module reads; ActualRow and Actual both fit. */
export type RankRow = Pick<
  Actual,
  | 'area_id'
  | 'year'
  | 'series'
  | 'sex'
  | 'value'
  | 'value_low'
  | 'value_high'
  | 'low_inclusive'
  | 'high_inclusive'
  | 'source_id'
  | 'source_quality'
  | 'n_sources'
>;

/** Provinces of one vintage with a value of one series in one year. */
export interface RankingSlice {
  year: number;
  vintage: Vintage;
  series: Series;
  n: number;
}

/** Vintage of a province id ('63-NN', '34-NN'); null for the nation and regions. */
export function vintageOf(areaId: string): Vintage | null {
  if (areaId.startsWith('63-')) return 63;
  if (areaId.startsWith('34-')) return 34;
  return null;
}

const hasValue = (r: RankRow) => r.value !== null || r.value_low !== null || r.value_high !== null;

/** What the rows hold, per year × vintage × series (provinces only, one sex). */
export function rankingSlices(rows: readonly RankRow[], sex: Sex = 'all'): RankingSlice[] {
  const seen = new Map<string, Set<string>>();
  for (const r of rows) {
    const vintage = vintageOf(r.area_id);
    if (!vintage || r.sex !== sex || !hasValue(r)) continue;
    const key = `${r.year}|${vintage}|${r.series}`;
    let ids = seen.get(key);
    if (!ids) seen.set(key, (ids = new Set()));
    ids.add(r.area_id);
  }
  return [...seen]
    .map(([key, ids]) => {
      const [year, vintage, series] = key.split('|');
      return {
        year: Number(year),
        vintage: Number(vintage) as Vintage,
        series: series as Series,
        n: ids.size,
      };
    })
    .sort(
      (a, b) =>
        a.year - b.year ||
        a.vintage - b.vintage ||
        SERIES.indexOf(a.series) - SERIES.indexOf(b.series),
    );
}

export interface SliceFilter {
  series?: Series | null;
  vintage?: Vintage | null;
}

const matches = (s: RankingSlice, f: SliceFilter) =>
  (f.series == null || s.series === f.series) && (f.vintage == null || s.vintage === f.vintage);

/** Most provinces one series gives in a year and vintage (0 when none). */
export function coverage(
  slices: readonly RankingSlice[],
  year: number,
  vintage: Vintage,
  series: Series | null = null,
): number {
  return Math.max(
    0,
    ...slices.filter((s) => s.year === year && matches(s, { series, vintage })).map((s) => s.n),
  );
}

/** Years with provincial values, oldest first, with the coverage of each vintage. */
export function rankingYears(
  slices: readonly RankingSlice[],
  series: Series | null = null,
): { year: number; n: Record<Vintage, number> }[] {
  const years = [...new Set(slices.filter((s) => matches(s, { series })).map((s) => s.year))];
  return years
    .sort((a, b) => a - b)
    .map((year) => ({
      year,
      n: { 63: coverage(slices, year, 63, series), 34: coverage(slices, year, 34, series) },
    }));
}

/** A ranking worth opening on covers at least half of its vintage's provinces. */
export const MIN_SHARE_FOR_DEFAULT = 0.5;

/**
 * The year a ranking opens on: the latest year in which one series covers at least half of the
 * provinces of one vintage (a ranking of 3 of 63 provinces is a poor first view when the year
 * before ranks all 63); failing that, the latest year with at least MIN_RANKED provinces; failing
 * that, the latest year with any provincial value. Every other year stays one choice away.
 */
export function defaultYear(
  slices: readonly RankingSlice[],
  filter: SliceFilter = {},
): number | null {
  const kept = slices.filter((s) => matches(s, filter));
  const wide = kept.filter((s) => s.n >= s.vintage * MIN_SHARE_FOR_DEFAULT);
  const enough = kept.filter((s) => s.n >= MIN_RANKED);
  const pool = wide.length ? wide : enough.length ? enough : kept;
  return pool.length ? Math.max(...pool.map((s) => s.year)) : null;
}

/**
 * The vintage of a year: the 63 provinces up to 2024, the 34 from 2026; 2025 (both existed) goes
 * to the vintage with more provinces with a value that year, the 34 on a tie (the units in force
 * at the end of the year). When that vintage has no value that year and the other has, the other.
 */
export function defaultVintage(
  slices: readonly RankingSlice[],
  year: number,
  series: Series | null = null,
): Vintage {
  const n63 = coverage(slices, year, 63, series);
  const n34 = coverage(slices, year, 34, series);
  const ofYear: Vintage = year <= 2024 ? 63 : year >= 2026 ? 34 : n63 > n34 ? 63 : 34;
  const other: Vintage = ofYear === 63 ? 34 : 63;
  const n = (v: Vintage) => (v === 63 ? n63 : n34);
  return n(ofYear) === 0 && n(other) > 0 ? other : ofYear;
}

/** The series of a ranking: the one asked for, else the one covering most provinces (SERIES order on a tie). */
export function defaultSeries(
  slices: readonly RankingSlice[],
  year: number,
  vintage: Vintage,
): Series | null {
  const best = slices
    .filter((s) => s.year === year && s.vintage === vintage)
    .sort((a, b) => b.n - a.n || SERIES.indexOf(a.series) - SERIES.indexOf(b.series))[0];
  return best?.series ?? null;
}

export interface RankingRequest {
  /** null = the latest year with data. */
  year?: number | null;
  /** null = the vintage of the year. */
  vintage?: Vintage | null;
  /** null = the series covering most provinces. */
  series?: Series | null;
}

export interface RankingChoice {
  year: number;
  vintage: Vintage;
  /** null when the year and vintage have no value at all. */
  series: Series | null;
}

/** What a ranking shows for a request: every unset part takes its default. */
export function resolveRanking(
  slices: readonly RankingSlice[],
  request: RankingRequest = {},
): RankingChoice | null {
  const wanted = request.series ?? null;
  const year =
    request.year ??
    defaultYear(slices, { series: wanted, vintage: request.vintage ?? null }) ??
    null;
  if (year === null) return null;
  const vintage = request.vintage ?? defaultVintage(slices, year, wanted);
  const series = wanted ?? defaultSeries(slices, year, vintage);
  return { year, vintage, series };
}

/** Parts of a request the indicator has no provincial value for (null: kept or not asked). */
export interface DroppedRequest {
  year: number | null;
  vintage: Vintage | null;
}

/**
 * A request carried from another indicator (the explore URL keeps the year and vintage when the
 * indicator changes) may name a year or a vintage this one has no provincial value in: that part
 * is dropped, so the ranking opens on a year that has values, and the caller says what was dropped.
 */
export function resolveRankingRequest(
  slices: readonly RankingSlice[],
  request: RankingRequest = {},
): { choice: RankingChoice | null; dropped: DroppedRequest } {
  const series = request.series ?? null;
  const dropped: DroppedRequest = { year: null, vintage: null };
  let year = request.year ?? null;
  let vintage = request.vintage ?? null;
  if (year !== null && !slices.some((s) => s.year === year && matches(s, { series }))) {
    dropped.year = year;
    year = null;
  }
  if (vintage !== null) {
    const has =
      year !== null
        ? coverage(slices, year, vintage, series) > 0
        : slices.some((s) => matches(s, { series, vintage }));
    if (!has) {
      dropped.vintage = vintage;
      vintage = null;
    }
  }
  return { choice: resolveRanking(slices, { year, vintage, series }), dropped };
}

/**
 * The request after the reader picks a year: the vintage they chose is kept when it has values
 * that year, else the year's own vintage (null).
 */
export function requestForYear(
  slices: readonly RankingSlice[],
  year: number,
  vintage: Vintage | null,
  series: Series | null = null,
): { year: number; vintage: Vintage | null } {
  return {
    year,
    vintage: vintage !== null && coverage(slices, year, vintage, series) > 0 ? vintage : null,
  };
}

const QUALITY_RANK = (q: string) => {
  const i = (SOURCE_QUALITIES as readonly string[]).indexOf(q);
  return i < 0 ? SOURCE_QUALITIES.length : i;
};

/**
 * One value per province for a choice. The dataset has one row per key already (its other sources
 * are in actual_sources); should rows repeat a key, the best source quality wins, then the key with
 * more sources behind it, then the lowest source id, so the answer never depends on row order.
 */
export function valuesFor<T extends RankRow>(
  rows: readonly T[],
  choice: RankingChoice,
  sex: Sex = 'all',
): T[] {
  const byArea = new Map<string, T>();
  for (const r of rows) {
    if (
      r.year !== choice.year ||
      r.series !== choice.series ||
      r.sex !== sex ||
      vintageOf(r.area_id) !== choice.vintage ||
      !hasValue(r)
    )
      continue;
    const seen = byArea.get(r.area_id);
    if (
      !seen ||
      QUALITY_RANK(r.source_quality) < QUALITY_RANK(seen.source_quality) ||
      (r.source_quality === seen.source_quality &&
        (r.n_sources > seen.n_sources ||
          (r.n_sources === seen.n_sources && r.source_id < seen.source_id)))
    )
      byArea.set(r.area_id, r);
  }
  return [...byArea.values()];
}

/** The national target a ranking of a year is read against: the first deadline at or after it. */
export function rankingTarget(targets: readonly Target[], year: number): Target | null {
  const national = targets.filter((t) => t.area_id === 'VN');
  // The site's one deadline rule (the annual pages use it too).
  const deadline = focusDeadline(
    national.map((t) => t.year),
    year,
  );
  return national.find((t) => t.year === deadline) ?? null;
}

export interface ValueRange {
  low: number | null;
  high: number | null;
  lowInclusive: boolean;
  highInclusive: boolean;
}

export interface RankedEntry<T> {
  row: T;
  areaId: string;
  /** Rank, ties sharing one (1, 2, 2, 4); null for grouped values and context indicators. */
  rank: number | null;
  /** Index of the entry's group in `groups`; null for point values. */
  group: number | null;
  /** Meets the target: true, false, or null (no target, or a range on both sides of it). */
  meets: boolean | null;
}

export interface ValueGroup<T> {
  key: string;
  /** The group's range; a point value outside every range is a group of its own (low = high). */
  range: ValueRange;
  meets: boolean | null;
  entries: RankedEntry<T>[];
}

export interface RankingModel<T> {
  choice: RankingChoice;
  /** numeric: a ranking on a value axis; groups: provinces listed under ordered groups. */
  kind: 'numeric' | 'groups' | 'empty';
  /** Best first (numeric, in the indicator's direction; highest first without one); groups: worst group first. */
  entries: RankedEntry<T>[];
  /** Groups, worst first in the indicator's direction (highest first without one). */
  groups: ValueGroup<T>[];
  /** Provinces of the vintage without a value for the choice. */
  missing: string[];
  /** Units of the other vintage with a value that year (any series): named, never ranked. */
  other: { vintage: Vintage; areaIds: string[] };
  target: Target | null;
}

const rangeOf = (r: RankRow): ValueRange => ({
  low: r.value_low,
  high: r.value_high,
  lowInclusive: r.low_inclusive,
  highInclusive: r.high_inclusive,
});
const rangeKey = (g: ValueRange) =>
  `${g.lowInclusive ? '[' : '('}${g.low ?? '-inf'},${g.high ?? 'inf'}${g.highInclusive ? ']' : ')'}`;
const inRange = (v: number, g: ValueRange) =>
  (g.low === null || v > g.low || (v === g.low && g.lowInclusive)) &&
  (g.high === null || v < g.high || (v === g.high && g.highInclusive));
/** Ranges ordered from the lowest values to the highest. */
const compareRanges = (a: ValueRange, b: ValueRange) =>
  (a.low ?? -Infinity) - (b.low ?? -Infinity) || (a.high ?? Infinity) - (b.high ?? Infinity);

function verdict(target: Target | null, value: number | null, range: ValueRange): boolean | null {
  if (!target) return null;
  return value !== null
    ? satisfies(target.comparator, target.value, value)
    : rangeSatisfies(target.comparator, target.value, range);
}

export interface ModelOptions {
  direction: Direction;
  areas: readonly Pick<Area, 'id' | 'kind' | 'vintage'>[];
  targets?: readonly Target[];
  sex?: Sex;
  /** Order of provinces within a group and of ties (e.g. by name in the reader's language). */
  order?: (a: string, b: string) => number;
  /** Values are categories (yes/no): each distinct value is a group, never a position. */
  categorical?: boolean;
}

/** The ranking of one choice: one entry per province of its vintage that has a value. */
export function rankingModel<T extends RankRow>(
  rows: readonly T[],
  choice: RankingChoice,
  options: ModelOptions,
): RankingModel<T> {
  const { direction, areas, sex = 'all' } = options;
  const order = options.order ?? ((a: string, b: string) => a.localeCompare(b));
  const target = rankingTarget(options.targets ?? [], choice.year);
  const values = choice.series ? valuesFor(rows, choice, sex) : [];
  const withValue = new Set(values.map((v) => v.area_id));
  const missing = areas
    .filter((a) => a.kind === 'province' && a.vintage === choice.vintage && !withValue.has(a.id))
    .map((a) => a.id)
    .sort(order);
  const otherVintage: Vintage = choice.vintage === 63 ? 34 : 63;
  const otherIds = [
    ...new Set(
      rows
        .filter(
          (r) =>
            r.year === choice.year &&
            r.sex === sex &&
            vintageOf(r.area_id) === otherVintage &&
            hasValue(r),
        )
        .map((r) => r.area_id),
    ),
  ].sort(order);
  const base = { choice, missing, other: { vintage: otherVintage, areaIds: otherIds }, target };
  if (!values.length) return { ...base, kind: 'empty', entries: [], groups: [] };

  // Highest first for at_least and context indicators, lowest first for at_most.
  const sign = direction === 'at_most' ? 1 : -1;
  if (!options.categorical && values.every((v) => v.value !== null)) {
    const sorted = [...values].sort(
      (a, b) => sign * (a.value! - b.value!) || order(a.area_id, b.area_id),
    );
    const entries = sorted.map((row): RankedEntry<T> => {
      // Ties share the rank of the first of them (1, 2, 2, 4).
      const first = sorted.findIndex((r) => r.value === row.value);
      return {
        row,
        areaId: row.area_id,
        rank: direction === 'none' ? null : first + 1,
        group: null,
        meets: verdict(target, row.value, rangeOf(row)),
      };
    });
    return { ...base, kind: 'numeric', entries, groups: [] };
  }

  // Grouped values: one group per distinct range; a point value joins the range holding it.
  const ranges: ValueRange[] = [];
  for (const v of values) {
    if (v.value !== null) continue;
    const r = rangeOf(v);
    if (!ranges.some((g) => rangeKey(g) === rangeKey(r))) ranges.push(r);
  }
  for (const v of values) {
    if (v.value === null || ranges.some((g) => inRange(v.value!, g))) continue;
    const point = { low: v.value, high: v.value, lowInclusive: true, highInclusive: true };
    if (!ranges.some((g) => rangeKey(g) === rangeKey(point))) ranges.push(point);
  }
  // Worst first: the highest values first for at_most (and context indicators), lowest for at_least.
  ranges.sort((a, b) => (direction === 'at_least' ? 1 : -1) * compareRanges(a, b));
  const groups: ValueGroup<T>[] = ranges.map((range) => ({
    key: rangeKey(range),
    range,
    meets: verdict(target, null, range),
    entries: [],
  }));
  for (const row of values) {
    const index =
      row.value === null
        ? groups.findIndex((g) => g.key === rangeKey(rangeOf(row)))
        : groups.findIndex((g) => inRange(row.value!, g.range));
    groups[index]!.entries.push({
      row,
      areaId: row.area_id,
      rank: null,
      group: index,
      meets: verdict(target, row.value, rangeOf(row)),
    });
  }
  for (const g of groups) g.entries.sort((a, b) => order(a.areaId, b.areaId));
  return { ...base, kind: 'groups', entries: groups.flatMap((g) => g.entries), groups };
}

/**
 * The provinces of a vintage that stand for the view's own area: itself when it is of that
 * vintage, its 2025 successor (63 → 34), or the provinces it was formed from (34 → 63).
 */
export function focusIn(
  focus: string | null,
  vintage: Vintage,
  crosswalk: readonly CrosswalkRow[] = [],
): string[] {
  if (!focus) return [];
  const own = vintageOf(focus);
  if (own === null) return [];
  if (own === vintage) return [focus];
  if (own === 63) return crosswalk.filter((c) => c.old_area_id === focus).map((c) => c.new_area_id);
  return crosswalk
    .filter((c) => c.new_area_id === focus)
    .map((c) => c.old_area_id)
    .sort();
}
