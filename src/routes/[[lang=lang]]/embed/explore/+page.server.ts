import { exploreLists } from '$lib/explore/lists.server';
import { localeFromParam } from '$lib/i18n/locale';
import type { EntryGenerator, PageServerLoad } from './$types';

// Nothing links to the embeds (their address is handed out as <iframe> code): list both.
export const entries: EntryGenerator = () => [{}, { lang: 'en' }];

// One prerendered shell; the view comes from the URL's query string, read in the browser.
export const load: PageServerLoad = async ({ params }) => ({
  ...(await exploreLists()),
  embedLocale: localeFromParam(params.lang),
});
