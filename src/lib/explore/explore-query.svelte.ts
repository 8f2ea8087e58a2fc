// Runs an explore state's queries in the browser and keeps the latest answer. Shared by the
// explore page and its embed, so both draw exactly the same rows for the same URL.
//
// - Each query returns only what the view draws: the trend and table views the chosen
//   indicators × areas × years; the ranking and map views one row per province (one vintage, one
//   series, one year or each province's latest), picked in SQL.
// - Answers are cached per query (a state seen before redraws without touching the engine, in the
//   same task as the input).
// - Only the latest state may write: an older run that finishes (or fails) later is dropped, and
//   its queries are aborted.
import { RowLimitError, type SqlClient } from '../data/client.ts';
import { createEngine } from '../data/engine-status.svelte.ts';
import {
  countByIndicator,
  exploreActuals,
  exploreYearValues,
  rankingOptions,
  rankingValues,
  type ActualRow,
  type ExploreFilter,
  type RankingFilter,
  type RankingOption,
} from '../data/queries.ts';
import { expandComparison, type Geography } from './areas.ts';
import {
  resolveRankingRequest,
  type DroppedRequest,
  type RankingChoice,
} from '../domain/ranking.ts';
import type { ExploreState } from './url-state.ts';

/** A view never pulls more rows than this; more is refused with a visible message. */
export const MAX_VIEW_ROWS = 50_000;

/** One indicator's ranking or map: what could be shown, what was chosen, and its rows. */
export interface RankingResult {
  options: RankingOption[];
  /** The ranking module's choice (year, vintage, series); null when nothing can be ranked. */
  choice: RankingChoice | null;
  /** The state's year or vintage this indicator has no provincial value in (said in a note). */
  dropped: DroppedRequest;
  /** One row per province of the chosen year, vintage, series and sex. */
  rows: ActualRow[];
}

export interface ExploreQueryOptions {
  /** The engine to query; the tab's DuckDB-WASM engine by default (tests pass a Node client). */
  connect?: () => Promise<SqlClient | null>;
  /** Number of query answers kept (least recently used dropped first). */
  cacheSize?: number;
  /** Rows a view may pull (MAX_VIEW_ROWS by default). */
  maxViewRows?: number;
}

/** A small least-recently-used map of settled query answers. */
class AnswerCache {
  readonly #map = new Map<string, unknown>();
  constructor(readonly size: number) {}
  has(key: string): boolean {
    return this.#map.has(key);
  }
  get<T>(key: string): T | undefined {
    if (!this.#map.has(key)) return undefined;
    const value = this.#map.get(key) as T;
    this.#map.delete(key);
    this.#map.set(key, value);
    return value;
  }
  set(key: string, value: unknown): void {
    this.#map.delete(key);
    this.#map.set(key, value);
    while (this.#map.size > this.size) this.#map.delete(this.#map.keys().next().value!);
  }
}

/** What a view draws: the trend/table rows (per indicator), or per indicator its ranking. */
interface Answer {
  byIndicator: Record<string, ActualRow[]>;
  ranking: Record<string, RankingResult>;
}

const isAbort = (e: unknown) => e instanceof DOMException && e.name === 'AbortError';
const RANKING_VIEWS = new Set(['ranking', 'map']);

export function createExploreQuery(
  datasetUrl: () => string,
  geography: () => Geography,
  options: ExploreQueryOptions = {},
) {
  const engine = createEngine(datasetUrl);
  const connect = options.connect ?? (() => engine.start());
  const cache = new AnswerCache(options.cacheSize ?? 256);
  const maxRows = options.maxViewRows ?? MAX_VIEW_ROWS;
  let rows: ActualRow[] = $state.raw([]);
  let byIndicator: Record<string, ActualRow[]> = $state.raw({});
  let ranking: Record<string, RankingResult> = $state.raw({});
  /** Values per selected indicator in the whole dataset: the row count of "full data". */
  let fullCounts: Record<string, number> = $state.raw({});
  let queried = $state(false);
  let error = $state('');
  /** Set when the latest state asked for more rows than a view may draw (its limit). */
  let rowLimit: number | null = $state(null);
  /** Number of answers drawn so far: lets tests and benchmarks see that a redraw happened. */
  let completed = $state(0);
  let request = 0;
  let controller: AbortController | null = null;

  /** A cached answer, or the query's (the answer is kept only once it has arrived). */
  async function cached<T>(key: string, load: () => Promise<T>): Promise<T> {
    if (cache.has(key)) return cache.get<T>(key)!;
    const value = await load();
    cache.set(key, value);
    return value;
  }

  const filterOf = (state: ExploreState): ExploreFilter => ({
    indicatorIds: state.indicators,
    areaIds: expandComparison(state.areas, state.compare, geography()),
    fromYear: state.from,
    toYear: state.to,
    series: state.series,
    sex: state.sex,
  });
  const keys = {
    /** One indicator's rows for the rest of the filter: adding an indicator queries only it. */
    actuals: (id: string, f: ExploreFilter) =>
      `actuals|${id}|${JSON.stringify({ ...f, indicatorIds: [] })}`,
    counts: (ids: readonly string[]) => `counts|${ids.join(',')}`,
    options: (id: string, sex: string) => `options|${id}|${sex}`,
    values: (f: RankingFilter) => `values|${JSON.stringify(f)}`,
  };

  /** The one ranking rule (src/lib/domain/ranking.ts) decides; SQL then fetches just those rows. */
  function rankingPick(id: string, opts: readonly RankingOption[], state: ExploreState) {
    const { choice, dropped } = resolveRankingRequest(opts, {
      year: state.year,
      vintage: state.vintage,
      series: state.series,
    });
    const filter: RankingFilter | null =
      choice && choice.series
        ? {
            indicatorId: id,
            series: choice.series,
            vintage: choice.vintage,
            year: choice.year,
            sex: state.sex ?? 'all',
          }
        : null;
    return { choice, dropped, filter };
  }

  /** What a state's view draws, from the cache alone, or null if a query is needed. */
  function fromCache(state: ExploreState): Answer | null {
    if (!RANKING_VIEWS.has(state.view)) {
      const filter = filterOf(state);
      const found: Record<string, ActualRow[]> = {};
      for (const id of state.indicators) {
        const part = cache.get<ActualRow[]>(keys.actuals(id, filter));
        if (!part) return null;
        found[id] = part;
      }
      return { byIndicator: found, ranking: {} };
    }
    const result: Record<string, RankingResult> = {};
    const sex = state.sex ?? 'all';
    for (const id of state.indicators) {
      const opts = cache.get<RankingOption[]>(keys.options(id, sex));
      if (!opts) return null;
      const { choice, dropped, filter } = rankingPick(id, opts, state);
      const values = filter ? cache.get<ActualRow[]>(keys.values(filter)) : [];
      if (!values) return null;
      result[id] = { options: opts, choice, dropped, rows: values };
    }
    return { byIndicator: {}, ranking: result };
  }

  /** Each indicator's rows: from the cache, the missing indicators in one query. */
  async function actualsOf(
    db: SqlClient,
    state: ExploreState,
    signal: AbortSignal,
  ): Promise<Record<string, ActualRow[]>> {
    const filter = filterOf(state);
    const missing = state.indicators.filter((id) => !cache.has(keys.actuals(id, filter)));
    if (missing.length) {
      const found = await exploreActuals(
        db,
        { ...filter, indicatorIds: missing },
        { signal, maxRows },
      );
      const parts: Record<string, ActualRow[]> = Object.fromEntries(missing.map((id) => [id, []]));
      for (const r of found) parts[r.indicator_id]?.push(r);
      for (const id of missing) cache.set(keys.actuals(id, filter), parts[id]);
    }
    return Object.fromEntries(
      state.indicators.map((id) => [id, cache.get<ActualRow[]>(keys.actuals(id, filter)) ?? []]),
    );
  }

  async function rankingOf(
    db: SqlClient,
    id: string,
    state: ExploreState,
    signal: AbortSignal,
  ): Promise<RankingResult> {
    const sex = state.sex ?? 'all';
    const opts = await cached(keys.options(id, sex), () => rankingOptions(db, id, sex, { signal }));
    const { choice, dropped, filter } = rankingPick(id, opts, state);
    const values = filter
      ? await cached(keys.values(filter), () => rankingValues(db, filter, { signal, maxRows }))
      : [];
    return { options: opts, choice, dropped, rows: values };
  }

  function show(answer: Answer, started: number, cachedAnswer: boolean): void {
    byIndicator = answer.byIndicator;
    // Every row, in the order the SQL sorts them (indicator, area, series, sex, year).
    rows = Object.keys(answer.byIndicator)
      .sort()
      .flatMap((id) => answer.byIndicator[id]!);
    ranking = answer.ranking;
    error = '';
    rowLimit = null;
    queried = true;
    completed += 1;
    // Run start → answer, for the benchmark's breakdown (only the latest one is kept).
    performance.clearMeasures('explore:answer');
    performance.measure('explore:answer', { start: started, detail: { cached: cachedAnswer } });
  }

  async function run(state: ExploreState): Promise<void> {
    const started = performance.now();
    const mine = ++request; // only the latest state may write
    controller?.abort();
    const own = new AbortController();
    controller = own;
    const signal = own.signal;
    // A state whose answers are all cached is drawn in this very task.
    const countsKey = keys.counts(state.indicators);
    const knownCounts = cache.get<Record<string, number>>(countsKey);
    if (knownCounts) fullCounts = knownCounts;
    const hit = fromCache(state);
    if (hit) {
      show(hit, started, true);
      if (knownCounts) return;
    }
    try {
      const db = await connect();
      if (!db || mine !== request) return;
      if (!hit) {
        const answer: Answer = { byIndicator: {}, ranking: {} };
        if (RANKING_VIEWS.has(state.view)) {
          const results = await Promise.all(
            state.indicators.map((id) => rankingOf(db, id, state, signal)),
          );
          state.indicators.forEach((id, i) => (answer.ranking[id] = results[i]!));
        } else {
          answer.byIndicator = await actualsOf(db, state, signal);
        }
        if (mine !== request) return;
        show(answer, started, false);
      }
      // The size of "full data" is needed only by the download bar: asked for after the view is
      // drawn, so it never delays a chart.
      if (!knownCounts) {
        const counts = await cached(countsKey, () =>
          countByIndicator(db, state.indicators, { signal }),
        );
        if (mine === request) fullCounts = counts;
      }
    } catch (e) {
      // A superseded run never writes, not even its error.
      if (mine !== request || isAbort(e)) return;
      rowLimit = e instanceof RowLimitError ? e.maxRows : null;
      error = e instanceof Error ? e.message : String(e);
    }
  }

  /** Every value of these indicators (all areas, years, series), fetched when asked for. */
  async function loadFull(indicatorIds: readonly string[]): Promise<ActualRow[]> {
    const db = await connect();
    return db ? exploreYearValues(db, indicatorIds) : [];
  }

  /** Performance marks of the `completed`-th drawn answer (the first, and each redraw). */
  function markDrawn(drawn: number): void {
    if (drawn === 0) return;
    if (drawn === 1) performance.mark('explore:first-result');
    performance.clearMarks('explore:drawn');
    performance.mark('explore:drawn');
  }

  return {
    engine,
    run,
    loadFull,
    markDrawn,
    get fullCounts() {
      return fullCounts;
    },
    /** Trend and table views: the values of the chosen indicators, areas and years. */
    get rows() {
      return rows;
    },
    /**
     * The same rows per indicator. An indicator whose rows did not change keeps the very same
     * array, so its chart is not redrawn.
     */
    get byIndicator() {
      return byIndicator;
    },
    /** Ranking and map views: per indicator, one row per province. */
    get ranking() {
      return ranking;
    },
    /** Number of values the current view draws. */
    get shownCount() {
      return rows.length + Object.values(ranking).reduce((n, r) => n + r.rows.length, 0);
    },
    get queried() {
      return queried;
    },
    get error() {
      return error;
    },
    get rowLimit() {
      return rowLimit;
    },
    get completed() {
      return completed;
    },
  };
}
