// One look per (area, series) across the whole site and its exports: colour, marker and dash are
// a function of the area and the series alone, never of the page, so Khánh Hòa (63) is drawn the
// same on its indicator page, on Khánh Hòa (34)'s annual report and in explore. The rules:
// - the marker's shape follows the series (survey ●, census ■, …), everywhere;
// - the line's dash and weight follow what the area is, so roles read without colour: the nation
//   is long-dashed and near-black, a province of today (34) solid, a pre-2025 province (63)
//   dotted or dash-dotted, a region dashed, the user's own figures solid and thickest;
// - a pre-2025 province also carries a pip in its marker and a dash of its own when it merged
//   with others in 2025 (PIP_OF_FORMER), so the predecessors of one province differ printed in
//   black and white;
// - the colour follows the area (a hue family per area, from its code) and, within an area, the
//   series (shades of that family). The families are chosen so that a 2025 province and each of
//   its predecessors never share one (tested against the crosswalk); should two areas of one view
//   share a family anyway (explore, any picks), the later one in the view's order takes the next
//   free family in that view only.
import { isNational } from '../domain/national.ts';
import type { Sex } from '../domain/types.ts';
import { SERIES, type PlotSeries } from '../domain/vocabulary.ts';

export type MarkerShape =
  'circle' | 'square' | 'diamond' | 'triangle' | 'triangle-down' | 'bar' | 'star';
/** A mark inside a marker (white on the fill) telling pre-2025 provinces of one merger apart. */
export type MarkerPip = 'none' | 'dot' | 'bar';
/** What an area is, read from its id: its role on every page. */
export type AreaRole = 'national' | 'province' | 'former' | 'region' | 'own';

export interface SeriesIdentity {
  color: string;
  shape: MarkerShape;
  pip: MarkerPip;
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

const WIDTH_OF_ROLE: Record<AreaRole, number> = {
  national: 2,
  province: 2.5,
  former: 2,
  region: 2,
  own: 3,
};

const NATIONAL_DASH = '8 4';
const REGION_DASH = '12 4';
/** Dashes of pre-2025 provinces, by their pip: dotted, dash-dot, dash-dot-dot. */
const FORMER_DASH: Record<MarkerPip, string> = {
  none: '2 3',
  dot: '7 3 2 3',
  bar: '7 3 2 3 2 3',
};

/**
 * The second and third pre-2025 provinces (by code) of each 2025 province formed from several:
 * their pip and dash. Read from data/geo/crosswalk_63_to_34.csv (the 2025 merger, NQ 202/2025/QH15);
 * tests/unit/charts/identity.test.ts checks it against that file.
 */
const PIP_OF_FORMER: Readonly<Record<string, MarkerPip>> = {
  '08': 'dot',
  '15': 'dot',
  '19': 'dot',
  '27': 'dot',
  '25': 'dot',
  '26': 'bar',
  '31': 'dot',
  '34': 'dot',
  '36': 'dot',
  '37': 'bar',
  '45': 'dot',
  '49': 'dot',
  '62': 'dot',
  '64': 'dot',
  '58': 'dot',
  '66': 'dot',
  '67': 'dot',
  '68': 'bar',
  '75': 'dot',
  '77': 'dot',
  '79': 'bar',
  '80': 'dot',
  '87': 'dot',
  '84': 'dot',
  '86': 'bar',
  '91': 'dot',
  '93': 'dot',
  '94': 'bar',
  '96': 'dot',
};

// Hue families; within a family one shade per series, in SERIES order (survey, census,
// civil_registration, admin_register, election, moh_group), so a series keeps its shade in every
// view. Every shade has at least 3:1 contrast on white (WCAG non-text contrast).
const NATIONAL = ['#1a1a1a', '#4d4d4d', '#333f4f', '#6b6b6b', '#3d3d3d', '#5c5c5c'];
const OWN = ['#7a0177'];
const FAMILIES = [
  ['#08519c', '#1f78b4', '#2c5f8a', '#3a86c8', '#0e4f79', '#4a6fa5'], // blue
  ['#a63603', '#d94801', '#8c3a0c', '#c25a15', '#7a2e05', '#b5651d'], // orange
  ['#006d2c', '#238b45', '#1b5e3a', '#2f8a57', '#00552a', '#3f8f5a'], // green
  ['#54278f', '#6a51a3', '#4a2c7a', '#7b6bb0', '#3f007d', '#6e4f9e'], // purple
  ['#99000d', '#cb181d', '#8a1f24', '#b0413e', '#70000a', '#c0392b'], // red
  ['#7f5f00', '#9c7a00', '#6b5200', '#8a6d1f', '#5e4700', '#a07b10'], // gold
  ['#00606b', '#00838f', '#135c63', '#2a7f86', '#004c55', '#1d8f99'], // teal
  ['#c51b7d', '#ae017e', '#8e0152', '#b3366f', '#9d1a5b', '#c2417f'], // pink
  ['#6f4e37', '#8b5a2b', '#5c4033', '#7b5b45', '#4e342e', '#936846'], // brown
  ['#283593', '#3949ab', '#1a237e', '#5c6bc0', '#303f9f', '#3f51b5'], // indigo
];

/** Colours of every family, for tests and for a legend of the palette. */
export const ALL_COLORS: readonly string[] = [NATIONAL, OWN, ...FAMILIES].flat();

/** The key a (area, series) pair is registered under; the user's own figures are area 'own'. */
export const OWN_AREA = 'own';

/** What an area is, from its id ('VN', '63-56', '34-56', 'R-…', 'own'). */
function roleOf(areaId: string): AreaRole {
  if (isNational(areaId)) return 'national';
  if (areaId === OWN_AREA) return 'own';
  if (areaId.startsWith('63-')) return 'former';
  if (areaId.startsWith('34-')) return 'province';
  return 'region';
}

const codeOf = (areaId: string) => areaId.slice(3);

/** The area's preferred colour family (an index into FAMILIES); -1 for the nation and 'own'. */
export function familyOf(areaId: string): number {
  const role = roleOf(areaId);
  if (role === 'national' || role === 'own') return -1;
  const n = Number(codeOf(areaId));
  // 34-NN: NN mod 10; 63-NN: (NN + 4) mod 10 — the one shift that keeps every 2025 province and
  // its predecessors apart (checked against the crosswalk by the identity test).
  if (role === 'province' && Number.isFinite(n)) return n % FAMILIES.length;
  if (role === 'former' && Number.isFinite(n)) return (n + 4) % FAMILIES.length;
  let h = 0;
  for (const ch of areaId) h = (h * 31 + ch.charCodeAt(0)) >>> 0;
  return h % FAMILIES.length;
}

/** The marker pip of an area: pre-2025 provinces of one merger each have their own. */
function pipOf(areaId: string): MarkerPip {
  return roleOf(areaId) === 'former' ? (PIP_OF_FORMER[codeOf(areaId)] ?? 'none') : 'none';
}

function dashOf(areaId: string): string | null {
  const role = roleOf(areaId);
  if (role === 'national') return NATIONAL_DASH;
  if (role === 'former') return FORMER_DASH[pipOf(areaId)];
  if (role === 'region') return REGION_DASH;
  return null;
}

/**
 * The family of an area's values for women or men only: the area's family turned by three or six
 * places (the nation's: pink for women, blue for men), so they never take the area's own colours.
 */
function sexFamilyOf(areaId: string, sex: Exclude<Sex, 'all'>): number {
  const own = familyOf(areaId);
  if (own < 0) return sex === 'female' ? 7 : 0;
  return (own + (sex === 'female' ? 3 : 6)) % FAMILIES.length;
}

/**
 * The identity of an (area, series) pair, the same on every page. Values for women or men only
 * keep the area's dash, weight and marker, in a colour family of their own (named in the label).
 * `family` overrides the colour family (a view resolving a clash, see identityRegistry).
 */
export function seriesIdentity(
  areaId: string,
  series: PlotSeries,
  sex: Sex = 'all',
  family: number = sex === 'all' ? familyOf(areaId) : sexFamilyOf(areaId, sex),
): SeriesIdentity {
  const role = roleOf(areaId);
  const colors = role === 'own' ? OWN : family < 0 ? NATIONAL : FAMILIES[family % FAMILIES.length]!;
  const shade = series === 'own' ? 0 : SERIES.indexOf(series);
  return {
    color: colors[shade % colors.length]!,
    shape: SHAPE_OF_SERIES[series],
    pip: pipOf(areaId),
    dash: dashOf(areaId),
    width: WIDTH_OF_ROLE[role],
    role,
  };
}

export interface IdentityInput {
  /** The view's own area: listed first (it keeps its family on a clash). */
  focus: string | null;
  /** Other areas in the order the view lists them (selection order, or predecessors by code). */
  others: readonly string[];
  /** Kept for callers of the earlier registry: a pre-2025 province's look is its own already. */
  predecessors?: readonly string[];
}

export interface IdentityRegistry {
  /** The identity of an (area, series) pair (and sex) in this view. */
  get(areaId: string, series: PlotSeries, sex?: Sex): SeriesIdentity;
}

/**
 * A view's identities: seriesIdentity for every pair, except that two areas of the view sharing a
 * colour family are told apart by giving the later one (in the view's order, then in the order
 * asked) the next family no area of the view uses. On the site's fixed pages (an indicator page,
 * an annual report with its predecessors) no two areas share a family, so nothing moves there.
 */
export function identityRegistry(input: IdentityInput): IdentityRegistry {
  // Families by area (and by area|sex for values of women or men only).
  const familyOfKey = new Map<string, number>();
  const used = new Set<number>();
  const place = (key: string, preferred: number) => {
    if (preferred < 0 || roleOf(key.split('|')[0]!) === 'own') return preferred;
    let family = preferred;
    for (let i = 0; i < FAMILIES.length && used.has(family); i++)
      family = (preferred + i + 1) % FAMILIES.length;
    used.add(family);
    familyOfKey.set(key, family);
    return family;
  };
  for (const id of [input.focus, ...input.others])
    if (id && !familyOfKey.has(id)) place(id, familyOf(id));
  const cache = new Map<string, SeriesIdentity>();
  return {
    get(areaId, series, sex = 'all') {
      const key = `${areaId}|${series}|${sex}`;
      const hit = cache.get(key);
      if (hit) return hit;
      const byKey = sex === 'all' ? areaId : `${areaId}|${sex}`;
      const family =
        familyOfKey.get(byKey) ??
        place(byKey, sex === 'all' ? familyOf(areaId) : sexFamilyOf(areaId, sex));
      const identity = seriesIdentity(areaId, series, sex, family);
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

/** SVG path of a marker's pip centred on (0, 0), or '' for none: a dot, or a horizontal bar. */
export function pipPath(pip: MarkerPip, size = 10): string {
  const r = size / 2;
  if (pip === 'dot') {
    const d = Math.max(1.2, r * 0.38);
    return `M${-d},0a${d},${d} 0 1,0 ${2 * d},0a${d},${d} 0 1,0 ${-2 * d},0Z`;
  }
  if (pip === 'bar') {
    const w = r * 0.75;
    const h = Math.max(0.8, r * 0.22);
    return `M${-w},${-h}h${2 * w}v${2 * h}h${-2 * w}Z`;
  }
  return '';
}
