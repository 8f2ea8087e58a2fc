// Locale-aware number formatting. Vietnamese uses a decimal comma ("111,4") and a dot for thousands.
import type { Locale } from '../domain/types.ts';

const BCP47: Record<Locale, string> = { vi: 'vi-VN', en: 'en-GB' };

export function bcp47(locale: Locale): string {
  return BCP47[locale];
}

const cache = new Map<string, Intl.NumberFormat>();

/** Format a number with at most `maxDigits` decimals (trailing zeros dropped). */
export function formatNumber(value: number, locale: Locale, maxDigits = 2): string {
  const key = `${locale}|${maxDigits}`;
  let fmt = cache.get(key);
  if (!fmt) {
    fmt = new Intl.NumberFormat(BCP47[locale], { maximumFractionDigits: maxDigits });
    cache.set(key, fmt);
  }
  return fmt.format(value);
}
