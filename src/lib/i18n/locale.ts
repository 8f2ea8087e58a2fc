import type { Locale } from '../domain/types.ts';

export function localeFromParam(param: string | undefined): Locale {
  return param === 'en' ? 'en' : 'vi';
}

/** Path prefix of a locale inside the site (Vietnamese is the default, unprefixed). */
export function localePrefix(locale: Locale): string {
  return locale === 'en' ? '/en' : '';
}

/** Site path for a locale, e.g. localePath('en', '/indicators/x/') → '/en/indicators/x/'. */
export function localePath(locale: Locale, path: string): string {
  const clean = path.startsWith('/') ? path : `/${path}`;
  return `${localePrefix(locale)}${clean}`;
}

/** Same page in the other language: strips or adds the /en prefix of a base-relative path. */
export function switchLocalePath(path: string, to: Locale): string {
  const bare = path === '/en' || path.startsWith('/en/') ? path.slice(3) || '/' : path;
  return localePath(to, bare);
}

/**
 * The same address in the other language, query and fragment kept (an explore view, a chosen
 * year): "/en/explore/?v=3&i=x#chart" → "/explore/?v=3&i=x#chart".
 */
export function switchLocaleUrl(path: string, to: Locale, search = '', hash = ''): string {
  const q = search && !search.startsWith('?') ? `?${search}` : search;
  const h = hash && !hash.startsWith('#') ? `#${hash}` : hash;
  return `${switchLocalePath(path, to)}${q === '?' ? '' : q}${h === '#' ? '' : h}`;
}
