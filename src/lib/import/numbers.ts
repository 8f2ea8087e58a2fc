// Numbers as people type them in Vietnamese and English spreadsheets: "111,4", "1.234,5",
// "1,234.5", "45%", " 12 ", "−3". Returns null (with a reason) instead of guessing.

export type NumberResult =
  | { ok: true; value: number; percent: boolean }
  | { ok: false; reason: 'empty' | 'not_a_number' | 'ambiguous' };

export function parseLocaleNumber(input: string): NumberResult {
  let s = input.replace(/[\u00a0\u202f\s]/g, '').replace(/[−–]/g, '-');
  if (s === '') return { ok: false, reason: 'empty' };
  let percent = false;
  if (s.endsWith('%')) {
    percent = true;
    s = s.slice(0, -1);
  }
  if (!/^[-+]?[\d.,]+$/.test(s) || !/\d/.test(s)) return { ok: false, reason: 'not_a_number' };
  const commas = (s.match(/,/g) ?? []).length;
  const dots = (s.match(/\./g) ?? []).length;
  let normalised: string;
  if (commas && dots) {
    // The separator that comes last is the decimal one: "1.234,5" (vi) or "1,234.5" (en).
    normalised =
      s.lastIndexOf(',') > s.lastIndexOf('.')
        ? s.replace(/\./g, '').replace(',', '.')
        : s.replace(/,/g, '');
    if ((normalised.match(/\./g) ?? []).length > 1) return { ok: false, reason: 'not_a_number' };
  } else if (commas === 1) {
    // Vietnamese decimal comma ("111,4"). "1,234" could be a thousands separator in English
    // data, so three digits after a lone comma are refused as ambiguous rather than guessed.
    if (/^[-+]?\d{1,3},\d{3}$/.test(s)) return { ok: false, reason: 'ambiguous' };
    normalised = s.replace(',', '.');
  } else if (commas > 1) {
    if (!/^[-+]?\d{1,3}(,\d{3})+$/.test(s)) return { ok: false, reason: 'not_a_number' };
    normalised = s.replace(/,/g, '');
  } else if (dots > 1) {
    // "1.234.567" is Vietnamese thousands grouping.
    if (!/^[-+]?\d{1,3}(\.\d{3})+$/.test(s)) return { ok: false, reason: 'not_a_number' };
    normalised = s.replace(/\./g, '');
  } else {
    normalised = s;
  }
  const value = Number(normalised);
  return Number.isFinite(value)
    ? { ok: true, value, percent }
    : { ok: false, reason: 'not_a_number' };
}
