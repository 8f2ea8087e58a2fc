// Chart frame context (LayerCake style): the frame computes scales once, marks read them.
import { getContext, setContext } from 'svelte';
import type { ScaleLinear } from 'd3';
import type { Locale } from '../domain/types.ts';

export interface ChartContext {
  readonly x: ScaleLinear<number, number>;
  readonly y: ScaleLinear<number, number>;
  readonly width: number;
  readonly height: number;
  /** Plot area, inside the padding. */
  readonly left: number;
  readonly right: number;
  readonly top: number;
  readonly bottom: number;
  readonly locale: Locale;
}

const KEY = Symbol('chart');

export function setChart(ctx: ChartContext): void {
  setContext(KEY, ctx);
}

export function getChart(): ChartContext {
  const ctx = getContext<ChartContext | undefined>(KEY);
  if (!ctx) throw new Error('Chart marks must be placed inside a ChartFrame');
  return ctx;
}
