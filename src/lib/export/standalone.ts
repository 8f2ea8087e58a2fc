// The standalone image of a figure, as a published chart image should be: title, subtitle (unit,
// years, scope), the chart, its legend (the figure model's entries, drawn by the same swatches as
// the page's legend), the sources by publisher and title, the site, the stable URL and the access
// date. Every text is wrapped to the image's width (measured, not guessed), so nothing is clipped
// at any chart size. Pure: tested in Node; the browser measures text and renders the chart
// (export/image.ts, export/render.ts).
import {
  DEFAULT_PALETTE,
  SWATCH,
  swatchSvg,
  swatchWidth,
  type LegendEntry,
  type Palette,
} from '../figure/legend.ts';

import { sourceName, type ExportLookup } from '../figure/lookup.ts';
import type { Figure } from '../figure/types.ts';
import type { Locale } from '../domain/types.ts';
import { exportMessages } from '../i18n/messages/export.ts';
import { translator } from '../i18n/translate.ts';
import { accessedText, siteName } from './citation.ts';

export { DEFAULT_PALETTE, type Palette };

/** Width in px of a text at a font size and weight. */
export type Measure = (text: string, size: number, weight: number) => number;

export interface StandaloneInput {
  /** The chart's drawing (already self-contained) and the box of it to show, in its own units. */
  chart: { markup: string; box: { x: number; y: number; width: number; height: number } };
  title: string;
  subtitle: string;
  legend: readonly LegendEntry[];
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

const EXPORT_FONT = "'Be Vietnam Pro', 'DejaVu Sans', Arial, sans-serif";
const PAD = 16;
const MIN_WIDTH = 480;

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
  for (const [i, item] of input.legend.entries()) {
    const sw = swatchWidth(item);
    const labelMax = inner - sw - LABEL.gap;
    const lines = wrapText(item.label, labelMax, LABEL.size, LABEL.weight, measure);
    const labelWidth = Math.max(...lines.map((l) => measure(l, LABEL.size, LABEL.weight)));
    const itemWidth = sw + LABEL.gap + labelWidth;
    const itemHeight = Math.max(SWATCH.height + 4, lines.length * LABEL.lineHeight + 4);
    if (x > PAD && x + itemWidth > PAD + inner) {
      y += rowHeight;
      x = PAD;
      rowHeight = 0;
    }
    legendParts.push(
      `<g transform="translate(${x},${y})" data-export="legend-item" data-legend-kind="${item.kind}">${swatchSvg(item, p, `legend-${i}`)}</g>`,
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

/** How many sources an image names before "and n more". */
const MAX_IMAGE_SOURCES = 6;

/**
 * The texts of a figure's image, from the figure alone (and what the reader's browser adds: the
 * lookup of source names, the address, the day): its title, subtitle and legend, its sources by
 * publisher and title (the most used first), its notes, then the site · URL · access date.
 */
export function standaloneText(input: {
  figure: Pick<Figure, 'title' | 'subtitle' | 'legend' | 'sources' | 'notes'>;
  locale: Locale;
  lookup: ExportLookup;
  url: string;
  accessed: Date;
}): Omit<StandaloneInput, 'chart'> {
  const { figure, locale } = input;
  const t = translator(exportMessages, locale);
  const names = [
    ...new Set(figure.sources.map((u) => sourceName(input.lookup.source(u), u, locale))),
  ];
  return {
    title: figure.title,
    subtitle: figure.subtitle,
    legend: figure.legend,
    sourcesLabel: t('sourcesLabel'),
    sources:
      names.length > MAX_IMAGE_SOURCES
        ? [
            ...names.slice(0, MAX_IMAGE_SOURCES),
            t('sourcesMore', { n: names.length - MAX_IMAGE_SOURCES }),
          ]
        : names,
    footer: [
      ...figure.notes,
      `${siteName(locale)} · ${input.url} · ${accessedText(input.accessed, locale)}`,
    ],
  };
}
