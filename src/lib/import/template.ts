// A blank reporting template for a province: the catalog's indicators with targets, Vietnamese
// names, units, the target that applies and its deadline; fill "Giá trị" and upload it back.
import type { Area, Indicator, Target } from '../domain/types.ts';
import { toCsvText } from '../export/csv.ts';

export const TEMPLATE_COLUMNS = [
  'Mã chỉ tiêu',
  'Chỉ tiêu',
  'Đơn vị tính',
  'Mục tiêu',
  'Thời hạn',
  'Tỉnh/Thành phố',
  'Năm',
  'Giá trị',
] as const;

const SYMBOL: Record<string, string> = {
  '<': '<',
  '<=': '≤',
  '>': '>',
  '>=': '≥',
  '=': '=',
  reduce_to: '≤',
};

export function templateRows(
  area: Area,
  indicators: readonly Indicator[],
  targets: readonly Target[],
  year: number,
) {
  return indicators
    .filter((i) => i.has_target)
    .flatMap((i) => {
      const own = targets.filter((t) => t.indicator_id === i.id && t.area_id === area.id);
      const national = targets.filter((t) => t.indicator_id === i.id && t.area_id === 'VN');
      const target =
        [...(own.length ? own : national)]
          .sort((a, b) => a.year - b.year)
          .find((t) => t.year >= year) ?? national[national.length - 1];
      return [
        {
          'Mã chỉ tiêu': i.id,
          'Chỉ tiêu': i.name_vi,
          'Đơn vị tính': i.unit_vi,
          'Mục tiêu': target
            ? `${SYMBOL[target.comparator]} ${String(target.value).replace('.', ',')}`
            : '',
          'Thời hạn': target ? String(target.year) : '',
          'Tỉnh/Thành phố': area.name_vi,
          Năm: String(year),
          'Giá trị': '',
        },
      ];
    });
}

export function templateCsv(
  area: Area,
  indicators: readonly Indicator[],
  targets: readonly Target[],
  year: number,
): string {
  return toCsvText([...TEMPLATE_COLUMNS], templateRows(area, indicators, targets, year));
}
