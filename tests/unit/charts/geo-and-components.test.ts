import { readFileSync } from 'node:fs';
import { render } from 'svelte/server';
import type { Topology } from 'topojson-specification';
import { describe, expect, it } from 'vitest';
import Choropleth from '../../../src/lib/charts/Choropleth.svelte';
import GroupedRanking from '../../../src/lib/charts/GroupedRanking.svelte';
import RankedDots from '../../../src/lib/charts/RankedDots.svelte';
import { groupStyles } from '../../../src/lib/figure/groups.ts';
import StatusBadge from '../../../src/lib/charts/StatusBadge.svelte';
import { projectProvinces, type ProjectedMap } from '../../../src/lib/figure/geo.ts';
import type {
  GroupsFigure,
  Highlight,
  MapFigure,
  RankedGroup,
  RankedItem,
  RankingFigure,
} from '../../../src/lib/figure/ranking.ts';
import type { LegendEntry } from '../../../src/lib/figure/legend.ts';

const base = { subtitle: '', rows: { columns: [], shown: [] }, sources: [], notes: ['A'] };
function mapFigure(
  map: ProjectedMap,
  marks: Partial<MapFigure['marks']>,
  legend: LegendEntry[] = [],
): MapFigure {
  return {
    kind: 'map',
    ...base,
    title: 'T',
    chartTitle: 'T',
    description: 'D',
    legend,
    marks: {
      map,
      values: {},
      groups: [],
      groupOf: {},
      texts: {},
      names: {},
      highlight: {},
      domain: null,
      ramp: [],
      ...marks,
    },
  };
}
const rankingFigure = (
  items: RankedItem[],
  target: RankingFigure['marks']['target'],
  highlight: Record<string, Highlight> = {},
): RankingFigure => ({
  kind: 'ranking',
  ...base,
  title: 't',
  chartTitle: 't',
  description: 'd',
  legend: [],
  marks: { items, x: [100, 115], target, highlight },
});
const groupsFigure = (groups: RankedGroup[]): GroupsFigure => ({
  kind: 'groups',
  ...base,
  title: 't',
  chartTitle: 't',
  description: 'd',
  legend: [],
  marks: { groups, highlight: {} },
});

const topo = (f: string) => JSON.parse(readFileSync(`data/geo/${f}`, 'utf8')) as Topology;
const map63 = projectProvinces(topo('vn63_provinces_pre2025_geoboundaries.topojson'));
const map34 = projectProvinces(topo('vn34_provinces_2025_vpd_simplified.topojson'));
const subpaths = (d: string) => (d.match(/M/g) ?? []).length;

describe('projectProvinces', () => {
  it('draws every province of both vintages', () => {
    expect(map63.shapes).toHaveLength(63);
    expect(map34.shapes).toHaveLength(34);
  });
  it('outlines Khánh Hòa and Đà Nẵng without their archipelagos (the ring marks those)', () => {
    for (const map of [map63, map34]) {
      for (const code of ['48', '56']) {
        const s = map.shapes.find((x) => x.code === code)!;
        expect(s.outline, code).toBeTruthy();
        expect(subpaths(s.outline!)).toBeLessThan(subpaths(s.d));
        // Nothing of the outline lies as far east as the Trường Sa ring.
        const xs = [...s.outline!.matchAll(/[ML](-?[\d.]+),(-?[\d.]+)/g)].map((m) => Number(m[1]));
        expect(Math.max(...xs)).toBeLessThan(map.truongSa[0] - 20);
      }
      // A province without islands far off keeps one drawing.
      expect(map.shapes.find((x) => x.code === '01')!.outline).toBeUndefined();
    }
  });

  it('keeps Hoàng Sa in Đà Nẵng and Trường Sa in Khánh Hòa (several parts, inside the frame)', () => {
    for (const map of [map63, map34]) {
      const daNang = map.shapes.find((s) => s.code === '48')!;
      const khanhHoa = map.shapes.find((s) => s.code === '56')!;
      expect(subpaths(daNang.d)).toBeGreaterThan(3);
      expect(subpaths(khanhHoa.d)).toBeGreaterThan(3);
      const xs = [...khanhHoa.d.matchAll(/[ML](-?[\d.]+),(-?[\d.]+)/g)].map((m) => Number(m[1]));
      expect(Math.max(...xs)).toBeLessThanOrEqual(map.width);
      expect(map.truongSa[0]).toBeGreaterThan(map.width / 2); // the islands are east of the mainland
    }
  });
});

describe('Choropleth (server-rendered)', () => {
  const values = { '01': 2.1, '56': 1.9 };
  const names = Object.fromEntries(map63.shapes.map((s) => [s.code, `P${s.code}`]));
  const html = (locale: 'vi' | 'en') =>
    render(Choropleth, {
      props: { figure: mapFigure(map63, { values, names, domain: [1.9, 2.1] }), locale },
    }).body;
  it('has one focusable path per province; those without data are hatched and say so', () => {
    const body = html('vi');
    expect((body.match(/<path /g) ?? []).length).toBe(63);
    expect((body.match(/data-has-value="false"/g) ?? []).length).toBe(61);
    expect(body).toContain('aria-label="P56: 1,9"');
    expect(body).toContain('aria-label="P02: Không có dữ liệu"');
    expect(body).toContain('Quần đảo Hoàng Sa (Đà Nẵng)');
    expect(html('en')).toContain('Truong Sa (Spratly) Islands (Khanh Hoa)');
    expect(html('en')).toContain('aria-label="P56: 1.9"');
  });
});

describe('Choropleth of grouped values (server-rendered)', () => {
  const names = Object.fromEntries(map63.shapes.map((s) => [s.code, `P${s.code}`]));
  const styles = groupStyles(3);
  const groupOf = Object.fromEntries(map63.shapes.map((s, i) => [s.code, i % 3]));
  const groups = ['trên 112', '109–112', 'dưới 109'].map((label, i) => ({
    label,
    style: styles[i]!,
    count: 21,
  }));
  const body = render(Choropleth, {
    props: {
      figure: mapFigure(
        map63,
        {
          groups,
          groupOf,
          names,
          highlight: { '56': { color: '#08519c', series: 'moh_group', areaId: '63-56' } },
        },
        [
          ...groups.map((g) => ({
            kind: 'group' as const,
            label: `${g.label} (${g.count})`,
            style: g.style,
          })),
          { kind: 'marked', label: 'Đang chọn: P56', color: '#08519c' },
        ],
      ),
      locale: 'vi',
    },
  }).body;
  it('fills every province with its group’s pattern, none as “no data”', () => {
    expect((body.match(/data-has-value="true"/g) ?? []).length).toBe(63);
    expect(body).not.toMatch(/class="province[^"]*"[^>]*fill="url\(#[^)]*-hatch\)"/);
    for (const i of [0, 1, 2]) expect(body).toMatch(new RegExp(`fill="url\\(#[^)]*-g-${i}\\)"`));
    expect(body).toContain('aria-label="P01: trên 112"');
  });
  it('has a labelled legend per group with its count, and marks the view’s province', () => {
    expect(body).toContain('trên 112 (21)');
    expect(body).toContain('dưới 109 (21)');
    expect(body).toContain('data-series-color="#08519c"');
    expect(body).toContain('Đang chọn: P56');
  });
});

describe('groupStyles', () => {
  it('gives each group its own colour and pattern (colour is not the only cue)', () => {
    for (const n of [2, 3, 4, 6]) {
      const styles = groupStyles(n);
      expect(new Set(styles.map((s) => s.color)).size).toBe(n);
      expect(new Set(styles.map((s) => s.pattern)).size).toBe(n);
    }
  });
});

describe('RankedDots and GroupedRanking (server-rendered)', () => {
  const items = [
    { areaId: 'b', label: 'B', value: 108, meets: true, text: '108', rank: 1 },
    { areaId: 'c', label: 'C', value: 110, meets: true, text: '110', rank: 2 },
    { areaId: 'a', label: 'A', value: 112, meets: false, text: '112', rank: 3 },
  ];
  it('draws the provinces in the order given, with ranks, and marks the highlighted one', () => {
    const body = render(RankedDots, {
      props: {
        figure: rankingFigure(
          items,
          { value: 111, label: '≤ 111' },
          { c: { color: '#08519c', series: 'survey', areaId: 'c' } },
        ),
        locale: 'vi',
      },
    }).body;
    expect([...body.matchAll(/data-area="(\w)"/g)].map((m) => m[1])).toEqual(['b', 'c', 'a']);
    expect(body).toContain('2. C');
    expect(body).toContain('aria-label="Đang chọn: C: 110, đạt mục tiêu"');
    expect(body).toContain('data-series="c|survey"');
  });
  it('lists grouped provinces under labelled bands, never on a value axis', () => {
    const body = render(GroupedRanking, {
      props: {
        figure: groupsFigure([
          {
            key: 'g1',
            label: 'trên 112',
            verdict: 'chưa đạt mục tiêu',
            style: groupStyles(2)[0]!,
            members: [{ areaId: 'a', label: 'A' }],
          },
          {
            key: 'g2',
            label: 'dưới 109',
            verdict: 'đạt mục tiêu',
            style: groupStyles(2)[1]!,
            members: [
              { areaId: 'b', label: 'B' },
              { areaId: 'c', label: 'C' },
            ],
          },
        ]),
        locale: 'vi',
      },
    }).body;
    expect(body).toContain('data-chart="ranked-groups"');
    expect(body).toContain('trên 112 · 1 tỉnh, thành · chưa đạt mục tiêu');
    expect(body).toContain('aria-label="B: dưới 109, đạt mục tiêu"');
    expect(body).not.toContain('class="tick"');
  });
});

describe('StatusBadge', () => {
  it('carries the status in text and icon, not colour alone', () => {
    const body = render(StatusBadge, { props: { status: 'off_track', locale: 'vi' } }).body;
    expect(body).toContain('Chưa đạt, chậm lộ trình');
    expect(body).toContain('!');
    const compact = render(StatusBadge, {
      props: { status: 'met', locale: 'en', compact: true },
    }).body;
    expect(compact).toContain('visually-hidden');
    expect(compact).toContain('Met');
  });
  it('puts the reason of a non-verdict on the badge itself, in the reader’s language', () => {
    const vi = render(StatusBadge, {
      props: { status: 'not_assessable', reason: 'stale', locale: 'vi' },
    }).body;
    expect(vi).toContain('Không đánh giá được');
    expect(vi).toContain('số liệu quá cũ');
    const compact = render(StatusBadge, {
      props: { status: 'not_assessable', reason: 'before_plan', locale: 'en', compact: true },
    }).body;
    expect(compact).toContain('Cannot be assessed: value from before the plan period');
  });
});
