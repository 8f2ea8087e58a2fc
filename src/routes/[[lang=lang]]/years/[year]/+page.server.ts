import { error } from '@sveltejs/kit';
import { datasetClient } from '$lib/data/prerender.server';
import { localeFromParam } from '$lib/i18n/locale';
import {
  evaluationYears,
  listAreas,
  listCrosswalk,
  listIndicators,
  listStatus,
  listTargets,
} from '$lib/data/queries';
import { legalRefsFor } from '$lib/export/status-extract';
import { gridChanges, statusGrid } from '$lib/domain/year-report';
import { objectiveOf } from '$lib/domain/area-year-report';
import { validInYear } from '$lib/domain/attainment/target-choice';
import { areaNamesOf } from '$lib/i18n/names';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = async () => {
  const db = await datasetClient();
  const years = await evaluationYears(db);
  return years.flatMap((y) => [{ year: String(y) }, { year: String(y), lang: 'en' }]);
};

export const load: PageServerLoad = async ({ params }) => {
  const db = await datasetClient();
  const years = await evaluationYears(db);
  const year = Number(params.year);
  if (!years.includes(year)) error(404, `No report for ${params.year}`);
  const [status, areas, indicators, targets, crosswalk] = await Promise.all([
    listStatus(db, { evalYears: [year - 1, year] }),
    listAreas(db),
    listIndicators(db),
    listTargets(db),
    listCrosswalk(db),
  ]);
  const targeted = indicators.filter((i) => objectiveOf(i) !== null);
  const shownAreas = areas.filter((a) => a.kind !== 'region' && validInYear(a, year));
  const cells = statusGrid(status, {
    year,
    areas: shownAreas,
    targets,
    crosswalk,
    indicatorIds: targeted.map((i) => i.id),
  });
  const changes = gridChanges(
    status.filter((r) => r.eval_year === year - 1),
    cells,
  );
  // Ship only the grid cells (one per area × indicator), not every series row.
  return {
    year,
    years,
    cells,
    changes,
    hasPrevious: years.includes(year - 1),
    legalRefs: legalRefsFor(
      cells.map((c) => c.row),
      targets,
      localeFromParam(params.lang),
    ),
    areas: shownAreas,
    areaNames: areaNamesOf(shownAreas),
    indicators: targeted,
  };
};
