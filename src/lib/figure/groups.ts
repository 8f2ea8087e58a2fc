// Look of ordered value groups (e.g. the Ministry of Health 2021 SRB groups) in maps, ranking bands
// and their legends: Okabe–Ito colours (told apart with the common colour-vision deficiencies),
// each with its own pattern so colour is never the only cue. Groups come worst first.

export type GroupPattern = 'cross' | 'dots' | 'none' | 'lines' | 'rings' | 'grid';

export interface GroupStyle {
  color: string;
  pattern: GroupPattern;
  /** Colour of the pattern's marks, chosen to show on the fill. */
  ink: string;
}

// Worst to best: vermillion, orange, yellow, sky blue, bluish green, blue.
const ORDERED = ['#D55E00', '#E69F00', '#F0E442', '#56B4E9', '#009E73', '#0072B2'];
const INK: Record<string, string> = {
  '#D55E00': '#ffffff',
  '#E69F00': '#1d2430',
  '#F0E442': '#1d2430',
  '#56B4E9': '#1d2430',
  '#009E73': '#ffffff',
  '#0072B2': '#ffffff',
};
const PATTERNS: GroupPattern[] = ['cross', 'dots', 'none', 'lines', 'rings', 'grid'];

/** Styles for n ordered groups, worst first: colours spread over the palette, patterns all different. */
export function groupStyles(n: number): GroupStyle[] {
  return Array.from({ length: n }, (_, i) => {
    const at = n <= 1 ? ORDERED.length - 1 : Math.floor((i * (ORDERED.length - 1)) / (n - 1));
    const color = ORDERED[Math.min(at, ORDERED.length - 1)]!;
    return { color, pattern: PATTERNS[i % PATTERNS.length]!, ink: INK[color]! };
  });
}

/**
 * The pattern of a group style as SVG (fill with `url(#id)`): the one drawing the map, the ranking
 * bands and every legend (page and exported image) use.
 */
export function groupPatternSvg(s: GroupStyle, id: string): string {
  const ink = s.ink;
  const marks: Record<GroupPattern, string> = {
    cross: `<line x2="6" y2="6" stroke="${ink}" stroke-width="0.9"/><line x1="6" x2="0" y2="6" stroke="${ink}" stroke-width="0.9"/>`,
    dots: `<circle cx="3" cy="3" r="1.1" fill="${ink}"/>`,
    none: '',
    lines: `<line y1="3" x2="6" y2="3" stroke="${ink}" stroke-width="1"/>`,
    rings: `<circle cx="3" cy="3" r="1.6" fill="none" stroke="${ink}" stroke-width="0.7"/>`,
    grid: `<line x2="6" stroke="${ink}" stroke-width="0.8"/><line y2="6" stroke="${ink}" stroke-width="0.8"/>`,
  };
  return `<pattern id="${id}" width="6" height="6" patternUnits="userSpaceOnUse"><rect width="6" height="6" fill="${s.color}"/>${marks[s.pattern]}</pattern>`;
}
