import { error } from '@sveltejs/kit';
import { datasetClient } from '$lib/data/prerender.server';
import {
  attachSources,
  evaluationYears,
  listAreas,
  listAreasActuals,
  listCrosswalk,
  listGovernmentAssessments,
  listIndicators,
  listPlans,
  listStatus,
  listTargets,
} from '$lib/data/queries';
import { buildAreaYearReport } from '$lib/domain/area-year-report';
import { governmentYear, siteVerdicts } from '$lib/domain/government-assessment';
import {
  predecessorOwnTargets,
  predecessorsOf,
  successorOf,
  validInYear,
  yearsOfArea,
} from '$lib/domain/attainment/target-choice';
import { areaNamesOf } from '$lib/i18n/names';
import type { EntryGenerator, PageServerLoad } from './$types';

// Every area (national and both vintages of provinces) × every year it existed, both languages.
export const entries: EntryGenerator = async () => {
  const db = await datasetClient();
  const [areas, years] = await Promise.all([listAreas(db), evaluationYears(db)]);
  return areas
    .filter((a) => a.kind !== 'region')
    .flatMap((a) =>
      yearsOfArea(a, years).flatMap((y) => [
        { id: a.id, year: String(y) },
        { id: a.id, year: String(y), lang: 'en' },
      ]),
    );
};

export const load: PageServerLoad = async ({ params }) => {
  const db = await datasetClient();
  const [areas, years, crosswalk] = await Promise.all([
    listAreas(db),
    evaluationYears(db),
    listCrosswalk(db),
  ]);
  const area = areas.find((a) => a.id === params.id && a.kind !== 'region');
  const year = Number(params.year);
  if (!area || !years.includes(year) || !validInYear(area, year))
    error(404, `No report for ${params.id} in ${params.year}`);
  const predecessorIds = predecessorsOf(area.id, crosswalk);
  const successorId = successorOf(area.id, crosswalk);
  const shownAreas = [area.id, ...predecessorIds];
  const [indicators, targets, status, actuals, plans] = await Promise.all([
    listIndicators(db),
    listTargets(db),
    listStatus(db, { areaIds: shownAreas, evalYears: [year - 1, year] }),
    listAreasActuals(db, shownAreas).then((rows) => attachSources(db, rows)),
    listPlans(db, [area.id, ...predecessorIds]),
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
  // The nation's page: the Government's own assessment of the year beside the site's verdicts.
  const government =
    area.id === 'VN'
      ? governmentYear(
          year,
          await listGovernmentAssessments(db, [year]),
          siteVerdicts(report.groups.flatMap((g) => [...g.rows, ...g.empty])),
        )
      : null;
  // Only the rows a page shows travel with it; names for the areas it mentions.
  const mentioned = new Set([area.id, ...predecessorIds, ...(successorId ? [successorId] : [])]);
  return {
    area,
    year,
    years: yearsOfArea(area, years),
    predecessorIds,
    successorId,
    successorYears: successorId
      ? yearsOfArea(
          areas.find((a) => a.id === successorId)!,
          years,
        )
      : [],
    areaNames: areaNamesOf(areas.filter((a) => mentioned.has(a.id))),
    report,
    government,
    plans,
    // Predecessors' own targets whose deadline is before this year: shown on an earlier page.
    predecessorTargetsEnded:
      report.predecessors.length === 0 &&
      predecessorOwnTargets(targets, area.id, crosswalk).length > 0,
  };
};
