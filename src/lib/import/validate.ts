// Uploaded records → accepted values (the user's own series) and rejected rows, each with the row,
// the column and the reason. Indicators and provinces are matched to the catalog with or without
// diacritics; uncertain indicator matches are proposed for the user to confirm.
import type { Area, Indicator } from '../domain/types.ts';
import { matchArea, nameKey, type AreaIndex } from '../dataset/names.ts';
import { parseLocaleNumber } from './numbers.ts';
import type { RawRecord } from './read-table.ts';

export type RejectReason =
  | 'unknown_indicator'
  | 'uncertain_indicator'
  | 'unknown_area'
  | 'merged_area'
  | 'bad_year'
  | 'bad_value'
  | 'ambiguous_value'
  | 'out_of_range'
  | 'duplicate';

export interface Rejected {
  row: number;
  column: string;
  reason: RejectReason;
  /** Values to show in the message (text, never HTML). */
  detail: Record<string, string>;
  record: RawRecord;
}

export interface UserValue {
  row: number;
  indicator_id: string;
  area_id: string;
  year: number;
  value: number;
}

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
  /** Indicator texts the user confirmed: text → indicator id. */
  confirmed: Readonly<Record<string, string>>;
}

/**
 * Validates records batch by batch as the file streams in; duplicates are found across batches.
 * Files repeat the same few names thousands of times, so each distinct text is matched once.
 */
export class Validator {
  readonly accepted: UserValue[] = [];
  readonly rejected: Rejected[] = [];
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

  add(records: readonly RawRecord[]): void {
    for (const r of records) this.check(r);
  }

  private check(r: RawRecord): void {
    const reject = (column: string, reason: RejectReason, detail: Record<string, string> = {}) =>
      this.rejected.push({ row: r.row, column, reason, detail, record: r });

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
    const year = Number(r.year);
    if (!/^\d{4}$/.test(r.year) || year < 1990 || year > 2100) {
      reject(r.yearColumn, 'bad_year', { text: r.year });
      return;
    }
    let areaId = this.ctx.defaultAreaId;
    if (r.area !== null) {
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
    const number = parseLocaleNumber(r.value);
    if (!number.ok) {
      reject(r.valueColumn, number.reason === 'ambiguous' ? 'ambiguous_value' : 'bad_value', {
        text: r.value,
      });
      return;
    }
    const ind = match.indicator;
    if (number.value < ind.min_plausible || number.value > ind.max_plausible) {
      reject(r.valueColumn, 'out_of_range', {
        text: r.value,
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
      indicator_id: ind.id,
      area_id: areaId,
      year,
      value: number.value,
    });
  }
}
