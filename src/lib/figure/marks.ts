// Small shared conversions from domain data to what a chart draws, so pages never rebuild them.
import { NATIONAL_ID } from '../domain/national.ts';
import type { ChartTarget } from '../domain/attainment/target-choice.ts';
import type { Indicator, Locale, Target } from '../domain/types.ts';
import type { TrendLine } from '../domain/trend.ts';
import { VOCABULARY } from '../i18n/messages/vocabulary.ts';

/** A target drawn at its deadline; `key` is unique per target (its id), never its year. */
export interface TargetMark {
  key: string;
  year: number;
  value: number;
  comparator: Target['comparator'];
  /** Whose target it is, when a chart draws several targets of one deadline ('' otherwise). */
  scope: string;
}

/** The targets of one scope as chart marks (one per deadline). */
export function targetMarks(targets: readonly Target[], areaId = NATIONAL_ID): TargetMark[] {
  return targets
    .filter((t) => t.area_id === areaId)
    .map((t) => ({ key: t.id, year: t.year, value: t.value, comparator: t.comparator, scope: '' }));
}

/**
 * The targets a chart of several areas draws (targetsForAreas) as marks: one mark per distinct
 * requirement (deadline, comparator, value), so two plans asking the same thing are one mark.
 * A deadline with more than one requirement (two provinces' own plans differ) names whose each is.
 */
export function chartTargetMarks(
  applied: readonly ChartTarget[],
  areaName: (id: string) => string,
): TargetMark[] {
  const marks = new Map<string, TargetMark & { areaIds: string[] }>();
  for (const { target, areaIds } of applied) {
    const requirement = `${target.year}|${target.comparator}|${target.value}`;
    const mark = marks.get(requirement);
    if (mark) {
      mark.key += `+${target.id}`;
      mark.areaIds.push(...areaIds);
    } else
      marks.set(requirement, {
        key: target.id,
        year: target.year,
        value: target.value,
        comparator: target.comparator,
        scope: '',
        areaIds: [...areaIds],
      });
  }
  const perYear = new Map<number, number>();
  for (const m of marks.values()) perYear.set(m.year, (perYear.get(m.year) ?? 0) + 1);
  return [...marks.values()].map(({ areaIds, ...m }) => ({
    ...m,
    scope: (perYear.get(m.year) ?? 0) > 1 ? areaIds.map(areaName).join(', ') : '',
  }));
}

/** The indicator's reference band (e.g. the natural SRB 104–106), from the catalog. */
export function referenceBand(indicator: Indicator, locale: Locale) {
  return indicator.reference_low !== null && indicator.reference_high !== null
    ? {
        low: indicator.reference_low,
        high: indicator.reference_high,
        label: locale === 'vi' ? indicator.reference_vi : indicator.reference_en,
      }
    : null;
}

/** "Khánh Hòa (63), điều tra thống kê" (+ ", nữ" for values by sex). */
export function lineLabeller(
  areaName: (id: string) => string,
  locale: Locale,
): (line: TrendLine) => string {
  const v = VOCABULARY[locale];
  const sex = {
    all: '',
    female: locale === 'vi' ? 'nữ' : 'women',
    male: locale === 'vi' ? 'nam' : 'men',
  };
  return (line) =>
    [areaName(line.areaId), v.series[line.series], sex[line.sex]].filter(Boolean).join(', ');
}

/** Room one year label needs on the x axis (about 30 px wide at 12 px, plus a gap). */
export const YEAR_LABEL_ROOM = 44;

/**
 * Whole-year ticks for a year axis, at most `ticks` of them and no more than the axis's width
 * holds (d3 may return more ticks than asked for, so fewer are asked for until they fit). Never
 * 2021.5, never digits grouped ("2.021").
 */
export function yearTicks(
  x: { ticks(count: number): number[]; range(): number[] },
  ticks: number,
): number[] {
  const [from = 0, to = 0] = x.range();
  const fit = Math.max(2, Math.floor(Math.abs(to - from) / YEAR_LABEL_ROOM) + 1);
  for (let n = Math.min(ticks, fit); ; n--) {
    const years = x.ticks(n).filter((v) => Number.isInteger(v));
    if (years.length <= fit || n <= 1) return years;
  }
}
