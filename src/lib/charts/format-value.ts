import type { Locale } from '../domain/types.ts';
import type { TrendPoint } from '../domain/trend.ts';
import { formatNumber } from '../i18n/format.ts';
import { translator } from '../i18n/translate.ts';
import { charts } from '../i18n/messages/charts.ts';

/** A value as text in a locale: a number, or a range such as "109–112" / "trên 112". */
export function formatPointValue(p: TrendPoint, locale: Locale): string {
  const t = translator(charts, locale);
  if (p.value !== null) return formatNumber(p.value, locale);
  const low = p.low === null ? null : formatNumber(p.low, locale);
  const high = p.high === null ? null : formatNumber(p.high, locale);
  if (low !== null && high !== null) return t('range', { low, high });
  if (low !== null) return t(p.lowInclusive ? 'rangeAtLeast' : 'rangeAbove', { low });
  if (high !== null) return t(p.highInclusive ? 'rangeAtMost' : 'rangeBelow', { high });
  return '–';
}

/** The value a status was judged on, with its year: "111,4 (2024)", "109–112 (2021)", "–". */
export function formatStatusValue(
  r: {
    actual_value: number | null;
    actual_low: number | null;
    actual_high: number | null;
    actual_year: number | null;
  },
  locale: Locale,
): string {
  if (r.actual_year === null) return '–';
  // Status rows do not keep whether a bound is inclusive: shown as the groups are named (> / <).
  const value = formatPointValue(
    {
      year: r.actual_year,
      value: r.actual_value,
      low: r.actual_low,
      high: r.actual_high,
      lowInclusive: false,
      highInclusive: false,
      preliminary: false,
      uncertainYear: false,
      sourceUrl: '',
    },
    locale,
  );
  return `${value} (${r.actual_year})`;
}
