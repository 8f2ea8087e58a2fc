// Sources as readers see them, in the page's language: publisher, title, and which language the
// title is in (so a page can mark it with lang=). Catalog titles are recorded as "Outlet – Title";
// the outlet is shown as the publisher, so the title drops it. A Vietnamese page never shows the
// curator's English working notes in parentheses, and a plan's title comes from the plan itself.
import type { Locale, Source } from '../domain/types.ts';
import { common } from './messages/common.ts';
import { translator } from './translate.ts';
import { VIETNAMESE_LETTER, titleLanguage } from '../domain/source-title.ts';

export { sourceDisplayTitle, titleLanguage } from '../domain/source-title.ts';

/** "Outlet – Title" → "Title" (only a short, self-contained prefix; never inside a title). */
export function dropOutletPrefix(title: string): string {
  const at = title.indexOf(' – ');
  if (at <= 0 || at > 80) return title;
  const prefix = title.slice(0, at);
  const rest = title.slice(at + 3).trim();
  const balanced = (prefix.match(/\(/g) ?? []).length === (prefix.match(/\)/g) ?? []).length;
  return balanced && rest ? rest : title;
}

/** Parenthesised working notes in English inside a Vietnamese title ("(English translation)"). */
export function dropEnglishNotes(title: string): string {
  return title
    .replace(/\s*\(([^()]*)\)/g, (whole, inner: string) =>
      !VIETNAMESE_LETTER.test(inner) && /\b[A-Za-z][a-z]{2,}\b/.test(inner) ? '' : whole,
    )
    .trim();
}

export interface PlanTitle {
  title: string;
  document_number: string;
  date: string;
}

function dayMonthYear(date: string): string {
  const m = date.match(/^(\d{4})-(\d{2})(?:-(\d{2}))?$/);
  if (!m) return date;
  return m[3] ? `${Number(m[3])}/${Number(m[2])}/${m[1]}` : `${Number(m[2])}/${m[1]}`;
}

/**
 * A plan's number as a page shows it: as the document states it, or, where the data records that
 * it is not known (a parenthesised note), that fact in the page's language.
 */
export function planNumberText(plan: { document_number: string }, locale: Locale): string {
  const number = plan.document_number.trim();
  return number.startsWith('(') ? translator(common, locale)('planNumberUnknown') : number;
}

/** A plan's Vietnamese title with its number and date, as the plan states them. */
export function planTitleVi(plan: PlanTitle): string {
  const number = plan.document_number.trim();
  if (!number) return plan.title;
  if (number.startsWith('(')) return `${plan.title} ${number}`;
  return `${plan.title}, số ${number}${plan.date ? ` ngày ${dayMonthYear(plan.date)}` : ''}`;
}

export interface SourceText {
  publisher: string;
  title: string;
  /** Language of the title as shown (mark it with lang= when it differs from the page). */
  titleLang: Locale;
  /** Language of the publisher's name as shown (a page's own Vietnamese name on English pages). */
  publisherLang: Locale;
  /** What kind of source it is, in the page's language ('' when not recorded). */
  kind: string;
  /** What the project read in it (catalog documents), in the page's language. */
  confirms: string;
}

/** How a source is named on a page in `locale`. `plan` is the plan a seed source is the text of. */
export function sourceText(s: Source, locale: Locale, plan?: PlanTitle | null): SourceText {
  const publisher = (locale === 'vi' ? s.publisher_vi : s.publisher_en) || s.publisher_vi;
  let title: string;
  let titleLang: Locale;
  if (s.kind === 'web' && !s.title_en) {
    // A page the values were read from: its title as published, in its own language.
    title = s.title;
    titleLang = s.language === 'en' ? 'en' : s.language === 'vi' ? 'vi' : titleLanguage(title);
  } else if (locale === 'en' && s.title_en) {
    title = dropOutletPrefix(s.title_en);
    titleLang = 'en';
  } else if (s.kind === 'seed' && plan) {
    title = planTitleVi(plan);
    titleLang = 'vi';
  } else {
    title = dropEnglishNotes(dropOutletPrefix(s.title));
    titleLang = titleLanguage(title);
  }
  const curated = s.kind !== 'web' || Boolean(s.title_en);
  return {
    publisher,
    title,
    titleLang,
    publisherLang: curated ? locale : titleLanguage(publisher),
    kind: locale === 'vi' ? s.kind_vi : s.kind_en,
    confirms: locale === 'vi' ? s.what_it_confirms_vi : s.what_it_confirms_en,
  };
}
