// The ranking's choice model on the real dataset's coverage (the query explore runs).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { NodeSqlClient } from '../../../src/lib/data/node-client.ts';
import { rankingOptions } from '../../../src/lib/data/queries.ts';
import { requestForYear, resolveRankingRequest } from '../../../src/lib/domain/ranking.ts';
import { rankingPanel } from '../../../src/lib/explore/ranking-choice.ts';
import { openRealDataset } from '../data/real-dataset.ts';

let db: NodeSqlClient;
beforeAll(async () => {
  db = await openRealDataset();
});
afterAll(async () => db.close());

describe('ranking choice', () => {
  it('SRB asked at the 34 provinces, which have no value: the 34 dropped, 63 ranked', async () => {
    const slices = await rankingOptions(db, 'sex_ratio_at_birth', 'all');
    expect(slices.some((s) => s.vintage === 34)).toBe(false);
    const panel = rankingPanel(slices, { year: null, vintage: 34, series: null });
    expect(panel.dropped).toEqual({ year: null, vintage: 34 });
    expect(panel.choice).not.toBeNull();
    expect(panel.choice!.vintage).toBe(63);
    expect(panel.vintages.find((v) => v.vintage === 63)!.n).toBeGreaterThanOrEqual(3);
    // 2021 at the 34: year kept (it has 63 values), vintage dropped.
    const y2021 = rankingPanel(slices, { year: 2021, vintage: 34, series: null });
    expect(y2021.choice).toMatchObject({ year: 2021, vintage: 63 });
    expect(y2021.dropped).toEqual({ year: null, vintage: 34 });
    expect(y2021.vintages).toEqual([
      { vintage: 63, n: 63 },
      { vintage: 34, n: 0 },
    ]);
  });

  it('offers only the years with provincial values, each with its counts', async () => {
    const slices = await rankingOptions(db, 'sex_ratio_at_birth', 'all');
    const panel = rankingPanel(slices, { year: null, vintage: null, series: null });
    const years = panel.years.map((y) => y.year);
    expect(years).toContain(2021);
    for (const y of panel.years) expect(y.n[63] + y.n[34]).toBeGreaterThan(0);
    expect(panel.years.find((y) => y.year === 2021)!.n).toEqual({ 63: 63, 34: 0 });
    // A year carried from another indicator that has none here is dropped, not drawn empty.
    const none = Math.max(...years) + 1;
    const carried = rankingPanel(slices, { year: none, vintage: null, series: null });
    expect(carried.dropped.year).toBe(none);
    expect(years).toContain(carried.choice!.year);
  });

  it('a request the indicator has values for is kept as it is', () => {
    const slices = [
      { year: 2024, vintage: 63 as const, series: 'survey' as const, n: 63 },
      { year: 2025, vintage: 63 as const, series: 'survey' as const, n: 10 },
      { year: 2025, vintage: 34 as const, series: 'survey' as const, n: 34 },
    ];
    expect(resolveRankingRequest(slices, { year: 2025, vintage: 63 })).toEqual({
      choice: { year: 2025, vintage: 63, series: 'survey' },
      dropped: { year: null, vintage: null },
    });
    // Picking a year keeps the reader's vintage where it has values, else the year's own.
    expect(requestForYear(slices, 2024, 63)).toEqual({ year: 2024, vintage: 63 });
    expect(requestForYear(slices, 2024, 34)).toEqual({ year: 2024, vintage: null });
    expect(requestForYear(slices, 2025, null)).toEqual({ year: 2025, vintage: null });
  });
});
