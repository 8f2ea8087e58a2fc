// The tables of the built dataset: columns, types and physical order, written once. The data
// build creates them from this, and the SQL tests build the same tables from the same code, so a
// query can never be tested against a schema the site does not have.
import type { ColumnType } from './node-client.ts';

export interface TableSpec {
  columns: readonly (readonly [string, ColumnType])[];
  /** Physical order: browser queries on data sorted by (indicator, area, year) are faster. */
  order: string;
  /** Shipped in the browser database (explore and the SQL panel read it). */
  browser: boolean | readonly string[];
}

const V = 'VARCHAR';
const I = 'INTEGER';
const D = 'DOUBLE';
const B = 'BOOLEAN';

export const TABLES = {
  indicators: {
    columns: [
      ['id', V],
      ['name_vi', V],
      ['name_en', V],
      ['short_vi', V],
      ['short_en', V],
      ['domain', V],
      ['unit_vi', V],
      ['unit_en', V],
      ['direction', V],
      ['definition_vi', V],
      ['definition_en', V],
      ['lead_agency_vi', V],
      ['strategy_ref', V],
      ['has_target', B],
      ['value_type', V],
      ['min_plausible', D],
      ['max_plausible', D],
      ['reference_low', D],
      ['reference_high', D],
      ['reference_vi', V],
      ['reference_en', V],
    ],
    order: 'id',
    browser: true,
  },
  areas: {
    columns: [
      ['id', V],
      ['kind', V],
      ['vintage', I],
      ['code', V],
      ['name_vi', V],
      ['name_en', V],
      ['region_id', V],
      ['valid_from', V],
      ['valid_to', V],
    ],
    order: 'kind, vintage NULLS FIRST, code, id',
    browser: true,
  },
  crosswalk: {
    columns: [
      ['old_area_id', V],
      ['new_area_id', V],
    ],
    order: 'old_area_id',
    browser: true,
  },
  area_regions: {
    columns: [
      ['area_id', V],
      ['region_id', V],
      ['basis', V],
      ['source_id', V],
    ],
    order: 'area_id, region_id',
    browser: true,
  },
  targets: {
    columns: [
      ['id', V],
      ['indicator_id', V],
      ['area_id', V],
      ['year', I],
      ['comparator', V],
      ['value', D],
      ['baseline_value', D],
      ['baseline_year', I],
      ['plan_start_year', I],
      ['legal_ref', V],
      ['legal_ref_en', V],
      ['source_id', V],
      ['note', V],
      ['plan_id', V],
      ['provisional', B],
      ['lead_agency_vi', V],
      ['comparator_reason', V],
      ['source_document', V],
      ['source_ref', V],
      ['source_url', V],
    ],
    order: 'indicator_id, area_id, year',
    browser: true,
  },
  actuals: {
    columns: [
      ['indicator_id', V],
      ['area_id', V],
      ['year', I],
      ['series', V],
      ['sex', V],
      ['value', D],
      ['value_low', D],
      ['value_high', D],
      ['low_inclusive', B],
      ['high_inclusive', B],
      ['preliminary', B],
      ['derived', B],
      ['uncertain_year', B],
      ['approximate', B],
      ['source_id', V],
      ['source_url', V],
      ['source_title', V],
      ['source_quality', V],
      ['n_sources', I],
      ['conflict', B],
      ['unit', V],
      ['note', V],
      ['quote_hint', V],
      ['period_note', V],
      ['source_file', V],
      ['source_line', I],
    ],
    order: 'indicator_id, area_id, year, series, sex',
    // The long provenance texts stay in the downloads and the build database.
    browser: [
      'indicator_id',
      'area_id',
      'year',
      'series',
      'sex',
      'value',
      'value_low',
      'value_high',
      'low_inclusive',
      'high_inclusive',
      'preliminary',
      'derived',
      'uncertain_year',
      'approximate',
      'source_id',
      'source_url',
      'source_title',
      'source_quality',
      'n_sources',
      'conflict',
      'unit',
    ],
  },
  actual_sources: {
    columns: [
      ['indicator_id', V],
      ['area_id', V],
      ['year', I],
      ['series', V],
      ['sex', V],
      ['value', D],
      ['value_low', D],
      ['value_high', D],
      ['preferred', B],
      ['source_id', V],
      ['source_url', V],
      ['source_title', V],
      ['source_quality', V],
      ['quote_hint', V],
      ['period_note', V],
      ['source_file', V],
      ['source_line', I],
    ],
    order: 'indicator_id, area_id, year, series, sex, preferred DESC, source_url',
    browser: [
      'indicator_id',
      'area_id',
      'year',
      'series',
      'sex',
      'value',
      'value_low',
      'value_high',
      'preferred',
      'source_id',
      'source_url',
      'source_title',
      'source_quality',
    ],
  },
  sources: {
    columns: [
      ['id', V],
      ['kind', V],
      ['title', V],
      ['url', V],
      ['publisher', V],
      ['licence', V],
    ],
    order: 'id',
    browser: true,
  },
  plans: {
    columns: [
      ['id', V],
      ['area_id', V],
      ['document_number', V],
      ['date', V],
      ['title', V],
      ['period', V],
      ['text_file', V],
      ['url', V],
      ['start_year', I],
      ['provisional', B],
    ],
    order: 'area_id, date, id',
    browser: false,
  },
  commitments: {
    columns: [
      ['area_id', V],
      ['plan_id', V],
      ['item_type', V],
      ['description_vi', V],
      ['description_en', V],
      ['date_or_value', V],
      ['where_in_plan', V],
    ],
    order: 'area_id, plan_id, item_type, date_or_value',
    browser: false,
  },
  status: {
    columns: [
      ['indicator_id', V],
      ['area_id', V],
      ['eval_year', I],
      ['target_id', V],
      ['target_area_id', V],
      ['target_role', V],
      ['comparator', V],
      ['target_value', D],
      ['target_year', I],
      ['plan_start_year', I],
      ['series', V],
      ['actual_value', D],
      ['actual_low', D],
      ['actual_high', D],
      ['actual_low_inclusive', B],
      ['actual_high_inclusive', B],
      ['actual_year', I],
      ['actual_source_url', V],
      ['actual_source_quality', V],
      ['actual_preliminary', B],
      ['actual_approximate', B],
      ['actual_uncertain_year', B],
      ['actual_n_sources', I],
      ['actual_conflict', B],
      ['baseline_year', I],
      ['baseline_value', D],
      ['baseline_stated', B],
      ['path_value', D],
      ['status', V],
      ['reason', V],
    ],
    order: 'indicator_id, area_id, eval_year, target_id, series',
    browser: false,
  },
} as const satisfies Record<string, TableSpec>;

export type TableName = keyof typeof TABLES;

export function columnsOf(name: TableName): string[] {
  return TABLES[name].columns.map(([c]) => c);
}

/** Columns of a table as the browser database holds it. */
export function browserColumnsOf(name: TableName): string[] | null {
  const spec: TableSpec = TABLES[name];
  if (spec.browser === false) return null;
  return spec.browser === true ? columnsOf(name) : [...spec.browser];
}
