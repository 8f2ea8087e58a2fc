// The site's cividis gives exactly d3-scale-chromatic's colours (the map legend and exported
// images must not change colour because the function moved).
import { interpolateCividis as d3Cividis } from 'd3';
import { describe, expect, it } from 'vitest';
import { interpolateCividis } from '../../../src/lib/figure/cividis.ts';

describe('interpolateCividis', () => {
  it('matches d3 at every step and clamps outside [0, 1]', () => {
    for (let i = 0; i <= 100; i++) expect(interpolateCividis(i / 100)).toBe(d3Cividis(i / 100));
    expect(interpolateCividis(-1)).toBe(d3Cividis(0));
    expect(interpolateCividis(2)).toBe(d3Cividis(1));
    expect(interpolateCividis(0)).not.toBe(interpolateCividis(1));
  });
});
