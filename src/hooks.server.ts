import type { Handle } from '@sveltejs/kit';
import { localeFromParam } from '$lib/i18n/locale';
import { PATH_FIX_SCRIPT } from '$lib/layout/inline-scripts.js';

// Sets <html lang> per page at prerender time, so screen readers and search engines get it right,
// and puts the address fix (doubled slashes, index.html; see inline-scripts.js) first in the head,
// before any relative asset URL is read. Its body is allowed by its hash (src/lib/layout/security-policy.js).
export const handle: Handle = async ({ event, resolve }) => {
  const locale = localeFromParam(event.params.lang);
  return resolve(event, {
    transformPageChunk: ({ html }) =>
      html.replace('%lang%', locale).replace('%pathfix%', `<script>${PATH_FIX_SCRIPT}</script>`),
  });
};
