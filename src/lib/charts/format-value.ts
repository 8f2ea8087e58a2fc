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
