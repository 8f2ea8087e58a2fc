import { describe, expect, it } from 'vitest';
import { strategyRefText } from '../../../src/lib/i18n/strategy-ref.ts';

describe('strategyRefText', () => {
  it.each([
    ['NQ28 MT4 CT1', true, 'Resolution 28, objective 4, target 1'],
    ['NQ28 MT3 CT2 (a)', true, 'Resolution 28, objective 3, target 2 (a)'],
    ['NQ28 MT4 CT1', false, 'objective 4, target 1'],
    ['MT1; MT2 CT1–CT3', true, 'objective 1; objective 2, targets 1–3'],
    ['NQ28 MT6', true, 'Resolution 28, objective 6'],
  ])('%s (with resolution: %s) → %s', (ref, withResolution, text) => {
    expect(strategyRefText(ref, 'en', withResolution)).toBe(text);
  });

  it('Vietnamese pages keep the abbreviations', () => {
    expect(strategyRefText('NQ28 MT4 CT1', 'vi')).toBe('NQ28 MT4 CT1');
    expect(strategyRefText('NQ28 MT4 CT1', 'vi', false)).toBe('MT4 CT1');
  });
});
