// Province and region names → area ids. Source files spell names differently ("Thanh Hoá" /
// "Thanh Hóa", "TP. Hồ Chí Minh" / "Ho Chi Minh", "Hà Nội\t"); every spelling is reduced to one key
// here, once, at build time. Unmatched names are errors for the caller, never dropped.
import type { Area } from '../domain/types.ts';

// Old-style tone placement (hoà, thuý) and new-style (hòa, thúy) are the same word.
const TONE_PAIRS: [RegExp, string][] = [
  [/oà/g, 'òa'],
  [/oá/g, 'óa'],
  [/oả/g, 'ỏa'],
  [/oã/g, 'õa'],
  [/oạ/g, 'ọa'],
  [/uỳ/g, 'ùy'],
  [/uý/g, 'úy'],
  [/uỷ/g, 'ủy'],
  [/uỹ/g, 'ũy'],
  [/uỵ/g, 'ụy'],
];

const PREFIXES = /^(tỉnh|thành phố|tp\.?|tp|city of)\s+/i;

/** Canonical display form: NFC, trimmed (tabs too), single spaces, new-style tone placement. */
export function normaliseName(name: string): string {
  let s = name.normalize('NFC').replace(/\s+/g, ' ').trim();
  for (const [from, to] of TONE_PAIRS) s = s.replace(from, to);
  return s;
}

/** Matching key: normalised, no administrative prefix, no diacritics, lower case, d for đ. */
export function nameKey(name: string): string {
  return normaliseName(name)
    .replace(PREFIXES, '')
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[–—-]/g, '-')
    .replace(/\s*-\s*/g, ' - ')
    .replace(/\bcity$/, '')
    .trim();
}

export interface AreaIndex {
  /** key → area ids (a name can exist in both vintages). */
  byKey: Map<string, string[]>;
  areas: Map<string, Area>;
}

/** Index areas by their names plus extra aliases (e.g. "Thừa Thiên Huế" for Huế). */
export function indexAreas(
  areas: readonly Area[],
  aliases: ReadonlyMap<string, string[]> = new Map(),
): AreaIndex {
  const byKey = new Map<string, string[]>();
  const add = (name: string, id: string) => {
    const key = nameKey(name);
    if (!key) return;
    const ids = byKey.get(key) ?? [];
    if (!ids.includes(id)) ids.push(id);
    byKey.set(key, ids);
  };
  for (const a of areas) {
    add(a.name_vi, a.id);
    add(a.name_en, a.id);
    for (const alias of aliases.get(a.id) ?? []) add(alias, a.id);
  }
  return { byKey, areas: new Map(areas.map((a) => [a.id, a])) };
}

/**
 * Match a name to an area. `vintage` picks between provinces of the same name in both vintages
 * (Khánh Hòa 63 vs 34); national and region names match whatever the vintage.
 */
export function matchArea(
  name: string,
  index: AreaIndex,
  options: { vintage?: 63 | 34 } = {},
): Area | null {
  const ids = index.byKey.get(nameKey(name)) ?? [];
  const candidates = ids.map((id) => index.areas.get(id)!).filter(Boolean);
  const fitting = candidates.filter(
    (a) => a.kind !== 'province' || options.vintage === undefined || a.vintage === options.vintage,
  );
  return fitting.length === 1 ? fitting[0]! : null;
}

/** English/ASCII form of a Vietnamese name: "Khánh Hòa" → "Khanh Hoa". */
export function asciiName(name: string): string {
  return normaliseName(name)
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D');
}
