// The annual report page of one area for one year (/provinces/{id}/{year}/): what its prerender
// loader returns. The route's +page.server.ts and the golden test both call these functions, so
// the golden files are made by exactly what the page receives.
import { isNational } from '../domain/national.ts';
import type { SqlClient } from '../data/client.ts';
import {
  attachSources,
  evaluationYears,
  listAreas,
  listAreasActuals,
  listCrosswalk,
  listGovernmentAssessments,
  listIndicators,
  listPlans,
  listReportDeadlines,
  listStatus,
  listTargets,
  type PlanRow,
} from '../data/queries.ts';
import { buildAreaYearReport, type AreaYearReport } from '../domain/area-year-report.ts';
import {
  predecessorOwnTargets,
  predecessorsOf,
  successorOf,
  validInYear,
  yearsOfArea,
} from '../domain/attainment/target-choice.ts';
import {
  governmentYear,
  siteVerdicts,
  type GovernmentYear,
} from '../domain/government-assessment.ts';
import { deadlineFor, type AppliedDeadline } from '../domain/report-deadline.ts';
import type { Area } from '../domain/types.ts';
import { areaNamesOf, type AreaNames } from '../i18n/names.ts';

export interface AnnualPageData {
  area: Area;
  year: number;
  /** Years the area has a report (each one a page). */
  years: number[];
  predecessorIds: string[];
  successorId: string | null;
  successorYears: number[];
  areaNames: AreaNames;
  report: AreaYearReport;
  /** Plans of the area and of its predecessors. */
  plans: PlanRow[];
  /** The nation's page only: the Government's own assessment of the year beside the site's verdicts. */
  government: GovernmentYear | null;
  /** Predecessors' own targets all ended before this year: shown on an earlier page. */
  predecessorTargetsEnded: boolean;
  /** By which date agencies report, as the province's plan sets it (null: none recorded). */
  deadlines: { annual: AppliedDeadline | null; h1: AppliedDeadline | null };
}

/** Every area (national and both vintages of provinces) × every year it existed. */
export async function annualPageEntries(db: SqlClient): Promise<{ id: string; year: number }[]> {
  const [areas, years] = await Promise.all([listAreas(db), evaluationYears(db)]);
  return areas
    .filter((a) => a.kind !== 'region')
    .flatMap((a) => yearsOfArea(a, years).map((year) => ({ id: a.id, year })));
}

/** The page's data, or null when the area has no report for that year. */
export async function loadAnnualPage(
  db: SqlClient,
  areaId: string,
  year: number,
): Promise<AnnualPageData | null> {
  const [areas, years, crosswalk] = await Promise.all([
    listAreas(db),
    evaluationYears(db),
    listCrosswalk(db),
  ]);
  const area = areas.find((a) => a.id === areaId && a.kind !== 'region');
  if (!area || !years.includes(year) || !validInYear(area, year)) return null;
  const predecessorIds = predecessorsOf(area.id, crosswalk);
  const successorId = successorOf(area.id, crosswalk);
  const shownAreas = [area.id, ...predecessorIds];
  const [indicators, targets, status, actuals, plans, deadlines] = await Promise.all([
    listIndicators(db),
    listTargets(db),
    listStatus(db, { areaIds: shownAreas, evalYears: [year - 1, year] }),
    listAreasActuals(db, shownAreas).then((rows) => attachSources(db, rows)),
    listPlans(db, shownAreas),
    listReportDeadlines(db, shownAreas),
  ]);
  const report = buildAreaYearReport({
    areaId: area.id,
    year,
    indicators,
    targets,
    crosswalk,
    status,
    actuals: actuals.filter((a) => a.sex === 'all'),
    predecessorIds,
  });
  const government = isNational(area.id)
    ? governmentYear(
        year,
        await listGovernmentAssessments(db, [year]),
        siteVerdicts(report.groups.flatMap((g) => [...g.rows, ...g.empty])),
      )
    : null;
  // Only the rows a page shows travel with it; names for the areas it mentions.
  const mentioned = new Set([...shownAreas, ...(successorId ? [successorId] : [])]);
  const successor = successorId ? areas.find((a) => a.id === successorId) : undefined;
  return {
    area,
    year,
    years: yearsOfArea(area, years),
    predecessorIds,
    successorId,
    successorYears: successor ? yearsOfArea(successor, years) : [],
    areaNames: areaNamesOf(areas.filter((a) => mentioned.has(a.id))),
    report,
    plans,
    government,
    predecessorTargetsEnded:
      report.predecessors.length === 0 &&
      predecessorOwnTargets(targets, area.id, crosswalk).length > 0,
    deadlines: {
      annual: deadlineFor(deadlines, area.id, year, 'annual', predecessorIds),
      h1: deadlineFor(deadlines, area.id, year, 'h1', predecessorIds),
    },
  };
}
