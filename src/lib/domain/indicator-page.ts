// Pure shaping of one indicator's data for its page: which areas have values, and the gender gap.
// Rankings and maps (years, vintages, one value per province) are in ranking.ts.
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
