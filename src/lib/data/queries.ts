// All SQL of the site, as functions over a SqlClient. The same functions run in Node (prerender,
// tests) and in the browser (DuckDB-WASM), on the same DuckDB version, so they give the same answers.
// Values always travel as bound parameters; lists are bound as one array-typed parameter.
import type { Actual, Area, Indicator, Target } from '../domain/types.ts';
import type { SqlClient } from './client.ts';

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
  return db.query<Area>(
    'SELECT * FROM areas ORDER BY kind, vintage NULLS FIRST, code, id',
  );
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
