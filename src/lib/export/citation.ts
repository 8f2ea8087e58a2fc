// Citation text beside each download: title, stable URL, access date in the reader's language.
import type { Locale } from '../domain/types.ts';
import { bcp47 } from '../i18n/format.ts';

const SITE: Record<Locale, string> = {
  vi: 'Bình đẳng giới: mục tiêu và thực tế',
  en: 'Gender equality: targets and actuals',
};

/** The site's name as cited. */
export function siteName(locale: Locale): string {
  return SITE[locale];
}

/** "truy cập ngày 23/11/2026" / "accessed 23 November 2026" (the reader's day, in UTC). */
export function accessedText(accessed: Date, locale: Locale): string {
  const date = new Intl.DateTimeFormat(bcp47(locale), {
    day: locale === 'vi' ? '2-digit' : 'numeric',
    month: locale === 'vi' ? '2-digit' : 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(accessed);
  return locale === 'vi' ? `truy cập ngày ${date}` : `accessed ${date}`;
}

export function citation(input: {
  title: string;
  url: string;
  accessed: Date;
  locale: Locale;
}): string {
  return `${SITE[input.locale]} — ${input.title}. ${input.url} (${accessedText(input.accessed, input.locale)}).`;
}
