// One visual identity per (area, series) in a view: every chart, legend, table swatch, embed and
// PNG/SVG export of the view asks this registry, so a series never changes colour or marker
// between them. The rules:
// - marker shape follows the series (survey ●, census ■, …): the same everywhere on the site;
// - the line's dash and weight follow the area's role: the view's own area is solid and thickest
//   (the most salient), the national line is long-dashed, pre-2025 predecessors are dotted, so
//   roles read without colour;
// - colour follows the area (a hue family per area) and, within an area, the series (shades of
//   that family), so no two lines of one chart share a colour.
import type { Sex } from '../domain/types.ts';
import { SERIES, type PlotSeries } from '../domain/vocabulary.ts';

export type MarkerShape =
  'circle' | 'square' | 'diamond' | 'triangle' | 'triangle-down' | 'bar' | 'star';
export type AreaRole = 'focus' | 'national' | 'predecessor' | 'comparison' | 'own';

export interface SeriesIdentity {
  color: string;
  shape: MarkerShape;
  /** SVG stroke-dasharray, or null for a solid line. */
  dash: string | null;
  width: number;
  role: AreaRole;
}

export const SHAPE_OF_SERIES: Record<PlotSeries, MarkerShape> = {
  survey: 'circle',
  census: 'square',
  civil_registration: 'diamond',
  admin_register: 'triangle',
  election: 'triangle-down',
  moh_group: 'bar',
  own: 'star',
};

const DASH_OF_ROLE: Record<AreaRole, string | null> = {
  focus: null,
  own: null,
  national: '8 4',
  predecessor: '2 3',
  comparison: null,
};

const WIDTH_OF_ROLE: Record<AreaRole, number> = {
  focus: 3,
  own: 3,
  national: 2,
  predecessor: 2,
  comparison: 2,
};

// Hue families; within a family one shade per series, in SERIES order (survey, census,
// civil_registration, admin_register, election, moh_group), so a series keeps its shade in every
// view. Every shade has at least 3:1 contrast on white (WCAG non-text contrast).
const FOCUS = ['#08519c', '#1f78b4', '#2c5f8a', '#3a86c8', '#0e4f79', '#4a6fa5'];
const NATIONAL = ['#1a1a1a', '#4d4d4d', '#333f4f', '#6b6b6b', '#3d3d3d', '#5c5c5c'];
const OWN = ['#7a0177'];
const FAMILIES = [
  ['#a63603', '#d94801', '#8c3a0c', '#c25a15', '#7a2e05', '#b5651d'],
  ['#006d2c', '#238b45', '#1b5e3a', '#2f8a57', '#00552a', '#3f8f5a'],
  ['#54278f', '#6a51a3', '#4a2c7a', '#7b6bb0', '#3f007d', '#6e4f9e'],
  ['#99000d', '#cb181d', '#8a1f24', '#b0413e', '#70000a', '#c0392b'],
  ['#7f5f00', '#9c7a00', '#6b5200', '#8a6d1f', '#5e4700', '#a07b10'],
  ['#00606b', '#00838f', '#135c63', '#2a7f86', '#004c55', '#1d8f99'],
];

/** Colours of every family, for tests and for a legend of the palette. */
export const ALL_COLORS: readonly string[] = [FOCUS, NATIONAL, OWN, ...FAMILIES].flat();

export interface IdentityInput {
  /** The view's own province (the province of the page, the first province chosen in explore). */
  focus: string | null;
  /** Other areas in the order the view lists them (selection order, or predecessors by code). */
  others: readonly string[];
  /** Areas that are pre-2025 predecessors of the focus area (dotted lines). */
  predecessors?: readonly string[];
}

export interface IdentityRegistry {
  /**
   * The identity of an (area, series) pair; values for women or men only (`sex`) are a series of
   * their own: same dash and weight as the area's, a colour family of their own.
   */
  get(areaId: string, series: PlotSeries, sex?: Sex): SeriesIdentity;
}

/** The key a (area, series) pair is registered under; the user's own figures are area 'own'. */
export const OWN_AREA = 'own';

/**
 * The national area is always the national family (long-dashed, near-black), whatever the view;
 * the view's own province is always the blue family (solid, thickest); other areas get the next
 * family in the order the view lists them.
 */
export function identityRegistry(input: IdentityInput): IdentityRegistry {
  const predecessors = new Set(input.predecessors ?? []);
  const familyOf = new Map<string, { role: AreaRole; colors: readonly string[] }>();
  familyOf.set('VN', { role: 'national', colors: NATIONAL });
  familyOf.set(OWN_AREA, { role: 'own', colors: OWN });
  if (input.focus && input.focus !== 'VN')
    familyOf.set(input.focus, { role: 'focus', colors: FOCUS });
  let next = 0;
  const addFamily = (id: string, role?: AreaRole) => {
    const family = {
      role: role ?? ((predecessors.has(id) ? 'predecessor' : 'comparison') as AreaRole),
      colors: FAMILIES[next % FAMILIES.length]!,
    };
    familyOf.set(id, family);
    next += 1;
    return family;
  };
  for (const id of input.others) if (!familyOf.has(id)) addFamily(id);
  const cache = new Map<string, SeriesIdentity>();
  return {
    get(areaId, series, sex = 'all') {
      const key = `${areaId}|${series}|${sex}`;
      const hit = cache.get(key);
      if (hit) return hit;
      // An area the view did not list gets a new family, never a colour already in use.
      const area = familyOf.get(areaId) ?? addFamily(areaId);
      // Women's and men's lines of an area keep the area's role (dash, weight), not its colours.
      const bySex = `${areaId}|${sex}`;
      const family = sex === 'all' ? area : (familyOf.get(bySex) ?? addFamily(bySex, area.role));
      const shade = series === 'own' ? 0 : SERIES.indexOf(series);
      const identity: SeriesIdentity = {
        color: family.colors[shade % family.colors.length]!,
        shape: SHAPE_OF_SERIES[series],
        dash: DASH_OF_ROLE[family.role],
        width: WIDTH_OF_ROLE[family.role],
        role: family.role,
      };
      cache.set(key, identity);
      return identity;
    },
  };
}

/** SVG path of a marker centred on (0, 0), about `size` across. */
export function markerPath(shape: MarkerShape, size = 10): string {
  const r = size / 2;
  switch (shape) {
    case 'circle':
      return `M${-r},0a${r},${r} 0 1,0 ${2 * r},0a${r},${r} 0 1,0 ${-2 * r},0Z`;
    case 'square':
      return `M${-r * 0.9},${-r * 0.9}h${1.8 * r}v${1.8 * r}h${-1.8 * r}Z`;
    case 'diamond':
      return `M0,${-r * 1.25}L${r * 1.25},0L0,${r * 1.25}L${-r * 1.25},0Z`;
    case 'triangle':
      return `M0,${-r * 1.2}L${r * 1.1},${r * 0.8}L${-r * 1.1},${r * 0.8}Z`;
    case 'triangle-down':
      return `M0,${r * 1.2}L${r * 1.1},${-r * 0.8}L${-r * 1.1},${-r * 0.8}Z`;
    case 'bar':
      return `M${-r * 0.45},${-r * 1.3}h${0.9 * r}v${2.6 * r}h${-0.9 * r}Z`;
    case 'star': {
      const points: string[] = [];
      for (let i = 0; i < 10; i++) {
        const rad = i % 2 === 0 ? r * 1.3 : r * 0.55;
        const a = (Math.PI / 5) * i - Math.PI / 2;
        points.push(`${(rad * Math.cos(a)).toFixed(2)},${(rad * Math.sin(a)).toFixed(2)}`);
      }
      return `M${points.join('L')}Z`;
    }
  }
}
