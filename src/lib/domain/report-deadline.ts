// By which date the agencies of a province send their report to the provincial department: the
// deadline the province's own plan sets (data/catalog/report_deadlines.csv, quoted from the plans
// held here). Never invented: a province without a recorded deadline has none here. Pure.
import type { ReportPeriod } from './report-period.ts';

/** One deadline as a plan states it, for the years that plan covers. */
export interface ReportDeadline {
  area_id: string;
  period: ReportPeriod;
  from_year: number;
  to_year: number;
  day: number;
  month: number;
  plan_id: string;
  /** The plan's own words (Vietnamese), as read. */
  quote_vi: string;
  /** Where the words were read: plan text file, line and section. */
  where_read: string;
}

/** The deadline that applies to a province's report of one year and period. */
export interface AppliedDeadline {
  deadline: ReportDeadline;
  /** The report year it falls in (the plans set it in the year reported on). */
  year: number;
  /**
   * The pre-2025 province whose plan sets it, when the province continues that one province
   * unchanged and the plan covers the year; null when it is the province's own plan.
   */
  inheritedFrom: string | null;
}

const covers = (d: ReportDeadline, areaId: string, year: number, period: ReportPeriod) =>
  d.area_id === areaId && d.period === period && d.from_year <= year && year <= d.to_year;

/**
 * The deadline of a province's report of `year`: its own plan's; else, for a province that
 * continues exactly one pre-2025 province (`predecessorIds` of length 1), that province's plan's,
 * only for the years that plan covers; else null (no deadline recorded in the plans held here).
 */
export function deadlineFor(
  deadlines: readonly ReportDeadline[],
  areaId: string,
  year: number,
  period: ReportPeriod,
  predecessorIds: readonly string[],
): AppliedDeadline | null {
  const own = deadlines.find((d) => covers(d, areaId, year, period));
  if (own) return { deadline: own, year, inheritedFrom: null };
  if (predecessorIds.length === 1) {
    const from = predecessorIds[0]!;
    const inherited = deadlines.find((d) => covers(d, from, year, period));
    if (inherited) return { deadline: inherited, year, inheritedFrom: from };
  }
  return null;
}
