import { error } from '@sveltejs/kit';
import { datasetClient } from '$lib/data/prerender.server';
import {
  evaluationYears,
  listAreas,
  listIndicators,
  listStatus,
  listTargets,
} from '$lib/data/queries';
import { legalRefsFor } from '$lib/export/status-extract';
import type { StatusRow } from '$lib/domain/attainment/evaluate';
import { statusGrid } from '$lib/domain/year-report';
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
  const [current, previous, areas, indicators, targets] = await Promise.all([
    listStatus<StatusRow>(db, { evalYear: year }),
    years.includes(year - 1)
      ? listStatus<StatusRow>(db, { evalYear: year - 1 })
      : Promise.resolve([]),
    listAreas(db),
    listIndicators(db),
    listTargets(db),
  ]);
  const cells = statusGrid(current, year);
  // Ship only the grid cells (one per area × indicator), not every series row.
  return {
    year,
    years,
    cells,
    legalRefs: legalRefsFor(
      cells.map((c) => c.row),
      targets,
    ),
    previousCells: statusGrid(previous, year - 1),
    areas: areas.filter((a) => a.kind !== 'region'),
    indicators: indicators.filter((i) => i.has_target),
  };
};
