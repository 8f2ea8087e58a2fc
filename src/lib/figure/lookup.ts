// What a download needs beyond a figure's rows: each indicator's unit in the reader's language,
// and each source's publisher and title. The browser reads them from the site's own downloads
// when a file is asked for (src/lib/export/lookup.ts); tests build them from rows.
import type { Locale, Source } from '../domain/types.ts';
import { sourceText } from '../i18n/sources.ts';

/** A row of sources.csv: every column is text. */
export type SourceInfo = Source;

export interface IndicatorInfo {
  id: string;
  unit_vi: string;
  unit_en: string;
  value_type: string;
}

export interface ExportLookup {
  /** The indicator's unit in the locale; null for an indicator the lookup does not know. */
  unit(indicatorId: string, locale: Locale): string | null;
  yesNo(indicatorId: string): boolean;
  source(url: string): SourceInfo | null;
}

export function createLookup(
  indicators: readonly IndicatorInfo[],
  sources: readonly SourceInfo[],
): ExportLookup {
  const byId = new Map(indicators.map((i) => [i.id, i]));
  const byUrl = new Map(sources.filter((s) => s.url).map((s) => [s.url, s]));
  return {
    unit: (id, locale) => {
      const i = byId.get(id);
      return i ? (locale === 'vi' ? i.unit_vi : i.unit_en) : null;
    },
    yesNo: (id) => byId.get(id)?.value_type === 'yes_no',
    source: (url) => byUrl.get(url) ?? null,
  };
}

export const EMPTY_LOOKUP: ExportLookup = createLookup([], []);

function hostOf(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return url;
  }
}

/**
 * A source as a reader names it: "Publisher — Title" in the locale (a web page's title stays as
 * published). Without a title, the publisher and the kind of page; unknown URLs by their host.
 */
export function sourceName(info: SourceInfo | null, url: string, locale: Locale): string {
  if (!info) return hostOf(url);
  const x = sourceText(info, locale);
  if (x.title) return x.publisher ? `${x.publisher} — ${x.title}` : x.title;
  return x.kind ? `${x.publisher} (${x.kind})` : x.publisher || hostOf(url);
}
