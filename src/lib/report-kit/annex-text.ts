// The annex as a table of cells, in words: the one wording the XLSX and DOCX writers, the report
// draft and the import page's panel share. Numbers stay numbers (a cell carries its value and the
// text around it, so a spreadsheet keeps a number and shows "≥ 60" or "14/30 = 46,67"); everything
// else is text. Official documents are Vietnamese: the writers call it with 'vi'. Pure.
import { isNational } from '../domain/national.ts';
import type { Locale } from '../domain/types.ts';
import { COMPARATOR_SYMBOL } from '../domain/vocabulary.ts';
import { formatNumber } from '../i18n/format.ts';
import { leadAgencyText } from '../i18n/agencies.ts';
import { reportPage } from '../i18n/messages/report.ts';
import { reportDocumentMessages } from '../i18n/messages/report-documents.ts';
import { VOCABULARY } from '../i18n/messages/vocabulary.ts';
import { translator, type Translate } from '../i18n/translate.ts';
import { formatRange } from '../i18n/values.ts';
import type { Annex, AnnexRow, AnnexValue } from './annex.ts';

export type ReportDocumentKey = keyof (typeof reportDocumentMessages)['vi'];

export type TextCell = { kind: 'text'; text: string };
/** A number shown with words around it: `${prefix}${formatted value}${suffix}`. */
export type NumberCell = {
  kind: 'number';
  value: number;
  decimals: number;
  prefix: string;
  suffix: string;
  /** Thousands grouped ("1.234"); a year never is. */
  grouping: boolean;
  text: string;
};
export type Cell = TextCell | NumberCell;

export const ANNEX_COLUMNS = [
  'number',
  'target',
  'unit',
  'goal',
  'deadline',
  'previous',
  'current',
  'assessment',
  'note',
  'source',
  'lead',
] as const;
export type AnnexColumn = (typeof ANNEX_COLUMNS)[number];

export type TableRow =
  | { kind: 'group'; objective: number; text: string }
  | { kind: 'target'; row: AnnexRow; cells: Record<AnnexColumn, Cell> };

export interface AnnexTable {
  /** Lines above the table: title, heading, attachment line, what it covers. */
  title: string;
  heading: string;
  attached: string;
  meta: string;
  /** A 6-month annex says which figures are 6-month figures. */
  halfYearNote: string | null;
  headers: Record<AnnexColumn, string>;
  rows: TableRow[];
}

const text = (t: string): TextCell => ({ kind: 'text', text: t });

/** Decimals a value is shown with: as many as it has, at most two. */
export function decimalsOf(value: number): number {
  const fraction = String(Number(value.toFixed(2))).split('.')[1] ?? '';
  return Math.min(2, fraction.length);
}

function numberCell(value: number, locale: Locale, prefix = '', suffix = ''): NumberCell {
  const decimals = decimalsOf(value);
  return {
    kind: 'number',
    value,
    decimals,
    prefix,
    suffix,
    grouping: true,
    text: `${prefix}${formatNumber(value, locale, decimals)}${suffix}`,
  };
}

const yearCell = (year: number): NumberCell => ({
  kind: 'number',
  value: year,
  decimals: 0,
  prefix: '',
  suffix: '',
  grouping: false,
  text: String(year),
});

export class AnnexText {
  readonly t: Translate<ReportDocumentKey>;
  private readonly objectives: Translate<keyof (typeof reportPage)['vi']>;

  constructor(readonly locale: Locale) {
    this.t = translator(reportDocumentMessages, locale);
    this.objectives = translator(reportPage, locale);
  }

  get vocabulary() {
    return VOCABULARY[this.locale];
  }

  date(iso: string): string {
    const [y, m, d] = iso.split('-');
    return `${d}/${m}/${y}`;
  }

  period(annex: Pick<Annex, 'period' | 'year'>): string {
    return this.t(annex.period === 'h1' ? 'periodH1' : 'periodAnnual', { year: annex.year });
  }

  /** "tỉnh Khánh Hòa", "thành phố Hà Nội". */
  issuer(annex: Pick<Annex, 'issuer' | 'area'>): string {
    const name = this.locale === 'vi' ? annex.area.name_vi : annex.area.name_en;
    return this.t(annex.issuer === 'city' ? 'issuerCity' : 'issuerProvince', { name });
  }

  objective(n: number): string {
    return this.objectives(`objective${n}` as `objective${1 | 2 | 3 | 4 | 5 | 6}`);
  }

  indicatorName(row: AnnexRow): string {
    return this.locale === 'vi' ? row.indicator.name_vi : row.indicator.name_en;
  }

  /** The target's number, or its place in the objective when no document numbers it. */
  number(row: AnnexRow): string {
    return row.number || '–';
  }

  private yesNo(row: AnnexRow) {
    return row.indicator.value_type === 'yes_no';
  }

  unit(row: AnnexRow): string {
    if (this.yesNo(row)) return this.t('yesNoUnit');
    return this.locale === 'vi' ? row.indicator.unit_vi : row.indicator.unit_en;
  }

  /** The target value in a table cell, with the site's one comparator symbol: "≥ 60", "≤ 1,7". */
  goal(row: AnnexRow): Cell {
    const { comparator, value } = row.target;
    if (this.yesNo(row)) return text(value === 1 ? this.vocabulary.yes : this.vocabulary.no);
    return numberCell(value, this.locale, `${COMPARATOR_SYMBOL[comparator]} `);
  }

  /** The target value in a sentence, as the plans word it: "≥ 60", "giảm xuống còn 18". */
  goalWords(row: AnnexRow): string {
    const { comparator, value } = row.target;
    if (this.yesNo(row)) return value === 1 ? this.vocabulary.yes : this.vocabulary.no;
    const number = formatNumber(value, this.locale);
    return comparator === 'reduce_to'
      ? this.t('goalReduce', { value: number })
      : `${COMPARATOR_SYMBOL[comparator]} ${number}`;
  }

  /**
   * A value as the annex shows it: "14/30 = 46,67" where the counts are known, a range
   * "109–112", yes/no in words; its year when it is not the column's year.
   */
  value(v: AnnexValue | null, row: AnnexRow, columnYear: number | null): Cell {
    if (!v) return text('–');
    const suffix = columnYear !== null && v.year !== columnYear ? ` (${v.year})` : '';
    if (v.value === null) return text(`${formatRange(v, this.locale)}${suffix}`);
    if (this.yesNo(row))
      return text(`${v.value === 1 ? this.vocabulary.yes : this.vocabulary.no}${suffix}`);
    const counts =
      v.numerator !== null && v.denominator !== null
        ? `${formatNumber(v.numerator, this.locale)}/${formatNumber(v.denominator, this.locale)} = `
        : '';
    const about = v.approximate ? this.t('about', { value: '' }) : '';
    return numberCell(v.value, this.locale, `${about}${counts}`, suffix);
  }

  valueText(v: AnnexValue | null, row: AnnexRow, columnYear: number | null = null): string {
    return this.value(v, row, columnYear).text;
  }

  /** Why a verdict could not be given, or why there is no path. '' when nothing to say. */
  reason(row: AnnexRow): string {
    const r = row.verdict;
    switch (r.reason) {
      case 'stale':
        return this.t('reason_stale', { year: r.actual_year ?? '' });
      case 'before_plan':
        return this.t('reason_before_plan', {
          year: r.actual_year ?? '',
          start: r.plan_start_year,
        });
      case 'range_straddles':
        return this.t('reason_range_straddles', {
          range: formatRange(
            {
              low: r.actual_low,
              high: r.actual_high,
              lowInclusive: r.actual_low_inclusive,
              highInclusive: r.actual_high_inclusive,
            },
            this.locale,
          ),
        });
      case '':
        return '';
      default:
        return this.t(`reason_${r.reason}`);
    }
  }

  /** What a "not met" means here: the deadline came, or (a 6-month report) it is still to come. */
  notMetDetail(row: AnnexRow, annex: Pick<Annex, 'period' | 'year'>): string {
    if (row.status !== 'not_met') return this.reason(row);
    return annex.period === 'h1' && row.verdict.target_year === annex.year
      ? this.t('halfYearDeadline', { year: annex.year })
      : this.t('deadlinePassed', { year: row.verdict.target_year });
  }

  /** Đạt / Chưa đạt (on or behind the path, or why) / Không đánh giá được (why) / Chưa có số liệu. */
  assessment(row: AnnexRow, annex: Pick<Annex, 'period' | 'year'>): string {
    switch (row.status) {
      case 'met':
        return this.t('assessMet');
      case 'on_track':
        return this.t('assessOnTrack');
      case 'off_track':
        return this.t('assessOffTrack');
      case 'not_yet_met':
      case 'not_met': {
        const detail = this.notMetDetail(row, annex);
        return detail ? `${this.t('assessNotMet')} (${detail})` : this.t('assessNotMet');
      }
      case 'not_assessable':
        return `${this.t('assessNotAssessable')} (${this.reason(row)})`;
      case 'no_data':
        return this.t('assessNoData');
    }
  }

  conflictValues(row: AnnexRow): string {
    return (row.conflict?.entries ?? [])
      .map((e) =>
        this.t('conflictEntry', {
          value: formatNumber(e.value, this.locale),
          file: e.file,
          row: e.row,
        }),
      )
      .join('; ');
  }

  /** Which figure the row uses, how the target applies, and what to watch for. */
  note(row: AnnexRow, annex: Pick<Annex, 'period' | 'year'>): string {
    const parts: string[] = [];
    const v = row.current;
    if (v?.origin === 'own') parts.push(this.t('noteOwn'));
    if (v?.origin === 'public') {
      parts.push(this.t('notePublic'));
      if (annex.period === 'h1') parts.push(this.t('noteAnnualFigure', { year: v.year }));
      if (v.preliminary) parts.push(this.t('preliminary'));
    }
    if (row.conflict) parts.push(this.t('noteConflict', { values: this.conflictValues(row) }));
    parts.push(
      this.t(
        row.role === 'own' && !isNational(row.target.area_id)
          ? 'roleOwn'
          : row.role === 'inherited'
            ? 'roleInherited'
            : 'roleNational',
      ),
    );
    if (row.target.provisional) parts.push(this.t('noteProvisional'));
    return parts.join(' ');
  }

  source(v: AnnexValue | null): string {
    if (!v) return '';
    const s = v.source;
    if (s.kind === 'public')
      return this.t('sourcePublic', {
        title: s.title || s.url,
        series: this.vocabulary.series[s.series],
      });
    const vars = {
      agency: s.agency ?? '',
      file: s.file,
      sheet: s.sheet ? this.t('sourceSheet', { sheet: s.sheet }) : '',
      row: s.row,
    };
    return this.t(s.agency ? 'sourceOwn' : 'sourceOwnNoAgency', vars);
  }

  lead(row: AnnexRow): string {
    if (!row.lead) return this.t('noLead');
    return leadAgencyText(row.lead, this.locale).text;
  }

  /** The agencies that must report a target without data. */
  reporters(row: AnnexRow): string {
    return row.reporters.length ? row.reporters.join('; ') : this.t('noReporter');
  }

  headers(annex: Pick<Annex, 'period' | 'year'>): Record<AnnexColumn, string> {
    const t = this.t;
    return {
      number: t('colNumber'),
      target: t('colTarget'),
      unit: t('colUnit'),
      goal: t('colGoal'),
      deadline: t('colDeadline'),
      previous: t('colPrevious', { year: annex.year - 1 }),
      current: t(annex.period === 'h1' ? 'colCurrentH1' : 'colCurrent', { year: annex.year }),
      assessment: t('colAssessment'),
      note: t('colNote'),
      source: t('colSource'),
      lead: t('colLead'),
    };
  }

  cells(row: AnnexRow, annex: Annex): Record<AnnexColumn, Cell> {
    return {
      number: text(this.number(row)),
      target: text(this.indicatorName(row)),
      unit: text(this.unit(row)),
      goal: this.goal(row),
      deadline: yearCell(row.target.year),
      previous: this.value(row.previous, row, annex.year - 1),
      current: this.value(row.current, row, annex.year),
      assessment: text(this.assessment(row, annex)),
      note: text(this.note(row, annex)),
      source: text(this.source(row.current)),
      lead: text(this.lead(row)),
    };
  }

  table(annex: Annex): AnnexTable {
    const period = this.period(annex);
    const issuer = this.issuer(annex);
    return {
      title: this.t('annexTitle'),
      heading: this.t('annexHeading', { period: period.toLocaleUpperCase(this.locale) }),
      attached: this.t('annexAttached', { issuer }),
      meta: this.t('annexMeta', { issuer, period, date: this.date(annex.today) }),
      halfYearNote: annex.period === 'h1' ? this.t('annexHalfYear', { year: annex.year }) : null,
      headers: this.headers(annex),
      rows: annex.groups.flatMap((g): TableRow[] => [
        { kind: 'group', objective: g.objective, text: this.objective(g.objective) },
        ...g.rows.map((row) => ({ kind: 'target' as const, row, cells: this.cells(row, annex) })),
      ]),
    };
  }
}
