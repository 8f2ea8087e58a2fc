// One look per (area, series) across the site: the same identity in every view, roles that read
// without colour, and the predecessors of a merged province told apart in black and white.
import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import {
  ALL_COLORS,
  SHAPE_OF_SERIES,
  familyOf,
  identityRegistry,
  markerPath,
  pipPath,
  seriesIdentity,
} from '../../../src/lib/figure/identity.ts';
import { SERIES, type PlotSeries } from '../../../src/lib/domain/vocabulary.ts';

const luminance = (hex: string) => {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
};
const contrast = (hex: string) => 1.05 / (luminance(hex) + 0.05);
const look = (i: ReturnType<typeof seriesIdentity>) =>
  `${i.color}|${i.shape}|${i.pip}|${i.dash}|${i.width}`;
/** What survives printing in black and white: dash, marker shape and pip. */
const grey = (i: ReturnType<typeof seriesIdentity>) => `${i.dash}|${i.shape}|${i.pip}`;

// The 2025 merger: each 34-province and the 63-provinces it was formed from.
const crosswalk = Papa.parse<{ old_code: string; new_code: string }>(
  readFileSync('data/geo/crosswalk_63_to_34.csv', 'utf8'),
  { header: true, skipEmptyLines: true },
).data;
const merged = new Map<string, Set<string>>();
for (const r of crosswalk) {
  const olds = merged.get(r.new_code) ?? new Set<string>();
  olds.add(r.old_code);
  merged.set(r.new_code, olds);
}

describe('one identity per (area, series) across the site', () => {
  it('the same (area, series) looks the same in two different views', () => {
    // The indicator page comparing Khánh Hòa (63), and Khánh Hòa (34)'s annual report drawing it
    // as a predecessor (it was blue on one and orange on the other).
    const indicatorPage = identityRegistry({ focus: '63-56', others: [] });
    const report = identityRegistry({
      focus: '34-56',
      others: ['63-56', '63-58'],
      predecessors: ['63-56', '63-58'],
    });
    const explore = identityRegistry({ focus: '34-01', others: ['63-58', '63-56', 'VN'] });
    for (const s of SERIES) {
      expect(look(report.get('63-56', s))).toBe(look(indicatorPage.get('63-56', s)));
      expect(look(explore.get('63-56', s))).toBe(look(indicatorPage.get('63-56', s)));
      expect(look(report.get('63-58', s))).toBe(look(explore.get('63-58', s)));
      expect(look(report.get('VN', s))).toBe(look(explore.get('VN', s)));
      expect(look(report.get('63-56', s))).toBe(look(seriesIdentity('63-56', s)));
    }
  });

  it('predecessors of Khánh Hòa (34) differ in dash and marker, from each other and from it', () => {
    const a = seriesIdentity('63-56', 'survey');
    const b = seriesIdentity('63-58', 'survey');
    const own = seriesIdentity('34-56', 'survey');
    expect(a.dash).not.toBe(b.dash);
    expect(a.pip).not.toBe(b.pip);
    expect(new Set([grey(a), grey(b), grey(own)]).size).toBe(3);
    expect(new Set([a.color, b.color, own.color]).size).toBe(3);
  });

  it('every 2025 province and its predecessors: distinct colours, predecessors distinct in black and white', () => {
    expect(merged.size).toBe(34);
    for (const [code, olds] of merged) {
      const ids = [`34-${code}`, ...[...olds].map((o) => `63-${o}`)];
      const families = ids.map(familyOf);
      expect(new Set(families).size, ids.join(',')).toBe(ids.length);
      for (const s of SERIES) {
        const predecessors = [...olds].map((o) => grey(seriesIdentity(`63-${o}`, s)));
        expect(new Set(predecessors).size, `${code} ${s}`).toBe(olds.size);
        expect(predecessors).not.toContain(grey(seriesIdentity(`34-${code}`, s)));
      }
    }
  });

  it('roles read without colour: the nation long-dashed, provinces of today solid, pre-2025 ones dotted', () => {
    expect(seriesIdentity('VN', 'survey')).toMatchObject({ role: 'national', dash: '8 4' });
    expect(seriesIdentity('34-56', 'survey')).toMatchObject({ role: 'province', dash: null });
    expect(seriesIdentity('63-56', 'survey')).toMatchObject({ role: 'former', dash: '2 3' });
    expect(seriesIdentity('63-58', 'survey')).toMatchObject({ role: 'former', pip: 'dot' });
    expect(seriesIdentity('own', 'own')).toMatchObject({ role: 'own', dash: null, width: 3 });
    expect(seriesIdentity('R-southeast', 'survey').role).toBe('region');
  });

  it('no two (area, series) of one view share a colour, even when two areas share a family', () => {
    // Hà Nội (34-01) and Điện Biên (34-11) share a family; the view moves the later one.
    expect(familyOf('34-01')).toBe(familyOf('34-11'));
    const reg = identityRegistry({ focus: '34-56', others: ['63-56', '63-58', '34-01', '34-11'] });
    const pairs: [string, PlotSeries][] = [
      '34-56',
      '63-56',
      '63-58',
      '34-01',
      '34-11',
      'VN',
    ].flatMap((a) => SERIES.map((s) => [a, s] as [string, PlotSeries]));
    const colours = pairs.map(([a, s]) => reg.get(a, s).color);
    expect(new Set(colours).size).toBe(colours.length);
    // The first listed keeps its site-wide colour.
    expect(reg.get('34-01', 'survey').color).toBe(seriesIdentity('34-01', 'survey').color);
    expect(reg.get('34-11', 'survey').color).not.toBe(seriesIdentity('34-11', 'survey').color);
  });

  it('a series has one marker everywhere', () => {
    for (const s of SERIES) expect(seriesIdentity('63-58', s).shape).toBe(SHAPE_OF_SERIES[s]);
    expect(new Set(SERIES.map((s) => SHAPE_OF_SERIES[s])).size).toBe(SERIES.length);
  });

  it('women’s and men’s lines differ in colour from every line of the view, keeping the area’s dash', () => {
    const reg = identityRegistry({ focus: '34-56', others: ['63-56', '63-58', '34-01'] });
    const all = reg.get('VN', 'survey');
    const women = reg.get('VN', 'survey', 'female');
    const men = reg.get('VN', 'survey', 'male');
    expect(new Set([all.color, women.color, men.color]).size).toBe(3);
    expect([women.dash, men.dash]).toEqual([all.dash, all.dash]);
    const listed = ['34-56', '63-56', '63-58', '34-01', 'VN'].flatMap((a) =>
      SERIES.map((s) => reg.get(a, s).color),
    );
    expect(listed).not.toContain(women.color);
    expect(listed).not.toContain(men.color);
    const k = reg.get('34-56', 'census', 'female');
    expect(listed).not.toContain(k.color);
  });

  it('every colour has at least 3:1 contrast on white', () => {
    for (const c of ALL_COLORS) expect(contrast(c), c).toBeGreaterThanOrEqual(3);
  });

  it('markers and pips are closed SVG paths', () => {
    for (const s of Object.values(SHAPE_OF_SERIES)) expect(markerPath(s)).toMatch(/^M.*Z$/);
    expect(pipPath('dot')).toMatch(/^M.*Z$/);
    expect(pipPath('bar')).toMatch(/^M.*Z$/);
    expect(pipPath('none')).toBe('');
  });
});
