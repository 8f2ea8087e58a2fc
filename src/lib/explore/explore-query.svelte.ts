// Runs an explore state's queries in the browser and keeps the latest answer. Shared by the
// explore page and its embed, so both draw exactly the same rows for the same URL.
import { createEngine } from '../data/engine-status.svelte.ts';
import {
  countByIndicator,
  exploreActuals,
  exploreYearValues,
  type ActualRow,
} from '../data/queries.ts';
import { expandComparison, type Geography } from './areas.ts';
import type { ExploreState } from './url-state.ts';

export function createExploreQuery(datasetUrl: () => string, geography: () => Geography) {
  const engine = createEngine(datasetUrl);
  let rows: ActualRow[] = $state.raw([]);
  /** Every area's values of the selected indicators, for the ranking and map views. */
  let allAreaRows: ActualRow[] = $state.raw([]);
  /** Values per selected indicator in the whole dataset: the row count of "full data". */
  let fullCounts: Record<string, number> = $state.raw({});
  let queried = $state(false);
  let error = $state('');
  /** Number of queries drawn so far: lets tests and benchmarks see that a redraw happened. */
  let completed = $state(0);
  let request = 0;
  let countsKey = '';

  async function run(state: ExploreState): Promise<void> {
    const mine = ++request; // a slower earlier query must not overwrite a newer one
    const db = await engine.start();
    if (!db) return;
    try {
      const result = await exploreActuals(db, {
        indicatorIds: state.indicators,
        areaIds: expandComparison(state.areas, state.compare, geography()),
        fromYear: state.from,
        toYear: state.to,
        series: state.series,
        sex: state.sex,
      });
      const wide =
        state.view === 'ranking' || state.view === 'map'
          ? await exploreYearValues(db, state.indicators)
          : [];
      // Counts change only with the indicators: not re-queried on every filter change.
      const key = state.indicators.join(',');
      const counts = key === countsKey ? fullCounts : await countByIndicator(db, state.indicators);
      if (mine !== request) return;
      rows = result;
      allAreaRows = wide;
      fullCounts = counts;
      countsKey = key;
      completed += 1;
      error = '';
      queried = true;
    } catch (e) {
      error = e instanceof Error ? e.message : String(e);
    }
  }

  /** Every value of these indicators (all areas, years, series), fetched when asked for. */
  async function loadFull(indicatorIds: readonly string[]): Promise<ActualRow[]> {
    const db = await engine.start();
    return db ? exploreYearValues(db, indicatorIds) : [];
  }

  return {
    engine,
    run,
    loadFull,
    get fullCounts() {
      return fullCounts;
    },
    get rows() {
      return rows;
    },
    get allAreaRows() {
      return allAreaRows;
    },
    get queried() {
      return queried;
    },
    get error() {
      return error;
    },
    get completed() {
      return completed;
    },
  };
}
