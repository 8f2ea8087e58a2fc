/** A plotted value. `low`/`high` draw a range (grouped values) instead of, or around, a point. */
export interface PlotPoint {
  x: number;
  y: number | null;
  low?: number | null;
  high?: number | null;
  /** Full text for screen readers and the tooltip, already localised. */
  label: string;
  /** Hollow marker: preliminary or uncertain values. */
  hollow?: boolean;
  /** Drawn larger with a ring: the value a verdict was judged on. */
  judged?: boolean;
}
