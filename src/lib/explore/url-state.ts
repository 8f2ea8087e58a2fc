// The explore view's state lives in the URL, encoded by this one codec (OWID-style): every link
// carries a version, older versions are migrated forward, and anything invalid or hostile is
// dropped with a visible note instead of throwing or reaching a query.
import type { Series, Sex } from '../domain/types.ts';
import { SERIES } from '../domain/vocabulary.ts';

export const CURRENT_VERSION = 3;

export const VIEWS = ['trend', 'ranking', 'map', 'table'] as const;
export type View = (typeof VIEWS)[number];
export const COMPARISONS = ['none', 'national', 'region', 'merged'] as const;
export type Comparison = (typeof COMPARISONS)[number];
const SEXES: readonly Sex[] = ['all', 'female', 'male'];

export interface ExploreState {
  indicators: string[];
  areas: string[];
  /** Inclusive year range; null = open-ended. */
  from: number | null;
  to: number | null;
  /** null = every series (drawn separately). */
  series: Series | null;
  sex: Sex | null;
  view: View;
  compare: Comparison;
  /** Year of the ranking and map views; null = latest with data. */
  year: number | null;
  /**
   * Provinces of the ranking and map views: 63 (until 30/6/2025) or 34 (from 1/7/2025); null = the
   * vintage of the year. Added in version 3 without a migration: a link without it keeps its view.
   */
  vintage: 63 | 34 | null;
}

export const DEFAULT_STATE: ExploreState = {
  indicators: ['sex_ratio_at_birth'],
  areas: ['VN'],
  from: null,
  to: null,
  series: null,
  sex: null,
  view: 'trend',
  compare: 'none',
  year: null,
  vintage: null,
};

/** Why a parameter was ignored; shown to the user (codes, not raw input, are interpolated). */
export interface DecodeNote {
  param: string;
  reason:
    'unknown_indicator' | 'unknown_area' | 'bad_year' | 'bad_value' | 'too_many' | 'bad_version';
  /** The offending value, truncated; always rendered as text, never HTML. */
  value: string;
}

export interface Vocabulary {
  indicators: ReadonlySet<string>;
  areas: ReadonlySet<string>;
}

/** The codes a URL may name: the dataset's indicator and area ids. */
export function vocabularyOf(lists: {
  indicators: readonly { id: string }[];
  areas: readonly { id: string }[];
}): Vocabulary {
  return {
    indicators: new Set(lists.indicators.map((i) => i.id)),
    areas: new Set(lists.areas.map((a) => a.id)),
  };
}

const MAX_ITEMS = 40;
const ID = /^[A-Za-z0-9_-]{1,64}$/;
const MIN_YEAR = 1990;
const MAX_YEAR = 2100;

const clip = (s: string) => (s.length > 40 ? `${s.slice(0, 40)}…` : s);

/**
 * Version 1 (the first public links, before multi-select): `?indicator=ID&area=ID`.
 * Migrations take raw params of version N and return raw params of version N+1.
 */
const MIGRATIONS: Record<number, (p: URLSearchParams) => URLSearchParams> = {
  1: (p) => {
    const out = new URLSearchParams();
    const indicator = p.get('indicator');
    const area = p.get('area');
    if (indicator) out.set('i', indicator);
    if (area) out.set('a', area);
    out.set('v', '2');
    return out;
  },
  // Version 3: election results became one series; "derived_count" (counted from the official
  // lists) is now part of "election".
  2: (p) => {
    const out = new URLSearchParams(p);
    if (out.get('s') === 'derived_count') out.set('s', 'election');
    out.set('v', '3');
    return out;
  },
};

function versionOf(params: URLSearchParams): number | null {
  const v = params.get('v');
  if (v === null) return params.has('indicator') || params.has('area') ? 1 : CURRENT_VERSION;
  return /^\d{1,3}$/.test(v) ? Number(v) : null;
}

export function decodeState(
  input: URLSearchParams,
  vocab: Vocabulary,
): { state: ExploreState; notes: DecodeNote[] } {
  const notes: DecodeNote[] = [];
  let params = new URLSearchParams(input);
  let version = versionOf(params);
  if (version === null || version > CURRENT_VERSION || version < 1) {
    notes.push({ param: 'v', reason: 'bad_version', value: clip(input.get('v') ?? '') });
    version = CURRENT_VERSION;
  }
  while (version < CURRENT_VERSION) {
    params = MIGRATIONS[version]!(params);
    version += 1;
  }

  const state: ExploreState = { ...DEFAULT_STATE };
  const list = (key: string, known: ReadonlySet<string>, reason: DecodeNote['reason']) => {
    const raw = params.get(key);
    if (raw === null) return null;
    const items = raw.split(',').filter((s) => s !== '');
    if (items.length > MAX_ITEMS)
      notes.push({ param: key, reason: 'too_many', value: String(items.length) });
    const kept: string[] = [];
    for (const item of items.slice(0, MAX_ITEMS)) {
      if (ID.test(item) && known.has(item)) {
        if (!kept.includes(item)) kept.push(item);
      } else notes.push({ param: key, reason, value: clip(item) });
    }
    return kept;
  };
  const indicators = list('i', vocab.indicators, 'unknown_indicator');
  if (indicators && indicators.length) state.indicators = indicators;
  const areas = list('a', vocab.areas, 'unknown_area');
  if (areas && areas.length) state.areas = areas;

  const year = (key: 'from' | 'to' | 'y') => {
    const raw = params.get(key);
    if (raw === null || raw === '') return null;
    if (/^\d{4}$/.test(raw)) {
      const n = Number(raw);
      if (n >= MIN_YEAR && n <= MAX_YEAR) return n;
    }
    notes.push({ param: key, reason: 'bad_year', value: clip(raw) });
    return null;
  };
  state.from = year('from');
  state.to = year('to');
  if (state.from !== null && state.to !== null && state.from > state.to) {
    notes.push({ param: 'to', reason: 'bad_year', value: String(state.to) });
    state.to = null;
  }
  state.year = year('y');

  const oneOf = <T extends string>(key: string, allowed: readonly T[]): T | null => {
    const raw = params.get(key);
    if (raw === null || raw === '') return null;
    if ((allowed as readonly string[]).includes(raw)) return raw as T;
    notes.push({ param: key, reason: 'bad_value', value: clip(raw) });
    return null;
  };
  state.view = oneOf('view', VIEWS) ?? DEFAULT_STATE.view;
  state.compare = oneOf('cmp', COMPARISONS) ?? DEFAULT_STATE.compare;
  state.series = oneOf<Series>('s', SERIES);
  state.sex = oneOf('sex', SEXES);
  const vintage = oneOf('vt', ['63', '34'] as const);
  state.vintage = vintage === null ? null : (Number(vintage) as 63 | 34);
  return { state, notes };
}

/** Canonical URL parameters of a state (defaults omitted, version always present). */
export function encodeState(state: ExploreState): URLSearchParams {
  const p = new URLSearchParams();
  p.set('v', String(CURRENT_VERSION));
  p.set('i', state.indicators.join(','));
  p.set('a', state.areas.join(','));
  if (state.from !== null) p.set('from', String(state.from));
  if (state.to !== null) p.set('to', String(state.to));
  if (state.series !== null) p.set('s', state.series);
  if (state.sex !== null) p.set('sex', state.sex);
  if (state.view !== DEFAULT_STATE.view) p.set('view', state.view);
  if (state.compare !== DEFAULT_STATE.compare) p.set('cmp', state.compare);
  if (state.year !== null) p.set('y', String(state.year));
  if (state.vintage !== null) p.set('vt', String(state.vintage));
  return p;
}
