import { NATIONAL_ID, isNational } from '$lib/domain/national';
import { datasetClient } from '$lib/data/prerender.server';
import { localeFromParam } from '$lib/i18n/locale';
import {
  evaluationYears,
  getIndicator,
  latestTargetedYear,
  listActuals,
  listAreas,
  listCrosswalk,
  listIndicators,
  listStatus,
  listTargets,
} from '$lib/data/queries';
import { targetsForAreaYear } from '$lib/domain/attainment/target-choice';
import { legalRefsFor } from '$lib/export/status-extract';
import type { PageServerLoad } from './$types';

const FEATURED = 'sex_ratio_at_birth';

// Build-time queries: the page ships its charts as SVG in the HTML, no WASM needed to read it.
export const load: PageServerLoad = async ({ params }) => {
  const db = await datasetClient();
  const years = await evaluationYears(db);
  // The national scorecard is for the latest year with a national value of a targeted indicator
  // (a later year would only make every value look old).
  const latest = await latestTargetedYear(db, NATIONAL_ID);
  const evalYear = Math.min(latest ?? years[years.length - 1]!, years[years.length - 1]!);
  const [indicator, actuals, areas, indicators, status, targets, crosswalk] = await Promise.all([
    getIndicator(db, FEATURED),
    listActuals(db, { indicatorId: FEATURED, areaIds: [NATIONAL_ID] }),
    listAreas(db),
    listIndicators(db),
    listStatus(db, { areaIds: [NATIONAL_ID], evalYears: [evalYear] }),
    listTargets(db),
    listCrosswalk(db),
  ]);
  // The targets the national year page focuses on, so the overview and that page agree.
  const shown = new Set(
    targetsForAreaYear(
      targets,
      NATIONAL_ID,
      evalYear,
      crosswalk,
      indicators.map((i) => i.id),
    ).map((a) => a.target.id),
  );
  const focusStatus = status.filter((r) => shown.has(r.target_id));
  return {
    featured: {
      indicator,
      actuals,
      targets: targets.filter((t) => t.indicator_id === FEATURED && isNational(t.area_id)),
    },
    areaNames: Object.fromEntries(
      areas.filter((a) => isNational(a.id)).map((a) => [a.id, { vi: a.name_vi, en: a.name_en }]),
    ),
    evalYear,
    years,
    indicators: indicators.filter((i) => focusStatus.some((r) => r.indicator_id === i.id)),
    status: focusStatus,
    legalRefs: legalRefsFor(focusStatus, targets, localeFromParam(params.lang)),
  };
};
