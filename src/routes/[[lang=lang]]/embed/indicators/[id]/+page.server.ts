import { NATIONAL_ID, isNational } from '$lib/domain/national';
import { error } from '@sveltejs/kit';
import { datasetClient } from '$lib/data/prerender.server';
import {
  getIndicator,
  listActuals,
  listAreas,
  listIndicators,
  listSources,
  listTargets,
} from '$lib/data/queries';
import { localeFromParam } from '$lib/i18n/locale';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = async () => {
  const db = await datasetClient();
  return (await listIndicators(db)).flatMap((i) => [{ id: i.id }, { id: i.id, lang: 'en' }]);
};

// An iframe-friendly chart: national values of one indicator against its national targets.
export const load: PageServerLoad = async ({ params }) => {
  const db = await datasetClient();
  const indicator = await getIndicator(db, params.id);
  if (!indicator) error(404, `Unknown indicator ${params.id}`);
  const [actuals, targets, areas, sources] = await Promise.all([
    listActuals(db, { indicatorId: indicator.id, areaIds: [NATIONAL_ID] }),
    listTargets(db, indicator.id),
    listAreas(db),
    listSources(db),
  ]);
  const used = new Set(actuals.map((a) => a.source_url));
  return {
    embedLocale: localeFromParam(params.lang),
    indicator,
    actuals,
    targets: targets.filter((t) => isNational(t.area_id)),
    // Every source the chart draws, named by publisher and title.
    sources: sources.filter((s) => s.url && used.has(s.url)),
    areaNames: Object.fromEntries(areas.map((a) => [a.id, { vi: a.name_vi, en: a.name_en }])),
  };
};
