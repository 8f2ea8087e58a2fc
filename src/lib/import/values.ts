// A record's value (or one count of a share) as a number, from whatever its cell held, with what
// the cell says about how it was written: as a percentage (a "%" typed, or a cell formatted as a
// percentage, which stores 0.313 and shows 31.3 %) and with how many decimals (the rounding the
// value shows). A date, or a cell hidden under merged cells, is never read as a number.
import { isCovered, isDateCell, isPercentCell, percentOf, type RawValue } from './cells.ts';
import { parseLocaleNumber, type NumberStyle } from './numbers.ts';

export type ValueRead =
  | {
      ok: true;
      value: number;
      /** Written or formatted as a percentage: `value` is then the percentage (31.3). */
      percent: boolean;
      decimals: number;
      /** As the file has it, for messages. */
      text: string;
    }
  | { ok: false; reason: 'empty' }
  | { ok: false; reason: 'bad_value' | 'date_value'; text: string }
  | { ok: false; reason: 'ambiguous'; text: string; asThousands: number; asDecimal: number }
  | { ok: false; reason: 'merged_value'; text: string; range: string };

/** Decimals of a number as JavaScript writes it at its shortest ("46.7" → 1; 1e-7 → 7). */
export function decimalsOf(n: number): number {
  const [mantissa, exponent] = String(Math.abs(n)).split('e');
  const point = mantissa!.indexOf('.');
  const digits = point < 0 ? 0 : mantissa!.length - point - 1;
  return Math.max(0, digits - Number(exponent ?? 0));
}

/** `style` null: the file's number style is not known (yet); an ambiguous text says so. */
export function readValue(raw: RawValue | undefined, style: NumberStyle | null): ValueRead {
  if (raw === undefined) return { ok: false, reason: 'empty' };
  if (typeof raw === 'number')
    return { ok: true, value: raw, percent: false, decimals: decimalsOf(raw), text: String(raw) };
  if (isPercentCell(raw)) {
    const value = percentOf(raw.percent);
    return { ok: true, value, percent: true, decimals: decimalsOf(value), text: `${value}%` };
  }
  if (isDateCell(raw)) return { ok: false, reason: 'date_value', text: raw.date };
  if (isCovered(raw))
    return { ok: false, reason: 'merged_value', text: raw.anchor, range: raw.merged };
  const text = raw.trim();
  if (text === '') return { ok: false, reason: 'empty' };
  const n = parseLocaleNumber(text, style);
  if (n.ok) return { ok: true, value: n.value, percent: n.percent, decimals: n.decimals, text };
  if (n.reason === 'ambiguous')
    return {
      ok: false,
      reason: 'ambiguous',
      text,
      asThousands: n.asThousands,
      asDecimal: n.asDecimal,
    };
  return { ok: false, reason: 'bad_value', text };
}

/**
 * A percentage computed from a share's counts agrees with the value given when they are equal
 * to the rounding the value shows: 14/30 = 46.666… agrees with 46.7 and with 47, not with 46.
 */
export function countsAgree(computed: number, value: number, decimals: number): boolean {
  return Math.abs(computed - value) <= 0.5 * 10 ** -decimals + 1e-9 * Math.max(1, Math.abs(value));
}
