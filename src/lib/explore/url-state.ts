// The explore view's state lives in the URL, encoded by this one codec (OWID-style): every link
// carries a version, older versions are migrated forward, and anything invalid, unknown, repeated
// or hostile is dropped with a visible note naming the parameter, instead of throwing or reaching
// a query. What is decoded is capped (entries, value length, list items), whatever the link's size.
import { NATIONAL_ID } from '../domain/national.ts';
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
  areas: [NATIONAL_ID],
  from: null,
  to: null,
  series: null,
  sex: null,
  view: 'trend',
  compare: 'none',
  year: null,
  vintage: null,
};

/**
 * What happened to a parameter of the link: ignored (invalid, unknown, repeated, too long) or
 * carried forward from an older link. Shown to the user; `param` always names the parameter as
 * the link gave it (clipped), `value` the offending or new value. Both are rendered as text.
 */
export interface DecodeNote {
  param: string;
  reason:
    | 'unknown_indicator'
    | 'unknown_area'
    | 'bad_year'
    | 'bad_value'
    | 'too_many'
    | 'bad_version'
    | 'duplicate_merged'
    | 'duplicate_first'
    | 'migrated'
    | 'ignored_param'
    | 'too_long';
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
/**
 * What the page decodes of a hostile link: a parameter's value is read up to this many characters
 * (40 ids of 64 characters fit), and this many parameters are looked at; the rest is noted.
 */
export const MAX_VALUE_LENGTH = 4096;
export const MAX_ENTRIES = 64;
/** Unknown parameters are named one by one up to this many (a tracking link carries several). */
const MAX_IGNORED_NOTES = 8;

const clip = (s: string) => (s.length > 40 ? `${s.slice(0, 40)}…` : s);

/** The parameters of the current version; LIST_KEYS may be repeated (their values combine). */
const CURRENT_KEYS = ['v', 'i', 'a', 'from', 'to', 'y', 'view', 'cmp', 's', 'sex', 'vt'] as const;
const LIST_KEYS: ReadonlySet<string> = new Set(['i', 'a']);
/** Version 1 (the first public links, before multi-select): `?indicator=ID&area=ID`. */
const V1_KEYS = ['indicator', 'area'] as const;

/** Every value of every parameter, in the order given (at most MAX_ENTRIES entries). */
type RawParams = Map<string, string[]>;

/**
 * Migrations take the raw params of version N and return those of version N+1, noting what they
 * changed. Parameters a migration does not know are passed on (and noted later if unknown).
 */
const MIGRATIONS: Record<
  number,
  (p: RawParams, notes: DecodeNote[], givenAs: Map<string, string>) => void
> = {
  // 1 → 2: indicator → i, area → a (a link that has both keeps the current one).
  1: (p, notes, givenAs) => {
    for (const [old, key] of [
      ['indicator', 'i'],
      ['area', 'a'],
    ] as const) {
      const values = p.get(old);
      if (!values) continue;
      p.delete(old);
      if (p.has(key)) {
        notes.push({ param: old, reason: 'ignored_param', value: clip(values[0] ?? '') });
        continue;
      }
      p.set(key, values);
      givenAs.set(key, old); // later notes on i or a name the parameter the link gave
      notes.push({ param: old, reason: 'migrated', value: clip(`${key}=${values.join(',')}`) });
    }
  },
  // 2 → 3: election results became one series; "derived_count" (counted from the official
  // lists) is now part of "election".
  2: (p, notes) => {
    const s = p.get('s');
    if (s?.[0] === 'derived_count') {
      p.set('s', ['election', ...s.slice(1)]);
      notes.push({ param: 's', reason: 'migrated', value: 'derived_count → election' });
    }
  },
};

/** Group the link's entries by parameter, capped in number and length, noting what was cut. */
function rawParams(input: URLSearchParams, notes: DecodeNote[]): RawParams {
  const out: RawParams = new Map();
  let seen = 0;
  for (const [key, value] of input) {
    seen += 1;
    if (seen > MAX_ENTRIES) {
      notes.push({ param: clip(key), reason: 'too_many', value: String(countEntries(input)) });
      break;
    }
    let kept = value;
    if (value.length > MAX_VALUE_LENGTH) {
      notes.push({ param: clip(key), reason: 'too_long', value: String(value.length) });
      kept = value.slice(0, MAX_VALUE_LENGTH);
      // A list is cut at its last whole item, never in the middle of a code.
      if (LIST_KEYS.has(key) && kept.includes(',')) kept = kept.slice(0, kept.lastIndexOf(','));
    }
    const values = out.get(key);
    if (values) values.push(kept);
    else out.set(key, [kept]);
  }
  return out;
}

function countEntries(input: URLSearchParams): number {
  let n = 0;
  input.forEach(() => (n += 1));
  return n;
}

/**
 * The link's version: its `v` when valid, else the version whose parameters it carries (a link
 * without `v` that names `indicator`/`area` and none of today's parameters is a version-1 link;
 * one with today's parameters is read as today's, its old ones migrated or ignored).
 */
function versionOf(p: RawParams, notes: DecodeNote[]): number {
  const v = p.get('v')?.[0];
  if (v !== undefined) {
    if (/^\d{1,3}$/.test(v) && Number(v) >= 1 && Number(v) <= CURRENT_VERSION) return Number(v);
    notes.push({ param: 'v', reason: 'bad_version', value: clip(v) });
  }
  const current = CURRENT_KEYS.some((k) => k !== 'v' && p.has(k));
  const old = V1_KEYS.some((k) => p.has(k));
  return old && !current ? 1 : CURRENT_VERSION;
}

export function decodeState(
  input: URLSearchParams,
  vocab: Vocabulary,
): { state: ExploreState; notes: DecodeNote[] } {
  const notes: DecodeNote[] = [];
  const params = rawParams(input, notes);
  const givenAs = new Map<string, string>();
  let version = versionOf(params, notes);
  // Old parameters in a link read as today's are carried forward as version 1's would be.
  if (version === CURRENT_VERSION && V1_KEYS.some((k) => params.has(k)))
    MIGRATIONS[1]!(params, notes, givenAs);
  while (version < CURRENT_VERSION) {
    MIGRATIONS[version]!(params, notes, givenAs);
    version += 1;
  }
  const named = (key: string) => givenAs.get(key) ?? key;

  // Anything else the link carries is not ours: named (a few), never read.
  const unknown = [...params.keys()].filter(
    (k) => !(CURRENT_KEYS as readonly string[]).includes(k),
  );
  for (const key of unknown.slice(0, MAX_IGNORED_NOTES))
    notes.push({ param: clip(key), reason: 'ignored_param', value: clip(params.get(key)![0]!) });
  if (unknown.length > MAX_IGNORED_NOTES) {
    const key = unknown[MAX_IGNORED_NOTES]!;
    notes.push({ param: clip(key), reason: 'too_many', value: String(unknown.length) });
  }

  /** The one value of a scalar parameter: the first, a repeat noted. */
  const one = (key: string): string | null => {
    const values = params.get(key);
    if (!values) return null;
    if (values.length > 1)
      notes.push({ param: key, reason: 'duplicate_first', value: String(values.length) });
    return values[0]!;
  };
  one('v'); // read above; a repeated v is noted like any other

  const state: ExploreState = { ...DEFAULT_STATE };
  const list = (key: string, known: ReadonlySet<string>, reason: DecodeNote['reason']) => {
    const values = params.get(key);
    if (!values) return null;
    if (values.length > 1)
      notes.push({ param: named(key), reason: 'duplicate_merged', value: String(values.length) });
    const items = values.flatMap((v) => v.split(',')).filter((s) => s !== '');
    if (items.length > MAX_ITEMS)
      notes.push({ param: named(key), reason: 'too_many', value: String(items.length) });
    const kept: string[] = [];
    for (const item of items.slice(0, MAX_ITEMS)) {
      if (ID.test(item) && known.has(item)) {
        if (!kept.includes(item)) kept.push(item);
      } else notes.push({ param: named(key), reason, value: clip(item) });
    }
    return kept;
  };
  const indicators = list('i', vocab.indicators, 'unknown_indicator');
  if (indicators && indicators.length) state.indicators = indicators;
  const areas = list('a', vocab.areas, 'unknown_area');
  if (areas && areas.length) state.areas = areas;

  const year = (key: 'from' | 'to' | 'y') => {
    const raw = one(key);
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
    const raw = one(key);
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
