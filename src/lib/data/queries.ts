// All SQL of the site, as functions over a SqlClient (lint forbids `.query(` anywhere else). The
// same functions run in Node (prerender, tests) and in the browser (DuckDB-WASM), on the same
// DuckDB version, so they give the same answers. Values always travel as bound parameters; a list
// is bound as one JSON text cast to VARCHAR[] and matched with `= ANY(…)`.
import type { StatusRow } from '../domain/attainment/evaluate.ts';
import type {
  ActualRow,
  Area,
  AreaRegion,
  CrosswalkRow,
  Indicator,
  OtherTarget,
  Series,
  Sex,
  Source,
  Target,
  ValueSource,
} from '../domain/types.ts';
import type { QueryOptions, SqlClient } from './client.ts';
import { sourceDisplayTitle, titleLanguage } from '../domain/source-title.ts';
import type { RankingSlice } from '../domain/ranking.ts';
import type { GovernmentAssessment } from '../domain/government-assessment.ts';
import type { ReportDeadline } from '../domain/report-deadline.ts';

export type { ActualRow } from '../domain/types.ts';

/** Bind a list of strings as one parameter (values are data, never SQL). */
export function listParam(values: readonly string[]): string {
  return JSON.stringify(values);
}

const ACTUAL_COLUMNS = `indicator_id, area_id, year, series, sex, value, value_low, value_high,
  low_inclusive, high_inclusive, preliminary, derived, uncertain_year, approximate,
  source_id, source_url, source_title, source_quality, source_publisher, source_page_title,
  source_language, n_sources, conflict, unit`;

export async function listIndicators(db: SqlClient): Promise<Indicator[]> {
  return db.query<Indicator>('SELECT * FROM indicators ORDER BY domain, id');
}

export async function getIndicator(db: SqlClient, id: string): Promise<Indicator | null> {
  const rows = await db.query<Indicator>('SELECT * FROM indicators WHERE id = $1', [id]);
  return rows[0] ?? null;
}

/** Values and areas per indicator, for the indicator list. */
export async function indicatorCoverage(
  db: SqlClient,
): Promise<{ indicator_id: string; n_areas: number; n_values: number }[]> {
  return db.query(
    `SELECT indicator_id, count(DISTINCT area_id)::INTEGER AS n_areas, count(*)::INTEGER AS n_values
       FROM actuals GROUP BY indicator_id ORDER BY indicator_id`,
  );
}

export async function listAreas(db: SqlClient): Promise<Area[]> {
  return db.query<Area>('SELECT * FROM areas ORDER BY kind, vintage NULLS FIRST, code, id');
}

export async function listTargets(db: SqlClient, indicatorId?: string): Promise<Target[]> {
  return indicatorId === undefined
    ? db.query<Target>('SELECT * FROM targets ORDER BY indicator_id, area_id, year')
    : db.query<Target>('SELECT * FROM targets WHERE indicator_id = $1 ORDER BY area_id, year', [
        indicatorId,
      ]);
}

export interface ActualFilter {
  indicatorId: string;
  /** Area ids to include; all areas when empty. */
  areaIds?: readonly string[];
  fromYear?: number | null;
  toYear?: number | null;
}

/** Actuals of one indicator, sorted by area, series, sex and year. */
export async function listActuals(db: SqlClient, filter: ActualFilter): Promise<ActualRow[]> {
  const areaIds = filter.areaIds ?? [];
  return db.query<ActualRow>(
    `SELECT ${ACTUAL_COLUMNS}
       FROM actuals
      WHERE indicator_id = $1
        AND (len($2::VARCHAR[]) = 0 OR area_id = ANY($2::VARCHAR[]))
        AND year >= coalesce($3::INTEGER, 0)
        AND year <= coalesce($4::INTEGER, 9999)
      ORDER BY area_id, series, sex, year`,
    [filter.indicatorId, listParam(areaIds), filter.fromYear ?? null, filter.toYear ?? null],
  );
}

/** All actuals of some areas (every indicator): province pages and their predecessors. */
export async function listAreasActuals(
  db: SqlClient,
  areaIds: readonly string[],
): Promise<ActualRow[]> {
  return db.query<ActualRow>(
    `SELECT ${ACTUAL_COLUMNS}
       FROM actuals WHERE area_id = ANY($1::VARCHAR[])
      ORDER BY indicator_id, area_id, series, sex, year`,
    [listParam(areaIds)],
  );
}

/** Every source of one key when several give it (the point's "all sources" list). */
export interface ActualSourceRow {
  indicator_id: string;
  area_id: string;
  year: number;
  series: string;
  sex: string;
  value: number | null;
  value_low: number | null;
  value_high: number | null;
  preferred: boolean;
  source_id: string;
  source_url: string;
  source_title: string;
  source_quality: string;
  source_publisher: string;
  source_page_title: string;
  source_language: string;
}

export async function listActualSources(
  db: SqlClient,
  filter: { indicatorIds?: readonly string[]; areaIds?: readonly string[] },
): Promise<ActualSourceRow[]> {
  return db.query<ActualSourceRow>(
    `SELECT indicator_id, area_id, year, series, sex, value, value_low, value_high, preferred,
            source_id, source_url, source_title, source_quality, source_publisher,
            source_page_title, source_language
       FROM actual_sources
      WHERE (len($1::VARCHAR[]) = 0 OR indicator_id = ANY($1::VARCHAR[]))
        AND (len($2::VARCHAR[]) = 0 OR area_id = ANY($2::VARCHAR[]))
      ORDER BY indicator_id, area_id, year, series, sex, preferred DESC, source_url`,
    [listParam(filter.indicatorIds ?? []), listParam(filter.areaIds ?? [])],
  );
}

/**
 * The same rows, each value given by several sources carrying all of them (preferred first), so
 * a table or download lists every source of the one point it shows.
 */
export async function attachSources<T extends ActualRow>(db: SqlClient, rows: T[]): Promise<T[]> {
  const multi = rows.filter((r) => r.n_sources > 1);
  if (!multi.length) return rows;
  const sources = await listActualSources(db, {
    indicatorIds: [...new Set(multi.map((r) => r.indicator_id))],
    areaIds: [...new Set(multi.map((r) => r.area_id))],
  });
  const byKey = new Map<string, ValueSource[]>();
  for (const s of sources) {
    const key = `${s.indicator_id}|${s.area_id}|${s.year}|${s.series}|${s.sex}`;
    const list = byKey.get(key) ?? [];
    list.push({
      url: s.source_url,
      title: sourceDisplayTitle(s.source_publisher, s.source_page_title, s.source_title),
      language: s.source_language || titleLanguage(s.source_title),
      quality: s.source_quality as ValueSource['quality'],
      value: s.value,
      low: s.value_low,
      high: s.value_high,
      preferred: s.preferred,
    });
    byKey.set(key, list);
  }
  return rows.map((r) =>
    r.n_sources > 1
      ? { ...r, sources: byKey.get(`${r.indicator_id}|${r.area_id}|${r.year}|${r.series}|${r.sex}`) }
      : r,
  );
}

/** Status of targets as computed at build time by the attainment engine (table `status`). */
export interface StatusFilter {
  indicatorId?: string;
  areaIds?: readonly string[];
  evalYears?: readonly number[];
}

export async function listStatus(db: SqlClient, filter: StatusFilter = {}): Promise<StatusRow[]> {
  return db.query<StatusRow>(
    `SELECT * FROM status
      WHERE ($1::VARCHAR IS NULL OR indicator_id = $1)
        AND (len($2::VARCHAR[]) = 0 OR area_id = ANY($2::VARCHAR[]))
        AND (len($3::INTEGER[]) = 0 OR eval_year = ANY($3::INTEGER[]))
      ORDER BY indicator_id, area_id, eval_year, target_id, series`,
    [
      filter.indicatorId ?? null,
      listParam(filter.areaIds ?? []),
      JSON.stringify(filter.evalYears ?? []),
    ],
  );
}

export async function listAreaRegions(db: SqlClient): Promise<AreaRegion[]> {
  return db.query<AreaRegion>('SELECT * FROM area_regions ORDER BY area_id, region_id');
}

export async function listCrosswalk(db: SqlClient): Promise<CrosswalkRow[]> {
  return db.query('SELECT old_area_id, new_area_id FROM crosswalk ORDER BY old_area_id');
}

export async function listSources(db: SqlClient, ids?: readonly string[]): Promise<Source[]> {
  return ids === undefined
    ? db.query('SELECT * FROM sources ORDER BY id')
    : db.query('SELECT * FROM sources WHERE id = ANY($1::VARCHAR[]) ORDER BY id', [
        listParam(ids),
      ]);
}

/** Evaluation years of the status table (2021 … latest data year), oldest first. */
export async function evaluationYears(db: SqlClient): Promise<number[]> {
  const rows = await db.query<{ y: number }>(
    'SELECT DISTINCT eval_year::INTEGER AS y FROM status ORDER BY y',
  );
  return rows.map((r) => r.y);
}

/** Latest year with a value of a targeted indicator for an area (the overview's scorecard year). */
export async function latestTargetedYear(db: SqlClient, areaId: string): Promise<number | null> {
  const [row] = await db.query<{ y: number | null }>(
    `SELECT max(a.year)::INTEGER AS y FROM actuals a
       JOIN indicators i ON i.id = a.indicator_id
      WHERE a.area_id = $1 AND i.has_target`,
    [areaId],
  );
  return row?.y ?? null;
}

/** Plans adopted by a province (as it was when adopted) and their commitments. */
export interface PlanRow {
  id: string;
  area_id: string;
  document_number: string;
  date: string;
  title: string;
  period: string;
  text_file: string;
  /** Published name of the text under /data/plans/ (text_file stays for provenance and old links). */
  download_file: string;
  url: string;
  start_year: number;
  provisional: boolean;
}

export interface CommitmentRow {
  area_id: string;
  plan_id: string;
  item_type: string;
  description_vi: string;
  description_en: string;
  date_or_value: string;
  date_or_value_vi: string;
  date_or_value_en: string;
  where_in_plan_vi: string;
  where_in_plan_en: string;
}

export async function listPlans(db: SqlClient, areaIds: readonly string[]): Promise<PlanRow[]> {
  return db.query<PlanRow>(
    'SELECT * FROM plans WHERE area_id = ANY($1::VARCHAR[]) ORDER BY date, id',
    [listParam(areaIds)],
  );
}

export async function listCommitments(
  db: SqlClient,
  areaIds: readonly string[],
): Promise<CommitmentRow[]> {
  return db.query<CommitmentRow>(
    `SELECT * FROM commitments WHERE area_id = ANY($1::VARCHAR[])
      ORDER BY plan_id, item_type, date_or_value`,
    [listParam(areaIds)],
  );
}

/** The Government's own assessment rows (government_assessments), of some report years or all. */
export async function listGovernmentAssessments(
  db: SqlClient,
  years: readonly number[] = [],
): Promise<GovernmentAssessment[]> {
  return db.query<GovernmentAssessment>(
    `SELECT report_year, target_code, government_status, value, count_value, count_of, value_year,
            label_vi, label_en, unit_vi, unit_en, note_vi, note_en, report_vi, report_en,
            report_date, source_url, source_publisher, source_page_title, source_language, quote
       FROM government_assessments
      WHERE len($1::INTEGER[]) = 0 OR report_year = ANY($1::INTEGER[])
      ORDER BY report_year, source_line`,
    [JSON.stringify(years)],
  );
}

/** Targets set outside the plans (context only, never judged) for one indicator. */
export async function listOtherTargets(db: SqlClient, indicatorId: string): Promise<OtherTarget[]> {
  return db.query<OtherTarget>(
    'SELECT * FROM other_targets WHERE indicator_id = $1 ORDER BY area_id, year',
    [indicatorId],
  );
}

/** The reporting deadlines the plans of these areas set (report_deadlines.csv). */
export async function listReportDeadlines(
  db: SqlClient,
  areaIds: readonly string[],
): Promise<ReportDeadline[]> {
  return db.query<ReportDeadline>(
    `SELECT * FROM report_deadlines WHERE area_id = ANY($1::VARCHAR[])
      ORDER BY area_id, period, from_year`,
    [listParam(areaIds)],
  );
}

export interface ExploreFilter {
  indicatorIds: readonly string[];
  areaIds: readonly string[];
  fromYear: number | null;
  toYear: number | null;
  series: string | null;
  sex: string | null;
}

/** Actuals for the explore view: several indicators and areas, optional year range and series. */
export async function exploreActuals(
  db: SqlClient,
  f: ExploreFilter,
  options?: QueryOptions,
): Promise<ActualRow[]> {
  return db.query<ActualRow>(
    `SELECT ${ACTUAL_COLUMNS}
       FROM actuals
      WHERE indicator_id = ANY($1::VARCHAR[])
        AND area_id = ANY($2::VARCHAR[])
        AND year >= coalesce($3::INTEGER, 0)
        AND year <= coalesce($4::INTEGER, 9999)
        AND ($5::VARCHAR IS NULL OR series = $5)
        AND ($6::VARCHAR IS NULL OR sex = $6)
      ORDER BY indicator_id, area_id, series, sex, year`,
    [listParam(f.indicatorIds), listParam(f.areaIds), f.fromYear, f.toYear, f.series, f.sex],
    options,
  );
}

/** Every value of some indicators (all areas, years, series): the "full data" download only. */
export async function exploreYearValues(
  db: SqlClient,
  indicatorIds: readonly string[],
  options?: QueryOptions,
): Promise<ActualRow[]> {
  return db.query<ActualRow>(
    `SELECT ${ACTUAL_COLUMNS}
       FROM actuals
      WHERE indicator_id = ANY($1::VARCHAR[])
      ORDER BY indicator_id, area_id, year`,
    [listParam(indicatorIds)],
    options,
  );
}

/**
 * One (year, vintage, series) a ranking or map of an indicator could show, and how many provinces
 * it covers: the ranking module's slice (src/lib/domain/ranking.ts), counted in SQL.
 */
export type RankingOption = RankingSlice;

/** What one indicator's rankings could show for one sex: one row per (year, series, vintage). */
export async function rankingOptions(
  db: SqlClient,
  indicatorId: string,
  sex: Sex,
  options?: QueryOptions,
): Promise<RankingOption[]> {
  return db.query<RankingOption>(
    `SELECT a.year::INTEGER AS year, p.vintage::INTEGER AS vintage, a.series,
            count(DISTINCT a.area_id)::INTEGER AS n
       FROM actuals a JOIN areas p ON p.id = a.area_id
      WHERE a.indicator_id = $1 AND a.sex = $2 AND p.kind = 'province'
        AND (a.value IS NOT NULL OR a.value_low IS NOT NULL OR a.value_high IS NOT NULL)
      GROUP BY ALL
      ORDER BY year, vintage, series`,
    [indicatorId, sex],
    options,
  );
}

export interface RankingFilter {
  indicatorId: string;
  series: Series;
  vintage: 63 | 34;
  year: number;
  sex: Sex;
}

/**
 * The rows a ranking or map draws: one per province of one vintage, series, sex and year.
 */
export async function rankingValues(
  db: SqlClient,
  f: RankingFilter,
  options?: QueryOptions,
): Promise<ActualRow[]> {
  const columns = ACTUAL_COLUMNS.split(',')
    .map((c) => `a.${c.trim()}`)
    .join(', ');
  return db.query<ActualRow>(
    `SELECT ${columns}
       FROM actuals a JOIN areas p ON p.id = a.area_id
      WHERE a.indicator_id = $1 AND a.series = $2 AND a.sex = $5
        AND p.kind = 'province' AND p.vintage = $3 AND a.year = $4
        AND (a.value IS NOT NULL OR a.value_low IS NOT NULL OR a.value_high IS NOT NULL)
    QUALIFY row_number() OVER (PARTITION BY a.area_id ORDER BY a.source_id) = 1
      ORDER BY a.area_id`,
    [f.indicatorId, f.series, f.vintage, f.year, f.sex],
    options,
  );
}

/** Number of values per indicator (every area, year and series): the size of a "full data" file. */
export async function countByIndicator(
  db: SqlClient,
  indicatorIds: readonly string[],
  options?: QueryOptions,
): Promise<Record<string, number>> {
  const rows = await db.query<{ indicator_id: string; n: number }>(
    `SELECT indicator_id, count(*)::INTEGER AS n FROM actuals
      WHERE indicator_id = ANY($1::VARCHAR[]) GROUP BY indicator_id`,
    [listParam(indicatorIds)],
    options,
  );
  return Object.fromEntries(rows.map((r) => [r.indicator_id, r.n]));
}

/** Years that have at least one actual value, oldest first. */
export async function dataYears(db: SqlClient): Promise<number[]> {
  const rows = await db.query<{ year: number }>(
    'SELECT DISTINCT year::INTEGER AS year FROM actuals ORDER BY year',
  );
  return rows.map((r) => r.year);
}
