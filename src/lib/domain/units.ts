// What an indicator's unit says about how its values are written. One rule, from the catalog's
// unit: a percentage indicator ("%", "% lao động nữ có việc làm", "% of provinces") holds 25.5
// for 25.5 %, never the fraction 0.255. Per-mille ("‰") and rates per 1,000 or 100,000 are not
// percentages.
import type { Indicator } from './types.ts';

export function isPercentIndicator(
  indicator: Pick<Indicator, 'unit_vi' | 'unit_en' | 'value_type'>,
): boolean {
  if (indicator.value_type === 'yes_no') return false;
  return indicator.unit_en.trim().startsWith('%') || indicator.unit_vi.trim().startsWith('%');
}
