// Citation text beside each download: title, stable URL, access date in the reader's language.
import type { Locale } from '../domain/types.ts';
import { bcp47 } from '../i18n/format.ts';

const SITE: Record<Locale, string> = {
  vi: 'Bình đẳng giới: mục tiêu và thực tế',
  en: 'Gender equality: targets and actuals',
};

export function citation(input: {
  title: string;
  url: string;
  accessed: Date;
  locale: Locale;
}): string {
  const date = new Intl.DateTimeFormat(bcp47(input.locale), {
    day: input.locale === 'vi' ? '2-digit' : 'numeric',
    month: input.locale === 'vi' ? '2-digit' : 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(input.accessed);
  return input.locale === 'vi'
    ? `${SITE.vi} — ${input.title}. ${input.url} (truy cập ngày ${date}).`
    : `${SITE.en} — ${input.title}. ${input.url} (accessed ${date}).`;
}

/** ASCII file name from a Vietnamese title: "Tỷ số giới tính" → "ty-so-gioi-tinh.csv". */
export function slugFilename(title: string, ext: string): string {
  const slug = title
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80);
  return `${slug || 'data'}.${ext}`;
}
