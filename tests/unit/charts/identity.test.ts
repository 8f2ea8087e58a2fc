import { describe, expect, it } from 'vitest';
import {
  ALL_COLORS,
  SHAPE_OF_SERIES,
  identityRegistry,
  markerPath,
} from '../../../src/lib/charts/identity.ts';
import { SERIES, type PlotSeries } from '../../../src/lib/domain/vocabulary.ts';

const contrast = (hex: string) => {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  const l = 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
  return 1.05 / (l + 0.05);
};

describe('identity registry', () => {
  const reg = identityRegistry({
    focus: '34-56',
    others: ['63-56', '63-58', '34-01'],
    predecessors: ['63-56', '63-58'],
  });
  const pairs: [string, PlotSeries][] = ['34-56', '63-56', '63-58', '34-01', 'VN'].flatMap((a) =>
    SERIES.map((s) => [a, s] as [string, PlotSeries]),
  );

  it('no two (area, series) of one view share a colour', () => {
    const colours = pairs.map(([a, s]) => reg.get(a, s).color);
    expect(new Set(colours).size).toBe(colours.length);
  });

  it('roles read without colour: focus solid and thickest, national long-dashed, predecessors dotted', () => {
    expect(reg.get('34-56', 'survey')).toMatchObject({ role: 'focus', dash: null, width: 3 });
    expect(reg.get('VN', 'survey')).toMatchObject({ role: 'national', dash: '8 4' });
    expect(reg.get('63-56', 'survey')).toMatchObject({ role: 'predecessor', dash: '2 3' });
    expect(reg.get('34-01', 'survey')).toMatchObject({ role: 'comparison', dash: null, width: 2 });
  });

  it('a series has one marker everywhere, and the national area one colour in every view', () => {
    const other = identityRegistry({ focus: '63-01', others: [] });
    for (const s of SERIES) {
      expect(reg.get('VN', s)).toEqual(other.get('VN', s));
      expect(reg.get('34-56', s).shape).toBe(SHAPE_OF_SERIES[s]);
    }
    expect(new Set(SERIES.map((s) => SHAPE_OF_SERIES[s])).size).toBe(SERIES.length);
  });

  it('women’s and men’s lines of one area and series differ in colour, keeping the area’s role', () => {
    const all = reg.get('VN', 'survey');
    const women = reg.get('VN', 'survey', 'female');
    const men = reg.get('VN', 'survey', 'male');
    expect(new Set([all.color, women.color, men.color]).size).toBe(3);
    expect([women.dash, men.dash]).toEqual([all.dash, all.dash]);
    expect(reg.get('VN', 'survey', 'all')).toBe(all);
    const listed = new Set(pairs.map(([a, s]) => reg.get(a, s).color));
    expect(listed.has(women.color) || listed.has(men.color)).toBe(false);
  });

  it('the same registry answers the same identity every time (charts, legends, exports agree)', () => {
    expect(reg.get('63-58', 'census')).toBe(reg.get('63-58', 'census'));
  });

  it('an area the view did not list still gets a colour no listed area uses', () => {
    const listed = new Set(pairs.map(([a, s]) => reg.get(a, s).color));
    expect(listed.has(reg.get('34-99', 'survey').color)).toBe(false);
  });

  it('every colour has at least 3:1 contrast on white', () => {
    for (const c of ALL_COLORS) expect(contrast(c), c).toBeGreaterThanOrEqual(3);
  });

  it('markers are closed SVG paths', () => {
    for (const s of Object.values(SHAPE_OF_SERIES)) expect(markerPath(s)).toMatch(/^M.*Z$/);
  });
});
