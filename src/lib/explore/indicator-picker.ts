// Explore's list of indicators: grouped by the six objectives of Resolution 28 (context indicators
// last), filtered by a diacritic-insensitive search, the chosen ones named first. A list of 58
// checkboxes with one Tab stop each made the area search 55 Tabs away; the component draws this
// model with one Tab stop for the whole list (arrow keys move inside it, see `moveFocus`).
import { OBJECTIVE_OF_DOMAIN, type Indicator, type Locale } from '../domain/types.ts';
import { foldForSearch } from './areas.ts';

/** One group of the list: objective 1–6, or null for the context indicators (no target). */
export interface IndicatorGroup {
  objective: number | null;
  items: Indicator[];
}

export interface IndicatorList {
  /** The chosen indicators, in the order chosen (shown first, as chips). */
  chosen: Indicator[];
  /** The groups with at least one indicator matching the filter, objectives in order. */
  groups: IndicatorGroup[];
  /** Indicators matching the filter (all of them when the filter is empty). */
  matching: number;
  total: number;
}

const objectiveOf = (i: Indicator): number | null => OBJECTIVE_OF_DOMAIN[i.domain] ?? null;

/** Every word of the query is in one of the indicator's names or its NQ28 reference. */
export function matchesIndicator(indicator: Indicator, query: string): boolean {
  const words = foldForSearch(query).split(' ').filter(Boolean);
  if (!words.length) return true;
  const text = foldForSearch(
    [
      indicator.name_vi,
      indicator.name_en,
      indicator.short_vi,
      indicator.short_en,
      indicator.strategy_ref,
    ].join(' '),
  );
  return words.every((w) => text.includes(w));
}

export function indicatorList(
  indicators: readonly Indicator[],
  chosenIds: readonly string[],
  query: string,
  locale: Locale,
): IndicatorList {
  const byId = new Map(indicators.map((i) => [i.id, i]));
  const chosen = chosenIds.map((id) => byId.get(id)).filter((i): i is Indicator => !!i);
  const kept = indicators.filter((i) => matchesIndicator(i, query));
  const groups = new Map<number | null, Indicator[]>();
  for (const i of kept) {
    const key = objectiveOf(i);
    const list = groups.get(key) ?? [];
    list.push(i);
    groups.set(key, list);
  }
  const name = (i: Indicator) => (locale === 'vi' ? i.name_vi : i.name_en);
  // Within an objective, NQ28's own order of targets (CT1, CT2 …), then by name.
  const order = (a: Indicator, b: Indicator) =>
    (a.strategy_ref || '~').localeCompare(b.strategy_ref || '~', 'en', { numeric: true }) ||
    name(a).localeCompare(name(b), locale);
  return {
    chosen,
    groups: [...groups]
      .sort(([a], [b]) => (a ?? 99) - (b ?? 99))
      .map(([objective, items]) => ({ objective, items: items.sort(order) })),
    matching: kept.length,
    total: indicators.length,
  };
}

/**
 * The list's one Tab stop moves with the arrow keys: the index of the item to focus after `key`
 * from `current` among `count` items, or null when the key is not one of the list's.
 */
export function moveFocus(key: string, current: number, count: number): number | null {
  if (count === 0) return null;
  if (key === 'ArrowDown') return Math.min(count - 1, current + 1);
  if (key === 'ArrowUp') return Math.max(0, current - 1);
  if (key === 'Home') return 0;
  if (key === 'End') return count - 1;
  if (key === 'PageDown') return Math.min(count - 1, current + 10);
  if (key === 'PageUp') return Math.max(0, current - 10);
  return null;
}
