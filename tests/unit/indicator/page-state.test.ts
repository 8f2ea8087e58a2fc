// The indicator page's address keeps the reader's choices, and a hostile address is ignored.
import { describe, expect, it } from 'vitest';
import { readIndicatorState, writeIndicatorState } from '../../../src/lib/indicator/page-state.ts';

const offered = { years: [2019, 2021, 2024], provinces: ['63-56', '34-56'] };
const read = (q: string) => readIndicatorState(new URLSearchParams(q), offered);

describe('indicator page address', () => {
  it('reads back what it writes', () => {
    const state = { year: 2021, vintage: 63 as const, compare: '63-56' };
    const q = writeIndicatorState(state, '');
    expect(q).toBe('y=2021&vt=63&c=63-56');
    expect(read(q)).toEqual(state);
  });

  it('writes nothing for the page as it opens; "no province" over a default one is written', () => {
    expect(writeIndicatorState({ year: null, vintage: null, compare: '63-56' }, '63-56')).toBe('');
    expect(writeIndicatorState({ year: null, vintage: null, compare: '' }, '63-56')).toBe('c=');
    expect(read('c=')).toEqual({ compare: '' });
  });

  it('drops what the page does not offer', () => {
    expect(read('y=1999&vt=99&c=x')).toEqual({});
    expect(read('y=<script>&vt=63abc&c=63-56%3Cb%3E')).toEqual({});
    expect(read('y=2024')).toEqual({ year: 2024 });
  });
});
