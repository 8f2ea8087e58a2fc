import { error } from '@sveltejs/kit';
import { datasetClient } from '$lib/data/prerender.server';
import { localeFromParam } from '$lib/i18n/locale';
import { loadProvincePage, provincePageEntries } from '$lib/pages/province-page';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = async () =>
  (await provincePageEntries(await datasetClient())).flatMap(({ id }) => [
    { id },
    { id, lang: 'en' },
  ]);

export const load: PageServerLoad = async ({ params }) => {
  const page = await loadProvincePage(
    await datasetClient(),
    params.id,
    localeFromParam(params.lang),
  );
  if (!page) error(404, `Unknown area ${params.id}`);
  return page;
};
