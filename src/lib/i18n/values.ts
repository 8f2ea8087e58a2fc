// Values as text, in one wording everywhere (tables, tooltips, explanations, exports): numbers per
// locale ("111,5" in Vietnamese), ranges ("109–112", "trên 112"), yes/no indicators as words,
// approximate values with "khoảng"/"about".
import type { Locale } from '../domain/types.ts';
import { formatNumber } from './format.ts';
import { VOCABULARY } from './messages/vocabulary.ts';

export interface ValueText {
  value: number | null;
  low: number | null;
  high: number | null;
  lowInclusive: boolean;
  highInclusive: boolean;
}

const RANGE = {
  vi: {
    both: (lo: string, hi: string) => `${lo}–${hi}`,
    above: (lo: string) => `trên ${lo}`,
    atLeast: (lo: string) => `từ ${lo} trở lên`,
    below: (hi: string) => `dưới ${hi}`,
    atMost: (hi: string) => `đến ${hi}`,
    about: (v: string) => `khoảng ${v}`,
  },
  en: {
    both: (lo: string, hi: string) => `${lo}–${hi}`,
    above: (lo: string) => `above ${lo}`,
    atLeast: (lo: string) => `${lo} or more`,
    below: (hi: string) => `below ${hi}`,
    atMost: (hi: string) => `up to ${hi}`,
    about: (v: string) => `about ${v}`,
  },
};

/** A range as its group is named: "109–112", "trên 112" / "above 112", "dưới 109". */
export function formatRange(
  r: Pick<ValueText, 'low' | 'high' | 'lowInclusive' | 'highInclusive'>,
  locale: Locale,
): string {
  const x = RANGE[locale];
  const f = (v: number) => formatNumber(v, locale);
  if (r.low !== null && r.high !== null) return x.both(f(r.low), f(r.high));
  if (r.low !== null) return r.lowInclusive ? x.atLeast(f(r.low)) : x.above(f(r.low));
  if (r.high !== null) return r.highInclusive ? x.atMost(f(r.high)) : x.below(f(r.high));
  return '–';
}

export interface ValueOptions {
  /** The indicator's values are yes (1) / no (0). */
  yesNo?: boolean;
  approximate?: boolean;
  digits?: number;
}

/** A point value or a range as text; '–' when there is neither. */
export function formatValue(v: ValueText, locale: Locale, options: ValueOptions = {}): string {
  if (v.value === null) return formatRange(v, locale);
  if (options.yesNo) return v.value === 1 ? VOCABULARY[locale].yes : VOCABULARY[locale].no;
  const text = formatNumber(v.value, locale, options.digits ?? 2);
  return options.approximate ? RANGE[locale].about(text) : text;
}

/** A target value as text: "≥ 60", "= có" for yes/no targets. */
export function formatTargetValue(value: number, locale: Locale, yesNo = false): string {
  if (yesNo) return value === 1 ? VOCABULARY[locale].yes : VOCABULARY[locale].no;
  return formatNumber(value, locale);
}

/** The value a verdict was judged on, with its year: "111,4 (2024)", "109–112 (2021)", "–". */
export function formatStatusValue(
  r: {
    actual_value: number | null;
    actual_low: number | null;
    actual_high: number | null;
    actual_low_inclusive?: boolean;
    actual_high_inclusive?: boolean;
    actual_year: number | null;
    actual_approximate?: boolean;
  },
  locale: Locale,
  options: Pick<ValueOptions, 'yesNo'> = {},
): string {
  if (r.actual_year === null) return '–';
  const value = formatValue(
    {
      value: r.actual_value,
      low: r.actual_low,
      high: r.actual_high,
      lowInclusive: r.actual_low_inclusive ?? false,
      highInclusive: r.actual_high_inclusive ?? false,
    },
    locale,
    { ...options, approximate: r.actual_approximate ?? false },
  );
  return `${value} (${r.actual_year})`;
}
