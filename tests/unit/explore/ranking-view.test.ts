// RankingView server-rendered on the real dataset, from all of an indicator's rows (the indicator
// page, explore today) and from only the chosen year's rows plus the coverage (a narrow query).
import { render } from 'svelte/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import RankingView from '../../../src/lib/explore/RankingView.svelte';
import type { NodeSqlClient } from '../../../src/lib/data/node-client.ts';
import {
  getIndicator,
  listActuals,
  listAreas,
  listCrosswalk,
  listTargets,
  type ActualRow,
} from '../../../src/lib/data/queries.ts';
import { rankingSlices, vintageOf } from '../../../src/lib/domain/ranking.ts';
import type { Area, CrosswalkRow, Indicator, Target } from '../../../src/lib/domain/types.ts';
import { openRealDataset } from '../data/real-dataset.ts';

let db: NodeSqlClient;
let areas: Area[];
let crosswalk: CrosswalkRow[];
beforeAll(async () => {
  db = await openRealDataset();
  areas = await listAreas(db);
  crosswalk = await listCrosswalk(db);
});
afterAll(async () => db.close());

const names = { indicator: (id: string) => id, area: (id: string) => id };
const tableAreas = (html: string) =>
  [...html.matchAll(/<tr data-area="([^"]+)"/g)].map((m) => m[1]!);

async function load(id: string) {
  const indicator = (await getIndicator(db, id)) as Indicator;
  const rows: ActualRow[] = await listActuals(db, { indicatorId: id });
  const targets: Target[] = await listTargets(db, id);
  return { indicator, rows, targets };
}

describe('RankingView', () => {
  it('NA deputies 2021 from every row: 63 provinces once, the 34 named in a note', async () => {
    const { indicator, rows, targets } = await load('female_na_deputies_pct');
    const html = render(RankingView, {
      props: {
        indicator,
        rows,
        areas,
        targets,
        crosswalk,
        year: 2021,
        vintage: null,
        mode: 'both',
        selected: ['63-08'],
        locale: 'vi',
        names,
        downloads: false,
        onchoose: () => {},
      },
    }).body;
    const ids = tableAreas(html);
    expect(ids).toHaveLength(63);
    expect(new Set(ids).size).toBe(63);
    expect(ids.every((a) => vintageOf(a) === 63)).toBe(true);
    expect(html).toContain('Xếp hạng các tỉnh năm 2021 · 63 tỉnh, thành (trước 1/7/2025)');
    expect(html).toMatch(
      /34 đơn vị của 34 tỉnh mới cũng có giá trị năm 2021 \(không xếp hạng ở đây\): [^<]*Tuyên Quang/,
    );
    // The page's province is marked in the chart and the table.
    expect(html).toContain('data-series="63-08|election"');
    expect(html).toMatch(/<tr data-area="63-08" class="[^"]*marked/);
  });

  it('works from only the chosen rows plus the coverage (a narrow query’s answer)', async () => {
    const { indicator, rows, targets } = await load('female_na_deputies_pct');
    const slices = rankingSlices(rows);
    const narrow = rows.filter((r) => r.year === 2021 && r.area_id.startsWith('34-'));
    const html = render(RankingView, {
      props: {
        indicator,
        rows: narrow,
        slices,
        areas,
        targets,
        year: 2021,
        vintage: 34,
        mode: 'ranking',
        locale: 'en',
        names,
        downloads: false,
        onchoose: () => {},
      },
    }).body;
    const ids = tableAreas(html);
    expect(ids).toHaveLength(34);
    expect(ids.every((a) => a.startsWith('34-'))).toBe(true);
    expect(html).toContain('Provinces ranked, 2021 · 34 provinces (from 1 July 2025)');
    // The other vintage is counted from the coverage although none of its rows was given.
    expect(html).toContain('63 units of the 63 former provinces also have a value in 2021');
    // The year picker still lists every year with provincial values.
    expect((html.match(/<option /g) ?? []).length).toBe(new Set(slices.map((s) => s.year)).size);
  });

  it('SRB 2021: group bands and a map of groups, nothing drawn on a value axis', async () => {
    const { indicator, rows, targets } = await load('sex_ratio_at_birth');
    const html = render(RankingView, {
      props: {
        indicator,
        rows,
        areas,
        targets,
        year: 2021,
        vintage: null,
        mode: 'ranking',
        locale: 'en',
        names,
        downloads: false,
      },
    }).body;
    expect(html).toContain('data-chart="ranked-groups"');
    expect(html).not.toContain('data-chart="ranked"');
    expect(html).toContain('Provinces by group, 2021 · 63 provinces (before 1 July 2025)');
    expect(tableAreas(html)).toHaveLength(63);
    // Groups named as the source names them, in the table too; quality in words.
    expect(html).toMatch(/<td>above 112<\/td>/);
    expect(html).toContain('Press report of an official figure');
  });
});
