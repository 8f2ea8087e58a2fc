import { datasetClient } from '$lib/data/prerender.server';
import { evaluationYears } from '$lib/data/queries';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async () => {
  const db = await datasetClient();
  return { years: await evaluationYears(db) };
};
