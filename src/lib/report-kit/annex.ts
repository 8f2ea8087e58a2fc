// The annex (phụ lục) of a province's report on the national gender-equality targets, for one
// area, year and period: one row per numbered target — exactly the targets and verdicts of the
// annual page /provinces/{id}/{year}/ (buildAreaYearReport, reportTargets: never chosen here) —
// grouped under the six objectives, each with the value judged and where it comes from. The
// province's own figure for the year is used where the kept upload gives one (judged by the same
// engine: ownRows), else the public value the site judged. A value two uploaded files give
// differently is never used, and a kept upload only ever holds values that passed validation.
// Pure: the writers (XLSX, DOCX) and the import page's panel draw it.
import { buildAreaYearReport, objectiveOf, type ReportRow } from '../domain/area-year-report.ts';
import type { StatusRow } from '../domain/attainment/evaluate.ts';
import {
  countBy,
  reportClass,
  reportCounts,
  type ReportClass,
  type Status,
} from '../domain/attainment/status.ts';
import type { TargetRole } from '../domain/attainment/target-choice.ts';
import { leadAgencyOf, reportingAgencies, type LeadAgency } from '../domain/lead-agency.ts';
import type { ReportPeriod } from '../domain/report-period.ts';
import type { TrendPoint } from '../domain/trend.ts';
import type {
  ActualRow,
  Area,
  CrosswalkRow,
  Indicator,
  SourceQuality,
  Target,
} from '../domain/types.ts';
import type { Series } from '../domain/vocabulary.ts';
import type { Conflict } from '../import/merge.ts';
import { ownRows, type OwnRow } from '../import/own-figures.ts';
import type { UserValue } from '../import/validate.ts';

/** What the annex needs of a kept upload: its accepted values, its conflicts, its files. */
export interface KeptValues {
  accepted: readonly UserValue[];
  conflicts: readonly Conflict[];
  files: readonly string[];
}

export interface AnnexInput {
  area: Area;
  year: number;
  period: ReportPeriod;
  indicators: readonly Indicator[];
  targets: readonly Target[];
  crosswalk: readonly CrosswalkRow[];
  /** Official verdicts of the area for year − 1 and year (the engine's computeStatusTable). */
  status: readonly StatusRow[];
  /** Official actuals of the area (every indicator), with their sources. */
  actuals: readonly ActualRow[];
  /** The kept upload for this province, year and period, or null. */
  kept: KeptValues | null;
  /** The day the annex is made (ISO YYYY-MM-DD). */
  today: string;
}

export interface OwnSource {
  kind: 'own';
  /** The agency that reported the value, when the file names it. */
  agency: string | null;
  file: string;
  sheet: string | null;
  row: number;
}

export interface PublicSource {
  kind: 'public';
  /** "Publisher: title" as the publication names itself. */
  title: string;
  url: string;
  series: Series;
  quality: SourceQuality | '';
}

export interface AnnexValue {
  origin: 'own' | 'public';
  year: number;
  value: number | null;
  /** A range, when the source gives only a range (Ministry of Health SRB groups). */
  low: number | null;
  high: number | null;
  lowInclusive: boolean;
  highInclusive: boolean;
  /** The counts a share was computed from, when the template collected them (14/30). */
  numerator: number | null;
  denominator: number | null;
  /** A figure of the first six months (own figures of a 6-month report). */
  halfYear: boolean;
  approximate: boolean;
  preliminary: boolean;
  source: OwnSource | PublicSource;
}

export interface AnnexRow {
  /** NQ28 or the provincial plan's numbering ("MT2 CT1"), from the target's legal reference. */
  number: string;
  objective: number;
  indicator: Indicator;
  target: Target;
  role: TargetRole;
  /** The verdict shown: on the province's own figure, or the public verdict of the annual page. */
  verdict: StatusRow;
  status: Status;
  reportClass: ReportClass;
  /** The value the verdict was judged on (its year may be earlier than the report's). */
  current: AnnexValue | null;
  /** The value of the year before the report's year, when one is known. */
  previous: AnnexValue | null;
  /** Own files gave different values for the report's year: none of them is used. */
  conflict: Conflict | null;
  lead: LeadAgency | null;
  /** The agencies that report the target (from the lead agency), each once. */
  reporters: string[];
}

export interface AnnexGroup {
  objective: number;
  rows: AnnexRow[];
}

export type IssuerKind = 'province' | 'city';

export interface Annex {
  area: Area;
  year: number;
  period: ReportPeriod;
  today: string;
  /** The People's Committee issuing the report: of a province (tỉnh) or a city (thành phố). */
  issuer: IssuerKind;
  groups: AnnexGroup[];
  rows: AnnexRow[];
  counts: Record<Status, number>;
  classes: Record<ReportClass, number>;
  /** How many values are the province's own and how many public. */
  origins: { own: number; public: number };
  /** Targets without a value to judge, with the agencies that report them. */
  missing: AnnexRow[];
  /** Targets whose own figures conflict between files. */
  conflicts: AnnexRow[];
}

/**
 * Centrally governed cities (thành phố trực thuộc trung ương), by area id: the GSO full names of
 * data/geo/crosswalk_63_to_34.csv (old_full_name_gso_2025_03, new_full_name) say "Thành phố";
 * a unit test checks this list against that file.
 */
export const CITY_AREA_IDS: readonly string[] = [
  '63-01',
  '63-31',
  '63-46',
  '63-48',
  '63-79',
  '63-92',
  '34-01',
  '34-31',
  '34-46',
  '34-48',
  '34-75',
  '34-79',
  '34-92',
];

export function issuerKind(area: Pick<Area, 'id'>): IssuerKind {
  return CITY_AREA_IDS.includes(area.id) ? 'city' : 'province';
}

/**
 * A target's number as its document writes it: "MT2 CT1", "MT5 CT1 (a)", "MT1" (the one target
 * of objective 1); from the legal reference ("…, MT4 CT3", "… Mục tiêu 2, Chỉ tiêu 1"), else the
 * indicator's NQ28 reference; '' when neither gives one.
 */
export function targetNumber(
  target: Pick<Target, 'legal_ref'>,
  indicator: Pick<Indicator, 'strategy_ref'>,
): string {
  const parse = (text: string) => {
    const short = text.match(
      /\bMT\s*(\d+)(?:\s+CT\s*(\d+)?)?(?:\s*\((?:part\s+)?([a-z])\b[^)]*\))?/,
    );
    const long = text.match(/Mục tiêu\s+(\d+),\s*Chỉ tiêu\s*(\d+)?/);
    const m = short ?? long;
    if (!m) return '';
    const part = short ? short[3] : undefined;
    return `MT${m[1]}${m[2] ? ` CT${m[2]}` : ''}${part ? ` (${part})` : ''}`;
  };
  return parse(target.legal_ref) || parse(indicator.strategy_ref);
}

const isFinite = (n: number | undefined): n is number =>
  typeof n === 'number' && Number.isFinite(n);

function ownValue(v: UserValue, period: ReportPeriod, fallbackFile: string): AnnexValue {
  return {
    origin: 'own',
    year: v.year,
    value: v.value,
    low: null,
    high: null,
    lowInclusive: false,
    highInclusive: false,
    numerator: isFinite(v.numerator) ? v.numerator : null,
    denominator: isFinite(v.denominator) ? v.denominator : null,
    halfYear: period === 'h1',
    approximate: false,
    preliminary: false,
    source: {
      kind: 'own',
      agency: v.agency?.trim() || null,
      file: v.file ?? fallbackFile,
      sheet: v.sheet ?? null,
      row: v.row,
    },
  };
}

function publicValue(
  point: TrendPoint,
  series: Series,
  fallback: Pick<StatusRow, 'actual_source_url' | 'actual_source_quality'> | null,
): AnnexValue {
  const source = point.sources[0];
  return {
    origin: 'public',
    year: point.year,
    value: point.value,
    low: point.low,
    high: point.high,
    lowInclusive: point.lowInclusive,
    highInclusive: point.highInclusive,
    numerator: null,
    denominator: null,
    halfYear: false,
    approximate: point.approximate,
    preliminary: point.preliminary,
    source: {
      kind: 'public',
      title: source?.title || point.sourceTitle,
      url: source?.url || point.sourceUrl || fallback?.actual_source_url || '',
      series,
      quality: source?.quality ?? fallback?.actual_source_quality ?? '',
    },
  };
}

/** The public point of a series (or of any series, most preferred first) in a year. */
function publicPoint(
  row: ReportRow,
  areaId: string,
  year: number,
  series: string,
): { point: TrendPoint; series: Series } | null {
  const own = row.lines.filter((l) => l.areaId === areaId && l.series !== 'own');
  const ordered = [
    ...own.filter((l) => l.series === series),
    ...own.filter((l) => l.series !== series),
  ];
  for (const line of ordered) {
    const point = line.points.find((p) => p.year === year);
    if (point) return { point, series: line.series as Series };
  }
  return null;
}

function annexRow(
  row: ReportRow,
  own: OwnRow | null,
  input: AnnexInput,
  values: readonly UserValue[],
  fallbackFile: string,
): AnnexRow {
  const { area, year, period } = input;
  const indicatorId = row.indicator.id;
  const conflict =
    own?.conflicts.find((c) => c.year === year && c.indicator_id === indicatorId) ?? null;
  // The province's own figure for the report's year, judged by the same engine.
  const ownOfYear =
    own && own.verdict.status !== 'no_data' && own.verdict.actual_year === year ? own : null;
  const verdict = ownOfYear ? ownOfYear.verdict : row.verdict;
  const mine = (y: number) =>
    values.find((v) => v.indicator_id === indicatorId && v.area_id === area.id && v.year === y);

  let current: AnnexValue | null = null;
  if (ownOfYear) {
    const v = mine(year);
    if (v) current = ownValue(v, period, fallbackFile);
  } else if (row.verdict.actual_year !== null && row.verdict.series) {
    const found = publicPoint(row, area.id, row.verdict.actual_year, row.verdict.series);
    if (found) current = publicValue(found.point, found.series, row.verdict);
  }

  const previousOwn = mine(year - 1);
  const previousPublic = publicPoint(row, area.id, year - 1, row.verdict.series);
  const previous = previousOwn
    ? ownValue(previousOwn, period, fallbackFile)
    : previousPublic
      ? publicValue(previousPublic.point, previousPublic.series, null)
      : null;

  const lead = leadAgencyOf(
    row.indicator,
    row.target,
    period === 'h1' ? `${year}-06-30` : `${year}-12-31`,
  );
  return {
    number: targetNumber(row.target, row.indicator),
    objective: objectiveOf(row.indicator) ?? 0,
    indicator: row.indicator,
    target: row.target,
    role: row.role,
    verdict,
    status: verdict.status,
    reportClass: reportClass(verdict.status),
    current,
    previous,
    conflict,
    lead,
    reporters: lead ? reportingAgencies(lead.vi) : [],
  };
}

export function buildAnnex(input: AnnexInput): Annex {
  const { area, year } = input;
  const report = buildAreaYearReport({
    areaId: area.id,
    year,
    indicators: input.indicators,
    targets: input.targets,
    crosswalk: input.crosswalk,
    status: input.status,
    actuals: input.actuals.filter((a) => a.sex === 'all'),
    // A merged province's predecessors' own targets are not its targets: not in its annex.
    predecessorIds: [],
  });
  const shown = report.groups.map((g) => ({
    objective: g.objective,
    rows: [...g.rows, ...g.empty].sort(
      (a, b) =>
        targetNumber(a.target, a.indicator).localeCompare(
          targetNumber(b.target, b.indicator),
          'vi',
          { numeric: true },
        ) || a.indicator.id.localeCompare(b.indicator.id),
    ),
  }));
  // Only values that passed validation are ever kept: the upload's accepted values.
  const values = (input.kept?.accepted ?? []).filter((v) => v.area_id === area.id);
  const fallbackFile = input.kept?.files[0] ?? '';
  const own = input.kept
    ? ownRows(
        shown.flatMap((g) => g.rows),
        values,
        area.id,
        year,
        fallbackFile,
        input.kept.conflicts,
      )
    : [];
  const ownByTarget = new Map(own.map((o) => [o.targetId, o]));
  const groups = shown.map((g) => ({
    objective: g.objective,
    rows: g.rows.map((r) =>
      annexRow(r, ownByTarget.get(r.target.id) ?? null, input, values, fallbackFile),
    ),
  }));
  const rows = groups.flatMap((g) => g.rows);
  const counts = countBy(rows, (r) => r.status);
  return {
    area,
    year,
    period: input.period,
    today: input.today,
    issuer: issuerKind(area),
    groups,
    rows,
    counts,
    classes: reportCounts(counts),
    origins: {
      own: rows.filter((r) => r.current?.origin === 'own').length,
      public: rows.filter((r) => r.current?.origin === 'public').length,
    },
    missing: rows.filter((r) => r.status === 'no_data'),
    conflicts: rows.filter((r) => r.conflict !== null),
  };
}
