// The explore query module on the real dataset (node-api, the browser's engine version): only the
// latest state writes (a slower older answer or error is dropped), answers are cached per state,
// superseded queries are aborted, and the ranking views get only the rows they draw.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { QueryOptions, Row, SqlClient, SqlParam } from '../../../src/lib/data/client.ts';
import type { NodeSqlClient } from '../../../src/lib/data/node-client.ts';
import {
  listActuals,
  listAreas,
  listCrosswalk,
  listAreaRegions,
} from '../../../src/lib/data/queries.ts';
import { rankingSlices, resolveRanking, valuesFor } from '../../../src/lib/domain/ranking.ts';
import { createExploreQuery } from '../../../src/lib/explore/explore-query.svelte.ts';
import { DEFAULT_STATE, type ExploreState } from '../../../src/lib/explore/url-state.ts';
import type { Geography } from '../../../src/lib/explore/areas.ts';
import { openRealDataset } from '../data/real-dataset.ts';

let db: NodeSqlClient;
let geography: Geography;
let vintageOf: Map<string, number | null>;
beforeAll(async () => {
  db = await openRealDataset();
  geography = { crosswalk: await listCrosswalk(db), areaRegions: await listAreaRegions(db) };
  vintageOf = new Map((await listAreas(db)).map((a) => [a.id, a.vintage]));
});
afterAll(async () => db.close());

interface Call {
  sql: string;
  params: readonly SqlParam[];
  signal?: AbortSignal;
}

/**
 * A client over the real dataset whose queries can be held back or made to fail: `gate(match)`
 * returns a handle; any query whose SQL or parameters mention `match` waits until released.
 */
function controlledClient() {
  const calls: Call[] = [];
  const gates: { match: string; wait: Promise<void>; fail: boolean }[] = [];
  const client: SqlClient = {
    async query<T = Row>(sql: string, params: readonly SqlParam[] = [], o: QueryOptions = {}) {
      calls.push({ sql, params, signal: o.signal });
      const gate = gates.find(
        (g) => sql.includes(g.match) || params.some((p) => String(p).includes(g.match)),
      );
      if (gate) {
        await gate.wait;
        if (gate.fail) throw new Error(`held query for ${gate.match} failed`);
      }
      return db.query<T>(sql, params, { maxRows: o.maxRows }); // the signal is checked here:
    },
    exec: (sql, params) => db.exec(sql, params),
    close: async () => undefined,
  };
  return {
    client,
    calls,
    gate(match: string, fail = false) {
      let release!: () => void;
      const wait = new Promise<void>((r) => (release = r));
      gates.push({ match, wait, fail });
      return release;
    },
  };
}

/** Wait until a query mentioning `match` has been sent (so it is truly in flight). */
async function sent(c: { calls: Call[] }, match: string): Promise<void> {
  for (let i = 0; i < 200; i++) {
    if (c.calls.some((k) => k.params.some((p) => String(p).includes(match)))) return;
    await new Promise((r) => setTimeout(r, 5));
  }
  throw new Error(`no query for ${match} was sent`);
}

const state = (over: Partial<ExploreState>): ExploreState => ({ ...DEFAULT_STATE, ...over });
const make = (client: SqlClient, options: { maxViewRows?: number } = {}) =>
  createExploreQuery(
    () => 'unused',
    () => geography,
    { connect: async () => client, ...options },
  );

describe('only the latest state writes', () => {
  it('a stale error arriving after a newer result never overwrites it', async () => {
    const c = controlledClient();
    const q = make(c.client);
    const release = c.gate('literacy_rate_15plus', true); // state A's queries fail, later
    const a = q.run(state({ indicators: ['literacy_rate_15plus'] }));
    await sent(c, 'literacy_rate_15plus'); // A's queries are in flight
    await q.run(state({ indicators: ['total_fertility_rate'] })); // state B answers first
    expect(q.error).toBe('');
    const shown = q.rows;
    expect(shown.length).toBeGreaterThan(0);
    expect(new Set(shown.map((r) => r.indicator_id))).toEqual(new Set(['total_fertility_rate']));
    release();
    await a; // A fails now
    expect(q.error).toBe('');
    expect(q.rows).toBe(shown);
    expect(q.completed).toBe(1);
  });

  it('a stale answer arriving after a newer one is dropped, and its queries were aborted', async () => {
    const c = controlledClient();
    const q = make(c.client);
    const release = c.gate('literacy_rate_15plus');
    const a = q.run(state({ indicators: ['literacy_rate_15plus'] }));
    await sent(c, 'literacy_rate_15plus');
    await q.run(state({ indicators: ['total_fertility_rate'] }));
    const shown = q.rows;
    release();
    await a;
    expect(q.rows).toBe(shown);
    expect(q.completed).toBe(1);
    const staleCalls = c.calls.filter((k) =>
      k.params.some((p) => String(p).includes('literacy_rate_15plus')),
    );
    expect(staleCalls.length).toBeGreaterThan(0);
    expect(staleCalls.every((k) => k.signal?.aborted)).toBe(true);
    // Nothing of the superseded state was drawn.
    expect(q.rows.some((r) => r.indicator_id === 'literacy_rate_15plus')).toBe(false);
  });

  it('an error of the latest state is shown, and cleared by the next answer', async () => {
    const c = controlledClient();
    const q = make(c.client);
    const release = c.gate('sex_ratio_at_birth', true);
    release();
    await q.run(state({ indicators: ['sex_ratio_at_birth'] }));
    expect(q.error).toMatch(/held query for sex_ratio_at_birth failed/);
    await q.run(state({ indicators: ['total_fertility_rate'] }));
    expect(q.error).toBe('');
  });
});

describe('answers cached per state', () => {
  it('a state seen before is drawn at once, without a query', async () => {
    const c = controlledClient();
    const q = make(c.client);
    const a = state({ indicators: ['total_fertility_rate'], areas: ['VN', '63-56'] });
    const b = state({ indicators: ['sex_ratio_at_birth'] });
    await q.run(a);
    const first = q.rows;
    const part = q.byIndicator.total_fertility_rate;
    await q.run(b);
    const n = c.calls.length;
    const pending = q.run(a); // not awaited: the cached answer is written in this very call
    expect(q.rows).toEqual(first);
    expect(q.byIndicator.total_fertility_rate).toBe(part);
    expect(q.completed).toBe(3);
    await pending;
    expect(c.calls.length).toBe(n);
    // The table view draws the same rows as the trend view: no query either.
    await q.run({ ...a, view: 'table' });
    expect(c.calls.length).toBe(n);
    expect(q.rows).toEqual(first);
  });

  it('adding an indicator queries only that one; the other keeps its very rows', async () => {
    const c = controlledClient();
    const q = make(c.client);
    await q.run(state({ indicators: ['total_fertility_rate'] }));
    const tfr = q.byIndicator.total_fertility_rate!;
    const n = c.calls.length;
    await q.run(state({ indicators: ['total_fertility_rate', 'sex_ratio_at_birth'] }));
    const added = c.calls
      .slice(n)
      .filter((k) => k.sql.includes('FROM actuals') && !k.sql.includes('count(*)'));
    expect(added.some((k) => k.params.includes('["sex_ratio_at_birth"]'))).toBe(true);
    expect(added.every((k) => !k.params.some((p) => String(p).includes('total_fertility')))).toBe(
      true,
    );
    expect(q.byIndicator.total_fertility_rate).toBe(tfr);
    expect(q.byIndicator.sex_ratio_at_birth!.length).toBeGreaterThan(0);
    expect(q.rows.length).toBe(tfr.length + q.byIndicator.sex_ratio_at_birth!.length);
  });

  it('a failed query is not cached: asking again queries again', async () => {
    const c = controlledClient();
    const q = make(c.client);
    c.gate('literacy_rate_15plus', true)();
    await q.run(state({ indicators: ['literacy_rate_15plus'] }));
    expect(q.error).not.toBe('');
    const n = c.calls.length;
    await q.run(state({ indicators: ['literacy_rate_15plus'] }));
    expect(c.calls.length).toBeGreaterThan(n);
  });
});

describe('the first answer waits for nothing it does not draw', () => {
  it('the chart is drawn before the size of "full data" is known', async () => {
    const c = controlledClient();
    const q = make(c.client);
    const release = c.gate('count(*)');
    const run = q.run(state({ indicators: ['total_fertility_rate'] }));
    for (let i = 0; i < 200 && q.completed === 0; i++) await new Promise((r) => setTimeout(r, 5));
    expect(q.completed).toBe(1);
    expect(q.rows.length).toBeGreaterThan(0);
    expect(q.fullCounts).toEqual({});
    release();
    await run;
    expect(q.fullCounts.total_fertility_rate).toBeGreaterThanOrEqual(q.rows.length);
  });
});

describe('views get only the rows they draw', () => {
  it('ranking: one row per province of one vintage, one series, sex all, the chosen year', async () => {
    const c = controlledClient();
    const q = make(c.client);
    await q.run(state({ indicators: ['total_fertility_rate'], view: 'ranking', year: 2015 }));
    expect(q.rows).toEqual([]);
    const r = q.ranking.total_fertility_rate!;
    expect(r.choice).toMatchObject({ year: 2015 });
    expect(r.rows.length).toBeGreaterThan(2);
    expect(new Set(r.rows.map((x) => x.year))).toEqual(new Set([2015]));
    expect(new Set(r.rows.map((x) => x.series))).toEqual(new Set([r.choice!.series]));
    expect(new Set(r.rows.map((x) => x.sex))).toEqual(new Set(['all']));
    expect(new Set(r.rows.map((x) => vintageOf.get(x.area_id)))).toEqual(
      new Set([r.choice!.vintage]),
    );
    expect(new Set(r.rows.map((x) => x.area_id)).size).toBe(r.rows.length);
    expect(q.shownCount).toBe(r.rows.length);
  });

  it('ranking without a year: the ranking module’s default year, vintage and series; one year only', async () => {
    const c = controlledClient();
    const q = make(c.client);
    await q.run(state({ indicators: ['sex_ratio_at_birth'], view: 'map', year: null }));
    const r = q.ranking.sex_ratio_at_birth!;
    const all = await listActuals(db, { indicatorId: 'sex_ratio_at_birth' });
    // The same choice as the indicator page makes from every row.
    const expected = resolveRanking(rankingSlices(all), {});
    expect(r.choice).toEqual(expected);
    expect(r.choice).not.toBeNull();
    expect(new Set(r.rows.map((x) => x.year))).toEqual(new Set([expected!.year]));
    const key = (x: { area_id: string; value: number | null; value_low: number | null }) =>
      `${x.area_id}|${x.value}|${x.value_low}`;
    expect(r.rows.map(key).sort()).toEqual(valuesFor(all, expected!).map(key).sort());
  });

  it('ranking of one sex: counted for that sex only (no province reports TFR by sex: nothing to rank)', async () => {
    const c = controlledClient();
    const q = make(c.client);
    await q.run(state({ indicators: ['total_fertility_rate'], view: 'ranking', sex: 'female' }));
    const female = q.ranking.total_fertility_rate!;
    const all = await listActuals(db, { indicatorId: 'total_fertility_rate' });
    expect(female.options).toEqual(rankingSlices(all, 'female'));
    expect(female.choice).toBeNull();
    expect(female.rows).toEqual([]);
    await q.run(state({ indicators: ['total_fertility_rate'], view: 'ranking', sex: 'all' }));
    expect(q.ranking.total_fertility_rate!.rows.length).toBeGreaterThan(2);
  });

  it('a view that would pull more rows than it may draw says so instead', async () => {
    const c = controlledClient();
    const q = make(c.client, { maxViewRows: 5 });
    await q.run(state({ indicators: ['total_fertility_rate'], areas: ['VN'] }));
    expect(q.rowLimit).toBe(5);
    expect(q.error).not.toBe('');
  });
});
