// The trend figure model: what the chart, its legend, its table and its files are made of.
import { describe, expect, it } from 'vitest';
import type { ActualRow } from '../../../src/lib/domain/types.ts';
import { identityRegistry, seriesIdentity } from '../../../src/lib/figure/identity.ts';
import { mergeLegends } from '../../../src/lib/figure/legend.ts';
import { indicatorTrendFigure, trendFigure } from '../../../src/lib/figure/trend.ts';
import { groupTrendLines } from '../../../src/lib/domain/trend.ts';
import { actual, group } from '../attainment/fixtures.ts';
import { indicator } from '../domain/fixtures.ts';

const row = (a: ReturnType<typeof actual>): ActualRow => ({ ...a, source_title: '', unit: '' });
const names: Record<string, string> = {
  VN: 'Toàn quốc',
  '63-27': 'Bắc Ninh (63)',
  '63-42': 'Hà Tĩnh (63)',
  '63-56': 'Khánh Hòa (63)',
  '63-58': 'Ninh Thuận (63)',
  '34-56': 'Khánh Hòa (34)',
};
const areaName = (id: string) => names[id] ?? id;
const srb = {
  ...indicator('sex_ratio_at_birth'),
  name_vi: 'Tỷ số giới tính khi sinh',
  unit_vi: 'bé trai/100 bé gái',
  min_plausible: 90,
  max_plausible: 130,
  reference_low: 104,
  reference_high: 106,
  reference_vi: 'Mức tự nhiên 104–106',
};
const identities = identityRegistry({ focus: null, others: [] });

describe('trend figure', () => {
  const figure = indicatorTrendFigure({
    indicator: srb,
    actuals: [
      row(actual(2019, 111.5, { source_url: 'https://gso.gov.vn/a' })),
      row(actual(2020, 112.1, { source_url: 'https://gso.gov.vn/a' })),
      row(actual(2021, 112.8, { source_url: 'https://gso.gov.vn/b', preliminary: true })),
      row(group(2021, 112, null, false, { area_id: '63-27', source_url: 'https://moh.gov.vn/g' })),
      row(group(2021, 112, null, false, { area_id: '63-42', source_url: 'https://moh.gov.vn/g' })),
      row(group(2021, 109, 112, true, { area_id: 'VN', source_url: 'https://moh.gov.vn/g' })),
    ],
    targets: [{ key: 'VN-srb-2025', year: 2025, value: 111, comparator: '<=', scope: '' }],
    identities,
    areaName,
    locale: 'vi',
  });

  it('its legend draws what the chart draws: group series as boxes, the band, the zone, hollow points', () => {
    const kinds = figure.legend.map((e) => e.kind);
    expect(kinds).toEqual([
      'series',
      'series',
      'series',
      'series',
      'target',
      'zone',
      'band',
      'hollow',
    ]);
    const groups = figure.legend.filter((e) => e.kind === 'series' && e.ranges);
    expect(groups.map((e) => e.label)).toEqual([
      'Bắc Ninh (63), nhóm của Bộ Y tế',
      'Hà Tĩnh (63), nhóm của Bộ Y tế',
      'Toàn quốc, nhóm của Bộ Y tế',
    ]);
    expect(figure.legend.find((e) => e.kind === 'band')!.label).toBe('Mức tự nhiên 104–106');
    expect(figure.marks.band).toMatchObject({ low: 104, high: 106 });
  });

  it('ranges of one year sit side by side, never on top of each other', () => {
    const offsets = figure.marks.series
      .filter((s) => s.ranges)
      .map((s) => s.points.find((p) => p.x === 2021)!.offset);
    expect(offsets).toEqual([-1, 0, 1]);
    // A point value is never moved.
    const survey = figure.marks.series.find((s) => s.key === 'VN|survey|all')!;
    expect(survey.points.every((p) => p.offset === undefined)).toBe(true);
  });

  it('lines of several areas are named where they end; one name per area', () => {
    const ends = figure.marks.series.filter((s) => s.end).map((s) => s.end!.text);
    expect(ends.sort()).toEqual(['Bắc Ninh (63)', 'Hà Tĩnh (63)', 'Toàn quốc']);
  });

  it('subtitle: unit, years of the values, and which areas (not "63 provinces" for a national chart)', () => {
    expect(figure.subtitle).toBe(
      'bé trai/100 bé gái · 2019–2021 · Toàn quốc, Bắc Ninh (63), Hà Tĩnh (63)',
    );
    const national = indicatorTrendFigure({
      indicator: srb,
      actuals: [row(actual(2020, 112.1)), row(actual(2021, 112.8))],
      identities,
      areaName,
      locale: 'vi',
    });
    expect(national.subtitle).toBe('bé trai/100 bé gái · 2020–2021 · Toàn quốc');
    expect(national.marks.series.every((s) => s.end === null)).toBe(true);
  });

  it('its rows are the files’ rows (one per value, with labels and codes); sources most used first', () => {
    expect(figure.rows.shown).toHaveLength(6);
    expect(figure.rows.columns.map((c) => c.key)).toEqual(
      expect.arrayContaining(['series', 'series_code', 'source_quality', 'source_quality_code']),
    );
    expect(figure.sources[0]).toBe('https://moh.gov.vn/g');
    expect(figure.table).toHaveLength(6);
  });

  it('the axis covers the values, the target and the band, inside the plausible range', () => {
    const [lo, hi] = figure.marks.y;
    expect(lo).toBeLessThanOrEqual(104);
    expect(hi).toBeGreaterThanOrEqual(112.8);
    expect(lo).toBeGreaterThanOrEqual(90);
    expect(hi).toBeLessThanOrEqual(130);
  });

  it('predecessor lines of a merged province: each named and drawn apart', () => {
    const reg = identityRegistry({
      focus: '34-56',
      others: ['63-56', '63-58'],
      predecessors: ['63-56', '63-58'],
    });
    const lines = groupTrendLines([
      actual(2024, 110, { area_id: '63-56' }),
      actual(2024, 112, { area_id: '63-58' }),
      actual(2025, 111, { area_id: '34-56' }),
    ]);
    const f = trendFigure({
      locale: 'vi',
      indicatorName: 'SRB',
      unit: '',
      lines,
      identities: reg,
      lineLabel: (l) => `${areaName(l.areaId)}, điều tra thống kê`,
    });
    const [a, b, own] = ['63-56', '63-58', '34-56'].map((id) =>
      f.marks.series.find((s) => s.key.startsWith(id))!,
    );
    expect(a!.end!.text).toBe('Khánh Hòa (63)');
    expect(b!.end!.text).toBe('Ninh Thuận (63)');
    expect(own!.end!.text).toBe('Khánh Hòa (34)');
    expect(a!.identity.dash).not.toBe(b!.identity.dash);
    expect(a!.identity.pip).not.toBe(b!.identity.pip);
  });
});

describe('one legend for several figures (an annual report’s shared key)', () => {
  it('keeps each entry once, in the order first met', () => {
    const id = seriesIdentity('63-56', 'survey');
    const merged = mergeLegends([
      [
        { kind: 'series', label: 'Khánh Hòa (63), điều tra', identity: id },
        { kind: 'target', label: 'Mục tiêu' },
      ],
      [
        { kind: 'series', label: 'Khánh Hòa (63), điều tra', identity: id },
        { kind: 'band', label: 'Mức tự nhiên 104–106' },
        { kind: 'target', label: 'Mục tiêu' },
      ],
    ]);
    expect(merged.map((e) => e.kind)).toEqual(['series', 'target', 'band']);
  });
});
