// A place in Resolution 28 as the catalog writes it ("NQ28 MT4 CT1": mục tiêu 4, chỉ tiêu 1), in
// the page's language. Vietnamese readers know the abbreviations; English ones get words. Pure.
import type { Locale } from '../domain/types.ts';

export function strategyRefText(ref: string, locale: Locale, withResolution = true): string {
  const short = withResolution ? ref.trim() : ref.replace(/^NQ28\s+/, '').trim();
  if (locale === 'vi') return short;
  return short
    .replace(/\bNQ28\b\s*/g, 'Resolution 28, ')
    .replace(/\bCT(\d+)\s*[–-]\s*CT(\d+)/g, 'targets $1–$2')
    .replace(/\bMT(\d+)\s+(?=CT\d|targets)/g, 'objective $1, ')
    .replace(/\bMT(\d+)/g, 'objective $1')
    .replace(/\bCT(\d+)/g, 'target $1');
}
