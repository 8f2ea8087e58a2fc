// The code lists the data page documents: each list's codes, the word the site shows for a code
// (when it has one) and what it means, in the page's language.
import { NO_PATH_REASONS, NOT_ASSESSABLE_REASONS, STATUSES } from '../domain/attainment/status.ts';
import { GOVERNMENT_STATUSES } from '../domain/government-assessment.ts';
import type { Locale } from '../domain/types.ts';
import {
  COMPARATOR_SYMBOL,
  COMPARATORS,
  SERIES,
  SOURCE_QUALITIES,
  VALUE_FLAGS,
} from '../domain/vocabulary.ts';
import { CODE_NOTES, type CodeList } from '../i18n/messages/data-dictionary.ts';
import { VOCABULARY } from '../i18n/messages/vocabulary.ts';

export const CODE_LISTS: { key: CodeList; codes: readonly string[] }[] = [
  { key: 'series', codes: SERIES },
  { key: 'sex', codes: ['all', 'female', 'male'] },
  { key: 'flags', codes: VALUE_FLAGS },
  { key: 'source_quality', codes: SOURCE_QUALITIES },
  { key: 'status', codes: STATUSES },
  { key: 'reason', codes: [...NOT_ASSESSABLE_REASONS, ...NO_PATH_REASONS] },
  { key: 'target_role', codes: ['own', 'inherited', 'national'] },
  { key: 'comparator', codes: COMPARATORS },
  { key: 'direction', codes: ['at_least', 'at_most', 'none'] },
  { key: 'value_type', codes: ['number', 'yes_no'] },
  { key: 'area_kind', codes: ['national', 'province', 'region'] },
  { key: 'region_basis', codes: ['legal', 'predecessors'] },
  { key: 'source_kind', codes: ['seed', 'web', 'legal'] },
  { key: 'government_status', codes: GOVERNMENT_STATUSES },
  {
    key: 'domain',
    codes: ['politics', 'economy', 'family_gbv', 'health', 'education', 'communication', 'context'],
  },
];

/** The word the site shows for a code ('' when the site shows the code itself). */
export function codeWord(list: CodeList, code: string, locale: Locale): string {
  const v = VOCABULARY[locale];
  const pick = (table: Record<string, string>) => table[code] ?? '';
  switch (list) {
    case 'series':
      return pick(v.series);
    case 'flags':
      return pick(v.flag);
    case 'source_quality':
      return pick(v.quality);
    case 'status':
      return pick(v.status);
    case 'reason':
      return pick(v.reason);
    case 'target_role':
      return pick(v.role);
    case 'sex':
      return CODE_NOTES[locale].sex?.[code] ?? '';
    case 'comparator':
      return COMPARATOR_SYMBOL[code as keyof typeof COMPARATOR_SYMBOL] ?? '';
    default:
      return '';
  }
}

/** What a code means, in the page's language. */
export function codeMeaning(list: CodeList, code: string, locale: Locale): string {
  return CODE_NOTES[locale][list]?.[code] ?? '';
}
