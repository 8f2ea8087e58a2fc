// The Government-assessment model in words, in the page's language: the reasons why its count and
// the site's differ, why a target's results differ, values and dates as the locale writes them.
import type {
  CountReason,
  Difference,
  GovernmentAssessment,
  GovernmentStatus,
  TargetComparison,
} from '../domain/government-assessment.ts';
import type { Locale } from '../domain/types.ts';
import { formatNumber } from './format.ts';
import { governmentMessages } from './messages/government.ts';
import { VOCABULARY } from './messages/vocabulary.ts';
import { strategyRefText } from './strategy-ref.ts';
import { translator } from './translate.ts';

const MONTHS_EN = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** "2024-05-22" → "22/5/2024" / "22 May 2024"; '' stays ''. */
export function reportDateText(iso: string, locale: Locale): string {
  const m = iso.match(/^(\d{4})-(\d{2})-(\d{2})$/);
  if (!m) return iso;
  const [, y, mo, d] = m;
  return locale === 'vi'
    ? `${Number(d)}/${Number(mo)}/${y}`
    : `${Number(d)} ${MONTHS_EN[Number(mo) - 1]} ${y}`;
}

/** A value as the report gives it ("37.7 / 31.77"), with the locale's decimal mark. */
export function governmentValueText(value: string, locale: Locale): string {
  return value.replace(/\d+(?:\.\d+)?/g, (n) =>
    n.includes('.') ? formatNumber(Number(n), locale, 4) : n,
  );
}

/** An NQ28 code in the page's language ("MT3 CT2 (a)" / "objective 3, target 2 (a)"). */
export function codeText(code: string, locale: Locale): string {
  return strategyRefText(code, locale, false);
}

const codeList = (codes: readonly string[], locale: Locale) =>
  codes.map((c) => codeText(c, locale)).join('; ');

export function governmentStatusText(status: GovernmentStatus | null, locale: Locale): string {
  const t = translator(governmentMessages, locale);
  switch (status) {
    case 'met':
    case 'not_met':
    case 'on_track':
    case 'approaching':
      return t(`status_${status}`);
    default:
      return t('status_none');
  }
}

/** Why a target's result on the site differs from the Government's classification. */
export function differenceText(d: Difference, locale: Locale): string {
  const t = translator(governmentMessages, locale);
  switch (d.kind) {
    case 'site_not_assessable':
      return d.reason === 'before_plan'
        ? t('diff_before_plan', { year: d.valueYear ?? '' })
        : t(`diff_${d.reason}`);
    default:
      return t(`diff_${d.kind}`);
  }
}

/** How a target row compares, in words (the differences follow it). */
export function agreementText(c: TargetComparison, locale: Locale): string {
  const t = translator(governmentMessages, locale);
  switch (c.agreement) {
    case 'agree':
      return t('agree');
    case 'differ':
      return t('differ');
    case 'not_stated':
      return t('notStated');
    case 'part_only':
      return t('partOnly');
    case 'not_in_site_list':
      return t('notInSiteList');
  }
}

/** Each reason why the two counts differ, as sentences. */
export function countReasonText(r: CountReason, locale: Locale): string[] {
  const t = translator(governmentMessages, locale);
  switch (r.kind) {
    case 'target_list':
      return [
        t('reasonTargetList', { of: r.governmentOf, total: r.siteTotal }),
        ...(r.split.length ? [t('reasonSplit', { codes: codeList(r.split, locale) })] : []),
        ...(r.missing.length ? [t('reasonMissing', { codes: codeList(r.missing, locale) })] : []),
      ];
    case 'no_public_value':
      return [t('reasonNoPublicValue', { n: r.codes.length, codes: codeList(r.codes, locale) })];
    case 'before_plan':
      return [
        t('reasonBeforePlan', { n: r.codes.length, codes: codeList(r.codes, locale) }),
        ...r.countedMet.map((c) =>
          c.valueYear === null
            ? t('reasonCountedMetNoYear', { code: codeText(c.code, locale) })
            : t('reasonCountedMet', { code: codeText(c.code, locale), year: c.valueYear }),
        ),
      ];
    case 'not_assessable':
      return [
        t('reasonNotAssessable', {
          items: r.items
            .map((i) => `${codeText(i.code, locale)} (${VOCABULARY[locale].reason[i.reason]})`)
            .join('; '),
        }),
      ];
    case 'verdicts_differ':
      return [t('reasonVerdictsDiffer', { codes: codeList(r.codes, locale) })];
    case 'named':
      return [
        r.named.length
          ? t('reasonNamed', {
              n: r.named.length,
              count: r.count,
              codes: codeList(r.named, locale),
            })
          : t('reasonNamedNone', { count: r.count }),
      ];
  }
}

/** A row's own words in the page's language: what it is about, its value, its report. */
export function assessmentText(a: GovernmentAssessment, locale: Locale) {
  const t = translator(governmentMessages, locale);
  const vi = locale === 'vi';
  const unit = vi ? a.unit_vi : a.unit_en;
  const value = a.value ? `${governmentValueText(a.value, locale)} ${unit}`.trim() : '';
  const report = vi ? a.report_vi : a.report_en;
  return {
    label: vi ? a.label_vi : a.label_en,
    note: vi ? a.note_vi : a.note_en,
    /** "Giá trị nêu: 28,2 % (giá trị của năm 2020)", or "không nêu giá trị". */
    value: !value
      ? t('noValue')
      : a.value_year !== null
        ? t('govValueYear', { value, year: a.value_year })
        : t('govValue', { value }),
    /** The report, with its date where a source states one. */
    report: a.report_date
      ? t('reportDated', { report, date: reportDateText(a.report_date, locale) })
      : report,
  };
}
