import { datasetClient } from '$lib/data/prerender.server';
import { listAreas, listPlans, listSources } from '$lib/data/queries';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async () => {
  const db = await datasetClient();
  const [sources, areas] = await Promise.all([listSources(db), listAreas(db)]);
  // A seed source is the text of a provincial plan (same id): its title comes from the plan.
  const plans = await listPlans(
    db,
    areas.map((a) => a.id),
  );
  return {
    sources,
    plans: Object.fromEntries(
      plans.map((p) => [
        p.id,
        { title: p.title, document_number: p.document_number, date: p.date },
      ]),
    ),
  };
};
