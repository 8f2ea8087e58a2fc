// Names of areas and indicators in a locale, written once: a province is always named with its
// vintage ("Khánh Hòa (63)", "Khánh Hòa (34)") so the two provinces of one name never blur.
import type { Area, Indicator, Locale } from '../domain/types.ts';

export type NamedArea = Pick<Area, 'name_vi' | 'name_en' | 'vintage'>;

/** `withVintage = false` only where the vintage is already said (a list under its vintage's heading). */
export function areaName(area: NamedArea, locale: Locale, withVintage = true): string {
  const name = locale === 'vi' ? area.name_vi : area.name_en;
  return area.vintage && withVintage ? `${name} (${area.vintage})` : name;
}

export function indicatorName(
  indicator: Pick<Indicator, 'name_vi' | 'name_en' | 'short_vi' | 'short_en'>,
  locale: Locale,
  short = false,
): string {
  if (short) return locale === 'vi' ? indicator.short_vi : indicator.short_en;
  return locale === 'vi' ? indicator.name_vi : indicator.name_en;
}

/** A lookup of area names by id, for pages that ship a compact name table. */
export type AreaNames = Record<string, NamedArea>;

export function areaNamer(names: AreaNames, locale: Locale): (id: string) => string {
  return (id) => {
    const a = names[id];
    return a ? areaName(a, locale) : id;
  };
}

export function areaNamesOf(areas: readonly Area[]): AreaNames {
  return Object.fromEntries(
    areas.map((a) => [a.id, { name_vi: a.name_vi, name_en: a.name_en, vintage: a.vintage }]),
  );
}
