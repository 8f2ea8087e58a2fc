import type { Handle } from '@sveltejs/kit';
import { localeFromParam } from '$lib/i18n/locale';

// Sets <html lang> per page at prerender time, so screen readers and search engines get it right.
export const handle: Handle = async ({ event, resolve }) => {
  const locale = localeFromParam(event.params.lang);
  return resolve(event, { transformPageChunk: ({ html }) => html.replace('%lang%', locale) });
};
