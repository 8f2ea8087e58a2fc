import { error } from '@sveltejs/kit';
import { datasetClient } from '$lib/data/prerender.server';
import { localeFromParam } from '$lib/i18n/locale';
import { loadYearPage, yearPageEntries } from '$lib/pages/year-page';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = async () =>
  (await yearPageEntries(await datasetClient())).flatMap(({ year }) => [
    { year: String(year) },
    { year: String(year), lang: 'en' },
  ]);

// Only what the page draws travels with it (see src/lib/pages/year-page.ts).
export const load: PageServerLoad = async ({ params }) => {
  const page = await loadYearPage(
    await datasetClient(),
    Number(params.year),
    localeFromParam(params.lang),
  );
  if (!page) error(404, `No report for ${params.year}`);
  return page;
};
