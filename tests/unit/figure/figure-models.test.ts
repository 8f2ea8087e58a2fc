// Golden files of the ranking and map figure models, made on the real dataset by the function
// RankingView calls (rankingFigures): what the charts draw, their legends with their swatches,
// their titles and the rows of their files. A changed group, count, colour, title or CSV cell is
// a visible diff (update with `npx vitest run -u` after checking it is right). And the image of a
// grouped map carries its key: the groups with their patterns and the selected province's mark.
import { readFileSync } from 'node:fs';
import { render } from 'svelte/server';
import type { Topology } from 'topojson-specification';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import Choropleth from '../../../src/lib/charts/Choropleth.svelte';
import TrendChart from '../../../src/lib/charts/TrendChart.svelte';
import type { NodeSqlClient } from '../../../src/lib/data/node-client.ts';
import {
  getIndicator,
  listActuals,
  listAreas,
  listAreasActuals,
  listCrosswalk,
  listIndicators,
  listStatus,
  listTargets,
  type ActualRow,
} from '../../../src/lib/data/queries.ts';
import { buildAreaYearReport } from '../../../src/lib/domain/area-year-report.ts';
import { predecessorsOf } from '../../../src/lib/domain/attainment/target-choice.ts';
import { rankingModel, rankingSlices, resolveRanking } from '../../../src/lib/domain/ranking.ts';
import type { Area, CrosswalkRow, Indicator, Locale } from '../../../src/lib/domain/types.ts';
import { composeStandalone, standaloneText } from '../../../src/lib/export/standalone.ts';
import { projectProvinces } from '../../../src/lib/figure/geo.ts';
import { identityRegistry } from '../../../src/lib/figure/identity.ts';
import { createLookup } from '../../../src/lib/figure/lookup.ts';
import { rankingFigures, type MapFigure } from '../../../src/lib/figure/ranking.ts';
import { materialise } from '../../../src/lib/figure/rows.ts';
import { plausibleOf, trendFigure } from '../../../src/lib/figure/trend.ts';
import { areaNamesOf, areaNamer } from '../../../src/lib/i18n/names.ts';
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

const topo = (f: string) => JSON.parse(readFileSync(`data/geo/${f}`, 'utf8')) as Topology;
const maps = {
  63: projectProvinces(topo('vn63_provinces_pre2025_geoboundaries.topojson')),
  34: projectProvinces(topo('vn34_provinces_2025_vpd_simplified.topojson')),
};

/** The figures exactly as RankingView makes them for a year and vintage and the view's areas. */
async function figuresOf(
  id: string,
  year: number,
  vintage: 63 | 34,
  selected: string[],
  locale: Locale = 'vi',
) {
  const indicator = (await getIndicator(db, id)) as Indicator;
  const rows: ActualRow[] = await listActuals(db, { indicatorId: id });
  const targets = await listTargets(db, id);
  const choice = resolveRanking(rankingSlices(rows), { year, vintage })!;
  const name = areaNamer(areaNamesOf(areas), locale);
  const label = (a: string) => {
    const x = areas.find((r) => r.id === a);
    return x ? (locale === 'vi' ? x.name_vi : x.name_en) : a;
  };
  const model = rankingModel(rows, choice, {
    direction: indicator.direction,
    areas,
    targets,
    order: (a, b) => label(a).localeCompare(label(b), locale),
    categorical: indicator.value_type === 'yes_no',
  });
  return rankingFigures({
    indicator,
    model,
    areas,
    crosswalk,
    selected,
    identities: identityRegistry({ focus: selected[0] ?? null, others: selected.slice(1) }),
    locale,
    names: {
      indicator: () => (locale === 'vi' ? indicator.name_vi : indicator.name_en),
      area: name,
    },
    map: maps[vintage],
  });
}

/** A figure model as JSON: shapes counted (not listed), column rules by key and header. */
const golden = (value: unknown) =>
  JSON.stringify(
    value,
    (key, v: unknown) => {
      if (key === 'map' && v && typeof v === 'object' && 'shapes' in v) {
        const m = v as MapFigure['marks']['map'];
        return { width: m.width, height: m.height, shapes: m.shapes.length };
      }
      return typeof v === 'function' ? undefined : v;
    },
    2,
  );

describe('figure models (golden)', () => {
  it('SRB 2021, the Ministry of Health groups of the 63 provinces, Khánh Hòa (63) selected', async () => {
    const f = await figuresOf('sex_ratio_at_birth', 2021, 63, ['63-56']);
    expect(f.chart?.kind).toBe('groups');
    // The map and the ranking share their rows; the golden holds them once.
    expect(f.map!.rows).toEqual(f.chart!.rows);
    await expect(
      golden({ ...f, map: { ...f.map!, rows: '(the ranking’s rows)' } }),
    ).toMatchFileSnapshot('../golden/figure-srb-2021-63.json');
  });

  it('TFR 2025 of the 34 provinces, two pre-2025 provinces selected', async () => {
    const f = await figuresOf('total_fertility_rate', 2025, 34, ['63-56', '63-58']);
    expect(f.chart?.kind).toBe('ranking');
    // Both selected provinces are named in the note, each with the province that marks it.
    expect(f.focusNotes).toHaveLength(2);
    expect(f.focusNotes.join(' ')).toMatch(/Khánh Hòa \(63\).*Khánh Hòa \(34\)/);
    expect(f.focusNotes.join(' ')).toMatch(/Ninh Thuận \(63\).*Khánh Hòa \(34\)/);
    expect(f.marked).toEqual(['34-56']);
    await expect(
      golden({ ...f, map: { ...f.map!, rows: '(the ranking’s rows)' } }),
    ).toMatchFileSnapshot('../golden/figure-tfr-2025-34.json');
  });
});

describe('ranking and map files', () => {
  it('carry labels in the page’s language and the codes in *_code columns, like every download', async () => {
    const f = await figuresOf('sex_ratio_at_birth', 2021, 63, []);
    const keys = f.chart!.rows.columns.map((c) => c.key);
    expect(keys).toEqual(
      expect.arrayContaining(['source_quality', 'source_quality_code', 'group', 'rank']),
    );
    expect(new Set(keys).size).toBe(keys.length);
    const cells = materialise(f.chart!.rows.columns, f.chart!.rows.shown, {
      locale: 'vi',
      lookup: createLookup([], []),
    });
    const codes = new Set(['official', 'press_official', 'compilation']);
    expect(cells.every((c) => codes.has(String(c.source_quality_code)))).toBe(true);
    expect(cells.some((c) => codes.has(String(c.source_quality)))).toBe(false);
    expect(cells.every((c) => ['có', 'không'].includes(String(c.conflict)))).toBe(true);
    expect(new Set(cells.map((c) => c.group))).toEqual(
      new Set(['trên 112', '109–112', 'dưới 109']),
    );
  });
});

describe('the image of a grouped map carries its key', () => {
  it('SRB 2021: each group’s swatch (colour and pattern) with its name and count, and Khánh Hòa’s mark', async () => {
    const f = await figuresOf('sex_ratio_at_birth', 2021, 63, ['63-56']);
    const map = f.map!;
    // The chart drawn by its own component from the model, as the browser's export draws it.
    const html = render(Choropleth, { props: { figure: map, locale: 'vi', exporting: true } }).body;
    const markup = html.match(/<svg[^>]*>([\s\S]*)<\/svg>/)![1]!;
    const measure = (t: string, size: number) => t.length * size * 0.6;
    const { svg } = composeStandalone(
      {
        chart: {
          markup,
          box: { x: 0, y: 0, width: map.marks.map.width, height: map.marks.map.height },
        },
        ...standaloneText({
          figure: map,
          locale: 'vi',
          lookup: createLookup([], []),
          url: 'https://site.example/x/indicators/sex_ratio_at_birth/?y=2021&vt=63',
          accessed: new Date(Date.UTC(2026, 11, 2)),
        }),
      },
      measure,
    );
    const legend = [
      ...svg.matchAll(/data-export="legend-item" data-legend-kind="(\w+)">([\s\S]*?)<\/g>/g),
    ].map((m) => ({ kind: m[1]!, swatch: m[2]! }));
    const legendText = [...svg.matchAll(/data-export="legend">([^<]*)</g)].map((m) => m[1]);
    expect(legend.map((l) => l.kind)).toEqual(['group', 'group', 'group', 'marked']);
    expect(legendText).toEqual([
      expect.stringMatching(/^trên 112 \(\d+\)$/),
      expect.stringMatching(/^109–112 \(\d+\)$/),
      expect.stringMatching(/^dưới 109 \(\d+\)$/),
      'Đang chọn: Khánh Hòa (63)',
    ]);
    const counts = legendText.slice(0, 3).map((t) => Number(t!.match(/\((\d+)\)/)![1]));
    expect(counts.reduce((a, b) => a + b, 0)).toBe(63);
    // Each swatch is filled with its group's pattern, in the group's colour, as the map's provinces.
    map.marks.groups.forEach((g, i) => {
      expect(legend[i]!.swatch).toContain(`fill="${g.style.color}"`);
      expect(markup).toContain(`fill="${g.style.color}"`);
    });
    expect(legend[3]!.swatch).toContain(`stroke="${map.marks.highlight['56']!.color}"`);
    expect(markup).toContain(`data-series="63-56|moh_group"`);
    // No "no data" entry: every province has a group.
    expect(legend.some((l) => l.kind === 'nodata')).toBe(false);
    expect(svg).toContain('geoBoundaries');
  });
});

describe('the image of an annual report’s chart', () => {
  it('Khánh Hòa (34) 2025: a legend entry per line drawn and the target, predecessors named on the chart', async () => {
    const [indicators, targets] = await Promise.all([listIndicators(db), listTargets(db)]);
    const predecessorIds = predecessorsOf('34-56', crosswalk);
    const ids = ['34-56', ...predecessorIds];
    const report = buildAreaYearReport({
      areaId: '34-56',
      year: 2025,
      indicators,
      targets,
      crosswalk,
      status: await listStatus(db, { areaIds: ids, evalYears: [2024, 2025] }),
      actuals: (await listAreasActuals(db, ids)).filter((a) => a.sex === 'all'),
      predecessorIds,
    });
    const name = areaNamer(areaNamesOf(areas), 'vi');
    const identities = identityRegistry({ focus: '34-56', others: predecessorIds });
    const row = report.groups
      .flatMap((g) => g.rows)
      .find((r) => new Set(r.lines.map((l) => l.areaId)).size >= 2)!;
    expect(row, 'a target drawn with its predecessors’ lines').toBeTruthy();
    const r = row.verdict;
    // As ReportTargetRow draws it.
    const figure = trendFigure({
      locale: 'vi',
      indicatorName: row.indicator.name_vi,
      unit: row.indicator.unit_vi,
      lines: row.lines,
      identities,
      lineLabel: (l) => `${name(l.areaId)}, ${l.series}`,
      targets: [
        {
          key: r.target_id,
          year: r.target_year,
          value: r.target_value,
          comparator: r.comparator,
          scope: '',
        },
      ],
      path: row.path,
      years: [r.plan_start_year, r.target_year],
      plausible: plausibleOf(row.indicator),
    });
    const html = render(TrendChart, { props: { figure, locale: 'vi', exporting: true } }).body;
    const markup = html.match(/<svg[^>]*>([\s\S]*)<\/svg>/)![1]!;
    const { svg } = composeStandalone(
      {
        chart: { markup, box: { x: 0, y: 0, width: 720, height: 360 } },
        ...standaloneText({
          figure,
          locale: 'vi',
          lookup: createLookup([], []),
          url: 'https://site.example/x/provinces/34-56/2025/',
          accessed: new Date(Date.UTC(2026, 11, 2)),
        }),
      },
      (t, size) => t.length * size * 0.6,
    );
    const kinds = [...svg.matchAll(/data-legend-kind="(\w+)"/g)].map((m) => m[1]);
    const drawn = (markup.match(/data-series-label=/g) ?? []).length;
    expect(kinds.filter((k) => k === 'series')).toHaveLength(drawn);
    expect(kinds).toContain('target');
    // Each area drawn is named at the end of its line, in the chart itself.
    const named = [...markup.matchAll(/data-end-label="[^"]+"[^>]*>([^<]+)</g)].map((m) => m[1]);
    expect(new Set(named).size).toBe(new Set(row.lines.map((l) => l.areaId)).size);
    expect(named.some((n) => /\(63\)$/.test(n!))).toBe(true);
  });
});
