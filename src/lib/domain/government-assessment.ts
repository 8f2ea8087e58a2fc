// The Government's own assessment of the NQ28 targets (its annual report to the National Assembly,
// as press summaries quote it: data/catalog/government_assessments.csv) beside the site's verdicts
// for the nation. Where the file states no classification, none is shown or inferred; where the
// two differ, the difference is kept with its reason. Pure: the pages turn the model into words.
import { headlineRows, type StatusRow } from './attainment/evaluate.ts';
import { targetsForAreaYear } from './attainment/target-choice.ts';
import { reportClass, type NotAssessableReason } from './attainment/status.ts';
import type { CrosswalkRow, Indicator, Target } from './types.ts';

/** The Government's classifications as the file writes them ('' = the text states none). */
export const GOVERNMENT_STATUSES = [
  'met',
  'not_met',
  'on_track',
  'approaching',
  'met_count',
  'met_count_draft',
  'report_exists',
] as const;
export type GovernmentStatus = (typeof GOVERNMENT_STATUSES)[number];

export function isGovernmentStatus(value: string): value is GovernmentStatus {
  return (GOVERNMENT_STATUSES as readonly string[]).includes(value);
}

/** Statuses of one target (or part of one), of a headline count, of a report's existence. */
export const STATUSES_BY_KIND = {
  target: ['met', 'not_met', 'on_track', 'approaching'],
  component: ['met', 'not_met', 'on_track', 'approaching'],
  count: ['met_count', 'met_count_draft'],
  report: ['report_exists'],
} as const satisfies Record<AssessmentKind, readonly GovernmentStatus[]>;

/** Targets per objective in the Strategy: 1 + 3 + 4 + 4 + 4 + 4 = the 20 the Government counts. */
export const NQ28_TARGETS_PER_OBJECTIVE = [1, 3, 4, 4, 4, 4] as const;

/** The Strategy's 20 numbered targets: MT1 (its only target), MT2 CT1 … MT6 CT4. */
export const NQ28_CODES: readonly string[] = NQ28_TARGETS_PER_OBJECTIVE.flatMap((n, i) =>
  i === 0 ? ['MT1'] : Array.from({ length: n }, (_, k) => `MT${i + 1} CT${k + 1}`),
);

export type AssessmentKind = 'target' | 'component' | 'count' | 'report';

/**
 * A `target_code` of the file: `ALL` (the report's headline count), `REPORT` (the report exists),
 * an NQ28 code (`MT2 CT1`) or a part of one (`MT1 (component)`). Null when it is none of these.
 */
export function parseTargetCode(
  code: string,
): { kind: AssessmentKind; nq28: string | null } | null {
  if (code === 'ALL') return { kind: 'count', nq28: null };
  if (code === 'REPORT') return { kind: 'report', nq28: null };
  const m = code.match(/^(MT\d(?: CT\d)?)( \(component\))?$/);
  if (!m || !NQ28_CODES.includes(m[1]!)) return null;
  return { kind: m[2] ? 'component' : 'target', nq28: m[1]! };
}

/**
 * An indicator's place in the Strategy as the catalog writes it ("NQ28 MT3 CT2 (a)", "NQ28 MT1
 * CT"): the NQ28 code and the part the site judges separately; null for anything else (context
 * indicators, a provincial form of a target).
 */
export function strategyCode(strategyRef: string): { code: string; part: string | null } | null {
  const m = strategyRef.trim().match(/^NQ28 MT(\d)(?: CT(\d)?)?(?: \(([a-z])\))?$/);
  if (!m) return null;
  const code = m[1] === '1' && !m[2] ? 'MT1' : m[2] ? `MT${m[1]} CT${m[2]}` : null;
  return code && NQ28_CODES.includes(code) ? { code, part: m[3] ?? null } : null;
}

/** One row of the Government-assessment table (data/catalog/government_assessments.csv). */
export interface GovernmentAssessment {
  report_year: number;
  target_code: string;
  /** The classification as stated; '' where the text read states none. */
  government_status: GovernmentStatus | '';
  /** The value as the text gives it (several values of a component are separated by " / "). */
  value: string;
  /** A headline count: how many targets, out of how many. */
  count_value: number | null;
  count_of: number | null;
  /** The year the value refers to where the text states one (2020 for a value the 2023 report counts). */
  value_year: number | null;
  label_vi: string;
  label_en: string;
  unit_vi: string;
  unit_en: string;
  note_vi: string;
  note_en: string;
  report_vi: string;
  report_en: string;
  /** YYYY-MM-DD, '' when the source read does not date the report. */
  report_date: string;
  source_url: string;
  source_publisher: string;
  source_page_title: string;
  source_language: string;
  quote: string;
}

/** What a page needs of the indicator behind a site verdict (its name, how its values read). */
export type SiteIndicator = Pick<
  Indicator,
  'id' | 'name_vi' | 'name_en' | 'short_vi' | 'short_en' | 'value_type' | 'strategy_ref'
>;

/** A target the site judges for the nation in a year: its NQ28 code, the part, the verdict shown. */
export interface SiteVerdict {
  code: string;
  part: string | null;
  indicator: SiteIndicator;
  verdict: StatusRow;
}

/** The site's national report rows as site verdicts (rows outside the Strategy's numbering left out). */
export function siteVerdicts(
  rows: readonly { indicator: SiteIndicator; verdict: StatusRow }[],
): SiteVerdict[] {
  return rows.flatMap((r) => {
    const c = strategyCode(r.indicator.strategy_ref);
    const indicator: SiteIndicator = {
      id: r.indicator.id,
      name_vi: r.indicator.name_vi,
      name_en: r.indicator.name_en,
      short_vi: r.indicator.short_vi,
      short_en: r.indicator.short_en,
      value_type: r.indicator.value_type,
      strategy_ref: r.indicator.strategy_ref,
    };
    return c ? [{ ...c, indicator, verdict: r.verdict }] : [];
  });
}

/** Why the site's verdict on a target differs from the Government's classification. */
export type Difference =
  /** The site has no public value for the target in that year. */
  | { kind: 'site_no_value' }
  /** The site has a value but gives no verdict on it (before the plan period, year uncertain…). */
  | { kind: 'site_not_assessable'; reason: NotAssessableReason; valueYear: number | null }
  /** The Government calls it not met (or approaching); the site's value meets the target. */
  | { kind: 'site_met' }
  /** The Government calls it met; the site's value does not meet the target (yet). */
  | { kind: 'site_not_met' }
  /** The Government expects it to be met by the deadline; the site's value is behind its path. */
  | { kind: 'site_behind_path' };

/**
 * - agree: the site's verdict says the same
 * - differ: it does not; `differences` say why
 * - not_stated: the text states no classification (the value is shown, none is inferred)
 * - part_only: the Government's classification is about one part of the target
 * - not_in_site_list: the site has no target of that code (no confirmed national value)
 */
export type Agreement = 'agree' | 'differ' | 'not_stated' | 'part_only' | 'not_in_site_list';

export interface TargetComparison {
  assessment: GovernmentAssessment;
  kind: 'target' | 'component';
  code: string;
  /** The Government's classification, or null where the text states none. */
  stated: GovernmentStatus | null;
  /** The site's verdicts on the target (one per part it judges separately). */
  site: SiteVerdict[];
  agreement: Agreement;
  differences: { indicatorId: string; part: string | null; difference: Difference }[];
}

/** How the Government's classification and the site's verdict compare for one site target. */
export function compareVerdict(
  stated: GovernmentStatus,
  verdict: Pick<StatusRow, 'status' | 'reason' | 'actual_year'>,
): Difference | null {
  if (verdict.status === 'no_data') return { kind: 'site_no_value' };
  if (verdict.status === 'not_assessable')
    return {
      kind: 'site_not_assessable',
      reason: verdict.reason as NotAssessableReason,
      valueYear: verdict.actual_year,
    };
  const siteMet = reportClass(verdict.status) === 'met';
  switch (stated) {
    case 'met':
      return siteMet ? null : { kind: 'site_not_met' };
    case 'not_met':
    case 'approaching':
      return siteMet ? { kind: 'site_met' } : null;
    case 'on_track':
      // Met already is more than on track; behind the path, or past the deadline unmet, is not.
      return siteMet || verdict.status === 'on_track' ? null : { kind: 'site_behind_path' };
    default:
      return null;
  }
}

function compareRow(a: GovernmentAssessment, site: readonly SiteVerdict[]): TargetComparison {
  const parsed = parseTargetCode(a.target_code)!;
  const code = parsed.nq28!;
  const matched = site.filter((s) => s.code === code);
  const stated = a.government_status === '' ? null : a.government_status;
  const base = {
    assessment: a,
    kind: parsed.kind as 'target' | 'component',
    code,
    stated,
    site: matched,
  };
  if (!stated) return { ...base, agreement: 'not_stated', differences: [] };
  if (parsed.kind === 'component') return { ...base, agreement: 'part_only', differences: [] };
  if (!matched.length) return { ...base, agreement: 'not_in_site_list', differences: [] };
  const differences = matched.flatMap((s) => {
    const difference = compareVerdict(stated, s.verdict);
    return difference ? [{ indicatorId: s.indicator.id, part: s.part, difference }] : [];
  });
  return { ...base, agreement: differences.length ? 'differ' : 'agree', differences };
}

/** Why the Government's headline count and the site's own count of met targets differ. */
export type CountReason =
  /** The Government counts the Strategy's 20 targets; the site shows its own list. */
  | {
      kind: 'target_list';
      governmentOf: number;
      siteTotal: number;
      /** NQ28 codes the site has no target for. */
      missing: string[];
      /** NQ28 codes the site judges as two parts. */
      split: string[];
    }
  /** Site targets with no public value in that year. */
  | { kind: 'no_public_value'; codes: string[] }
  /** Site targets whose only value is from before the plan period (2021); those the Government counts as met. */
  | {
      kind: 'before_plan';
      codes: string[];
      countedMet: { code: string; valueYear: number | null }[];
    }
  /** Site targets with a value it does not judge for another reason (year uncertain, too old…). */
  | { kind: 'not_assessable'; items: { code: string; reason: NotAssessableReason }[] }
  /** Targets both judge, with a different result. */
  | { kind: 'verdicts_differ'; codes: string[] }
  /** The text read names only some of the targets the Government counts as met. */
  | { kind: 'named'; named: string[]; count: number };

export interface CountComparison {
  final: GovernmentAssessment | null;
  draft: GovernmentAssessment | null;
  site: { met: number; total: number; notMet: number; notAssessable: number; noData: number };
  reasons: CountReason[];
}

export interface GovernmentYear {
  year: number;
  /** The file has a row for this year (a report or a summary of one was found). */
  found: boolean;
  reports: GovernmentAssessment[];
  count: CountComparison | null;
  targets: TargetComparison[];
}

/** "MT3 CT2 (a)": a site target's code with its part. */
export const partCode = (s: Pick<SiteVerdict, 'code' | 'part'>) =>
  s.part ? `${s.code} (${s.part})` : s.code;

const codeOrder = (code: string) => NQ28_CODES.indexOf(code);

/** Site verdicts in the Strategy's order: objective, target, part. */
const byCode = (a: Pick<SiteVerdict, 'code' | 'part'>, b: Pick<SiteVerdict, 'code' | 'part'>) =>
  codeOrder(a.code) - codeOrder(b.code) || (a.part ?? '').localeCompare(b.part ?? '');

function countComparison(
  rows: readonly GovernmentAssessment[],
  site: readonly SiteVerdict[],
  targets: readonly TargetComparison[],
): CountComparison | null {
  const final = rows.find((r) => r.government_status === 'met_count') ?? null;
  const draft = rows.find((r) => r.government_status === 'met_count_draft') ?? null;
  if (!final && !draft) return null;
  const classOf = (s: SiteVerdict) => reportClass(s.verdict.status);
  site = [...site].sort(byCode);
  const siteCount = {
    met: site.filter((s) => classOf(s) === 'met').length,
    total: site.length,
    notMet: site.filter((s) => classOf(s) === 'not_met').length,
    notAssessable: site.filter((s) => classOf(s) === 'not_assessable').length,
    noData: site.filter((s) => classOf(s) === 'no_data').length,
  };
  const reasons: CountReason[] = [];
  const governmentOf = (final ?? draft)!.count_of;
  const siteCodes = new Set(site.map((s) => s.code));
  const missing = NQ28_CODES.filter((c) => !siteCodes.has(c));
  const split = NQ28_CODES.filter((c) => site.filter((s) => s.code === c).length > 1);
  if (governmentOf !== null && (governmentOf !== site.length || missing.length || split.length))
    reasons.push({ kind: 'target_list', governmentOf, siteTotal: site.length, missing, split });
  const noValue = site.filter((s) => s.verdict.status === 'no_data').map(partCode);
  if (noValue.length) reasons.push({ kind: 'no_public_value', codes: noValue });
  const notAssessable = site.filter((s) => s.verdict.status === 'not_assessable');
  const beforePlan = notAssessable.filter((s) => s.verdict.reason === 'before_plan');
  if (beforePlan.length) {
    const metByGovernment = new Set(
      targets.filter((t) => t.kind === 'target' && t.stated === 'met').map((t) => t.code),
    );
    reasons.push({
      kind: 'before_plan',
      codes: beforePlan.map(partCode),
      countedMet: beforePlan
        .filter((s) => metByGovernment.has(s.code))
        .map((s) => ({
          code: partCode(s),
          valueYear:
            targets.find((t) => t.code === s.code && t.stated === 'met')?.assessment.value_year ??
            null,
        })),
    });
  }
  const others = notAssessable.filter((s) => s.verdict.reason !== 'before_plan');
  if (others.length)
    reasons.push({
      kind: 'not_assessable',
      items: others.map((s) => ({
        code: partCode(s),
        reason: s.verdict.reason as NotAssessableReason,
      })),
    });
  const verdictsDiffer = targets
    .filter((t) => t.agreement === 'differ')
    .flatMap((t) =>
      t.differences
        .filter((d) => d.difference.kind !== 'site_no_value')
        .filter((d) => d.difference.kind !== 'site_not_assessable')
        .map((d) => partCode({ code: t.code, part: d.part })),
    );
  if (verdictsDiffer.length) reasons.push({ kind: 'verdicts_differ', codes: verdictsDiffer });
  const named = [
    ...new Set(targets.filter((t) => t.kind === 'target' && t.stated === 'met').map((t) => t.code)),
  ];
  if (
    final?.count_value !== null &&
    final?.count_value !== undefined &&
    named.length < final.count_value
  )
    reasons.push({ kind: 'named', named, count: final.count_value });
  return { final, draft, site: siteCount, reasons };
}

/** The Government's assessment of one year beside the site's national verdicts of that year. */
export function governmentYear(
  year: number,
  assessments: readonly GovernmentAssessment[],
  site: readonly SiteVerdict[],
): GovernmentYear {
  const rows = assessments.filter((a) => a.report_year === year);
  const targets = rows
    .filter((a) => {
      const kind = parseTargetCode(a.target_code)?.kind;
      return kind === 'target' || kind === 'component';
    })
    .map((a) => compareRow(a, site))
    // Stable: NQ28 order, then the file's order.
    .sort((x, y) => codeOrder(x.code) - codeOrder(y.code));
  return {
    year,
    found: rows.length > 0,
    reports: rows.filter((a) => a.government_status === 'report_exists'),
    count: countComparison(rows, site, targets),
    targets,
  };
}

/**
 * Every year's row about one site target (an indicator's code and part), each beside the site's
 * national verdict of that year for that indicator (none when the site has no verdict that year).
 */
export function governmentForTarget(
  assessments: readonly GovernmentAssessment[],
  target: { code: string; part: string | null; indicator: SiteIndicator },
  verdictOfYear: (year: number) => StatusRow | null,
): TargetComparison[] {
  return assessments
    .filter((a) => {
      const p = parseTargetCode(a.target_code);
      return (p?.kind === 'target' || p?.kind === 'component') && p.nq28 === target.code;
    })
    .sort((a, b) => a.report_year - b.report_year)
    .map((a) => {
      const verdict = verdictOfYear(a.report_year);
      const site = verdict ? [{ ...target, verdict }] : [];
      return compareRow(a, site);
    });
}

/**
 * The verdict the national annual page of `year` shows for one indicator: the target that applies
 * for the year's focus deadline (the pages' one rule), its headline series. Null without a target.
 */
export function nationalVerdict(
  targets: readonly Target[],
  crosswalk: readonly CrosswalkRow[],
  status: readonly StatusRow[],
  indicatorId: string,
  year: number,
): StatusRow | null {
  const [applied] = targetsForAreaYear(targets, 'VN', year, crosswalk, [indicatorId]);
  if (!applied) return null;
  const rows = status.filter(
    (r) => r.area_id === 'VN' && r.eval_year === year && r.target_id === applied.target.id,
  );
  return headlineRows(rows)[0] ?? null;
}
