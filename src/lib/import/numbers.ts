// Numbers as people type them in Vietnamese and English spreadsheets: "111,4", "1.234,5",
// "1,234.5", "45%", " 12 ", "−3", and "'110,5" (a spreadsheet's mark for a number kept as text).
// Returns null (with a reason) instead of guessing.
//
// A lone separator followed by exactly three digits ("1.000", "1,234") is a thousands separator
// in one style and a decimal separator in the other. It is read only when the file's number style
// is known (see numberStyleOf); otherwise it is ambiguous and the user is asked which was meant.

/** Which separator a file uses for decimals. */
export type NumberStyle = 'decimal_comma' | 'decimal_point';

export type NumberResult =
  | {
      ok: true;
      value: number;
      percent: boolean;
      /** Digits written after the decimal separator: the rounding the value shows. */
      decimals: number;
    }
  | { ok: false; reason: 'empty' | 'not_a_number' }
  | {
      ok: false;
      reason: 'ambiguous';
      /** The two readings: the separator as thousands ("1.000" → 1000) or as decimals (→ 1). */
      asThousands: number;
      asDecimal: number;
    };

const AMBIGUOUS = /^([-+]?)([1-9]\d{0,2})([.,])(\d{3})$/;

function clean(input: string): { s: string; percent: boolean } {
  let s = input
    .replace(/[\u00a0\u202f\s]/g, '')
    .replace(/^'/, '')
    .replace(/[−–]/g, '-');
  let percent = false;
  if (s.endsWith('%')) {
    percent = true;
    s = s.slice(0, -1);
  }
  return { s, percent };
}

/**
 * What a value reveals about the file's decimal separator, if anything: "45,5" and "1.234,5"
 * are decimal-comma writing, "45.5" and "1,234.5" decimal-point writing; "1.000" and "12" say
 * nothing.
 */
export function numberStyleOf(input: string): NumberStyle | null {
  // Only numbers that read one way count (an ambiguous or malformed one says nothing).
  if (!parseLocaleNumber(input).ok) return null;
  const { s } = clean(input);
  const commas = (s.match(/,/g) ?? []).length;
  const dots = (s.match(/\./g) ?? []).length;
  if (commas && dots)
    return s.lastIndexOf(',') > s.lastIndexOf('.') ? 'decimal_comma' : 'decimal_point';
  // Several of one separator: it groups thousands, so the other one is the decimal separator.
  if (commas > 1) return 'decimal_point';
  if (dots > 1) return 'decimal_comma';
  if (commas === 1) return 'decimal_comma';
  if (dots === 1) return 'decimal_point';
  return null;
}

export function parseLocaleNumber(input: string, style: NumberStyle | null = null): NumberResult {
  const { s, percent } = clean(input);
  if (s === '') return { ok: false, reason: 'empty' };
  if (!/^[-+]?[\d.,]+$/.test(s) || !/\d/.test(s)) return { ok: false, reason: 'not_a_number' };
  const commas = (s.match(/,/g) ?? []).length;
  const dots = (s.match(/\./g) ?? []).length;
  let normalised: string;
  const ambiguous = AMBIGUOUS.exec(s);
  if (ambiguous) {
    // The pattern has four groups, all of which always take part in a match.
    const [sign = '', head = '', separator = '', tail = ''] = ambiguous.slice(1);
    const asThousands = Number(`${sign}${head}${tail}`);
    const asDecimal = Number(`${sign}${head}.${tail}`);
    const thousands = style === (separator === '.' ? 'decimal_comma' : 'decimal_point');
    if (style === null) return { ok: false, reason: 'ambiguous', asThousands, asDecimal };
    return {
      ok: true,
      value: thousands ? asThousands : asDecimal,
      percent,
      decimals: thousands ? 0 : tail.length,
    };
  }
  if (commas && dots) {
    // The separator that comes last is the decimal one: "1.234,5" (vi) or "1,234.5" (en), and
    // the other one must group thousands properly.
    const viGrouping = /^[-+]?\d{1,3}(\.\d{3})*,\d+$/;
    const enGrouping = /^[-+]?\d{1,3}(,\d{3})*\.\d+$/;
    if (viGrouping.test(s)) normalised = s.replace(/\./g, '').replace(',', '.');
    else if (enGrouping.test(s)) normalised = s.replace(/,/g, '');
    else return { ok: false, reason: 'not_a_number' };
  } else if (commas > 1) {
    if (!/^[-+]?\d{1,3}(,\d{3})+$/.test(s)) return { ok: false, reason: 'not_a_number' };
    normalised = s.replace(/,/g, '');
  } else if (dots > 1) {
    // "1.234.567" is Vietnamese thousands grouping.
    if (!/^[-+]?\d{1,3}(\.\d{3})+$/.test(s)) return { ok: false, reason: 'not_a_number' };
    normalised = s.replace(/\./g, '');
  } else {
    // A lone separator that cannot be grouping ("111,4", "0,500", "1234.5"): the decimal one.
    if (/[.,]$/.test(s)) return { ok: false, reason: 'not_a_number' };
    normalised = s.replace(',', '.');
  }
  const value = Number(normalised);
  const point = normalised.indexOf('.');
  const decimals = point < 0 ? 0 : normalised.length - point - 1;
  return Number.isFinite(value)
    ? { ok: true, value, percent, decimals }
    : { ok: false, reason: 'not_a_number' };
}
