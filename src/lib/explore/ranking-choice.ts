// What a ranking or map shows and offers, decided here so RankingView only draws: the choice
// (year, vintage, series, defaults included), the parts of the request dropped because this
// indicator has no provincial value there, the years that have values (with their counts per
// vintage) and the two vintages' counts in the chosen year.
import {
  coverage,
  rankingYears,
  resolveRankingRequest,
  VINTAGES,
  type DroppedRequest,
  type RankingChoice,
  type RankingSlice,
  type Vintage,
} from '../domain/ranking.ts';
import type { Series } from '../domain/types.ts';

export interface RankingPanel {
  choice: RankingChoice | null;
  dropped: DroppedRequest;
  /** Only years with a provincial value, oldest first, with the provinces of each vintage. */
  years: { year: number; n: Record<Vintage, number> }[];
  /** Both vintages with their provinces in the chosen year (0: none; still offered, said so). */
  vintages: { vintage: Vintage; n: number }[];
  /** Provinces of the other vintage with a value in the chosen year. */
  otherCount: number;
}

export function rankingPanel(
  slices: readonly RankingSlice[],
  request: { year: number | null; vintage: Vintage | null; series: Series | null },
): RankingPanel {
  const { choice, dropped } = resolveRankingRequest(slices, request);
  const series = request.series;
  return {
    choice,
    dropped,
    years: rankingYears(slices, series),
    vintages: choice
      ? VINTAGES.map((vintage) => ({ vintage, n: coverage(slices, choice.year, vintage, series) }))
      : [],
    otherCount: choice ? coverage(slices, choice.year, choice.vintage === 63 ? 34 : 63, series) : 0,
  };
}

/** "63/63 tỉnh cũ, 12/34 tỉnh mới": the vintages with a value, in the page's words. */
export function countsText(
  n: Record<Vintage, number>,
  word: (vintage: Vintage, n: number) => string,
): string {
  return VINTAGES.filter((v) => n[v] > 0)
    .map((v) => word(v, n[v]))
    .join(', ');
}
