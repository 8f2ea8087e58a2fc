import { readFileSync } from 'node:fs';
import { render } from 'svelte/server';
import type { Topology } from 'topojson-specification';
import { describe, expect, it } from 'vitest';
import Choropleth from '../../../src/lib/charts/Choropleth.svelte';
import RankedDots from '../../../src/lib/charts/RankedDots.svelte';
import StatusBadge from '../../../src/lib/charts/StatusBadge.svelte';
import { projectProvinces } from '../../../src/lib/charts/geo.ts';

const topo = (f: string) => JSON.parse(readFileSync(`data/geo/${f}`, 'utf8')) as Topology;
const map63 = projectProvinces(topo('vn63_provinces_pre2025_geoboundaries.topojson'));
const map34 = projectProvinces(topo('vn34_provinces_2025_vpd_simplified.topojson'));
const subpaths = (d: string) => (d.match(/M/g) ?? []).length;

describe('projectProvinces', () => {
  it('draws every province of both vintages', () => {
    expect(map63.shapes).toHaveLength(63);
    expect(map34.shapes).toHaveLength(34);
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
      props: { map: map63, values, names, title: 'T', attribution: 'A', locale },
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

describe('RankedDots (server-rendered)', () => {
  const items = [
    { areaId: 'a', label: 'A', value: 112, low: null, high: null, meets: false, text: '112' },
    { areaId: 'b', label: 'B', value: 108, low: null, high: null, meets: true, text: '108' },
    { areaId: 'c', label: 'C', value: 110, low: null, high: null, meets: true, text: '110' },
  ];
  const order = (direction: 'at_least' | 'at_most') => {
    const body = render(RankedDots, {
      props: {
        items,
        direction,
        target: { value: 111, label: '≤ 111' },
        title: 't',
        description: 'd',
        locale: 'vi',
      },
    }).body;
    return [...body.matchAll(/data-area="(\w)"/g)].map((m) => m[1]);
  };
  it('ranks best first in the indicator’s direction', () => {
    expect(order('at_most')).toEqual(['b', 'c', 'a']);
    expect(order('at_least')).toEqual(['a', 'c', 'b']);
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
