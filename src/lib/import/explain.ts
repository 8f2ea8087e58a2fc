// An import's result in the user's words: the summary, each problem, each refusal and notice, in
// the site's language with numbers as the locale writes them. Sizes are binary (MiB = 1024²
// bytes), as the limits are.
import type { Locale } from '../domain/types.ts';
import { bcp47, formatNumber } from '../i18n/format.ts';
import { importMessages } from '../i18n/messages/import.ts';
import { translator, type Translate } from '../i18n/translate.ts';
import { toCsvText } from '../export/csv.ts';
import type { ImportFailure, ImportSuccess } from './pipeline.ts';
import type { ConflictEntry } from './merge.ts';
import type { Notice } from './upload-state.svelte.ts';
import type { Rejected } from './validate.ts';

/** A problem of one file of an upload of several files names its file. */
export type FileRejected = Rejected & { file?: string };

export type ImportKey = keyof (typeof importMessages)['vi'];

export const MIB = 1024 * 1024;

/** Bytes in MiB with one decimal at most, as the locale writes it ("20", "4,5" / "4.5"). */
export function formatMiB(bytes: number, locale: Locale): string {
  return formatNumber(bytes / MIB, locale, 1);
}

/** A number without thousands grouping, so "1000" cannot be read as one more ambiguous value. */
function plain(value: number, locale: Locale): string {
  return new Intl.NumberFormat(bcp47(locale), {
    useGrouping: false,
    maximumFractionDigits: 6,
  }).format(value);
}

export class ImportText {
  readonly t: Translate<ImportKey>;

  constructor(
    readonly locale: Locale,
    /** Indicator id → its name in the locale (for proposals). */
    private readonly indicatorName: (id: string) => string = (id) => id,
  ) {
    this.t = translator(importMessages, locale);
  }

  private n = (value: number) => formatNumber(value, this.locale, 2);

  error(failure: ImportFailure): string {
    const { limit, size, message } = failure.detail ?? {};
    const limitText = limit === undefined ? '' : formatMiB(limit, this.locale);
    // Just over the limit, one decimal would print the limit itself: show what tells them apart.
    let sizeText = '';
    for (let digits = 1; size !== undefined && digits <= 3; digits++) {
      sizeText = formatNumber(size / MIB, this.locale, digits);
      if (sizeText !== limitText) break;
    }
    const sizes = { limit: limitText, size: sizeText };
    if (failure.error === 'xlsx_too_large' && size === undefined)
      return this.t('err_xlsx_too_large_inflating', sizes);
    if (failure.error === 'ods_too_large' && size === undefined)
      return this.t('err_ods_too_large_inflating', sizes);
    const table = failure.detail?.table;
    const sheet = table?.sheet ? this.t('inSheet', { sheet: table.sheet }) : '';
    if (failure.error === 'duplicate_column' && table)
      return [
        sheet + this.t('err_duplicate_column', table),
        ...(table.merged ? [this.t('mergedHeader', table)] : []),
      ].join(' ');
    const message_ = this.t(`err_${failure.error}`, { ...sizes, message: message ?? '' });
    if (failure.error === 'no_header' && table?.row)
      return `${message_} ${sheet}${this.t('noHeaderNear', table)}`;
    return message_;
  }

  problem(r: Rejected): string {
    const d = r.detail;
    switch (r.reason) {
      case 'ambiguous_value':
        return this.t('r_ambiguous_value', {
          text: d.text ?? '',
          thousands: plain(Number(d.thousands), this.locale),
          decimal: plain(Number(d.decimal), this.locale),
          separator: d.text?.includes('.') ? '.' : ',',
        });
      case 'out_of_range':
        return this.t('r_out_of_range', {
          text: this.typed(r),
          min: this.n(Number(d.min)),
          max: this.n(Number(d.max)),
        });
      case 'uncertain_indicator':
        return this.t('r_uncertain_indicator', {
          ...d,
          proposalName: d.proposal ? this.indicatorName(d.proposal) : '',
        });
      case 'percent_fraction':
        return this.t('r_percent_fraction', this.fraction(r));
      case 'percent_not_unit':
        return this.t('r_percent_not_unit', { ...d, text: this.typed(r) });
      case 'counts_disagree':
        return this.t('r_counts_disagree', {
          ...d,
          text: this.typed(r),
          computed: formatNumber(Number(d.computed), this.locale, Number(d.decimals ?? 0) + 1),
        });
      default:
        return this.t(`r_${r.reason}`, d);
    }
  }

  /**
   * A value as the file has it: text as typed; a number from a spreadsheet cell (which has no
   * separator of its own) written as the locale writes numbers, with its % when formatted so.
   */
  private typed(r: Rejected): string {
    const text = r.detail.text ?? '';
    if (typeof r.record.value === 'string') return text;
    const percent = text.endsWith('%');
    const n = Number(percent ? text.slice(0, -1) : text);
    if (text === '' || !Number.isFinite(n)) return text;
    return `${plain(n, this.locale)}${percent ? '%' : ''}`;
  }

  /** A fraction given for a percentage: the value as read and as a percentage, in the locale. */
  fraction(r: Rejected): { value: string; percent: string } {
    const value = Number(r.detail.value);
    return {
      value: plain(value, this.locale),
      percent: plain(Number((value * 100).toPrecision(12)), this.locale),
    };
  }

  /** The year columns a wide row's problem covers, when its column is not already the year. */
  years(r: Rejected): string {
    if (!r.years || (r.years.length === 1 && r.years[0] === r.column)) return '';
    return this.t(r.years.length === 1 ? 'yearOne' : 'yearMany', { years: r.years.join(', ') });
  }

  /** One file's value in a conflict between files. */
  conflictEntry(e: ConflictEntry): string {
    const vars = {
      file: e.file,
      sheet: e.sheet ?? '',
      row: e.row,
      value: plain(e.value, this.locale),
    };
    return this.t(e.sheet === undefined ? 'conflictEntry' : 'conflictEntrySheet', vars);
  }

  /** Every problem as CSV (the page lists the first few hundred). */
  problemsCsv(rejected: readonly FileRejected[]): string {
    const rows = rejected.map((r) => ({
      file: r.file ?? '',
      sheet: r.sheet ?? '',
      row: r.row,
      column: r.column,
      reason: this.problem(r),
      indicator: r.record.indicator,
      area: r.record.area ?? '',
      year: r.years ? r.years.join(', ') : r.record.year,
      value: r.years && r.years.length > 1 ? '' : String(r.record.value),
    }));
    const hasSheets = rejected.some((r) => r.sheet !== undefined);
    const hasFiles = rejected.some((r) => r.file !== undefined);
    const columns = ['row', 'column', 'reason', 'indicator', 'area', 'year', 'value'];
    return toCsvText(
      [...(hasFiles ? ['file'] : []), ...(hasSheets ? ['sheet'] : []), ...columns],
      rows,
    );
  }

  /** The first sentence: the file, its format, and for a workbook which sheets were read. */
  head(result: ImportSuccess, file: string): string[] {
    const t = this.t;
    if (result.encoding !== 'xlsx' && result.encoding !== 'ods')
      return [
        t('summaryText', {
          file,
          encoding: result.encoding.toUpperCase(),
          delimiter: result.delimiter === '\t' ? t('tab') : result.delimiter,
          layout: t(`layout_${result.layout}`),
        }),
      ];
    const read = result.sheets.filter((s) => s.read);
    const skipped = result.sheets.filter((s) => !s.read);
    return [
      t(result.encoding === 'ods' ? 'summaryOds' : 'summaryXlsx', { file }),
      t('sheetsRead', {
        list: read
          .map((s) => t('sheetRead', { name: s.name, layout: t(`short_${s.layout!}`) }))
          .join(', '),
      }),
      ...(skipped.length
        ? [
            t('sheetsSkipped', {
              list: skipped
                .map((s) =>
                  t('sheetSkipped', { name: s.name, reason: t(`sheet_${s.reason!}`, s.detail) }),
                )
                .join(', '),
            }),
          ]
        : []),
    ];
  }

  /**
   * How many values, problem rows and skipped rows; a file with no data at all says so instead of
   * "0 accepted, 0 problems"; values computed from counts are named by their rows.
   */
  counts(result: ImportSuccess): string {
    if (result.accepted.length === 0 && result.rejected.length === 0) {
      const empty = result.skipped.filter((s) => s.reason === 'no_value').length;
      return empty ? this.t('noValues', { n: this.n(empty) }) : this.t('noDataRows');
    }
    const rows = new Set(result.rejected.map((r) => `${r.sheet ?? ''}\u0000${r.row}`)).size;
    const counts = this.t('summaryCounts', {
      accepted: this.n(result.accepted.length),
      rows: this.n(rows),
      skipped: this.n(result.skipped.length),
    });
    const derived = result.accepted.filter((v) => v.fromCounts);
    if (derived.length === 0) return counts;
    const where = derived.map((v) =>
      v.sheet === undefined
        ? this.t('derivedRow', { row: v.row })
        : this.t('derivedSheetRow', { sheet: v.sheet, row: v.row }),
    );
    return `${counts} ${this.t('derived', { n: this.n(derived.length), rows: where.join(', ') })}`;
  }

  notice(notice: Notice): string {
    const t = this.t;
    switch (notice.kind) {
      case 'restored':
        return t('restored', {
          file: notice.fileName,
          n: this.n(notice.n),
          date: new Date(notice.savedAt).toLocaleString(bcp47(this.locale)),
        });
      case 'deleted':
        return t('deleted');
      case 'save_failed':
        return t('saveFailed', { message: notice.message });
      case 'not_kept':
        return [
          t(`notKept_${notice.reason}`, { file: notice.fileName }),
          notice.kept
            ? t('keptStill', { file: notice.kept.fileName, n: this.n(notice.kept.n) })
            : '',
        ]
          .filter(Boolean)
          .join(' ');
    }
  }
}
