// The year page ships what it draws: the verdicts with a value and the targets of the others. On
// the real dataset, the cells the page rebuilds are exactly the engine's stored cells, for every
// year, and the page's data stays small.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { NodeSqlClient } from '../../../src/lib/data/node-client.ts';
import {
  evaluationYears,
  listAreas,
  listCrosswalk,
  listIndicators,
  listStatus,
  listTargets,
} from '../../../src/lib/data/queries.ts';
import { objectiveOf } from '../../../src/lib/domain/area-year-report.ts';
import { validInYear } from '../../../src/lib/domain/attainment/target-choice.ts';
import { gridCells, statusGrid } from '../../../src/lib/domain/year-report.ts';
import { packRows, unpackRows } from '../../../src/lib/pages/packed-rows.ts';
import { loadYearPage } from '../../../src/lib/pages/year-page.ts';
import { yearPageModel } from '../../../src/lib/report/year-model.ts';
import { openRealDataset } from '../data/real-dataset.ts';

let db: NodeSqlClient;
beforeAll(async () => {
  db = await openRealDataset();
});
afterAll(async () => db.close());

async function storedCells(year: number) {
  const [status, areas, indicators, targets, crosswalk] = await Promise.all([
    listStatus(db, { evalYears: [year] }),
    listAreas(db),
    listIndicators(db),
    listTargets(db),
    listCrosswalk(db),
  ]);
  return statusGrid(status, {
    year,
    areas: areas.filter((a) => a.kind !== 'region' && validInYear(a, year)),
    targets,
    crosswalk,
    indicatorIds: indicators.filter((i) => objectiveOf(i) !== null).map((i) => i.id),
  });
}

describe('the year page', () => {
  it('rebuilds exactly the stored cells of every year from what it ships', async () => {
    for (const year of await evaluationYears(db)) {
      const page = (await loadYearPage(db, year, 'vi'))!;
      const rebuilt = gridCells(year, page.targets, unpackRows(page.withValue));
      const stored = await storedCells(year);
      expect(rebuilt.length, `${year}`).toBe(stored.length);
      expect(rebuilt, `${year}`).toEqual(stored);
      // Only the cells with a value travel as rows.
      expect(page.withValue.values.length).toBe(
        stored.filter((c) => c.row.status !== 'no_data').length,
      );
    }
  });

  it('draws the same grids: rows and columns with a value, every cell in the full download', async () => {
    const page = (await loadYearPage(db, 2025, 'vi'))!;
    const m = yearPageModel(page, 'vi', (p) => p);
    expect(m.grids.map((g) => g.vintage)).toEqual([63, 34]);
    const [g63, g34] = m.grids;
    // Every province of a vintage is listed with its report; the grids hold the national row too.
    expect(g63!.reports).toHaveLength(63);
    expect(g34!.reports).toHaveLength(34);
    expect(g63!.cells.filter((c) => c.areaId === 'VN').length).toBeGreaterThan(0);
    expect(g63!.rows[0]!.id).toBe('VN');
    for (const g of m.grids) {
      const drawn = new Set(g.shownCells.map((c) => `${c.areaId}|${c.indicatorId}`));
      // A cell with a value is always drawn; a cell not drawn has no data.
      for (const c of g.cells)
        if (!drawn.has(`${c.areaId}|${c.indicatorId}`)) expect(c.row.status).toBe('no_data');
      expect(new Set(g.shownCells.map((c) => c.areaId))).toEqual(new Set(g.rows.map((r) => r.id)));
    }
  });

  it('its inline data is what it draws: well under the 835 kB it shipped before', async () => {
    const page = (await loadYearPage(db, 2025, 'vi'))!;
    const bytes = new TextEncoder().encode(JSON.stringify(page)).length;
    expect(bytes).toBeLessThan(100_000);
  });
});

describe('packed rows', () => {
  it('round-trip rows of one shape, values untouched', () => {
    const rows = [
      { a: 'x', b: 1, c: null, d: true },
      { a: 'y', b: 2.5, c: 3, d: false },
    ];
    const packed = packRows(rows);
    expect(packed.columns).toEqual(['a', 'b', 'c', 'd']);
    expect(unpackRows(packed)).toEqual(rows);
    expect(unpackRows(packRows([]))).toEqual([]);
  });
});
