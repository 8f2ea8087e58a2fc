// The ministry's compilation: many provinces' data packs read at once, each checked as the build
// checks a contributed file (decodePack) and as the import checks an upload (the Validator), then
// judged province by province by the same engine as each province's own annual page and annex
// (reportTargets + ownRows). Pure: files in, a model out; nothing is sent anywhere.
import { NATIONAL_ID } from '../domain/national.ts';
import {
  CONTRIB_SERIES,
  decodePack,
  PACK_COLUMNS,
  type ContribProblem,
  type PackRow,
} from '../dataset/contrib.ts';
import type { SourceRecord } from '../dataset/csv.ts';
import { objectiveOf, reportTargets } from '../domain/area-year-report.ts';
import { evaluate, type StatusRow } from '../domain/attainment/evaluate.ts';
import { reportClass } from '../domain/attainment/status.ts';
import {
  applicableTarget,
  deadlinesOf,
  focusDeadline,
  validInYear,
  type AppliedTarget,
} from '../domain/attainment/target-choice.ts';
import type { ActualRow, Area, CrosswalkRow, Indicator, Target } from '../domain/types.ts';
import { mergeSources, type Conflict } from '../import/merge.ts';
import { ownRows, type OwnRow } from '../import/own-figures.ts';
import { validatorFor } from '../import/pipeline.ts';
import type { RawRecord } from '../import/read-table.ts';
import type { Rejected, UserValue } from '../import/validate.ts';
import { targetNumber } from '../report-kit/annex.ts';

export interface CompileCatalog {
  indicators: Indicator[];
  /** Provinces and the country (no regions). */
  areas: Area[];
  crosswalk: CrosswalkRow[];
  targets: Target[];
}

/** Why a whole file is not compiled. */
export type FileRefusal = 'empty' | 'not_text' | 'not_pack' | 'invalid_pack' | 'no_values';

/** A problem of the pack itself (the build would refuse the file for it). */
export interface PackProblem {
  line: number;
  column: string;
  code: ContribProblem;
  /** The cell as written (shown as text, never as HTML). */
  text: string;
}

export type CompiledValue = UserValue & { file: string };

export interface FileResult {
  file: string;
  refusal: FileRefusal | null;
  problems: PackProblem[];
  /** Rows the import's validator refused; the file's other rows are compiled. */
  rejected: Rejected[];
  values: CompiledValue[];
  /** The pack rows of the values compiled, as read (for the combined pack). */
  rows: PackRow[];
  /** Provinces the file gives values for. */
  areaIds: string[];
}

const DECIMAL = /^-?\d+(?:\.\d+)?$/;

/** A pack's record as the import's reader would give it (the province with its vintage). */
function rawRecord(r: SourceRecord): RawRecord {
  const v = r.values;
  const vintage = (v.vintage ?? '').trim();
  const province = (v.province ?? '').trim();
  const value = (v.value ?? '').trim();
  return {
    row: r.line,
    indicator: (v.indicator ?? '').trim(),
    // "Khánh Hòa (63)": the province of that vintage, as the templates write it.
    area: vintage === '63' || vintage === '34' ? `${province} (${vintage})` : province,
    year: (v.year ?? '').trim(),
    // The pack writes numbers with a decimal point: a number, never a text to guess the style of.
    value: DECIMAL.test(value) ? Number(value) : value,
    ...(v.agency?.trim() ? { agency: v.agency.trim() } : {}),
    indicatorColumn: 'indicator',
    areaColumn: 'province',
    yearColumn: 'year',
    valueColumn: 'value',
    wide: false,
  };
}

const packRow = (r: SourceRecord): PackRow =>
  Object.fromEntries(PACK_COLUMNS.map((c) => [c, r.values[c] ?? ''])) as PackRow;

/** One file: refused whole when it is not a valid pack, else its values that pass validation. */
export function readPackFile(
  file: string,
  text: string,
  catalog: CompileCatalog,
  today: string,
): FileResult {
  const empty = { problems: [], rejected: [], values: [], rows: [], areaIds: [] };
  // A workbook, an image, a PDF: not a text file (its bytes decode to NULs and U+FFFD).
  const head = text.slice(0, 4096);
  if (head.includes('\u0000') || head.includes('\uFFFD'))
    return { file, refusal: 'not_text', ...empty };
  if (!text.replace(/^\uFEFF/, '').trim()) return { file, refusal: 'empty', ...empty };
  const { records, errors } = decodePack(file, text, today);
  if (errors.length) {
    // A column missing from the file is one problem, however many rows lack it.
    const seen = new Set<string>();
    const problems = errors
      .map((e) => ({
        line: e.line,
        column: e.column,
        code: (e.code ?? 'missing_column') as ContribProblem,
        text: records.find((r) => r.line === e.line)?.values[e.column] ?? '',
      }))
      .filter((p) => {
        const key = p.code === 'missing_column' ? `${p.code}|${p.column}` : `${p.line}|${p.column}`;
        if (seen.has(key)) return false;
        seen.add(key);
        return true;
      });
    const refusal = errors.some((e) => e.code === 'missing_column') ? 'not_pack' : 'invalid_pack';
    return { file, refusal, ...empty, problems };
  }
  const validator = validatorFor({
    indicators: catalog.indicators,
    areas: catalog.areas,
    crosswalk: catalog.crosswalk,
    defaultAreaId: '',
    confirmed: {},
  });
  validator.add(records.map(rawRecord));
  validator.finish();
  const byLine = new Map(records.map((r) => [r.line, r]));
  const values = validator.accepted.map((v) => ({ ...v, file }));
  if (!values.length && !validator.rejected.length) return { file, refusal: 'no_values', ...empty };
  return {
    file,
    refusal: null,
    problems: [],
    rejected: validator.rejected,
    values,
    rows: values.map((v) => packRow(byLine.get(v.row)!)),
    areaIds: [...new Set(values.map((v) => v.area_id))].sort(),
  };
}

/** The Government's report classes, with "no report" for a province without a value. */
export const COMPILE_CLASSES = ['met', 'not_met', 'not_assessable', 'no_report'] as const;
export type CompileClass = (typeof COMPILE_CLASSES)[number];

export interface CompileColumn {
  indicator: Indicator;
  /** The column's target: the national one applied, else the first province's own. */
  target: Target;
  /** "MT1 CT2" as the annex numbers it. */
  number: string;
}

export interface CompileCell {
  /** The verdict on the province's values (null: the province has no file). */
  own: OwnRow | null;
  applied: AppliedTarget;
  cls: CompileClass;
}

export type Vintage = 63 | 34;

export interface Rollup {
  indicator: Indicator;
  from: Indicator;
  /** Provinces whose fact counts (yes, or at least one facility), did not, had no report. */
  yes: string[];
  no: string[];
  missing: string[];
  total: number;
  /** The national value when every province reported; else the range the facts allow. */
  value: number | null;
  low: number;
  high: number;
  /** The national target of the year's deadline, judged on the value (or the range). */
  verdict: StatusRow | null;
}

export interface Compilation {
  year: number;
  vintage: Vintage;
  /** Files whose provinces are of the other vintage of the year (2025): not compiled. */
  otherVintage: { file: string; vintage: Vintage }[];
  provinces: Area[];
  columns: CompileColumn[];
  /** `${areaId}|${indicatorId}` → cell. */
  cells: Map<string, CompileCell>;
  counts: Map<string, Record<CompileClass, number>>;
  /** Provinces with at least one compiled value (of any year). */
  reported: Set<string>;
  /** Values files give differently: none of them used. */
  conflicts: Conflict[];
  values: CompiledValue[];
  rollups: Rollup[];
}

const areaVintage = (areas: ReadonlyMap<string, Area>, id: string) => areas.get(id)?.vintage;

/** The vintages a year's compilation can have: 63 until 2024, 34 from 2026, both in 2025. */
export function vintagesOf(year: number): Vintage[] {
  return year <= 2024 ? [63] : year >= 2026 ? [34] : [63, 34];
}

/** Years the loaded values give, newest first. */
export function yearsOf(files: readonly FileResult[]): number[] {
  return [...new Set(files.flatMap((f) => f.values.map((v) => v.year)))].sort((a, b) => b - a);
}

/**
 * The vintage of a 2025 compilation: the packs' own provinces decide; when they mix both, the
 * one with more files, and the others are reported as not compiled (never merged).
 */
export function vintageFor(
  year: number,
  files: readonly FileResult[],
  areas: readonly Area[],
  chosen: Vintage | null = null,
): Vintage {
  const options = vintagesOf(year);
  if (options.length === 1) return options[0]!;
  if (chosen && options.includes(chosen)) return chosen;
  const byId = new Map(areas.map((a) => [a.id, a]));
  const n = { 63: 0, 34: 0 };
  for (const f of files) {
    const v = f.areaIds.map((id) => areaVintage(byId, id)).find((x) => x === 63 || x === 34);
    if (v) n[v]++;
  }
  return n[63] > n[34] ? 63 : 34;
}

/** National values the ministry builds from one yes/no or count fact per province. */
export const ROLLUPS = [
  {
    national: 'provinces_with_lgbt_health_pilot_pct',
    provincial: 'provincial_lgbt_health_pilot_facilities',
    // "At least one facility": a province counts with one or more.
    counts: (v: number) => v >= 1,
  },
  {
    national: 'female_committee_chair_pct',
    provincial: 'female_committee_chair',
    counts: (v: number) => v === 1,
  },
  {
    national: 'female_party_secretary_pct',
    provincial: 'female_party_secretary',
    counts: (v: number) => v === 1,
  },
] as const;

const round = (v: number) => Number(v.toPrecision(12));

function rollup(
  spec: (typeof ROLLUPS)[number],
  catalog: CompileCatalog,
  provinces: readonly Area[],
  values: readonly CompiledValue[],
  year: number,
): Rollup | null {
  const indicator = catalog.indicators.find((i) => i.id === spec.national);
  const from = catalog.indicators.find((i) => i.id === spec.provincial);
  if (!indicator || !from) return null;
  const yes: string[] = [];
  const no: string[] = [];
  const missing: string[] = [];
  for (const p of provinces) {
    const v = values.find(
      (x) => x.indicator_id === from.id && x.area_id === p.id && x.year === year,
    );
    (v === undefined ? missing : spec.counts(v.value) ? yes : no).push(p.id);
  }
  const total = provinces.length;
  if (!total || yes.length + no.length === 0) return null;
  const low = round((yes.length / total) * 100);
  const high = round(((yes.length + missing.length) / total) * 100);
  const value = missing.length ? null : low;
  const deadline = focusDeadline(deadlinesOf(catalog.targets, indicator.id), year);
  const applied =
    deadline === null
      ? null
      : applicableTarget(catalog.targets, indicator.id, NATIONAL_ID, deadline, catalog.crosswalk);
  const verdict = applied
    ? evaluate({
        target: applied.target,
        role: applied.role,
        areaId: NATIONAL_ID,
        evalYear: year,
        actuals: [
          {
            indicator_id: indicator.id,
            area_id: NATIONAL_ID,
            year,
            series: 'own',
            sex: 'all',
            value,
            // Provinces without a report could go either way: the value lies in this range.
            value_low: value === null ? low : null,
            value_high: value === null ? high : null,
            low_inclusive: true,
            high_inclusive: true,
            preliminary: false,
            derived: true,
            uncertain_year: false,
            approximate: false,
            source_id: 'USER',
            source_url: '',
            source_quality: 'official',
            n_sources: total - missing.length,
            conflict: false,
            note: '',
          },
        ],
      })
    : null;
  return { indicator, from, yes, no, missing, total, value, low, high, verdict };
}

/** The matrix of provinces × targets for one year, its counts and the built national values. */
export function compile(
  files: readonly FileResult[],
  catalog: CompileCatalog,
  year: number,
  chosenVintage: Vintage | null = null,
): Compilation {
  const byId = new Map(catalog.areas.map((a) => [a.id, a]));
  const vintage = vintageFor(year, files, catalog.areas, chosenVintage);
  const loaded = files.filter((f) => f.refusal === null);
  const otherVintage: Compilation['otherVintage'] = [];
  const used = loaded.filter((f) => {
    const other = f.areaIds
      .map((id) => areaVintage(byId, id))
      .find((v): v is Vintage => (v === 63 || v === 34) && v !== vintage);
    if (other && vintagesOf(year).includes(other))
      otherVintage.push({ file: f.file, vintage: other });
    return !other || !vintagesOf(year).includes(other);
  });
  const merged = mergeSources(used.map((f) => ({ file: f.file, values: f.values })));
  const values = merged.accepted;
  const provinces = catalog.areas
    .filter((a) => a.kind === 'province' && a.vintage === vintage && validInYear(a, year))
    .sort((a, b) => a.name_vi.localeCompare(b.name_vi, 'vi'));
  const reported = new Set(values.map((v) => v.area_id));
  const targeted = catalog.indicators.filter((i) => objectiveOf(i) !== null);
  const cells = new Map<string, CompileCell>();
  const columnOf = new Map<string, CompileColumn>();
  const national = new Map(
    reportTargets(catalog.targets, NATIONAL_ID, year, catalog.crosswalk, catalog.indicators).map(
      (a) => [a.target.indicator_id, a.target],
    ),
  );
  for (const p of provinces) {
    const applied = reportTargets(catalog.targets, p.id, year, catalog.crosswalk, targeted);
    const own = reported.has(p.id)
      ? ownRows(
          applied,
          values.filter((v) => v.area_id === p.id),
          p.id,
          year,
          '',
          merged.conflicts,
        )
      : null;
    applied.forEach((a, i) => {
      const indicator = catalog.indicators.find((x) => x.id === a.target.indicator_id)!;
      if (!columnOf.has(indicator.id)) {
        const target = national.get(indicator.id) ?? a.target;
        columnOf.set(indicator.id, { indicator, target, number: targetNumber(target, indicator) });
      }
      const row = own?.[i] ?? null;
      const status = row?.verdict.status ?? 'no_data';
      const cls = reportClass(status);
      cells.set(`${p.id}|${indicator.id}`, {
        own: row,
        applied: a,
        cls: cls === 'no_data' ? 'no_report' : cls,
      });
    });
  }
  const columns = [...columnOf.values()].sort(
    (a, b) =>
      a.number.localeCompare(b.number, 'vi', { numeric: true }) ||
      a.indicator.id.localeCompare(b.indicator.id),
  );
  const counts = new Map<string, Record<CompileClass, number>>();
  for (const c of columns) {
    const n: Record<CompileClass, number> = { met: 0, not_met: 0, not_assessable: 0, no_report: 0 };
    for (const p of provinces) n[cells.get(`${p.id}|${c.indicator.id}`)?.cls ?? 'no_report']++;
    counts.set(c.indicator.id, n);
  }
  const rollups = ROLLUPS.map((s) => rollup(s, catalog, provinces, values, year)).filter(
    (r): r is Rollup => r !== null,
  );
  return {
    year,
    vintage,
    otherVintage,
    provinces,
    columns,
    cells,
    counts,
    reported,
    conflicts: merged.conflicts,
    values,
    rollups,
  };
}

/** Indicators the compiled values give in the compilation's year, to rank and map. */
export function rankableIndicators(c: Compilation, indicators: readonly Indicator[]): Indicator[] {
  const ids = new Set(c.values.filter((v) => v.year === c.year).map((v) => v.indicator_id));
  // The matrix's targets first, in its order; then the other indicators the files give.
  const order = c.columns.map((col) => col.indicator.id);
  const rank = (i: Indicator) => (order.includes(i.id) ? order.indexOf(i.id) : order.length);
  return indicators.filter((i) => ids.has(i.id)).sort((a, b) => rank(a) - rank(b));
}

/**
 * The compiled values of one indicator as rows a ranking draws: the packs' own series
 * (admin_register), their file and line as the source (text, never a link). Only these rows are
 * given to the ranking: never mixed with the published series.
 */
export function compiledRows(c: Compilation, indicator: Indicator): ActualRow[] {
  const shown = new Set(c.provinces.map((p) => p.id));
  return c.values
    .filter((v) => v.indicator_id === indicator.id && shown.has(v.area_id))
    .map((v) => ({
      indicator_id: v.indicator_id,
      area_id: v.area_id,
      year: v.year,
      series: CONTRIB_SERIES,
      sex: 'all' as const,
      value: v.value,
      value_low: null,
      value_high: null,
      low_inclusive: false,
      high_inclusive: false,
      preliminary: false,
      derived: false,
      uncertain_year: false,
      approximate: false,
      source_id: 'USER',
      source_url: `file:${v.file}#row=${v.row}`,
      source_quality: 'official' as const,
      n_sources: 1,
      conflict: false,
      note: '',
      source_title: v.file,
      unit: indicator.unit_vi,
    }));
}
