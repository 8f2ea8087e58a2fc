import { datasetClient } from '$lib/data/prerender.server';
import { listSources } from '$lib/data/queries';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async () => {
  const db = await datasetClient();
  return { sources: await listSources(db) };
};
