import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  DEFAULT_STATE,
  decodeState,
  encodeState,
  type ExploreState,
} from '../../../src/lib/explore/url-state.ts';

const vocab = {
  indicators: new Set(['sex_ratio_at_birth', 'total_fertility_rate', 'adolescent_birth_rate']),
  areas: new Set(['VN', '63-56', '34-56', '63-01']),
};
const decode = (q: string) => decodeState(new URLSearchParams(q), vocab);

describe('url state codec', () => {
  it('round-trips a full state', () => {
    const state: ExploreState = {
      indicators: ['total_fertility_rate', 'sex_ratio_at_birth'],
      areas: ['63-56', 'VN'],
      from: 2010,
      to: null,
      series: 'survey',
      sex: 'female',
      view: 'map',
      compare: 'merged',
      year: 2016,
      vintage: 34,
    };
    const { state: back, notes } = decodeState(encodeState(state), vocab);
    expect(notes).toEqual([]);
    expect(back).toEqual(state);
  });

  it('migrates version-1 links (?indicator=&area=) to the current state, saying so', () => {
    const { state, notes } = decode('indicator=total_fertility_rate&area=63-56');
    expect(notes).toEqual([
      { param: 'indicator', reason: 'migrated', value: 'i=total_fertility_rate' },
      { param: 'area', reason: 'migrated', value: 'a=63-56' },
    ]);
    expect(state.indicators).toEqual(['total_fertility_rate']);
    expect(state.areas).toEqual(['63-56']);
    expect(encodeState(state).get('v')).toBe('3');
  });

  it('a link without v is read by the parameters it carries: today’s kept, old ones carried or named', () => {
    // Today's parameters without a version: read as today's, nothing dropped.
    const current = decode('i=total_fertility_rate&a=63-56&view=map&y=2021');
    expect(current.notes).toEqual([]);
    expect(current.state).toMatchObject({ indicators: ['total_fertility_rate'], view: 'map' });
    expect(current.state.year).toBe(2021);
    // Both kinds: today's win, an old one with no counterpart is carried, the other named.
    const mixed = decode('indicator=adolescent_birth_rate&area=63-01&a=63-56&view=table');
    expect(mixed.state.indicators).toEqual(['adolescent_birth_rate']);
    expect(mixed.state.areas).toEqual(['63-56']);
    expect(mixed.state.view).toBe('table');
    expect(mixed.notes).toEqual([
      { param: 'indicator', reason: 'migrated', value: 'i=adolescent_birth_rate' },
      { param: 'area', reason: 'ignored_param', value: '63-01' },
    ]);
  });

  it('a repeated list parameter combines its values, a repeated single one keeps the first: both noted', () => {
    const { state, notes } = decode(
      'v=3&i=sex_ratio_at_birth&i=total_fertility_rate&a=VN&view=map&view=table',
    );
    expect(state.indicators).toEqual(['sex_ratio_at_birth', 'total_fertility_rate']);
    expect(state.view).toBe('map');
    expect(notes).toEqual([
      { param: 'i', reason: 'duplicate_merged', value: '2' },
      { param: 'view', reason: 'duplicate_first', value: '2' },
    ]);
  });

  it('names parameters it does not know, a few of them, and never reads them', () => {
    const { state, notes } = decode('v=3&i=total_fertility_rate&utm_source=x&fbclid=abc');
    expect(state.indicators).toEqual(['total_fertility_rate']);
    expect(notes.map((n) => `${n.param}:${n.reason}`)).toEqual([
      'utm_source:ignored_param',
      'fbclid:ignored_param',
    ]);
    const many = decode(Array.from({ length: 20 }, (_, k) => `p${k}=1`).join('&'));
    expect(many.notes).toHaveLength(9);
    expect(many.notes.at(-1)).toEqual({ param: 'p8', reason: 'too_many', value: '20' });
  });

  it('caps what it decodes of a huge link: value length and number of parameters', () => {
    const long = `v=3&i=${'sex_ratio_at_birth,'.repeat(2000)}total_fertility_rate`;
    const { state, notes } = decode(long);
    expect(state.indicators).toEqual(['sex_ratio_at_birth']);
    expect(notes.map((n) => `${n.param}:${n.reason}`)).toEqual(['i:too_long', 'i:too_many']);
    expect(notes[0]!.value).toBe(String(long.length - 'v=3&i='.length));
    const entries = decode(Array.from({ length: 200 }, () => 'a=VN').join('&'));
    expect(entries.notes[0]).toEqual({ param: 'a', reason: 'too_many', value: '200' });
    expect(entries.state.areas).toEqual(['VN']);
  });

  it('migrates version-2 links: the old counted-from-lists series is now election results', () => {
    const { state, notes } = decode('v=2&i=sex_ratio_at_birth&a=VN&s=derived_count');
    expect(notes).toEqual([{ param: 's', reason: 'migrated', value: 'derived_count → election' }]);
    expect(state.series).toBe('election');
    expect(decode('v=3&s=derived_count').notes.map((n) => n.reason)).toEqual(['bad_value']);
  });

  it('drops unknown and hostile values with a note, keeping the rest', () => {
    const { state, notes } = decode(
      "v=2&i=sex_ratio_at_birth,<img src=x onerror=alert(1)>&a=VN,63-56';DROP TABLE actuals;--&from=20x1&view=<script>&y=1800",
    );
    expect(state.indicators).toEqual(['sex_ratio_at_birth']);
    expect(state.areas).toEqual(['VN']);
    expect(state.from).toBeNull();
    expect(state.view).toBe('trend');
    expect(state.year).toBeNull();
    expect(notes.map((n) => `${n.param}:${n.reason}`)).toEqual([
      'i:unknown_indicator',
      'a:unknown_area',
      'from:bad_year',
      'y:bad_year',
      'view:bad_value',
    ]);
    expect(notes.every((n) => n.value.length <= 41)).toBe(true);
  });

  it('keeps the ranking vintage (vt) when it is 63 or 34, and notes anything else', () => {
    expect(decode('v=3&view=ranking&vt=63').state.vintage).toBe(63);
    expect(encodeState({ ...DEFAULT_STATE, vintage: 34 }).get('vt')).toBe('34');
    expect(encodeState(DEFAULT_STATE).has('vt')).toBe(false);
    const { state, notes } = decode('v=3&vt=35');
    expect(state.vintage).toBeNull();
    expect(notes.map((n) => `${n.param}:${n.reason}`)).toEqual(['vt:bad_value']);
    // Links made before the parameter existed keep their meaning: the vintage of the year.
    expect(decode('v=2&view=map&y=2021').state.vintage).toBeNull();
  });

  it('rejects an inverted year range and an unknown version', () => {
    const { state, notes } = decode('v=99&from=2020&to=2010');
    expect(state.from).toBe(2020);
    expect(state.to).toBeNull();
    expect(notes.map((n) => n.reason)).toEqual(['bad_version', 'bad_year']);
  });

  it('falls back to defaults when every value is invalid', () => {
    expect(decode('i=nope&a=nope').state).toEqual(DEFAULT_STATE);
  });

  // The generated URL set of the hostile-URL review, kept as properties of the codec.
  const KEYS = [
    'v',
    'i',
    'a',
    'from',
    'to',
    'y',
    'view',
    's',
    'sex',
    'cmp',
    'vt',
    'indicator',
    'area',
  ];
  const hostile = fc.constantFrom(
    '<img src=x onerror=alert(1)>',
    "63-56';DROP TABLE actuals;--",
    '%E0%A4%A',
    '%',
    '\u0000',
    '../../etc/passwd',
    'javascript:alert(1)',
    '"><svg onload=alert(1)>',
    '1e9999',
    '-0',
    '２０２１',
    '𝟐𝟎𝟐𝟏',
    '\u202e2021',
    'constructor',
    '__proto__',
  );
  const known = fc.constantFrom(
    ...vocab.indicators,
    ...vocab.areas,
    '2016',
    '2030',
    'map',
    'ranking',
    'table',
    'female',
    'survey',
    'national',
    '63',
    '34',
    '1',
    '2',
    '3',
  );
  const value = fc.oneof(
    fc.string(),
    fc.string({ unit: 'binary', maxLength: 80 }),
    hostile,
    known,
    fc.array(fc.oneof(known, hostile), { maxLength: 6 }).map((xs) => xs.join(',')),
  );
  const entries = fc.array(fc.tuple(fc.oneof(fc.constantFrom(...KEYS), fc.string()), value), {
    maxLength: 24,
  });
  // A query string as a browser would hand it over, raw escapes included.
  const rawQuery = fc.oneof(
    fc.string({ maxLength: 200 }),
    entries.map((es) => es.map(([k, v]) => `${k}=${v}`).join('&')),
    entries.map((es) => new URLSearchParams(es).toString()),
  );
  const inputs = fc.oneof(
    rawQuery.map((q) => new URLSearchParams(q)),
    entries.map((es) => new URLSearchParams(es)),
  );
  const validState = (state: ExploreState) => {
    expect(state.indicators.length).toBeGreaterThan(0);
    expect(state.indicators.every((i) => vocab.indicators.has(i))).toBe(true);
    expect(state.areas.length).toBeGreaterThan(0);
    expect(state.areas.every((a) => vocab.areas.has(a))).toBe(true);
    expect(new Set(state.indicators).size).toBe(state.indicators.length);
    for (const y of [state.from, state.to, state.year])
      expect(y === null || (Number.isInteger(y) && y >= 1990 && y <= 2100)).toBe(true);
    if (state.from !== null && state.to !== null) expect(state.from).toBeLessThanOrEqual(state.to);
    expect(['trend', 'ranking', 'map', 'table']).toContain(state.view);
    expect(['none', 'national', 'region', 'merged']).toContain(state.compare);
    expect([null, 'all', 'female', 'male']).toContain(state.sex);
    expect([null, 63, 34]).toContain(state.vintage);
    expect(Object.keys(state).sort()).toEqual(Object.keys(DEFAULT_STATE).sort());
  };

  it('decode never throws; hostile strings never reach the state unvalidated (property)', () => {
    fc.assert(
      fc.property(inputs, (params) => {
        validState(decodeState(params, vocab).state);
      }),
      { numRuns: 2000 },
    );
  });

  it('every note names a parameter of the link and clips what it quotes (property)', () => {
    fc.assert(
      fc.property(inputs, (params) => {
        const keys = new Set(
          [...params.keys()].map((k) => (k.length > 40 ? `${k.slice(0, 40)}…` : k)),
        );
        for (const note of decodeState(params, vocab).notes) {
          expect(keys.has(note.param), `${note.param} is a parameter of the link`).toBe(true);
          expect(note.value.length).toBeLessThanOrEqual(41);
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('encode ∘ decode is stable: a decoded state survives its own URL unchanged, without notes (property)', () => {
    fc.assert(
      fc.property(inputs, (params) => {
        const first = decodeState(params, vocab).state;
        const again = decodeState(new URLSearchParams(encodeState(first).toString()), vocab);
        expect(again.notes).toEqual([]);
        expect(again.state).toEqual(first);
        expect(encodeState(again.state).toString()).toBe(encodeState(first).toString());
      }),
      { numRuns: 2000 },
    );
  });

  it('what is written to the URL is only codes and numbers (property)', () => {
    fc.assert(
      fc.property(inputs, (params) => {
        const query = encodeState(decodeState(params, vocab).state).toString();
        expect(query).toMatch(/^[A-Za-z0-9_=&%,.-]*$/);
        expect(query.length).toBeLessThan(4096);
      }),
    );
  });
});
