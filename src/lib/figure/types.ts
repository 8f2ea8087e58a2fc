// The figure model (after OWID Grapher's chart state): everything a chart, its table, its files
// and its standalone image need, made once by a pure function. The chart component draws it, the
// table draws its rows, the CSV/XLSX are its rows, and the PNG/SVG is the same component drawn
// from the same model with the model's own legend: nothing is read back from the page.
import type { ExtractColumn, ExtractRow } from './rows.ts';
import type { GapFigure } from './gap.ts';
import type { LegendEntry } from './legend.ts';
import type { GroupsFigure, MapFigure, RankingFigure } from './ranking.ts';
import type { TrendFigure } from './trend.ts';

/** What a table and a download of the figure hold: one row per value, words and `*_code` columns. */
export interface FigureRows {
  columns: ExtractColumn[];
  shown: ExtractRow[];
}

export interface FigureBase {
  /** The figure's title: its image's title, its citation's and its files' names. */
  title: string;
  /** What the reader needs to read the axis: unit · years · scope (which areas, which units). */
  subtitle: string;
  /** The legend, each entry with the chart's own marker. */
  legend: LegendEntry[];
  rows: FigureRows;
  /** URLs of the sources of the rows shown, the most used first (named when a file is made). */
  sources: string[];
  /** Lines under the sources in an image (a map's boundary attribution). */
  notes: string[];
}

/** A table without a chart (a scorecard, a status grid, explore's table view). */
export interface TableFigure extends FigureBase {
  kind: 'table';
}

/** Every figure a page draws and exports. */
export type Figure =
  TrendFigure | RankingFigure | GroupsFigure | MapFigure | GapFigure | TableFigure;
/** A figure with a chart: it has an image. */
export type DrawnFigure = Exclude<Figure, TableFigure>;

export const isDrawn = (f: Figure): f is DrawnFigure => f.kind !== 'table';

/** A figure without rows or sources: a chart drawn for reading only. */
export const NO_ROWS: FigureRows = { columns: [], shown: [] };

/** URLs of the rows' sources, the most used first (ties in order of first use). */
export function sourcesByUse(urls: readonly string[]): string[] {
  const uses = new Map<string, number>();
  for (const u of urls) if (/^https?:\/\//.test(u)) uses.set(u, (uses.get(u) ?? 0) + 1);
  return [...uses.entries()].sort((a, b) => b[1] - a[1]).map(([u]) => u);
}

export function tableFigure(input: {
  title: string;
  subtitle?: string;
  rows: FigureRows;
}): TableFigure {
  return {
    kind: 'table',
    title: input.title,
    subtitle: input.subtitle ?? '',
    legend: [],
    rows: input.rows,
    sources: sourcesByUse(input.rows.shown.map((r) => String(r.source_url ?? ''))),
    notes: [],
  };
}
