import { describe, expect, it } from 'vitest';
import { buildDataset } from '../../../scripts/data/build-dataset.ts';
import {
  indicatorList,
  matchesIndicator,
  moveFocus,
} from '../../../src/lib/explore/indicator-picker.ts';
import { choiceSummary } from '../../../src/lib/explore/choice-summary.ts';
import { DEFAULT_STATE } from '../../../src/lib/explore/url-state.ts';

const { indicators } = buildDataset('data');
const srb = indicators.find((i) => i.id === 'sex_ratio_at_birth')!;

describe('explore’s indicator list', () => {
  it('groups every indicator by the six objectives, context indicators last', () => {
    const list = indicatorList(indicators, [], '', 'vi');
    expect(list.groups.map((g) => g.objective)).toEqual([1, 2, 3, 4, 5, 6, null]);
    expect(list.groups.flatMap((g) => g.items)).toHaveLength(indicators.length);
    expect(list.matching).toBe(indicators.length);
    // Each indicator in its objective's group (the catalog's domain decides).
    const health = list.groups.find((g) => g.objective === 4)!;
    expect(health.items.map((i) => i.id)).toContain('sex_ratio_at_birth');
    expect(list.groups.at(-1)!.items.every((i) => i.domain === 'context')).toBe(true);
  });

  it('filters without diacritics, in either language, word by word', () => {
    expect(matchesIndicator(srb, 'ty so gioi tinh')).toBe(true);
    expect(matchesIndicator(srb, 'TỶ SỐ giới')).toBe(true);
    expect(matchesIndicator(srb, 'sex ratio birth')).toBe(true);
    expect(matchesIndicator(srb, 'gioi tinh ty so')).toBe(true);
    expect(matchesIndicator(srb, 'ty so lao dong')).toBe(false);
    const list = indicatorList(
      indicators,
      ['sex_ratio_at_birth'],
      'ty so gioi tinh khi sinh',
      'vi',
    );
    expect(list.groups.flatMap((g) => g.items.map((i) => i.id))).toEqual(['sex_ratio_at_birth']);
    expect(list.matching).toBe(1);
    expect(indicatorList(indicators, [], 'zzz', 'en').groups).toEqual([]);
  });

  it('names the chosen indicators first, in the order chosen, whatever the filter', () => {
    const list = indicatorList(
      indicators,
      ['total_fertility_rate', 'sex_ratio_at_birth'],
      'zzz',
      'vi',
    );
    expect(list.chosen.map((i) => i.id)).toEqual(['total_fertility_rate', 'sex_ratio_at_birth']);
  });

  it('arrow keys move within the list, never past its ends; other keys are the browser’s', () => {
    expect(moveFocus('ArrowDown', 0, 3)).toBe(1);
    expect(moveFocus('ArrowDown', 2, 3)).toBe(2);
    expect(moveFocus('ArrowUp', 0, 3)).toBe(0);
    expect(moveFocus('End', 0, 3)).toBe(2);
    expect(moveFocus('Home', 2, 3)).toBe(0);
    expect(moveFocus('ArrowDown', -1, 3)).toBe(0);
    expect(moveFocus('Tab', 1, 3)).toBeNull();
    expect(moveFocus(' ', 1, 3)).toBeNull();
    expect(moveFocus('ArrowDown', 0, 0)).toBeNull();
  });
});

describe('the collapsed controls’ summary', () => {
  const words = {
    indicator: (id: string) => (id === 'sex_ratio_at_birth' ? 'Tỷ số giới tính khi sinh' : id),
    area: (id: string) => ({ VN: 'Toàn quốc', '63-56': 'Khánh Hòa (63)' })[id] ?? id,
    more: (n: number) => `và ${n} mục khác`,
    allYears: 'mọi năm',
    view: (v: string) => ({ trend: 'Xu hướng', ranking: 'Xếp hạng' })[v] ?? v,
  };
  it('names the indicator, the areas, the years and the view', () => {
    expect(choiceSummary(DEFAULT_STATE, words)).toBe(
      'Tỷ số giới tính khi sinh · Toàn quốc · mọi năm · Xu hướng',
    );
    expect(
      choiceSummary(
        { ...DEFAULT_STATE, areas: ['VN', '63-56', '63-01'], from: 2010, to: 2020 },
        words,
      ),
    ).toBe(
      'Tỷ số giới tính khi sinh · Toàn quốc, Khánh Hòa (63) và 1 mục khác · 2010–2020 · Xu hướng',
    );
  });
  it('a ranking names no year range (its year is chosen above it)', () => {
    expect(choiceSummary({ ...DEFAULT_STATE, view: 'ranking', from: 2010 }, words)).toBe(
      'Tỷ số giới tính khi sinh · Toàn quốc · Xếp hạng',
    );
  });
});
