// What the SQL panel shows: a sandbox error in the page's language, cells formatted per locale
// (rounded for reading, or at full precision on demand: values themselves never change), the
// result's summary lines and its CSV download (BOM, formula-safe, exact values).
import type { Locale } from '$lib/domain/types';
import type { ColumnKind, SandboxCell, SandboxLimits, SandboxResult } from '$lib/data/sql-sandbox';
import type { SandboxError } from '$lib/data/sql-sandbox-text';
import { toCsvText } from '$lib/export/csv';
import { downloadName } from '$lib/export/filename';
import { bcp47, formatNumber } from '$lib/i18n/format';
import { explore } from '$lib/i18n/messages/explore';
import { translator } from '$lib/i18n/translate';

/** Rows drawn in the page's table; the download has every kept row. */
export const SHOWN_ROWS = 500;
/** Characters of a text cell drawn; the download has all of them. */
export const SHOWN_CHARS = 200;

export interface ErrorText {
  /** The message, in the page's language. */
  message: string;
  /** Where in the query, when DuckDB says. */
  position: string | null;
  /** DuckDB's own text (English), for a details element; '' when there is none. */
  detail: string;
}

/** Errors said without any detail of their own. */
const PLAIN = {
  empty: 'sqlErr_empty',
  severalStatements: 'sqlErr_severalStatements',
  parameter: 'sqlErr_parameter',
  conversion: 'sqlErr_conversion',
  outOfRange: 'sqlErr_outOfRange',
  engine: 'sqlErr_engine',
  other: 'sqlErr_other',
} as const satisfies Partial<Record<SandboxError['kind'], keyof typeof explore.vi>>;

const megabytes = (bytes: number, locale: Locale) =>
  `${formatNumber(bytes / (1024 * 1024), locale, 1)} MB`;

/** A sandbox error as the panel says it. */
export function sqlErrorText(
  error: SandboxError,
  locale: Locale,
  context: { tables: readonly string[]; limits: SandboxLimits },
): ErrorText {
  const t = translator(explore, locale);
  const seconds = formatNumber(context.limits.timeMs / 1000, locale, 0);
  const name = error.name ?? '';
  let message: string;
  switch (error.kind) {
    case 'syntax':
      message =
        error.at === null
          ? t('sqlErr_syntaxEnd')
          : error.near
            ? t('sqlErr_syntax', { near: error.near })
            : t('sqlErr_syntaxPlain');
      break;
    case 'notQuery':
      message = t('sqlErr_notQuery', { name });
      break;
    case 'unknownColumn':
      message = t('sqlErr_unknownColumn', { name });
      break;
    case 'unknownFunction':
      message = t('sqlErr_unknownFunction', { name });
      break;
    case 'fileAccess':
      message = t('sqlErr_fileAccess', { name });
      break;
    case 'unknownTable':
      message = t('sqlErr_unknownTable', { name, tables: context.tables.join(', ') });
      break;
    case 'extension':
      message = name ? t('sqlErr_extension', { name }) : t('sqlErr_extensionAny');
      break;
    case 'memory':
      message = t('sqlErr_memory', {
        limit: context.limits.memory.replace(/(\d)([KMG])/, '$1 $2'),
      });
      break;
    case 'tooLarge':
      message = t('sqlErr_tooLarge', {
        size: megabytes(error.bytes ?? 0, locale),
        limit: megabytes(context.limits.resultBytes, locale),
      });
      break;
    case 'timeout':
      message = t('sqlErr_timeout', { seconds });
      break;
    case 'stopped':
      message = t('sqlStopped');
      break;
    default:
      message = t(PLAIN[error.kind]);
  }
  if (error.kind === 'unknownColumn' && error.candidates?.length)
    message += ` ${t('sqlCandidates', { names: error.candidates.join(', ') })}`;
  const position =
    error.at === null && error.kind !== 'syntax'
      ? t('sqlAtEnd')
      : error.at
        ? t('sqlAt', { line: error.at.line, column: error.at.column })
        : null;
  return { message, position, detail: error.detail };
}

const formats = new Map<string, Intl.NumberFormat>();
function numberFormat(locale: Locale, kind: 'integer' | 'fraction' | 'small'): Intl.NumberFormat {
  const key = `${locale}|${kind}`;
  let f = formats.get(key);
  if (!f) {
    // 'min2': a four-digit number (a year, 2021) is never grouped; 12.345 is.
    const base: Intl.NumberFormatOptions = { useGrouping: 'min2' };
    const digits: Intl.NumberFormatOptions =
      kind === 'integer'
        ? { maximumFractionDigits: 0 }
        : kind === 'fraction'
          ? { maximumFractionDigits: 3 }
          : { maximumSignificantDigits: 3 };
    f = new Intl.NumberFormat(bcp47(locale), { ...base, ...digits });
    formats.set(key, f);
  }
  return f;
}

/** A number at full precision, with the page's decimal mark (8,133333333333333 in vi). */
export function fullNumber(value: number, locale: Locale): string {
  const text = String(value);
  return locale === 'vi' ? text.replace('.', ',') : text;
}

/**
 * A cell as drawn: whole numbers grouped from five digits, fractions to 3 decimals (3 significant
 * digits below 1), long text cut at SHOWN_CHARS; NULL as NULL.
 */
export function formatCell(
  value: SandboxCell,
  kind: ColumnKind,
  locale: Locale,
  full = false,
): string {
  if (value === null) return 'NULL';
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) return String(value);
    if (full) return fullNumber(value, locale);
    if (kind === 'integer' || Number.isInteger(value))
      return numberFormat(locale, 'integer').format(value);
    return numberFormat(locale, Math.abs(value) >= 1 ? 'fraction' : 'small').format(value);
  }
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  return value.length > SHOWN_CHARS ? `${value.slice(0, SHOWN_CHARS)}…` : value;
}

/** Whether a column's cells are numbers (aligned right). */
export function isNumeric(kind: ColumnKind): boolean {
  return kind === 'integer' || kind === 'decimal';
}

/** The summary lines of a result: its count, what was cut, what the table shows. */
export function resultLines(result: SandboxResult, locale: Locale): string[] {
  const t = translator(explore, locale);
  const n = (x: number) => formatNumber(x, locale, 0);
  const kept = result.rows.length;
  const lines = [kept === 0 ? t('sqlNoRows') : t('sqlRows', { n: n(kept) })];
  if (result.cut)
    lines.push(
      result.total === null
        ? t('sqlCutUncounted', { limit: n(result.limit) })
        : t('sqlCut', {
            total: n(result.total),
            limit: n(result.limit),
            cut: n(result.total - result.limit),
          }),
    );
  if (kept > SHOWN_ROWS) lines.push(t('sqlShownFirst', { shown: n(SHOWN_ROWS), n: n(kept) }));
  if (result.columns.some((c) => c.kind === 'decimal')) lines.push(t('sqlRounded'));
  return lines;
}

/** The result as CSV: every kept row, exact values, BOM, formula-safe; headers as DuckDB named them. */
export function resultCsv(result: SandboxResult): string {
  // Keys by position: two columns may share a name.
  const keys = result.columns.map((_, i) => `c${i}`);
  const rows = result.rows.map((row) => Object.fromEntries(row.map((v, i) => [keys[i]!, v])));
  return toCsvText(
    keys,
    rows,
    result.columns.map((c) => c.name),
  );
}

/** "ket-qua-truy-van-sql-2025-07-01-1405.csv": named in the page's language, with local time. */
export function resultFileName(locale: Locale, now: Date): string {
  const pad = (x: number) => String(x).padStart(2, '0');
  const stamp = `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}-${pad(now.getHours())}${pad(now.getMinutes())}`;
  return downloadName(`${translator(explore, locale)('sqlFileName')}-${stamp}`, 'csv');
}
