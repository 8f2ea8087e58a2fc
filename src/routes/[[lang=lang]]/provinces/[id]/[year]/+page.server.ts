import { error } from '@sveltejs/kit';
import { datasetClient } from '$lib/data/prerender.server';
import { annualPageEntries, loadAnnualPage } from '$lib/pages/annual-page';
import type { EntryGenerator, PageServerLoad } from './$types';

// Every area (national and both vintages of provinces) × every year it existed, both languages.
export const entries: EntryGenerator = async () =>
  (await annualPageEntries(await datasetClient())).flatMap(({ id, year }) => [
    { id, year: String(year) },
    { id, year: String(year), lang: 'en' },
  ]);

// The page's data is made by the lib function the golden test calls too.
export const load: PageServerLoad = async ({ params }) => {
  const page = await loadAnnualPage(await datasetClient(), params.id, Number(params.year));
  if (!page) error(404, `No report for ${params.id} in ${params.year}`);
  return page;
};
