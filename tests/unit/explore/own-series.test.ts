// Explore's "figures you loaded": drawn as series of their own, never merged into published ones.
import { describe, expect, it } from 'vitest';
import { buildDataset } from '../../../scripts/data/build-dataset.ts';
import type { ActualRow } from '../../../src/lib/domain/types.ts';
import { identityRegistry, OWN_AREA } from '../../../src/lib/figure/identity.ts';
import { indicatorTrendFigure } from '../../../src/lib/figure/trend.ts';
import { materialise } from '../../../src/lib/figure/rows.ts';
import type { UserValue } from '../../../src/lib/import/validate.ts';
import {
  ownExtractRows,
  ownLines,
  ownRankingText,
  ownValuesFor,
  withOwnIdentity,
} from '../../../src/lib/explore/own-series.ts';

const { indicators } = buildDataset('data');
const srb = indicators.find((i) => i.id === 'sex_ratio_at_birth')!;
const mine = (area_id: string, year: number, value: number, file = 'kh.xlsx'): UserValue => ({
  row: 3,
  sheet: 'Bieu 1',
  file,
  indicator_id: 'sex_ratio_at_birth',
  area_id,
  year,
  value,
});
const kept = [
  mine('63-56', 2021, 110.4),
  mine('63-56', 2023, 109.8),
  mine('63-01', 2021, 115.2, 'hn.csv'),
  { ...mine('63-56', 2021, 60), indicator_id: 'female_wage_employment_pct' },
];
const published: ActualRow = {
  indicator_id: 'sex_ratio_at_birth',
  area_id: '63-56',
  year: 2021,
  series: 'survey',
  sex: 'all',
  value: 111,
  value_low: null,
  value_high: null,
  low_inclusive: false,
  high_inclusive: false,
  preliminary: false,
  derived: false,
  uncertain_year: false,
  approximate: false,
  source_id: 'S1',
  source_url: 'https://example.org/s1',
  source_quality: 'official',
  n_sources: 1,
  conflict: false,
  note: '',
  source_title: 'Điều tra',
  unit: '',
};
const names = { indicator: () => 'Tỷ số giới tính khi sinh', area: (id: string) => `A${id}` };

describe('figures you loaded, in explore', () => {
  it('keeps only the chart’s indicator, areas and years', () => {
    expect(ownValuesFor(kept, 'sex_ratio_at_birth', ['63-56'], null, null)).toHaveLength(2);
    expect(ownValuesFor(kept, 'sex_ratio_at_birth', ['63-56'], 2022, null)).toEqual([kept[1]]);
    expect(ownValuesFor(kept, 'sex_ratio_at_birth', ['VN'], null, null)).toEqual([]);
  });

  it('draws them as a line of their own per province, in the own identity, named as theirs', () => {
    const own = ownValuesFor(kept, 'sex_ratio_at_birth', ['63-56', '63-01'], null, null);
    const lines = ownLines(own);
    expect(lines.map((l) => l.key)).toEqual(['63-01|own|all', '63-56|own|all']);
    const identities = identityRegistry({ focus: '63-56', others: [] });
    const figure = indicatorTrendFigure({
      indicator: srb,
      actuals: [published],
      identities: withOwnIdentity(identities),
      areaName: names.area,
      locale: 'vi',
      names,
      own: {
        lines,
        rows: ownExtractRows(own, names),
        label: (id) => `Số liệu bạn tải lên: A${id}`,
      },
    });
    const ownMarks = figure.marks.series.filter((s) => s.key.includes('|own|'));
    expect(ownMarks).toHaveLength(2);
    const ownColor = identities.get(OWN_AREA, 'own').color;
    expect(ownMarks.every((s) => s.identity.color === ownColor)).toBe(true);
    // The published line keeps its own look: never merged with the user's.
    const pub = figure.marks.series.find((s) => s.key === '63-56|survey|all')!;
    expect(pub.identity.color).not.toBe(ownColor);
    expect(pub.points.map((p) => p.y)).toEqual([111]);
    expect(figure.legend.map((l) => l.label)).toContain('Số liệu bạn tải lên: A63-56');
    // The table marks each own row with its file and row; published rows have no such mark.
    const ownRows = figure.table.filter((r) => r.own);
    expect(ownRows).toHaveLength(3);
    expect(ownRows[0]!.own).toMatch(/kh\.xlsx|hn\.csv/);
    expect(figure.table.find((r) => r.key.startsWith('63-56|survey'))!.own).toBe('');
  });

  it('writes them to the files as the user’s series, their source the file', () => {
    const rows = ownExtractRows([kept[0]!], names);
    const figure = indicatorTrendFigure({
      indicator: srb,
      actuals: [published],
      identities: identityRegistry({ focus: '63-56', others: [] }),
      areaName: names.area,
      locale: 'vi',
      names,
      own: { lines: ownLines([kept[0]!]), rows, label: () => 'own' },
    });
    const cells = materialise(figure.rows.columns, figure.rows.shown);
    expect(cells).toHaveLength(2);
    const own = cells.find((c) => c.series_code === 'own')!;
    expect(own.series).toBe('số liệu của bạn');
    expect(own.source_title).toBe('kh.xlsx · Bieu 1 · row 3');
    expect(own.source_url).toBe('');
    expect(own.value).toBe(110.4);
    expect(cells.find((c) => c.series_code === 'survey')!.source_url).toBe(
      'https://example.org/s1',
    );
  });

  it('beside a ranking: the ranking’s year and vintage only, as text with the file', () => {
    const text = ownRankingText(kept, srb, { year: 2021, vintage: 63 }, 'vi');
    expect([...text.keys()].sort()).toEqual(['63-01', '63-56']);
    expect(text.get('63-56')).toBe('110,4 (kh.xlsx · Bieu 1 · row 3)');
    expect(ownRankingText(kept, srb, { year: 2021, vintage: 34 }, 'vi').size).toBe(0);
    expect(ownRankingText(null, srb, { year: 2021, vintage: 63 }, 'vi').size).toBe(0);
  });
});
