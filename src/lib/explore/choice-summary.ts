// The one-line summary of an explore choice, shown on the collapsed controls (a phone opens with
// the chart on its first screen and the choice named above it).
import type { ExploreState } from './url-state.ts';

export interface SummaryWords {
  indicator: (id: string) => string;
  area: (id: string) => string;
  /** "{n} more" after the first few names. */
  more: (n: number) => string;
  allYears: string;
  view: (view: ExploreState['view']) => string;
}

/** At most `max` names, then "+n more". */
function names(ids: readonly string[], name: (id: string) => string, words: SummaryWords, max = 2) {
  const shown = ids.slice(0, max).map(name).join(', ');
  return ids.length > max ? `${shown} ${words.more(ids.length - max)}` : shown;
}

function years(state: ExploreState, words: SummaryWords): string {
  if (state.from === null && state.to === null) return words.allYears;
  if (state.from === state.to) return String(state.from);
  return `${state.from ?? '…'}–${state.to ?? '…'}`;
}

/** "Tỷ số giới tính khi sinh · Toàn quốc, Khánh Hòa (63) · 2010–2020 · Xu hướng". */
export function choiceSummary(state: ExploreState, words: SummaryWords): string {
  return [
    names(state.indicators, words.indicator, words, 1),
    names(state.areas, words.area, words),
    state.view === 'ranking' || state.view === 'map' ? null : years(state, words),
    words.view(state.view),
  ]
    .filter((part): part is string => !!part)
    .join(' · ');
}
