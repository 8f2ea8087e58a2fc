// Rows of a ranking's or map's downloads: the usual extract columns (src/lib/export/extract.ts)
// plus what the ranking adds beside each value: its rank or group, the source's quality (code
// and words), how many sources give the key and whether they disagree.
import type { ActualRow } from '../data/queries.ts';
import type { Locale } from '../domain/types.ts';
import { extractColumns, extractRows, type ExtractColumn } from '../export/extract.ts';
import { VOCABULARY } from '../i18n/messages/vocabulary.ts';

const EXTRA: Record<Locale, Record<string, string>> = {
  vi: {
    rank: 'hang',
    group: 'nhom',
    source_quality: 'chat_luong_nguon',
    source_quality_text: 'chat_luong_nguon_mo_ta',
    n_sources: 'so_nguon',
    conflict: 'nguon_khac_nhau',
  },
  en: {
    rank: 'rank',
    group: 'group',
    source_quality: 'source_quality',
    source_quality_text: 'source_quality_label',
    n_sources: 'n_sources',
    conflict: 'sources_disagree',
  },
};

export function rankingColumns(locale: Locale): ExtractColumn[] {
  return [
    ...extractColumns(locale),
    ...Object.entries(EXTRA[locale]).map(([key, header]) => ({ key, header })),
  ];
}

type Names = { indicator: (id: string) => string; area: (id: string) => string };

/** Download rows; `placed` gives a row's rank or group when the row is ranked. */
export function rankingExtract(
  rows: readonly ActualRow[],
  names: Names,
  locale: Locale,
  placed: (row: ActualRow) => { rank: number | null; group: string | null } = () => ({
    rank: null,
    group: null,
  }),
): Record<string, string | number | boolean | null>[] {
  const base = extractRows(rows, names);
  return rows.map((row, i) => {
    const { rank, group } = placed(row);
    return {
      ...base[i]!,
      rank,
      group,
      source_quality: row.source_quality,
      source_quality_text: VOCABULARY[locale].quality[row.source_quality] ?? row.source_quality,
      n_sources: row.n_sources,
      conflict: row.conflict,
    };
  });
}
