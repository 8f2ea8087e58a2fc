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

  it('migrates version-1 links (?indicator=&area=) to the current state', () => {
    const { state, notes } = decode('indicator=total_fertility_rate&area=63-56');
    expect(notes).toEqual([]);
    expect(state.indicators).toEqual(['total_fertility_rate']);
    expect(state.areas).toEqual(['63-56']);
    expect(encodeState(state).get('v')).toBe('3');
  });

  it('migrates version-2 links: the old counted-from-lists series is now election results', () => {
    const { state, notes } = decode('v=2&i=sex_ratio_at_birth&a=VN&s=derived_count');
    expect(notes).toEqual([]);
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

  it('never throws and only yields known ids, whatever the input (property)', () => {
    fc.assert(
      fc.property(
        fc.dictionary(
          fc.constantFrom(
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
          ),
          fc.string(),
        ),
        (dict) => {
          const { state } = decodeState(new URLSearchParams(dict), vocab);
          expect(state.indicators.every((i) => vocab.indicators.has(i))).toBe(true);
          expect(state.areas.every((a) => vocab.areas.has(a))).toBe(true);
          expect(state.indicators.length).toBeGreaterThan(0);
          expect([null, 63, 34]).toContain(state.vintage);
        },
      ),
    );
  });
});
