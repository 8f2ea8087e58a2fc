import { datasetClient } from '$lib/data/prerender.server';
import {
  evaluationYears,
  getIndicator,
  listActuals,
  listAreaActuals,
  listAreas,
  listIndicators,
  listStatus,
  listTargets,
} from '$lib/data/queries';
import type { StatusRow } from '$lib/domain/attainment/evaluate';
import { legalRefsFor } from '$lib/export/status-extract';
import type { PageServerLoad } from './$types';

const FEATURED = 'sex_ratio_at_birth';

// Build-time queries: the page ships its charts as SVG in the HTML, no WASM needed to read it.
export const load: PageServerLoad = async () => {
  const db = await datasetClient();
  const years = await evaluationYears(db);
  // The national scorecard is for the latest year with a national value of a targeted indicator
  // (a later year would only make every value look old).
  const [latest] = await db.query<{ y: number | null }>(
    `SELECT max(a.year)::INTEGER AS y FROM actuals a
       JOIN indicators i ON i.id = a.indicator_id
      WHERE a.area_id = 'VN' AND i.has_target`,
  );
  const evalYear = Math.min(latest?.y ?? years[years.length - 1]!, years[years.length - 1]!);
  const [indicator, actuals, targets, areas, indicators, status, nationalActuals, allTargets] =
    await Promise.all([
      getIndicator(db, FEATURED),
      listActuals(db, { indicatorId: FEATURED, areaIds: ['VN'] }),
      listTargets(db, FEATURED),
      listAreas(db),
      listIndicators(db),
      listStatus<StatusRow>(db, { areaId: 'VN', evalYear }),
      listAreaActuals(db, 'VN'),
      listTargets(db),
    ]);
  return {
    featured: { indicator, actuals, targets: targets.filter((t) => t.area_id === 'VN') },
    areaNames: Object.fromEntries(areas.map((a) => [a.id, { vi: a.name_vi, en: a.name_en }])),
    evalYear,
    indicators,
    status,
    legalRefs: legalRefsFor(status, allTargets),
    nationalActuals,
  };
};
