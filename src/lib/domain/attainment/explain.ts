// One-sentence explanations of a status, in Vietnamese and English, with the real numbers, years
// and comparator, formatted for the locale ("111,4" in Vietnamese, "111.4" in English).
import { formatNumber } from '../../i18n/format.ts';
import type { Comparator, Locale, Series } from '../types.ts';
import type { ValueRange } from './compare.ts';
import type { Status } from './status.ts';

const SYMBOL: Record<Comparator, string> = {
  '<': '<',
  '<=': '≤',
  '>': '>',
  '>=': '≥',
  '=': '=',
  reduce_to: '≤',
};

const TEXT = {
  vi: {
    status: {
      met: 'đã đạt',
      not_met: 'không đạt',
      on_track: 'đúng lộ trình',
      off_track: 'chậm so với lộ trình',
      undetermined: 'chưa xác định được',
      no_data: 'không có dữ liệu',
      no_target: 'không có mục tiêu',
    } satisfies Record<Status, string>,
    series: {
      survey: 'khảo sát',
      census: 'tổng điều tra',
      admin_register: 'báo cáo hành chính',
      civil_registration: 'đăng ký hộ tịch',
      derived_count: 'đếm từ danh sách chính thức',
      moh_group: 'nhóm của Bộ Y tế',
    } satisfies Record<Series, string>,
    against: (target: string, year: number) => `so với mục tiêu ${target} vào năm ${year}`,
    path: (year: number, req: string) => `; lộ trình năm ${year} yêu cầu ${req}`,
    noData: (y: number, target: string, year: number) =>
      `Chưa có giá trị thực tế nào đến năm ${y} để so với mục tiêu ${target} vào năm ${year}.`,
    rangeBoth: (lo: string, hi: string) => `nhóm ${lo}–${hi}`,
    rangeAbove: (lo: string) => `nhóm trên ${lo}`,
    rangeAtLeast: (lo: string) => `nhóm từ ${lo} trở lên`,
    rangeBelow: (hi: string) => `nhóm dưới ${hi}`,
    rangeAtMost: (hi: string) => `nhóm đến ${hi}`,
    straddles: ' (khoảng giá trị nằm ở cả hai phía của ngưỡng)',
    noBaseline: ' (không có mức cơ sở để dựng lộ trình)',
    beforeBaseline: ' (giá trị có trước năm của mức cơ sở nên không so được với lộ trình)',
    exactNoPath: ' (mục tiêu có/không không có lộ trình trung gian)',
    preliminary: ' Giá trị sơ bộ.',
    stale: (age: number, y: number) => ` Số liệu đã cũ: ${age} năm trước năm ${y}.`,
    national: ' Áp dụng mục tiêu quốc gia.',
    vintageNote: (old: string) =>
      ` Mục tiêu riêng của kế hoạch tỉnh áp dụng cho ${old} trước sáp nhập, không cho tỉnh mới.`,
  },
  en: {
    status: {
      met: 'met',
      not_met: 'not met',
      on_track: 'on track',
      off_track: 'off track',
      undetermined: 'undetermined',
      no_data: 'no data',
      no_target: 'no target',
    } satisfies Record<Status, string>,
    series: {
      survey: 'survey',
      census: 'census',
      admin_register: 'administrative report',
      civil_registration: 'civil registration',
      derived_count: 'counted from official lists',
      moh_group: 'Ministry of Health group',
    } satisfies Record<Series, string>,
    against: (target: string, year: number) => `against the target ${target} by ${year}`,
    path: (year: number, req: string) => `; the path for ${year} requires ${req}`,
    noData: (y: number, target: string, year: number) =>
      `No actual value up to ${y} to compare with the target ${target} by ${year}.`,
    rangeBoth: (lo: string, hi: string) => `group ${lo}–${hi}`,
    rangeAbove: (lo: string) => `group above ${lo}`,
    rangeAtLeast: (lo: string) => `group ${lo} or more`,
    rangeBelow: (hi: string) => `group below ${hi}`,
    rangeAtMost: (hi: string) => `group up to ${hi}`,
    straddles: ' (the range lies on both sides of the threshold)',
    noBaseline: ' (no baseline to draw a path from)',
    beforeBaseline:
      ' (the value predates the baseline year, so it cannot be compared with the path)',
    exactNoPath: ' (a yes/no target has no intermediate path)',
    preliminary: ' Preliminary value.',
    stale: (age: number, y: number) => ` Old data: ${age} years before ${y}.`,
    national: ' National target applied.',
    vintageNote: (old: string) =>
      ` The provincial plan’s own target applies to ${old} before the merger, not to the new province.`,
  },
};

export interface ExplainInput {
  status: Status;
  comparator: Comparator;
  targetValue: number;
  targetYear: number;
  evalYear: number;
  series: Series | '';
  actualValue: number | null;
  range: ValueRange | null;
  actualYear: number | null;
  pathValue: number | null;
  preliminary: boolean;
  stale: boolean;
  nationalTargetApplied: boolean;
  /** Name of the pre-merger province whose own target does not carry over, if any. */
  vintageNoteFor: string | null;
  reason: 'range' | 'no_baseline' | 'before_baseline' | 'exact' | null;
}

export function formatRange(r: ValueRange, locale: Locale): string {
  const x = TEXT[locale];
  const f = (v: number) => formatNumber(v, locale);
  if (r.low !== null && r.high !== null) return x.rangeBoth(f(r.low), f(r.high));
  if (r.low !== null) return r.lowInclusive ? x.rangeAtLeast(f(r.low)) : x.rangeAbove(f(r.low));
  if (r.high !== null) return r.highInclusive ? x.rangeAtMost(f(r.high)) : x.rangeBelow(f(r.high));
  return '–';
}

export function explain(e: ExplainInput, locale: Locale): string {
  const x = TEXT[locale];
  const f = (v: number) => formatNumber(v, locale);
  const target = `${SYMBOL[e.comparator]} ${f(e.targetValue)}`;
  let sentence: string;
  if (e.status === 'no_data' || e.actualYear === null) {
    sentence = x.noData(e.evalYear, target, e.targetYear);
  } else {
    const value = e.range ? formatRange(e.range, locale) : f(e.actualValue ?? NaN);
    const seriesText = e.series ? `, ${x.series[e.series]}` : '';
    let clause = `${value} (${e.actualYear}${seriesText}) ${x.against(target, e.targetYear)}: ${x.status[e.status]}`;
    if (e.reason === 'range') clause += x.straddles;
    if (e.reason === 'no_baseline') clause += x.noBaseline;
    if (e.reason === 'before_baseline') clause += x.beforeBaseline;
    if (e.reason === 'exact') clause += x.exactNoPath;
    if (e.pathValue !== null && (e.status === 'on_track' || e.status === 'off_track'))
      clause += x.path(
        e.actualYear,
        `${SYMBOL[e.comparator]} ${formatNumber(e.pathValue, locale, 2)}`,
      );
    sentence = `${clause}.`;
    if (e.preliminary) sentence += x.preliminary;
    if (e.stale) sentence += x.stale(e.evalYear - e.actualYear, e.evalYear);
  }
  if (e.nationalTargetApplied) sentence += x.national;
  if (e.vintageNoteFor) sentence += x.vintageNote(e.vintageNoteFor);
  return sentence;
}

export const STATUS_LABELS: Record<Locale, Record<Status, string>> = {
  vi: TEXT.vi.status,
  en: TEXT.en.status,
};
