// A download's size as the data page writes it: kB under a megabyte, else MB, per locale.
import type { Locale } from '../domain/types.ts';
import { formatNumber } from '../i18n/format.ts';

export function fileSize(bytes: number, locale: Locale): string {
  return bytes < 1e6
    ? `${formatNumber(bytes / 1e3, locale, 1)} kB`
    : `${formatNumber(bytes / 1e6, locale, 1)} MB`;
}
