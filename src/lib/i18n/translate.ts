// Tiny typed i18n: each feature defines its own message table (Vietnamese first, English must have
// exactly the same keys, enforced by the type checker) and gets a translator for a locale.
import type { Locale } from '../domain/types.ts';

export type Messages<K extends string> = { vi: Record<K, string>; en: Record<K, string> };
export type Vars = Record<string, string | number>;
export type Translate<K extends string> = (key: K, vars?: Vars) => string;

export function defineMessages<K extends string>(
  vi: Record<K, string>,
  en: Record<NoInfer<K>, string>,
): Messages<K> {
  return { vi, en };
}

/**
 * Replace {name} placeholders; a missing variable is left visible so it is noticed, not hidden.
 * English agrees with a count: {n|target|targets} picks the first form when n is 1 (n may come
 * already formatted, "1" or "1,234"). Vietnamese nouns do not inflect, so its tables never need it.
 */
export function interpolate(template: string, vars: Vars = {}): string {
  return template
    .replace(
      /\{(\w+)\|([^|{}]*)\|([^|{}]*)\}/g,
      (whole, name: string, one: string, other: string) =>
        name in vars ? (isOne(vars[name]!) ? one : other) : whole,
    )
    .replace(/\{(\w+)\}/g, (whole, name: string) => (name in vars ? String(vars[name]) : whole));
}

const isOne = (v: string | number) =>
  (typeof v === 'number' ? v : Number(v.replace(/[,\s\u00a0]/g, ''))) === 1;

export function translator<K extends string>(messages: Messages<K>, locale: Locale): Translate<K> {
  const table = messages[locale];
  // A key missing at run time (e.g. a domain id from new data) shows itself rather than crashing.
  return (key, vars) => interpolate(table[key] ?? key, vars);
}
