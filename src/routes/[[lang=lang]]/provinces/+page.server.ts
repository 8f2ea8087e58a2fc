import { datasetClient } from '$lib/data/prerender.server';
import { listAreas } from '$lib/data/queries';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async () => {
  const db = await datasetClient();
  return { areas: await listAreas(db) };
};
