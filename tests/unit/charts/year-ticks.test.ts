// Year labels on an x axis never run into each other: a narrow chart gets fewer ticks.
import { scaleLinear } from 'd3';
import { describe, expect, it } from 'vitest';
import { YEAR_LABEL_ROOM, yearTicks } from '../../../src/lib/figure/marks.ts';

const axis = (from: number, to: number, width: number) =>
  scaleLinear()
    .domain([from, to])
    .range([40, 40 + width]);

describe('yearTicks', () => {
  it('a wide chart gets the ticks asked for, whole years only', () => {
    const ticks = yearTicks(axis(2009, 2025, 600), 8);
    expect(ticks).toEqual([2010, 2012, 2014, 2016, 2018, 2020, 2022, 2024]);
  });

  it('a small report chart (2020.6–2025.4 over 160 px) keeps its labels apart', () => {
    const x = axis(2020.6, 2025.4, 160);
    const ticks = yearTicks(x, 4);
    // d3 alone gives 2021…2025, 32 px apart: labels about 30 px wide would touch.
    expect(x.ticks(4)).toEqual([2021, 2022, 2023, 2024, 2025]);
    expect(ticks.length).toBeLessThan(5);
    for (let i = 1; i < ticks.length; i++)
      expect(x(ticks[i]!) - x(ticks[i - 1]!)).toBeGreaterThanOrEqual(YEAR_LABEL_ROOM);
  });

  it('never a fractional year, even on a one-year span', () => {
    expect(yearTicks(axis(2024, 2025, 300), 8).every(Number.isInteger)).toBe(true);
    expect(yearTicks(axis(2024, 2025, 300), 8)).toEqual([2024, 2025]);
  });
});
