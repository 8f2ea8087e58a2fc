// Words for the dataset's closed vocabularies (series, flags, source quality, statuses, reasons,
// report classes, target roles), used by every page, chart, explanation and export.
import type { PlotSeries, SourceQuality, ValueFlag } from '../../domain/vocabulary.ts';
import type { ReportClass, Status, StatusReason } from '../../domain/attainment/status.ts';
import type { TargetRole } from '../../domain/attainment/target-choice.ts';
import type { Locale } from '../../domain/types.ts';

interface Vocabulary {
  series: Record<PlotSeries, string>;
  flag: Record<ValueFlag, string>;
  quality: Record<SourceQuality, string>;
  qualityShort: Record<SourceQuality, string>;
  status: Record<Status, string>;
  /** Short reason shown on the badge itself. */
  reason: Record<Exclude<StatusReason, ''>, string>;
  reportClass: Record<ReportClass, string>;
  role: Record<TargetRole, string>;
  /** The national target set for the nation itself. */
  roleNationalOwn: string;
  yes: string;
  no: string;
}

export const VOCABULARY: Record<Locale, Vocabulary> = {
  vi: {
    series: {
      survey: 'điều tra thống kê',
      census: 'tổng điều tra',
      civil_registration: 'đăng ký hộ tịch',
      admin_register: 'báo cáo hành chính',
      election: 'kết quả bầu cử',
      moh_group: 'nhóm của Bộ Y tế',
      own: 'số liệu của bạn',
    },
    flag: {
      preliminary: 'sơ bộ',
      uncertain_year: 'năm chưa chắc chắn',
      approximate: 'xấp xỉ (“khoảng”)',
      derived: 'tính từ số đếm',
    },
    quality: {
      official: 'Công bố chính thức',
      press_official: 'Báo chí đưa tin số liệu chính thức',
      compilation: 'Tổng hợp của bên thứ ba',
    },
    qualityShort: {
      official: 'chính thức',
      press_official: 'báo chí',
      compilation: 'bên thứ ba',
    },
    status: {
      met: 'Đạt',
      on_track: 'Chưa đạt, đúng lộ trình',
      off_track: 'Chưa đạt, chậm lộ trình',
      not_yet_met: 'Chưa đạt',
      not_met: 'Không đạt',
      not_assessable: 'Không đánh giá được',
      no_data: 'Chưa có số liệu',
    },
    reason: {
      uncertain_year: 'năm của số liệu không chắc chắn',
      before_plan: 'số liệu có trước kỳ kế hoạch',
      stale: 'số liệu quá cũ',
      range_straddles: 'khoảng giá trị nằm hai phía ngưỡng',
      no_baseline: 'chưa có mức cơ sở để dựng lộ trình',
      before_baseline: 'số liệu có trước năm cơ sở',
      exact_target: 'mục tiêu có/không, không có lộ trình',
    },
    reportClass: {
      met: 'Đạt',
      not_met: 'Chưa đạt',
      not_assessable: 'Không đánh giá được',
      no_data: 'Chưa có số liệu',
    },
    role: {
      own: 'mục tiêu của kế hoạch tỉnh',
      inherited: 'mục tiêu của kế hoạch tỉnh (trước sáp nhập, cùng địa giới)',
      national: 'áp dụng mục tiêu quốc gia',
    },
    roleNationalOwn: 'mục tiêu quốc gia (Nghị quyết 28/NQ-CP)',
    yes: 'có',
    no: 'không',
  },
  en: {
    series: {
      survey: 'statistical survey',
      census: 'census',
      civil_registration: 'civil registration',
      admin_register: 'administrative report',
      election: 'election result',
      moh_group: 'Ministry of Health group',
      own: 'your figures',
    },
    flag: {
      preliminary: 'preliminary',
      uncertain_year: 'year uncertain',
      approximate: 'approximate (“about”)',
      derived: 'computed from counts',
    },
    quality: {
      official: 'Official publication',
      press_official: 'Press report of an official figure',
      compilation: 'Third-party compilation',
    },
    qualityShort: {
      official: 'official',
      press_official: 'press',
      compilation: 'third party',
    },
    status: {
      met: 'Met',
      on_track: 'Not yet met, on track',
      off_track: 'Not yet met, off track',
      not_yet_met: 'Not yet met',
      not_met: 'Not met',
      not_assessable: 'Cannot be assessed',
      no_data: 'No data',
    },
    reason: {
      uncertain_year: 'year of the value uncertain',
      before_plan: 'value from before the plan period',
      stale: 'value too old',
      range_straddles: 'range lies on both sides of the threshold',
      no_baseline: 'no baseline to draw a path from',
      before_baseline: 'value predates the baseline year',
      exact_target: 'yes/no target, no path',
    },
    reportClass: {
      met: 'Met',
      not_met: 'Not met',
      not_assessable: 'Cannot be assessed',
      no_data: 'No data',
    },
    role: {
      own: 'target of the provincial plan',
      inherited: 'target of the provincial plan (before the merger, same territory)',
      national: 'national target applied',
    },
    roleNationalOwn: 'national target (Resolution 28/NQ-CP)',
    yes: 'yes',
    no: 'no',
  },
};

/** How a target reached the area, in words: the nation's own targets are the national ones. */
export function roleLabel(
  r: { target_role: TargetRole; target_area_id: string },
  locale: Locale,
): string {
  const v = VOCABULARY[locale];
  return r.target_role === 'own' && r.target_area_id === 'VN'
    ? v.roleNationalOwn
    : v.role[r.target_role];
}
