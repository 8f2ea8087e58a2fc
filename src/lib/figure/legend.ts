// A figure's legend entries, each with its real marker, and the ONE drawing of each swatch: the
// page's legend (charts/Legend.svelte) and the exported image (export/standalone.ts) both call
// swatchSvg, with the page's CSS colours or their resolved values. An entry is drawn as the chart
// draws its mark: a series of ranges (the Ministry of Health's SRB groups) is a box, as in the
// chart, never a line with a marker.
import { groupPatternSvg, type GroupStyle } from './groups.ts';
import { markerPath, pipPath, type SeriesIdentity } from './identity.ts';

export type LegendEntry =
  /** A line of the chart: its dash, width, colour and marker (a box when its values are ranges). */
  | { kind: 'series'; label: string; identity: SeriesIdentity; ranges?: boolean; hollow?: boolean }
  /** The straight path to a target; in a series' colour for a series of its own (own figures). */
  | { kind: 'path'; label: string; color?: string }
  | {
      kind:
        'target' | 'zone' | 'band' | 'hollow' | 'judged' | 'nodata' | 'meets' | 'fails' | 'neutral';
      label: string;
    }
  /** A value group of a map or ranking, with its colour and pattern (label with its count). */
  | { kind: 'group'; label: string; style: GroupStyle }
  /** A colour scale from low to high (maps of point values), labelled "low → high". */
  | { kind: 'ramp'; label: string; colors: readonly string[] }
  /** The view's own province, outlined in its series colour. */
  | { kind: 'marked'; label: string; color: string };

/** Colours a swatch is drawn in: CSS variables on the page, their values in a standalone file. */
export interface Palette {
  ink: string;
  muted: string;
  paper: string;
  rule: string;
  target: string;
  goodZone: string;
  band: string;
  met: string;
  notMet: string;
}

export const PAGE_PALETTE: Palette = {
  ink: 'var(--ink)',
  muted: 'var(--ink-muted)',
  paper: 'var(--paper)',
  rule: 'var(--rule)',
  target: 'var(--target)',
  goodZone: 'var(--good-zone)',
  band: 'var(--band)',
  met: 'var(--status-met)',
  notMet: 'var(--status-not-met)',
};

/** The values of the page's colours (src/app.css), for files that render outside the page. */
export const DEFAULT_PALETTE: Palette = {
  ink: '#1d2430',
  muted: '#4f5b6b',
  paper: '#ffffff',
  rule: '#d5dbe2',
  target: '#1d2430',
  goodZone: 'rgba(0, 158, 115, 0.14)',
  band: 'rgba(0, 114, 178, 0.13)',
  met: '#007a5a',
  notMet: '#c0392b',
};

export const SWATCH = { width: 34, height: 16 } as const;
const RAMP_WIDTH = 90;

export const swatchWidth = (entry: LegendEntry) =>
  entry.kind === 'ramp' ? RAMP_WIDTH : SWATCH.width;

const escapeXml = (s: string) =>
  s.replace(
    /[<>&"']/g,
    (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[c]!,
  );

const HATCH = [4, 10, 16, 22, 28]
  .map((x) => `<line x1="${x}" y1="15" x2="${x + 6}" y2="1" stroke="#9aa4b1" stroke-width="1.5"/>`)
  .join('');

/** A marker with its pip, centred at (x, y): the chart's own drawing (see charts/Marker.svelte). */
export function markerSvg(
  identity: Pick<SeriesIdentity, 'shape' | 'pip' | 'color'>,
  x: number,
  y: number,
  size: number,
  hollow = false,
  paper = '#ffffff',
): string {
  const c = escapeXml(identity.color);
  const pip = pipPath(identity.pip, size);
  return `<path d="${markerPath(identity.shape, size)}" transform="translate(${x},${y})" fill="${hollow ? paper : c}" stroke="${c}" stroke-width="2" data-marker="${identity.shape}"/>${
    pip
      ? `<path d="${pip}" transform="translate(${x},${y})" fill="${hollow ? c : paper}" data-pip="${identity.pip}"/>`
      : ''
  }`;
}

/** The box a range is drawn as in a chart (charts/Points.svelte), at the swatch's centre. */
function rangeBoxSvg(identity: Pick<SeriesIdentity, 'color' | 'pip'>, hollow: boolean): string {
  const c = escapeXml(identity.color);
  const pip = pipPath(identity.pip, 9);
  return `<rect x="12" y="1" width="10" height="14" fill="${c}" fill-opacity="${hollow ? 0.15 : 0.4}" stroke="${c}" stroke-width="1.5"${hollow ? ' stroke-dasharray="3 2"' : ''} data-marker="range"/>${
    pip
      ? `<path d="${pip}" transform="translate(17,8)" fill="${c}" data-pip="${identity.pip}"/>`
      : ''
  }`;
}

/**
 * A legend swatch, 34 × 16 at the origin (a ramp 90 × 16): SVG markup. `id` makes the ids of its
 * patterns and gradients unique in the document.
 */
export function swatchSvg(entry: LegendEntry, p: Palette, id: string): string {
  switch (entry.kind) {
    case 'series': {
      const { identity } = entry;
      const ranges = entry.ranges ?? identity.shape === 'bar';
      if (ranges) return rangeBoxSvg(identity, entry.hollow === true);
      return `<line x1="1" x2="33" y1="8" y2="8" stroke="${escapeXml(identity.color)}" stroke-width="${identity.width}"${
        identity.dash ? ` stroke-dasharray="${escapeXml(identity.dash)}"` : ''
      }/>${markerSvg(identity, 17, 8, 9, false, p.paper)}`;
    }
    case 'target':
      return `<line x1="3" x2="31" y1="8" y2="8" stroke="${p.target}" stroke-width="3"/><path d="M17,2L23,8L17,14L11,8Z" fill="${p.paper}" stroke="${p.target}" stroke-width="2"/>`;
    case 'path':
      return `<line x1="1" x2="33" y1="13" y2="3" stroke="${escapeXml(entry.color ?? p.target)}" stroke-width="1.5" stroke-dasharray="4 3"/>`;
    case 'hollow':
      return `<path d="${markerPath('circle', 9)}" transform="translate(17,8)" fill="${p.paper}" stroke="${p.muted}" stroke-width="2"/>`;
    case 'judged':
      return `<circle cx="17" cy="8" r="6.5" fill="none" stroke="${p.ink}" stroke-width="1.5"/><circle cx="17" cy="8" r="3.5" fill="${p.muted}"/>`;
    case 'zone':
      return `<rect x="1" y="1" width="32" height="14" fill="${p.goodZone}" stroke="${p.rule}"/>`;
    case 'band':
      return `<rect x="1" y="1" width="32" height="14" fill="${p.band}" stroke="${p.rule}"/>`;
    case 'nodata':
      return `<rect x="1" y="1" width="32" height="14" fill="#f4f6f8" stroke="${p.rule}"/>${HATCH}`;
    case 'meets':
      return `<circle cx="17" cy="8" r="5" fill="${p.met}"/>`;
    case 'fails':
      return `<circle cx="17" cy="8" r="5" fill="${p.paper}" stroke="${p.notMet}" stroke-width="2"/>`;
    case 'neutral':
      return `<rect x="13" y="4" width="8" height="8" fill="${p.muted}"/>`;
    case 'group':
      return `<defs>${groupPatternSvg(entry.style, `${id}-p`)}</defs><rect x="1" y="1" width="32" height="14" fill="url(#${id}-p)" stroke="${p.ink}" stroke-width="0.5"/>`;
    case 'marked':
      return `<rect x="3" y="2" width="28" height="12" fill="none" stroke="#ffffff" stroke-width="4.5"/><rect x="3" y="2" width="28" height="12" fill="none" stroke="${escapeXml(entry.color)}" stroke-width="2.5"/>`;
    case 'ramp': {
      const n = Math.max(1, entry.colors.length - 1);
      const stops = entry.colors
        .map(
          (c, i) =>
            `<stop offset="${Math.round((i / n) * 10000) / 100}%" stop-color="${escapeXml(c)}"/>`,
        )
        .join('');
      return `<defs><linearGradient id="${id}-r">${stops}</linearGradient></defs><rect x="1" y="2" width="88" height="12" fill="url(#${id}-r)" stroke="${p.rule}"/>`;
    }
  }
}

/**
 * One legend for several figures (an annual report's shared key): each entry once, in the order
 * first met; series by their label and look, marks by their kind and label.
 */
export function mergeLegends(legends: readonly (readonly LegendEntry[])[]): LegendEntry[] {
  const seen = new Set<string>();
  const out: LegendEntry[] = [];
  for (const legend of legends)
    for (const e of legend) {
      const key =
        e.kind === 'series'
          ? `series|${e.label}|${e.identity.color}|${e.identity.shape}`
          : `${e.kind}|${e.label}`;
      if (seen.has(key)) continue;
      seen.add(key);
      out.push(e);
    }
  return out;
}
