// Sources, validated: the catalog's documents (catalog/sources.csv: legal texts, provincial plans,
// pages quoting targets) and the web pages the values were read from (catalog/web_sources.csv, one
// row per URL with the display publisher and title). Readers see publishers and titles in their
// language, never a bare URL or an internal id.
import type { Source } from '../domain/types.ts';
import { isSourceQuality, SOURCE_QUALITIES } from '../domain/vocabulary.ts';
import type { SourceRecord } from './csv.ts';
import type { SourceError } from './errors.ts';

/** Kinds of catalog source: a provincial plan kept as text, a web page, a document cited by number. */
export const SOURCE_KINDS = ['seed', 'web', 'legal'] as const;

export const SOURCE_LICENCE = 'cited; © publisher';

const URL_IN_TEXT = /https?:\/\/\S+?(?=[\s);,]|$)/;

export function hostOf(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return '';
  }
}

/**
 * Languages of the pages values were read from (BCP 47 codes, set as the `lang` of their titles):
 * Vietnamese, English, and Japanese for one machine translation on vietnam.vn (round 5).
 */
export const PAGE_LANGUAGES = ['vi', 'en', 'ja'] as const;

/** A web page's display data, by URL (catalog/web_sources.csv). */
export interface WebSource {
  url: string;
  publisher: string;
  title: string;
  kind_vi: string;
  kind_en: string;
  language: string;
  source_quality: string;
  line: number;
}

export function buildWebSources(records: readonly SourceRecord[]): {
  byUrl: Map<string, WebSource>;
  errors: SourceError[];
} {
  const errors: SourceError[] = [];
  const byUrl = new Map<string, WebSource>();
  for (const r of records) {
    const v = r.values;
    const err = (column: string, reason: string) =>
      errors.push({ file: r.file, line: r.line, column, reason });
    const url = (v.url ?? '').trim();
    if (!/^https?:\/\//.test(url) || !hostOf(url)) {
      err('url', `"${url}" is not an http(s) URL`);
      continue;
    }
    const first = byUrl.get(url);
    if (first) {
      err('url', `duplicate URL (first on line ${first.line})`);
      continue;
    }
    for (const col of ['publisher', 'kind_vi', 'kind_en'] as const)
      if (!(v[col] ?? '').trim()) err(col, `${col} is empty`);
    const language = (v.language ?? '').trim();
    if (!(PAGE_LANGUAGES as readonly string[]).includes(language))
      err('language', `language "${language}" must be one of ${PAGE_LANGUAGES.join(', ')}`);
    const quality = (v.source_quality ?? '').trim();
    if (!isSourceQuality(quality))
      err(
        'source_quality',
        `source quality "${quality}" must be one of ${SOURCE_QUALITIES.join(', ')}`,
      );
    byUrl.set(url, {
      url,
      publisher: (v.publisher ?? '').trim(),
      title: (v.title ?? '').trim(),
      kind_vi: (v.kind_vi ?? '').trim(),
      kind_en: (v.kind_en ?? '').trim(),
      language,
      source_quality: quality,
      line: r.line,
    });
  }
  return { byUrl, errors };
}

/**
 * Catalog sources (S.., SEED.., REG..). `planFiles` maps a plan's text file in data/plans to the
 * name it is published under (/data/plans/…): a seed's text must be one of them.
 */
export function buildCatalogSources(
  records: readonly SourceRecord[],
  planFiles: ReadonlyMap<string, string> = new Map(),
): { sources: Source[]; errors: SourceError[] } {
  const errors: SourceError[] = [];
  const sources: Source[] = [];
  const seen = new Map<string, number>();
  for (const r of records) {
    const v = r.values;
    const err = (column: string, reason: string) =>
      errors.push({ file: r.file, line: r.line, column, reason });
    const id = (v.source_id ?? '').trim();
    if (!/^[A-Z][A-Z0-9]*$/.test(id)) {
      err('source_id', `source id "${id}" must be upper-case letters and digits`);
      continue;
    }
    if (seen.has(id)) {
      err('source_id', `duplicate source id "${id}" (first on line ${seen.get(id)})`);
      continue;
    }
    seen.set(id, r.line);
    const kind = (v.kind ?? '').trim();
    if (!(SOURCE_KINDS as readonly string[]).includes(kind))
      err('kind', `kind "${kind}" must be one of ${SOURCE_KINDS.join(', ')}`);
    for (const col of [
      'title',
      'title_en',
      'publisher_vi',
      'publisher_en',
      'what_it_confirms',
      'what_it_confirms_vi',
    ] as const)
      if (!(v[col] ?? '').trim()) err(col, `${col} is empty`);
    const raw = (v.url_or_file ?? '').trim();
    const url = raw.match(URL_IN_TEXT)?.[0] ?? '';
    let file = '';
    if (kind === 'seed') {
      const text = raw.split(/\s/)[0] ?? '';
      const published = planFiles.get(text);
      if (!published) err('url_or_file', `"${text}" is not the text file of a plan in plans.csv`);
      else file = published;
    } else if (kind === 'web' && !url) err('url_or_file', `a web source needs a URL ("${raw}")`);
    sources.push({
      id,
      kind,
      title: (v.title ?? '').trim(),
      title_en: (v.title_en ?? '').trim(),
      url,
      file,
      publisher: (v.publisher_vi ?? '').trim(),
      publisher_vi: (v.publisher_vi ?? '').trim(),
      publisher_en: (v.publisher_en ?? '').trim(),
      kind_vi: '',
      kind_en: '',
      language: '',
      source_quality: '',
      host: url ? hostOf(url) : '',
      licence: SOURCE_LICENCE,
      what_it_confirms_vi: (v.what_it_confirms_vi ?? '').trim(),
      what_it_confirms_en: (v.what_it_confirms ?? '').trim(),
    });
  }
  return { sources, errors };
}

/** The source of a value read from a web page, with its display data from web_sources.csv. */
export function webSource(id: string, web: WebSource): Source {
  return {
    id,
    kind: 'web',
    title: web.title,
    title_en: '',
    url: web.url,
    file: '',
    publisher: web.publisher,
    publisher_vi: web.publisher,
    publisher_en: web.publisher,
    kind_vi: web.kind_vi,
    kind_en: web.kind_en,
    language: web.language,
    source_quality: web.source_quality,
    host: hostOf(web.url),
    licence: SOURCE_LICENCE,
    what_it_confirms_vi: '',
    what_it_confirms_en: '',
  };
}

/** ASCII slug of a Vietnamese text: "Khánh Hòa" → "khanh-hoa". */
export function slug(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/**
 * The name a plan's text is published under: province, document number, year, e.g.
 * "khanh-hoa-11983-ubnd-kgvx-2021.txt"; "ke-hoach" stands in for a number the plan does not carry.
 */
export function planDownloadName(plan: {
  province: string;
  document_number: string;
  date: string;
  period: string;
}): string {
  const number = plan.document_number.trim().match(/^\d+\/[\p{L}\d-]+/u)?.[0];
  const year = plan.date.match(/^\d{4}/)?.[0] ?? plan.period.match(/\d{4}/)?.[0] ?? '';
  return `${[slug(plan.province), number ? slug(number) : 'ke-hoach', year].filter(Boolean).join('-')}.txt`;
}
