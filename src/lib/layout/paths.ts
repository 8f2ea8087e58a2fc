import { base } from '$app/paths';
import type { Locale } from '../domain/types.ts';
import { localePath, switchLocaleUrl } from '../i18n/locale.ts';

/** Link to a page of the site in a locale, under whatever base path the site is served from. */
export function href(locale: Locale, path: string): string {
  return `${base}${localePath(locale, path)}`;
}

/**
 * Strip the build's absolute base path from a pathname, leaving the site path; an address that
 * names a folder's `index.html` (or doubles its slashes) is read as the folder itself.
 */
export function sitePath(pathname: string, b: string = __SITE_BASE__): string {
  const path = b && pathname.startsWith(b) ? pathname.slice(b.length) || '/' : pathname;
  return path.replace(/\/{2,}/g, '/').replace(/\/index\.html$/, '/');
}

/** The same page in the other language, its query and fragment kept. */
export function otherLocaleHref(pathname: string, to: Locale, search = '', hash = ''): string {
  return `${base}${switchLocaleUrl(sitePath(pathname), to, search, hash)}`;
}

/** Link to a static file (downloads, geo), honouring the base path. */
export function asset(path: string): string {
  return `${base}${path.startsWith('/') ? path : `/${path}`}`;
}
