// Uploaded records → accepted values (the user's own series) and rejected rows, each with the row,
// the column and the reason. Indicators and provinces are matched to the catalog with or without
// diacritics; uncertain indicator matches are proposed for the user to confirm.
import { validInYear } from '../domain/attainment/target-choice.ts';
import type { Area, Indicator } from '../domain/types.ts';
import { isPercentIndicator } from '../domain/units.ts';
import { matchArea, nameKey, type AreaIndex } from '../dataset/names.ts';
import { numberStyleOf, type NumberStyle } from './numbers.ts';
import type { RawRecord, RawValue } from './read-table.ts';
import { countsAgree, readValue, type ValueRead } from './values.ts';

export type RejectReason =
  | 'unknown_indicator'
  | 'uncertain_indicator'
  | 'unknown_area'
  | 'merged_area'
  | 'area_not_in_year'
  | 'bad_year'
  | 'bad_value'
  | 'ambiguous_value'
  | 'out_of_range'
  | 'duplicate'
  | 'cell_error'
  | 'no_formula_result'
  | 'extra_fields'
  /** Content in a column without a header (not read). */
  | 'unnamed_column'
  /** A date where a number (or a year) is expected. */
  | 'date_value'
  | 'date_year'
  /** A value cell hidden under merged cells: its value belongs to the range's first row. */
  | 'merged_value'
  /** A fraction (0 < v ≤ 1) for a percentage indicator, not written as a percentage. */
  | 'percent_fraction'
  /** A percentage given for an indicator whose unit is not a percentage. */
  | 'percent_not_unit'
  /** Counts of a share: one missing, not numbers, impossible, given for a non-share, or disagreeing with the value. */
  | 'counts_incomplete'
  | 'bad_count'
  | 'counts_invalid'
  | 'counts_not_share'
  | 'counts_disagree';

export interface Rejected {
  row: number;
  /** The workbook sheet of the row. */
  sheet?: string;
  /** The column as the file names it ('' when the problem is the whole row). */
  column: string;
  /**
   * Wide layout: the year columns the problem applies to. A problem of the row itself (an
   * unknown indicator) is listed once for all its years, not once per year column.
   */
  years?: string[];
  reason: RejectReason;
  /** Values to show in the message (text, never HTML). */
  detail: Record<string, string>;
  /** The indicator, once the row's indicator is known (to name it beside the problem). */
  indicator_id?: string;
  /** The (first) record the problem was found in. */
  record: RawRecord;
}

export interface UserValue {
  row: number;
  /** The workbook sheet of the row. */
  sheet?: string;
  /** The file the value came from, once several files are merged into one upload. */
  file?: string;
  indicator_id: string;
  area_id: string;
  year: number;
  value: number;
  /**
   * The counts a share was computed from, when the template collected them ("14/30"): shown
   * beside the value in the annex; never invented when the file gave only the share.
   */
  numerator?: number;
  denominator?: number;
  /** The agency that reported the value (the template's "Cơ quan báo cáo"), when the file names it. */
  agency?: string;
  /**
   * The value was computed here from the file's numerator and denominator (the file gave no
   * value): the province's own counts, not an estimate.
   */
  fromCounts?: true;
}

/**
 * The key under which the user's answer about a fraction for a percentage indicator is kept in
 * the import's `confirmed` answers: 'as_written' (it is 0.313 %) or 'percent' (it is 31.3 %).
 */
export function fractionKey(
  r: Pick<RawRecord, 'sheet' | 'row' | 'valueColumn'>,
  indicatorId: string,
  text: string,
): string {
  return `fraction|${r.sheet ?? ''}|${r.row}|${r.valueColumn}|${indicatorId}|${text}`;
}
export type FractionAnswer = 'as_written' | 'percent';

export interface IndicatorMatch {
  indicator: Indicator;
  certain: boolean;
}

const words = (s: string) =>
  new Set(
    nameKey(s)
      .split(/[^a-z0-9]+/)
      .filter((w) => w.length > 1),
  );

/** Exact id or name (any diacritics) is certain; a large word overlap is a proposal to confirm. */
export function matchIndicator(
  text: string,
  indicators: readonly Indicator[],
): IndicatorMatch | null {
  const key = nameKey(text);
  const exact = indicators.find(
    (i) => i.id === text.trim() || nameKey(i.name_vi) === key || nameKey(i.name_en) === key,
  );
  if (exact) return { indicator: exact, certain: true };
  const w = words(text);
  if (w.size === 0) return null;
  let best: { indicator: Indicator; score: number } | null = null;
  for (const i of indicators) {
    const iw = words(i.name_vi);
    const common = [...w].filter((x) => iw.has(x)).length;
    const score = common / Math.max(w.size, iw.size);
    if (!best || score > best.score) best = { indicator: i, score };
  }
  return best && best.score >= 0.6 ? { indicator: best.indicator, certain: false } : null;
}

export interface ValidateContext {
  indicators: readonly Indicator[];
  areaIndex: AreaIndex;
  areas: readonly Area[];
  crosswalk: readonly { old_area_id: string; new_area_id: string }[];
  /** Area used when the file has no province column. */
  defaultAreaId: string;
  /**
   * The user's answers: indicator text → indicator id for an uncertain indicator; fractionKey →
   * FractionAnswer for a fraction given for a percentage indicator.
   */
  confirmed: Readonly<Record<string, string>>;
}

const sameDetail = (a: Record<string, string>, b: Record<string, string>) => {
  const keys = Object.keys(a);
  return keys.length === Object.keys(b).length && keys.every((k) => a[k] === b[k]);
};

/**
 * Validates records batch by batch as the file streams in; duplicates are found across batches.
 * Files repeat the same few names thousands of times, so each distinct text is matched once.
 *
 * A value such as "1.000" reads one way in a file that writes decimals with a comma and another
 * in one that writes them with a point, so it is held until the whole file has shown its style
 * (finish()); if the file never shows it, or shows both, the value is a problem.
 */
export class Validator {
  readonly accepted: UserValue[] = [];
  readonly rejected: Rejected[] = [];
  /** Read order of each accepted and rejected entry, to put held values back in place. */
  private readonly acceptedOrder: number[] = [];
  private readonly rejectedOrder: number[] = [];
  private order = 0;
  private readonly styles: Record<NumberStyle, number> = { decimal_comma: 0, decimal_point: 0 };
  /** The file's number style, decided by finish(); undefined while the file is still read. */
  private style: NumberStyle | null | undefined = undefined;
  private held: { record: RawRecord; order: number }[] = [];
  private readonly seen = new Map<string, number>();
  private readonly indicatorCache = new Map<string, IndicatorMatch | null>();
  private readonly areaCache = new Map<string, Area | null>();
  private readonly areaById: Map<string, Area>;

  constructor(private readonly ctx: ValidateContext) {
    this.areaById = new Map(ctx.areas.map((a) => [a.id, a]));
  }

  private indicatorOf(text: string): IndicatorMatch | null {
    if (!this.indicatorCache.has(text))
      this.indicatorCache.set(text, matchIndicator(text, this.ctx.indicators));
    return this.indicatorCache.get(text)!;
  }

  private areaOf(text: string, vintage?: 63 | 34): Area | null {
    const key = `${vintage ?? ''}|${text}`;
    if (!this.areaCache.has(key))
      this.areaCache.set(key, matchArea(text, this.ctx.areaIndex, vintage ? { vintage } : {}));
    return this.areaCache.get(key)!;
  }

  /** An area written as its id, or as its name with the vintage in brackets; else null. */
  private exactArea(text: string): Area | null {
    const t = text.trim();
    const byId = this.areaById.get(t);
    if (byId && byId.kind !== 'region') return byId;
    const m = t.match(/^(.*\S)\s*\((63|34)\)$/);
    if (!m) return null;
    return this.areaOf(m[1]!, Number(m[2]) as 63 | 34);
  }

  add(records: readonly RawRecord[]): void {
    for (const r of records) {
      for (const v of [r.value, r.numerator, r.denominator]) {
        if (typeof v !== 'string') continue;
        const style = numberStyleOf(v);
        if (style) this.styles[style]++;
      }
      this.check(r, this.order++);
    }
  }

  /** After the last record: the file's number style decides the values that were held. */
  finish(): NumberStyle | null {
    const { decimal_comma: comma, decimal_point: point } = this.styles;
    this.style = comma && !point ? 'decimal_comma' : point && !comma ? 'decimal_point' : null;
    const held = this.held;
    this.held = [];
    for (const h of held) this.check(h.record, h.order);
    if (held.length) {
      sortByOrder(this.accepted, this.acceptedOrder);
      sortByOrder(this.rejected, this.rejectedOrder);
    }
    return this.style;
  }

  private check(r: RawRecord, order: number): void {
    // The row's indicator once known: its problems name it.
    const known: { indicatorId?: string } = {};
    const reject = (column: string, reason: RejectReason, detail: Record<string, string> = {}) => {
      // A wide row's years share its indicator and area: one problem for all of them.
      if (r.wide) {
        for (let i = this.rejected.length - 1; i >= 0; i--) {
          const earlier = this.rejected[i]!;
          if (earlier.row !== r.row || earlier.sheet !== r.sheet) break;
          if (
            earlier.years &&
            earlier.column === column &&
            earlier.reason === reason &&
            sameDetail(earlier.detail, detail)
          ) {
            earlier.years.push(r.yearColumn);
            return;
          }
        }
      }
      this.rejected.push({
        row: r.row,
        ...(r.sheet === undefined ? {} : { sheet: r.sheet }),
        column,
        ...(r.wide ? { years: [r.yearColumn] } : {}),
        reason,
        detail,
        ...(known.indicatorId ? { indicator_id: known.indicatorId } : {}),
        record: r,
      });
      this.rejectedOrder.push(order);
    };

    if (r.problem) {
      // The row's indicator, when it is a certain match, names the problem's row all the same.
      const named = this.indicatorOf(r.indicator);
      if (named?.certain) known.indicatorId = named.indicator.id;
      reject(r.problem.column, r.problem.reason, r.problem.detail);
      return;
    }
    const confirmedId = this.ctx.confirmed[r.indicator];
    const match = confirmedId
      ? { indicator: this.ctx.indicators.find((i) => i.id === confirmedId)!, certain: true }
      : this.indicatorOf(r.indicator);
    if (!match) {
      reject(r.indicatorColumn, 'unknown_indicator', { text: r.indicator });
      return;
    }
    if (!match.certain) {
      reject(r.indicatorColumn, 'uncertain_indicator', {
        text: r.indicator,
        proposal: match.indicator.id,
      });
      return;
    }
    known.indicatorId = match.indicator.id;
    const year = Number(r.year);
    if (/^\d{4}-\d{2}-\d{2}/.test(r.year)) {
      reject(r.yearColumn, 'date_year', { date: r.year });
      return;
    }
    if (!/^\d{4}$/.test(r.year) || year < 1990 || year > 2100) {
      reject(r.yearColumn, 'bad_year', { text: r.year });
      return;
    }
    let areaId = this.ctx.defaultAreaId;
    // A province named with its vintage ("Khánh Hòa (63)", as the templates and the site write
    // it) or by its id ("63-56") is that province, whatever the year; the year must fall in its
    // lifetime.
    const exact = r.area === null ? this.areaById.get(areaId) : this.exactArea(r.area);
    if (exact) {
      if (!validInYear(exact, year)) {
        const into = this.ctx.crosswalk.find((c) => c.old_area_id === exact.id)?.new_area_id;
        const column = r.area === null ? r.yearColumn : r.areaColumn;
        if (into && year > 2025)
          reject(column, 'merged_area', {
            text: r.area ?? exact.name_vi,
            into: this.areaById.get(into)?.name_vi ?? into,
          });
        else
          reject(column, 'area_not_in_year', {
            text: r.area ?? exact.name_vi,
            year: String(year),
            from: exact.valid_from,
            to: exact.valid_to,
          });
        return;
      }
      areaId = exact.id;
    } else if (r.area !== null) {
      // The unit that existed that year: the 63 provinces until mid-2025, the 34 after. From 2026
      // only the 34 exist, so an old name is an error that says what it merged into.
      const preferred = year >= 2025 ? 34 : 63;
      const area = this.areaOf(r.area, preferred) ?? (year <= 2025 ? this.areaOf(r.area) : null);
      if (!area) {
        const old = this.areaOf(r.area, 63);
        if (old && year > 2025) {
          const into = this.ctx.crosswalk.find((c) => c.old_area_id === old.id)?.new_area_id ?? '';
          reject(r.areaColumn, 'merged_area', {
            text: r.area,
            into: this.areaById.get(into)?.name_vi ?? into,
          });
        } else reject(r.areaColumn, 'unknown_area', { text: r.area });
        return;
      }
      areaId = area.id;
    }
    const ind = match.indicator;
    const share = isPercentIndicator(ind);
    // The value, when the file gives one; else the counts it is computed from.
    let value: number | null = null;
    let decimals = 0;
    let text = '';
    const read = readValue(r.value, this.style ?? null);
    if (read.ok) {
      ({ value, decimals, text } = read);
      if (read.percent && !share) {
        reject(r.valueColumn, 'percent_not_unit', { text, unit: ind.unit_vi });
        return;
      }
      // 0.313 for a percentage indicator is 0.313 % or a fraction meaning 31.3 %: never guessed.
      if (share && !read.percent && value > 0 && value <= 1) {
        const key = fractionKey(r, ind.id, text);
        const answer = this.ctx.confirmed[key] as FractionAnswer | undefined;
        if (answer === 'percent') {
          value = Number((value * 100).toPrecision(12));
          decimals = Math.max(0, decimals - 2);
        } else if (answer !== 'as_written') {
          reject(r.valueColumn, 'percent_fraction', { text, value: String(value), key });
          return;
        }
      }
    } else if (read.reason !== 'empty' && this.valueProblem(read, r, order, r.valueColumn, reject))
      return;
    const counts = this.counts(r, share, order, reject, ind.unit_vi);
    if (counts === 'rejected') return;
    if (counts) {
      const computed = (counts.numerator / counts.denominator) * 100;
      if (value === null) value = Number(computed.toPrecision(12));
      else if (!countsAgree(computed, value, decimals)) {
        reject(r.valueColumn, 'counts_disagree', {
          text,
          numerator: String(counts.numerator),
          denominator: String(counts.denominator),
          computed: String(computed),
          decimals: String(decimals),
        });
        return;
      }
    }
    if (value === null) {
      reject(r.valueColumn, 'bad_value', { text: '' });
      return;
    }
    if (value < ind.min_plausible || value > ind.max_plausible) {
      reject(r.valueColumn, 'out_of_range', {
        text: text || String(value),
        min: String(ind.min_plausible),
        max: String(ind.max_plausible),
      });
      return;
    }
    const key = `${ind.id}|${areaId}|${year}`;
    const first = this.seen.get(key);
    if (first !== undefined) {
      reject(r.indicatorColumn, 'duplicate', { first: String(first) });
      return;
    }
    this.seen.set(key, r.row);
    this.accepted.push({
      row: r.row,
      ...(r.sheet === undefined ? {} : { sheet: r.sheet }),
      indicator_id: ind.id,
      area_id: areaId,
      year,
      value,
      ...(counts ? { numerator: counts.numerator, denominator: counts.denominator } : {}),
      ...(counts && read.ok === false ? { fromCounts: true as const } : {}),
      ...(r.agency ? { agency: r.agency } : {}),
    });
    this.acceptedOrder.push(order);
  }

  /**
   * A value (or count) that is not a number: rejected with the reason, or held until the file's
   * number style is known. True when the record is done with.
   */
  private valueProblem(
    read: Exclude<ValueRead, { ok: true } | { reason: 'empty' }>,
    r: RawRecord,
    order: number,
    column: string,
    reject: (column: string, reason: RejectReason, detail?: Record<string, string>) => void,
  ): boolean {
    switch (read.reason) {
      case 'ambiguous':
        if (this.style === undefined) this.held.push({ record: r, order });
        else
          reject(column, 'ambiguous_value', {
            text: read.text,
            thousands: String(read.asThousands),
            decimal: String(read.asDecimal),
          });
        return true;
      case 'date_value':
        reject(column, 'date_value', { date: read.text });
        return true;
      case 'merged_value':
        reject(column, 'merged_value', { range: read.range, text: read.text });
        return true;
      case 'bad_value':
        reject(column, 'bad_value', { text: read.text });
        return true;
    }
  }

  /** The counts of a share, when the file gives them; 'rejected' when they cannot be used. */
  private counts(
    r: RawRecord,
    share: boolean,
    order: number,
    reject: (column: string, reason: RejectReason, detail?: Record<string, string>) => void,
    unit: string,
  ): { numerator: number; denominator: number } | null | 'rejected' {
    const given = (v: RawValue | undefined) => v !== undefined && v !== '';
    if (!given(r.numerator) && !given(r.denominator)) return null;
    const numeratorColumn = r.numeratorColumn ?? '';
    const denominatorColumn = r.denominatorColumn ?? '';
    if (!share) {
      reject(numeratorColumn, 'counts_not_share', { unit });
      return 'rejected';
    }
    if (!given(r.numerator) || !given(r.denominator)) {
      const missing = given(r.numerator) ? denominatorColumn : numeratorColumn;
      reject(missing, 'counts_incomplete', { missing });
      return 'rejected';
    }
    const read = (v: RawValue | undefined, column: string): number | null => {
      const n = readValue(v, this.style ?? null);
      if (n.ok && !n.percent) return n.value;
      if (!n.ok && n.reason === 'ambiguous') this.valueProblem(n, r, order, column, reject);
      else reject(column, 'bad_count', { text: n.ok ? n.text : 'text' in n ? n.text : '' });
      return null;
    };
    const numerator = read(r.numerator, numeratorColumn);
    if (numerator === null) return 'rejected';
    const denominator = read(r.denominator, denominatorColumn);
    if (denominator === null) return 'rejected';
    if (numerator < 0 || denominator <= 0 || numerator > denominator) {
      reject(numeratorColumn, 'counts_invalid', {
        numerator: String(numerator),
        denominator: String(denominator),
      });
      return 'rejected';
    }
    return { numerator, denominator };
  }
}

/** Sorts items in place by their read order (held values were checked last). */
function sortByOrder<T>(items: T[], order: number[]): void {
  const idx = items.map((_, i) => i).sort((a, b) => order[a]! - order[b]!);
  const sortedItems = idx.map((i) => items[i]!);
  const sortedOrder = idx.map((i) => order[i]!);
  for (let i = 0; i < idx.length; i++) {
    items[i] = sortedItems[i]!;
    order[i] = sortedOrder[i]!;
  }
}
