// How a source's title reads: which language its letters are in, and "Publisher: title" from the
// source registry. Pure rules the dataset, the charts' lines and the pages share (the pages' wording
// of sources is in i18n/sources.ts).
import type { Locale } from './types.ts';

export const VIETNAMESE_LETTER =
  /[ăâđêôơưàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ]/i;

/** Language a title is written in, as far as its letters tell: Vietnamese letters → 'vi'. */
export function titleLanguage(text: string): Locale {
  return VIETNAMESE_LETTER.test(text) ? 'vi' : 'en';
}

/**
 * A value's page as a reader sees it: "Publisher: title" from the source registry, else the title
 * as curated.
 */
export function sourceDisplayTitle(publisher: string, pageTitle: string, curated: string): string {
  if (publisher && pageTitle) return `${publisher}: ${pageTitle}`;
  return pageTitle || publisher || curated;
}
