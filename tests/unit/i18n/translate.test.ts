// Interpolation: placeholders, counts that agree in English, and a missing variable left visible.
import { describe, expect, it } from 'vitest';
import { defineMessages, interpolate, translator } from '../../../src/lib/i18n/translate.ts';

describe('interpolate', () => {
  it.each([
    [1, '1 target has a verdict'],
    ['1', '1 target has a verdict'],
    [0, '0 targets have a verdict'],
    [2, '2 targets have a verdict'],
    ['1,234', '1,234 targets have a verdict'],
    ['1.5', '1.5 targets have a verdict'],
    ['11', '11 targets have a verdict'],
  ])('n = %o → %s', (n, text) => {
    expect(interpolate('{n} {n|target has|targets have} a verdict', { n })).toBe(text);
  });

  it('each count agrees with its own variable', () => {
    expect(interpolate('{a} of {t} {t|target|targets} {a|has|have} one', { a: 1, t: 19 })).toBe(
      '1 of 19 targets has one',
    );
  });

  it('a missing variable stays visible, with its forms', () => {
    expect(interpolate('{n} {n|row|rows} of {m}', {})).toBe('{n} {n|row|rows} of {m}');
  });
});

describe('the English tables agree with their counts', () => {
  it('a translator renders the singular for one', async () => {
    const { reportPage } = await import('../../../src/lib/i18n/messages/report.ts');
    const t = translator(reportPage, 'en');
    expect(t('emptyHeading', { n: 1 })).toBe('1 target without public data');
    expect(t('emptyHeading', { n: 4 })).toBe('4 targets without public data');
  });

  it('Vietnamese messages are left as written', () => {
    const m = defineMessages({ k: '{n} mục tiêu' }, { k: '{n} {n|target|targets}' });
    expect(translator(m, 'vi')('k', { n: 1 })).toBe('1 mục tiêu');
    expect(translator(m, 'en')('k', { n: 1 })).toBe('1 target');
  });
});
