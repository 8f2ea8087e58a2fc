// Pure shaping of one indicator's data for its page: which areas have values, the years that can
// be ranked, and the values of one year (one series only, so values stay comparable).
import type { Actual, Area, Series } from './types.ts';

export interface Availability {
  /** Province areas of each vintage with at least one value, and the vintage sizes. */
  withData63: number;
  total63: number;
  withData34: number;
  total34: number;
  national: boolean;
  years: number[];
}

export function availability(actuals: readonly Actual[], areas: readonly Area[]): Availability {
  const withData = new Set(actuals.map((a) => a.area_id));
  const provinces = (v: 63 | 34) => areas.filter((a) => a.kind === 'province' && a.vintage === v);
  return {
    withData63: provinces(63).filter((a) => withData.has(a.id)).length,
    total63: provinces(63).length,
    withData34: provinces(34).filter((a) => withData.has(a.id)).length,
    total34: provinces(34).length,
    national: withData.has('VN'),
    years: [...new Set(actuals.map((a) => a.year))].sort((a, b) => a - b),
  };
}

export interface RankingYear {
  year: number;
  series: Series;
  vintage: 63 | 34;
  /** Number of provinces with a value of that series in that year. */
  n: number;
}

/**
 * Years worth ranking: for each year, the series with the most province values (ties broken by
 * series name, so the choice is stable), if at least 3 provinces have one.
 */
export function rankingYears(actuals: readonly Actual[], areas: readonly Area[]): RankingYear[] {
  const vintageOf = new Map(areas.map((a) => [a.id, a.vintage]));
  const counts = new Map<string, Set<string>>();
  for (const a of actuals) {
    const vintage = vintageOf.get(a.area_id);
    if (!vintage || a.sex !== 'all') continue;
    const key = `${a.year}|${a.series}|${vintage}`;
    if (!counts.has(key)) counts.set(key, new Set());
    counts.get(key)!.add(a.area_id);
  }
  const best = new Map<number, RankingYear>();
  for (const [key, ids] of counts) {
    const [y, series, v] = key.split('|');
    const candidate: RankingYear = {
      year: Number(y),
      series: series as Series,
      vintage: Number(v) as 63 | 34,
      n: ids.size,
    };
    const current = best.get(candidate.year);
    if (
      !current ||
      candidate.n > current.n ||
      (candidate.n === current.n && candidate.series < current.series)
    )
      best.set(candidate.year, candidate);
  }
  return [...best.values()].filter((r) => r.n >= 3).sort((a, b) => a.year - b.year);
}

/** Province values of one year and series (sex 'all'). Several sources for one area: first by source id. */
export function valuesForYear<T extends Actual>(actuals: readonly T[], pick: RankingYear): T[] {
  const byArea = new Map<string, T>();
  for (const a of actuals) {
    if (a.year !== pick.year || a.series !== pick.series || a.sex !== 'all' || a.area_id === 'VN')
      continue;
    const seen = byArea.get(a.area_id);
    if (!seen || a.source_id < seen.source_id) byArea.set(a.area_id, a);
  }
  return [...byArea.values()];
}

export interface GenderGap {
  areaId: string;
  year: number;
  series: Series;
  female: number;
  male: number;
  /** Women − men, in the indicator's unit. */
  gap: number;
}

/** Women − men for every area, year and series that has both values (same series only). */
export function genderGaps(actuals: readonly Actual[]): GenderGap[] {
  const female = new Map<string, Actual>();
  for (const a of actuals)
    if (a.sex === 'female' && a.value !== null) female.set(`${a.area_id}|${a.year}|${a.series}`, a);
  const out: GenderGap[] = [];
  for (const m of actuals) {
    if (m.sex !== 'male' || m.value === null) continue;
    const f = female.get(`${m.area_id}|${m.year}|${m.series}`);
    if (!f) continue;
    out.push({
      areaId: m.area_id,
      year: m.year,
      series: m.series,
      female: f.value!,
      male: m.value,
      gap: Math.round((f.value! - m.value) * 1e6) / 1e6,
    });
  }
  return out.sort((a, b) => a.areaId.localeCompare(b.areaId) || a.year - b.year);
}
