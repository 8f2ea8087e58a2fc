// SVG and PNG of a chart that stand on their own, as a published chart image should: title,
// subtitle (unit, years, vintage), the chart, its legend drawn with the chart's own markers, the
// sources by publisher and title, the site, the stable URL and the access date. Every text is
// wrapped to the image's width (measured, not guessed), so nothing is clipped at any chart size.
//
// composeStandalone and legendSwatch are pure (tested in Node); the rest reads the live chart in
// the browser and is called from click handlers only, never at module load (pages are prerendered).
import { markerPath, type MarkerShape } from '../charts/identity.ts';

/** Colours the chart's CSS variables resolve to, so the file renders outside the page. */
export interface Palette {
  ink: string;
  muted: string;
  paper: string;
  rule: string;
  target: string;
  goodZone: string;
  band: string;
}

export const DEFAULT_PALETTE: Palette = {
  ink: '#1d2430',
  muted: '#4f5b6b',
  paper: '#ffffff',
  rule: '#d5dbe2',
  target: '#1d2430',
  goodZone: 'rgba(0, 158, 115, 0.14)',
  band: 'rgba(0, 114, 178, 0.13)',
};

/** A legend entry of an exported image: a series with its real line and marker, or a mark. */
export type ExportLegendItem =
  | {
      kind: 'series';
      label: string;
      color: string;
      shape: MarkerShape;
      dash: string | null;
      width: number;
    }
  | { kind: 'target' | 'path' | 'zone' | 'band' | 'hollow' | 'judged' | 'nodata'; label: string }
  /** A colour scale (maps): its colours from low to high, labelled "low → high". */
  | { kind: 'ramp'; label: string; colors: readonly string[] };

/** Width in px of a text at a font size and weight. */
export type Measure = (text: string, size: number, weight: number) => number;

export interface StandaloneInput {
  /** The chart's drawing (already self-contained) and the box of it to show, in its own units. */
  chart: { markup: string; box: { x: number; y: number; width: number; height: number } };
  title: string;
  subtitle: string;
  legend: readonly ExportLegendItem[];
  /** "Nguồn" / "Source(s)". */
  sourcesLabel: string;
  /** One entry per source, "Publisher — Title". */
  sources: readonly string[];
  /** Lines after the sources: notes (map attribution), then site · URL · access date. */
  footer: readonly string[];
  palette?: Palette;
  /** @font-face rules embedded in the file (the page's own font), '' for none. */
  fontCss?: string;
  fontFamily?: string;
}

export const EXPORT_FONT = "'Be Vietnam Pro', 'DejaVu Sans', Arial, sans-serif";
const PAD = 16;
const MIN_WIDTH = 480;
const SWATCH = { w: 34, h: 16 };
const swatchWidth = (item: ExportLegendItem) => (item.kind === 'ramp' ? 90 : SWATCH.w);

const escapeXml = (s: string) =>
  s.replace(
    /[<>&"']/g,
    (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[c]!,
  );

/** Break a word wider than the line into pieces that fit (URLs, long ids). */
function splitLong(word: string, max: number, size: number, weight: number, m: Measure): string[] {
  const parts: string[] = [];
  let current = '';
  for (const ch of word) {
    if (current && m(current + ch, size, weight) > max) {
      parts.push(current);
      current = ch;
    } else current += ch;
  }
  if (current) parts.push(current);
  return parts;
}

/** Greedy line breaking at spaces; a word longer than a line is broken inside. Never empty. */
export function wrapText(
  text: string,
  maxWidth: number,
  size: number,
  weight: number,
  m: Measure,
): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const candidate = line ? `${line} ${word}` : word;
    if (m(candidate, size, weight) <= maxWidth) {
      line = candidate;
      continue;
    }
    if (line) lines.push(line);
    if (m(word, size, weight) <= maxWidth) line = word;
    else {
      const parts = splitLong(word, maxWidth, size, weight, m);
      lines.push(...parts.slice(0, -1));
      line = parts.at(-1) ?? '';
    }
  }
  if (line || lines.length === 0) lines.push(line);
  return lines;
}

/** The legend swatch of an item, 34 × 16 at the origin: the same drawing as the page's legend. */
export function legendSwatch(item: ExportLegendItem, p: Palette = DEFAULT_PALETTE): string {
  switch (item.kind) {
    case 'series':
      return `<line x1="1" x2="33" y1="8" y2="8" stroke="${escapeXml(item.color)}" stroke-width="${item.width}"${
        item.dash ? ` stroke-dasharray="${escapeXml(item.dash)}"` : ''
      }/><path d="${markerPath(item.shape, 9)}" transform="translate(17,8)" fill="${escapeXml(item.color)}" stroke="${escapeXml(item.color)}" stroke-width="2" data-marker="${item.shape}"/>`;
    case 'target':
      return `<line x1="3" x2="31" y1="8" y2="8" stroke="${p.target}" stroke-width="3"/><path d="M17,2L23,8L17,14L11,8Z" fill="#ffffff" stroke="${p.target}" stroke-width="2"/>`;
    case 'path':
      return `<line x1="1" x2="33" y1="13" y2="3" stroke="${p.target}" stroke-width="1.5" stroke-dasharray="4 3"/>`;
    case 'hollow':
      return `<path d="${markerPath('circle', 9)}" transform="translate(17,8)" fill="#ffffff" stroke="${p.muted}" stroke-width="2"/>`;
    case 'judged':
      return `<circle cx="17" cy="8" r="6.5" fill="none" stroke="${p.ink}" stroke-width="1.5"/><circle cx="17" cy="8" r="3.5" fill="${p.muted}"/>`;
    case 'zone':
      return `<rect x="1" y="1" width="32" height="14" fill="${p.goodZone}" stroke="${p.rule}"/>`;
    case 'band':
      return `<rect x="1" y="1" width="32" height="14" fill="${p.band}" stroke="${p.rule}"/>`;
    case 'nodata':
      return `<rect x="1" y="1" width="32" height="14" fill="#f4f6f8" stroke="${p.rule}"/>${[
        4, 10, 16, 22, 28,
      ]
        .map(
          (x) =>
            `<line x1="${x}" y1="15" x2="${x + 6}" y2="1" stroke="#9aa4b1" stroke-width="1.5"/>`,
        )
        .join('')}`;
    case 'ramp': {
      const n = Math.max(1, item.colors.length - 1);
      const stops = item.colors
        .map((c, i) => `<stop offset="${round((i / n) * 100)}%" stop-color="${escapeXml(c)}"/>`)
        .join('');
      // The id is made from the colours: one scale per image, stable between exports.
      const id = `ramp-${item.colors
        .join('')
        .replace(/[^a-z0-9]/gi, '')
        .slice(0, 40)}`;
      return `<defs><linearGradient id="${id}">${stops}</linearGradient></defs><rect x="1" y="2" width="88" height="12" fill="url(#${id})" stroke="${p.rule}"/>`;
    }
  }
}

interface TextLine {
  text: string;
  x: number;
  y: number;
  size: number;
  weight: number;
  fill: string;
  role: string;
}

/** The standalone image: everything laid out top to bottom at one width, every text wrapped. */
export function composeStandalone(
  input: StandaloneInput,
  measure: Measure,
): { svg: string; width: number; height: number } {
  const p = input.palette ?? DEFAULT_PALETTE;
  const box = input.chart.box;
  const width = Math.ceil(Math.max(MIN_WIDTH, box.width + 2 * PAD));
  const inner = width - 2 * PAD;
  const texts: TextLine[] = [];
  let y = PAD;
  const paragraph = (
    text: string,
    size: number,
    weight: number,
    fill: string,
    role: string,
    lineHeight = Math.round(size * 1.35),
  ) => {
    for (const line of wrapText(text, inner, size, weight, measure)) {
      y += lineHeight;
      texts.push({
        text: line,
        x: PAD,
        y: y - Math.round(lineHeight * 0.25),
        size,
        weight,
        fill,
        role,
      });
    }
  };
  paragraph(input.title, 18, 600, p.ink, 'title');
  if (input.subtitle) paragraph(input.subtitle, 13, 400, p.muted, 'subtitle');
  y += 8;
  const chartTop = y;
  const chartX = PAD + (inner - box.width) / 2 - box.x;
  y += box.height + 10;

  // Legend: swatch + label items flowing in rows; a label longer than a row wraps under itself.
  const legendParts: string[] = [];
  const LABEL = { size: 12, weight: 400, gap: 6, itemGap: 18, lineHeight: 16 };
  let x = PAD;
  let rowHeight = 0;
  for (const item of input.legend) {
    const sw = swatchWidth(item);
    const labelMax = inner - sw - LABEL.gap;
    const lines = wrapText(item.label, labelMax, LABEL.size, LABEL.weight, measure);
    const labelWidth = Math.max(...lines.map((l) => measure(l, LABEL.size, LABEL.weight)));
    const itemWidth = sw + LABEL.gap + labelWidth;
    const itemHeight = Math.max(SWATCH.h + 4, lines.length * LABEL.lineHeight + 4);
    if (x > PAD && x + itemWidth > PAD + inner) {
      y += rowHeight;
      x = PAD;
      rowHeight = 0;
    }
    legendParts.push(
      `<g transform="translate(${x},${y})" data-export="legend-item" data-legend-kind="${item.kind}">${legendSwatch(item, p)}</g>`,
    );
    lines.forEach((line, i) =>
      texts.push({
        text: line,
        x: x + sw + LABEL.gap,
        y: y + 12 + i * LABEL.lineHeight,
        size: LABEL.size,
        weight: LABEL.weight,
        fill: p.ink,
        role: 'legend',
      }),
    );
    x += itemWidth + LABEL.itemGap;
    rowHeight = Math.max(rowHeight, itemHeight);
  }
  y += rowHeight;
  if (input.legend.length) y += 6;

  y += 4;
  const rule = y;
  y += 2;
  if (input.sources.length)
    paragraph(
      `${input.sourcesLabel}: ${input.sources.join('; ')}.`,
      11,
      400,
      p.muted,
      'source',
      15,
    );
  for (const line of input.footer) paragraph(line, 11, 400, p.muted, 'footer', 15);
  const height = Math.ceil(y + PAD - 4);

  const family = input.fontFamily ?? EXPORT_FONT;
  const style = input.fontCss ? `<style>${input.fontCss}</style>` : '';
  const textMarkup = texts
    .map(
      (t) =>
        `<text x="${t.x}" y="${t.y}" font-size="${t.size}"${t.weight !== 400 ? ` font-weight="${t.weight}"` : ''} fill="${t.fill}" data-export="${t.role}">${escapeXml(t.text)}</text>`,
    )
    .join('\n');
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${escapeXml(family)}">
${style}<rect width="100%" height="100%" fill="${p.paper}"/>
<g transform="translate(${round(chartX)},${round(chartTop - box.y)})" data-export="chart">${input.chart.markup}</g>
${legendParts.join('\n')}
<line x1="${PAD}" x2="${width - PAD}" y1="${rule}" y2="${rule}" stroke="${p.rule}"/>
${textMarkup}
</svg>`;
  return { svg, width, height };
}

const round = (n: number) => Math.round(n * 100) / 100;

// ---------------------------------------------------------------------------------------------
// Browser side: read the live chart.

const STYLE_PROPS = [
  'fill',
  'fill-opacity',
  'stroke',
  'stroke-width',
  'stroke-dasharray',
  'stroke-opacity',
  'stroke-linejoin',
  'stroke-linecap',
  'opacity',
  'font-size',
  'font-weight',
  'font-family',
  'font-style',
  'text-anchor',
  'dominant-baseline',
  'visibility',
  'display',
] as const;

/** Copy the computed styles that matter onto the clone, so the file renders outside the page. */
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

export function paletteOf(root: Element = document.documentElement): Palette {
  const css = getComputedStyle(root);
  const v = (name: string, fallback: string) => css.getPropertyValue(name).trim() || fallback;
  return {
    ink: v('--ink', DEFAULT_PALETTE.ink),
    muted: v('--ink-muted', DEFAULT_PALETTE.muted),
    paper: v('--paper', DEFAULT_PALETTE.paper),
    rule: v('--rule', DEFAULT_PALETTE.rule),
    target: v('--target', DEFAULT_PALETTE.target),
    goodZone: v('--good-zone', DEFAULT_PALETTE.goodZone),
    band: v('--band', DEFAULT_PALETTE.band),
  };
}

const LEGEND_KINDS = ['series', 'target', 'path', 'zone', 'band', 'hollow', 'judged'] as const;

/** The legend the page shows beside the chart (figure > ul.legend), with its real markers. */
export function legendFromFigure(svg: SVGSVGElement): ExportLegendItem[] | null {
  const figure = svg.closest('figure');
  const list = figure?.querySelector(':scope > ul.legend');
  if (!list) return figure ? legendFromCaption(figure) : null;
  const items: ExportLegendItem[] = [];
  for (const li of list.querySelectorAll('li[data-legend-kind]')) {
    const kind = li.getAttribute('data-legend-kind') as (typeof LEGEND_KINDS)[number];
    const label = li.querySelector('span')?.textContent?.trim() ?? '';
    if (!LEGEND_KINDS.includes(kind) || !label) continue;
    if (kind === 'series') {
      const line = li.querySelector('line');
      const marker = li.querySelector('[data-marker]');
      items.push({
        kind,
        label,
        color: line?.getAttribute('stroke') ?? DEFAULT_PALETTE.ink,
        shape: (marker?.getAttribute('data-marker') ?? 'circle') as MarkerShape,
        dash: line?.getAttribute('stroke-dasharray') || null,
        width: Number(line?.getAttribute('stroke-width') ?? 2),
      });
    } else items.push({ kind, label });
  }
  return items;
}

/** A map's caption: its colour scale (min, gradient, max) and the no-data swatch. */
function legendFromCaption(figure: Element): ExportLegendItem[] | null {
  const items: ExportLegendItem[] = [];
  const scale = figure.querySelector('figcaption .scale');
  const ramp = scale?.querySelector('.ramp');
  if (scale && ramp) {
    const colors = [
      ...getComputedStyle(ramp).backgroundImage.matchAll(/rgba?\([^)]*\)|#[0-9a-f]{3,8}\b/gi),
    ].map((m) => m[0]);
    const ends = (scale.textContent ?? '').trim().split(/\s+/);
    if (colors.length >= 2 && ends.length >= 2)
      items.push({ kind: 'ramp', label: `${ends[0]} → ${ends.at(-1)}`, colors });
  }
  const nodata = figure.querySelector('figcaption .nodata')?.textContent?.trim();
  if (nodata) items.push({ kind: 'nodata', label: nodata });
  return items.length ? items : null;
}

/** Without a page legend (small multiples): the series marks the SVG itself carries. */
export function legendFromMarks(
  svg: SVGSVGElement,
  labels: { target: string; path: string; zone?: string },
): ExportLegendItem[] {
  const items: ExportLegendItem[] = [];
  for (const g of svg.querySelectorAll('g[data-series-label]')) {
    const points = g.querySelector('[data-series-shape]');
    const line = g.querySelector('path[data-series-color]');
    const color =
      points?.getAttribute('data-series-color') ??
      line?.getAttribute('data-series-color') ??
      DEFAULT_PALETTE.ink;
    items.push({
      kind: 'series',
      label: g.getAttribute('data-series-label') ?? '',
      color,
      shape: (points?.getAttribute('data-series-shape') ?? 'circle') as MarkerShape,
      dash: line?.getAttribute('stroke-dasharray') || null,
      width: Number(line?.getAttribute('stroke-width') ?? 2),
    });
  }
  if (svg.querySelector('g.target')) items.push({ kind: 'target', label: labels.target });
  if (svg.querySelector('.trajectory')) items.push({ kind: 'path', label: labels.path });
  if (labels.zone && svg.querySelector('rect[fill="var(--good-zone)"]'))
    items.push({ kind: 'zone', label: labels.zone });
  return items;
}

/** Box of what the chart draws: its viewBox and anything drawn past it (labels, markers). */
function drawnBox(svg: SVGSVGElement): { x: number; y: number; width: number; height: number } {
  const [vx = 0, vy = 0, vw = 720, vh = 360] = (svg.getAttribute('viewBox') ?? '')
    .split(/[\s,]+/)
    .map(Number);
  let x0 = vx;
  let y0 = vy;
  let x1 = vx + vw;
  let y1 = vy + vh;
  try {
    // The root's box covers every child, transforms included, in viewBox units.
    const b = svg.getBBox();
    if (b.width > 0 || b.height > 0) {
      x0 = Math.min(x0, b.x);
      y0 = Math.min(y0, b.y);
      x1 = Math.max(x1, b.x + b.width);
      y1 = Math.max(y1, b.y + b.height);
    }
  } catch {
    // Not rendered (display: none): the viewBox alone.
  }
  const m = 2;
  return { x: x0 - m, y: y0 - m, width: x1 - x0 + 2 * m, height: y1 - y0 + 2 * m };
}

let fontCssCache: Promise<string> | null = null;

/** The page's own font as @font-face rules with the files inlined, so the image renders with it. */
function embeddedFontCss(family = 'Be Vietnam Pro'): Promise<string> {
  fontCssCache ??= (async () => {
    const rules: CSSFontFaceRule[] = [];
    for (const sheet of document.styleSheets) {
      let list: CSSRuleList;
      try {
        list = sheet.cssRules;
      } catch {
        continue;
      }
      for (const rule of list)
        if (
          rule instanceof CSSFontFaceRule &&
          rule.style.getPropertyValue('font-family').replace(/['"]/g, '').trim() === family
        )
          rules.push(rule);
    }
    const out: string[] = [];
    for (const rule of rules) {
      const css = rule.cssText;
      const url = css.match(/url\(["']?([^"')]+\.woff2)["']?\)/)?.[1];
      if (!url) continue;
      // The file's URL is relative to its stylesheet, not to the page.
      const base = rule.parentStyleSheet?.href ?? document.baseURI;
      const response = await fetch(new URL(url, base));
      if (!response.ok) throw new Error(`font ${url}: HTTP ${response.status}`);
      const bytes = new Uint8Array(await response.arrayBuffer());
      let binary = '';
      for (let i = 0; i < bytes.length; i += 0x8000)
        binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
      const weight = css.match(/font-weight:\s*(\d+)/)?.[1] ?? '400';
      const range = css.match(/unicode-range:\s*([^;}]+)/)?.[1]?.trim();
      out.push(
        `@font-face{font-family:'${family}';font-style:normal;font-weight:${weight};src:url(data:font/woff2;base64,${btoa(binary)}) format('woff2');${range ? `unicode-range:${range};` : ''}}`,
      );
    }
    return out.join('');
  })().catch(() => '');
  return fontCssCache;
}

/** Text measurement with the font the image is drawn in (or the widest fallback when not embedded). */
async function canvasMeasure(embedded: boolean, samples: string[]): Promise<Measure> {
  const families = embedded
    ? ["'Be Vietnam Pro'"]
    : ["'Be Vietnam Pro'", "'DejaVu Sans'", 'Arial', 'sans-serif'];
  for (const weight of [400, 600])
    for (const size of [11, 12, 13, 18])
      await document.fonts
        ?.load(`${weight} ${size}px 'Be Vietnam Pro'`, samples.join(' '))
        .catch(() => undefined);
  const ctx = document.createElement('canvas').getContext('2d');
  return (text, size, weight) => {
    if (!ctx) return text.length * size * 0.62;
    let widest = 0;
    for (const f of families) {
      ctx.font = `${weight} ${size}px ${f}`;
      widest = Math.max(widest, ctx.measureText(text).width);
    }
    // A little room for rounding and hinting differences between renderers.
    return widest * 1.03 + 1;
  };
}

export interface ChartExportText {
  title: string;
  subtitle: string;
  /** Legend items given by the page; otherwise read from the figure's legend or the marks. */
  legend?: readonly ExportLegendItem[] | null;
  legendLabels: { target: string; path: string; zone?: string };
  sourcesLabel: string;
  sources: readonly string[];
  footer: readonly string[];
}

/** The standalone SVG of a live chart. */
export async function chartToSvg(
  svg: SVGSVGElement,
  text: ChartExportText,
): Promise<{ svg: string; width: number; height: number }> {
  const clone = svg.cloneNode(true) as SVGSVGElement;
  inlineStyles(svg, clone);
  clone.querySelectorAll('.tooltip').forEach((n) => n.remove());
  clone.removeAttribute('tabindex');
  const markup = new XMLSerializer()
    .serializeToString(clone)
    .replace(/^<svg[^>]*>/, '')
    .replace(/<\/svg>\s*$/, '');
  const legend = text.legend ?? legendFromFigure(svg) ?? legendFromMarks(svg, text.legendLabels);
  const fontCss = await embeddedFontCss();
  const measure = await canvasMeasure(fontCss !== '', [
    text.title,
    text.subtitle,
    ...text.sources,
    ...text.footer,
    ...legend.map((l) => l.label),
  ]);
  return composeStandalone(
    {
      chart: { markup, box: drawnBox(svg) },
      title: text.title,
      subtitle: text.subtitle,
      legend,
      sourcesLabel: text.sourcesLabel,
      sources: text.sources,
      footer: text.footer,
      palette: paletteOf(),
      fontCss,
    },
    measure,
  );
}

export function svgToPng(svgText: string, width: number, height: number, scale = 2): Promise<Blob> {
  return new Promise((resolve, reject) => {
    const image = new Image();
    const url = URL.createObjectURL(new Blob([svgText], { type: 'image/svg+xml' }));
    image.onload = async () => {
      // Embedded fonts are decoded with the image; decode() waits for them before drawing.
      await image.decode().catch(() => undefined);
      const canvas = document.createElement('canvas');
      canvas.width = width * scale;
      canvas.height = height * scale;
      const ctx = canvas.getContext('2d');
      if (!ctx) return reject(new Error('No canvas'));
      ctx.scale(scale, scale);
      ctx.drawImage(image, 0, 0, width, height);
      URL.revokeObjectURL(url);
      canvas.toBlob(
        (b) => (b ? resolve(b) : reject(new Error('PNG encoding failed'))),
        'image/png',
      );
    };
    image.onerror = () => reject(new Error('The chart could not be rendered as an image'));
    image.src = url;
  });
}

export function downloadBlob(blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
