// The chart of a figure as markup for a standalone image: the same component that draws it on
// the page, mounted off-screen from the same figure model (after OWID Grapher, which renders its
// static export from the chart state, never from the page), its computed styles written onto
// the copy so the file renders on its own. Browser only; called from a download click.
import { flushSync, mount, unmount } from 'svelte';
import FigureChart from '../charts/FigureChart.svelte';
import type { Locale } from '../domain/types.ts';
import type { DrawnFigure } from '../figure/types.ts';

/** The width an image draws a figure at: the same on every screen, phone or desktop. */
function exportWidth(figure: DrawnFigure): number {
  if (figure.kind === 'map') return figure.marks.map.width;
  if (figure.kind === 'ranking' || figure.kind === 'groups') return 640;
  return 720;
}

const STYLE_PROPS = [
  'fill',
  'fill-opacity',
  'stroke',
  'stroke-width',
  'stroke-dasharray',
  'stroke-opacity',
  'stroke-linejoin',
  'stroke-linecap',
  'paint-order',
  'opacity',
  'font-size',
  'font-weight',
  'font-family',
  'font-style',
  'text-anchor',
  'dominant-baseline',
  'display',
] as const;

/** Copy the computed styles that matter onto the copy, so the file renders outside the page. */
function inlineStyles(source: Element, target: Element): void {
  const computed = getComputedStyle(source);
  const style = STYLE_PROPS.map((p) => `${p}:${computed.getPropertyValue(p)}`).join(';');
  target.setAttribute('style', style);
  for (let i = 0; i < source.children.length; i++) {
    const s = source.children[i];
    const t = target.children[i];
    if (s && t) inlineStyles(s, t);
  }
}

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Box of what the chart draws: its viewBox and anything drawn past it (labels, markers). */
function drawnBox(svg: SVGSVGElement): Box {
  const [vx = 0, vy = 0, vw = 720, vh = 360] = (svg.getAttribute('viewBox') ?? '')
    .split(/[\s,]+/)
    .map(Number);
  let x0 = vx;
  let y0 = vy;
  let x1 = vx + vw;
  let y1 = vy + vh;
  // The root's box covers every child, transforms included, in viewBox units.
  const b = svg.getBBox();
  if (b.width > 0 || b.height > 0) {
    x0 = Math.min(x0, b.x);
    y0 = Math.min(y0, b.y);
    x1 = Math.max(x1, b.x + b.width);
    y1 = Math.max(y1, b.y + b.height);
  }
  const m = 2;
  return { x: x0 - m, y: y0 - m, width: x1 - x0 + 2 * m, height: y1 - y0 + 2 * m };
}

const nextFrame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));

/** The chart of a figure, drawn off-screen by its component, as self-contained SVG markup. */
export async function renderFigure(
  figure: DrawnFigure,
  locale: Locale,
): Promise<{ markup: string; box: Box }> {
  const host = document.createElement('div');
  host.setAttribute('aria-hidden', 'true');
  host.inert = true;
  host.style.cssText = `position:absolute;left:-100000px;top:0;width:${exportWidth(figure)}px`;
  document.body.append(host);
  const app = mount(FigureChart, { target: host, props: { figure, locale, exporting: true } });
  try {
    flushSync();
    // A frame for the chart to measure its box (it lays itself out at its container's width).
    await nextFrame();
    flushSync();
    const svg = host.querySelector<SVGSVGElement>('svg[data-chart], svg[data-map]');
    if (!svg) throw new Error('The chart could not be drawn');
    const copy = svg.cloneNode(true) as SVGSVGElement;
    inlineStyles(svg, copy);
    copy.querySelectorAll('[tabindex]').forEach((n) => n.removeAttribute('tabindex'));
    const markup = new XMLSerializer()
      .serializeToString(copy)
      .replace(/^<svg[^>]*>/, '')
      .replace(/<\/svg>\s*$/, '');
    return { markup, box: drawnBox(svg) };
  } finally {
    await unmount(app);
    host.remove();
  }
}
