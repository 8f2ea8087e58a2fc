// All SQL of the site, as functions over a SqlClient. The same functions run in Node (prerender,
// tests) and in the browser (DuckDB-WASM), on the same DuckDB version, so they give the same answers.
// Values always travel as bound parameters; lists are bound as one array-typed parameter.
import type { Actual, Area, AreaRegion, Indicator, Target } from '../domain/types.ts';
import type { Row, SqlClient } from './client.ts';

/** Actual row as shipped, with provenance. */
export interface ActualRow extends Actual {
  source_title: string;
  unit: string;
}

export async function listIndicators(db: SqlClient): Promise<Indicator[]> {
  return db.query<Indicator>('SELECT * FROM indicators ORDER BY domain, id');
}

export async function getIndicator(db: SqlClient, id: string): Promise<Indicator | null> {
  const rows = await db.query<Indicator>('SELECT * FROM indicators WHERE id = $1', [id]);
  return rows[0] ?? null;
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

/** Actuals of one indicator, sorted as stored (indicator, area, year). */
export async function listActuals(db: SqlClient, filter: ActualFilter): Promise<ActualRow[]> {
  const areaIds = filter.areaIds ?? [];
  return db.query<ActualRow>(
    `SELECT indicator_id, area_id, year, series, sex, value, value_low, value_high,
            low_inclusive, high_inclusive, preliminary, derived, uncertain_year,
            source_id, source_url, source_title, unit, note
       FROM actuals
      WHERE indicator_id = $1
        AND (len($2::VARCHAR[]) = 0 OR list_contains($2::VARCHAR[], area_id))
        AND year >= coalesce($3::INTEGER, 0)
        AND year <= coalesce($4::INTEGER, 9999)
      ORDER BY area_id, series, sex, year, source_id`,
    [filter.indicatorId, listParam(areaIds), filter.fromYear ?? null, filter.toYear ?? null],
  );
}

/**
 * Bind a list of strings as one parameter. Neither engine binds JS arrays directly, so the list is
 * sent as a JSON text and cast to VARCHAR[] in SQL (values are still data, never SQL).
 */
export function listParam(values: readonly string[]): string {
  return JSON.stringify(values);
}

/** Status of targets as computed at build time by the attainment engine (table `status`). */
export interface StatusFilter {
  indicatorId?: string;
  areaId?: string;
  evalYear?: number;
}

export async function listStatus<T>(db: SqlClient, filter: StatusFilter = {}): Promise<T[]> {
  return db.query<T>(
    `SELECT * FROM status
      WHERE ($1::VARCHAR IS NULL OR indicator_id = $1)
        AND ($2::VARCHAR IS NULL OR area_id = $2)
        AND ($3::INTEGER IS NULL OR eval_year = $3)
      ORDER BY indicator_id, area_id, eval_year, target_id`,
    [filter.indicatorId ?? null, filter.areaId ?? null, filter.evalYear ?? null],
  );
}

export interface AvailabilityRow {
  indicator_id: string;
  area_id: string;
  year: number;
  series: string;
  sex: string;
  n_values: number;
}

export async function listAvailability(
  db: SqlClient,
  indicatorId?: string,
): Promise<AvailabilityRow[]> {
  return db.query<AvailabilityRow>(
    `SELECT indicator_id, area_id, year::INTEGER AS year, series, sex, n_values::INTEGER AS n_values
       FROM availability
      WHERE $1::VARCHAR IS NULL OR indicator_id = $1
      ORDER BY indicator_id, area_id, year`,
    [indicatorId ?? null],
  );
}

export async function listAreaRegions(db: SqlClient): Promise<AreaRegion[]> {
  return db.query<AreaRegion>('SELECT * FROM area_regions ORDER BY area_id, region_id');
}

export async function listCrosswalk(
  db: SqlClient,
): Promise<{ old_area_id: string; new_area_id: string }[]> {
  return db.query('SELECT old_area_id, new_area_id FROM crosswalk ORDER BY old_area_id');
}

export async function listSources(db: SqlClient): Promise<import('../domain/types.ts').Source[]> {
  return db.query('SELECT * FROM sources ORDER BY id');
}

/** Years that have at least one actual value, newest last. */
export async function dataYears(db: SqlClient): Promise<number[]> {
  const rows = await db.query<{ year: number }>(
    'SELECT DISTINCT year::INTEGER AS year FROM actuals ORDER BY year',
  );
  return rows.map((r) => r.year);
}

/** Evaluation years of the status table (2021 … latest data year), oldest first. */
export async function evaluationYears(db: SqlClient): Promise<number[]> {
  const rows = await db.query<{ y: number }>(
    'SELECT DISTINCT eval_year::INTEGER AS y FROM status ORDER BY y',
  );
  return rows.map((r) => r.y);
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
  url: string;
}

export interface CommitmentRow {
  area_id: string;
  plan_id: string;
  item_type: string;
  description_vi: string;
  description_en: string;
  date_or_value: string;
  where_in_plan: string;
}

export async function listPlans(db: SqlClient, areaIds: readonly string[]): Promise<PlanRow[]> {
  return db.query<PlanRow>(
    'SELECT * FROM plans WHERE list_contains($1::VARCHAR[], area_id) ORDER BY date, id',
    [listParam(areaIds)],
  );
}

export async function listCommitments(
  db: SqlClient,
  areaIds: readonly string[],
): Promise<CommitmentRow[]> {
  return db.query<CommitmentRow>(
    `SELECT * FROM commitments WHERE list_contains($1::VARCHAR[], area_id)
      ORDER BY plan_id, item_type, date_or_value`,
    [listParam(areaIds)],
  );
}

/** All actuals of one area (every indicator), for sparklines and the province's data table. */
export async function listAreaActuals(db: SqlClient, areaId: string): Promise<ActualRow[]> {
  return db.query<ActualRow>(
    `SELECT indicator_id, area_id, year, series, sex, value, value_low, value_high,
            low_inclusive, high_inclusive, preliminary, derived, uncertain_year,
            source_id, source_url, source_title, unit, note
       FROM actuals WHERE area_id = $1
      ORDER BY indicator_id, series, sex, year, source_id`,
    [areaId],
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
export async function exploreActuals(db: SqlClient, f: ExploreFilter): Promise<ActualRow[]> {
  return db.query<ActualRow>(
    `SELECT indicator_id, area_id, year, series, sex, value, value_low, value_high,
            low_inclusive, high_inclusive, preliminary, derived, uncertain_year,
            source_id, source_url, source_title, unit, note
       FROM actuals
      WHERE list_contains($1::VARCHAR[], indicator_id)
        AND list_contains($2::VARCHAR[], area_id)
        AND year >= coalesce($3::INTEGER, 0)
        AND year <= coalesce($4::INTEGER, 9999)
        AND ($5::VARCHAR IS NULL OR series = $5)
        AND ($6::VARCHAR IS NULL OR sex = $6)
      ORDER BY indicator_id, area_id, series, sex, year, source_id`,
    [listParam(f.indicatorIds), listParam(f.areaIds), f.fromYear, f.toYear, f.series, f.sex],
  );
}

/** All values of some indicators for one year and series, every area (ranking and map views). */
export async function exploreYearValues(
  db: SqlClient,
  indicatorIds: readonly string[],
): Promise<ActualRow[]> {
  return db.query<ActualRow>(
    `SELECT indicator_id, area_id, year, series, sex, value, value_low, value_high,
            low_inclusive, high_inclusive, preliminary, derived, uncertain_year,
            source_id, source_url, source_title, unit, note
       FROM actuals
      WHERE list_contains($1::VARCHAR[], indicator_id)
      ORDER BY indicator_id, area_id, year`,
    [listParam(indicatorIds)],
  );
}

/** Number of values per indicator (every area, year and series): the size of a "full data" file. */
export async function countByIndicator(
  db: SqlClient,
  indicatorIds: readonly string[],
): Promise<Record<string, number>> {
  const rows = await db.query<{ indicator_id: string; n: number }>(
    `SELECT indicator_id, count(*)::INTEGER AS n FROM actuals
      WHERE list_contains($1::VARCHAR[], indicator_id) GROUP BY indicator_id`,
    [listParam(indicatorIds)],
  );
  return Object.fromEntries(rows.map((r) => [r.indicator_id, r.n]));
}

export const USER_QUERY_LIMIT = 5000;

/**
 * Run an analyst's own query from the SQL panel. Only one SELECT-like statement is accepted: it is
 * wrapped as a subquery with a row limit, so anything else (a second statement, DDL, COPY,
 * ATTACH) is a syntax error rather than an action. The dataset is attached read-only anyway.
 */
export async function runUserQuery(db: SqlClient, sql: string): Promise<Row[]> {
  const body = sql.trim().replace(/;\s*$/, '');
  if (!/^(select|with|from|values|table)\b/i.test(body)) {
    throw new Error('Only SELECT queries are allowed (SELECT, WITH, FROM, VALUES).');
  }
  return db.query<Row>(`SELECT * FROM (\n${body}\n) AS user_query LIMIT ${USER_QUERY_LIMIT}`);
}
