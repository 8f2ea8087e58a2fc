// What the annual report page draws, from what its loader returns (src/lib/pages/annual-page.ts)
// and the user's own figures kept in this browser: the known targets first, by objective; the
// targets without data as the office's to-do list (who reports each, by which date, that agency's
// template); the legend, sources and context. Pure: the page's components draw it.
import type { LegendEntry } from '../figure/legend.ts';
import { referenceBand } from '../figure/marks.ts';
import { identityRegistry, OWN_AREA, type IdentityRegistry } from '../charts/identity.ts';
import type { ReportRow } from '../domain/area-year-report.ts';
import { isAssessed, reportCounts, type ReportClass } from '../domain/attainment/status.ts';
import { leadAgencyOf, reportingAgencies } from '../domain/lead-agency.ts';
import type { AppliedDeadline } from '../domain/report-deadline.ts';
import type { TrendLine } from '../domain/trend.ts';
import type { Locale } from '../domain/types.ts';
import { agencyNameText, leadAgencyText, type AgencyText } from '../i18n/agencies.ts';
import { charts } from '../i18n/messages/charts.ts';
import { common } from '../i18n/messages/common.ts';
import { reportPage } from '../i18n/messages/report.ts';
import { VOCABULARY } from '../i18n/messages/vocabulary.ts';
import { areaNamer } from '../i18n/names.ts';
import { translator } from '../i18n/translate.ts';
import { ownRows, type OwnRow } from '../import/own-figures.ts';
import { slug } from '../import/template.ts';
import type { AnnualPageData } from '../pages/annual-page.ts';
import type { PlanRow } from '../data/queries.ts';
import type { OwnFiguresInput } from './page-own-figures.svelte.ts';

/** An agency that reports a target without data, and where its template for the year is. */
export interface TodoAgency {
  name: AgencyText;
  /** The agency's template file slug (template.ts names the files by it). */
  slug: string;
  /** /import/ with the province, the year and the agency (a site path: the page adds its base). */
  templatePath: string;
}

export interface TodoRow {
  row: ReportRow;
  /** The lead agency as written (roles included): what the national page shows. */
  lead: AgencyText | null;
  /** Every agency that reports it (a target two agencies report is in both their files). */
  agencies: TodoAgency[];
  /** No agency is known: the year's templates (a province page), else null. */
  templatesPath: string | null;
}

export interface DeadlineNote {
  period: AppliedDeadline['deadline']['period'];
  day: number;
  month: number;
  year: number;
  /** The plan that sets it, and the section the words were read in. */
  plan: PlanRow | null;
  section: string;
  quote: string;
  /** A pre-2025 province whose plan this province continues (for the years that plan covers). */
  inheritedFrom: string | null;
  /** The last year that plan sets it for. */
  toYear: number;
}

export interface TodoList {
  count: number;
  groups: { objective: number; rows: TodoRow[] }[];
  /** Provinces have templates and plans; the national page only lists the targets. */
  province: boolean;
  /** Annual deadline first, then the 6-month one; empty when no plan held here records one. */
  deadlines: DeadlineNote[];
}

export interface AnnualPageModel {
  title: string;
  areaLabel: string;
  nameOf: (id: string) => string;
  identities: IdentityRegistry;
  lineLabel: (line: TrendLine) => string;
  /** Objectives with at least one target that has a value (public, or the user's own). */
  groups: { objective: number; rows: ReportRow[] }[];
  todo: TodoList;
  summary: { assessed: number; total: number; classes: Record<ReportClass, number> };
  legend: LegendEntry[];
  /** Every source a chart on the page draws, numbered once, for the printed list. */
  sources: { url: string; title: string; language: string }[];
  /** Yes/no indicators read as a sentence, not as a line between 0 and 1. */
  yesNoContext: AnnualPageData['report']['context'];
  chartContext: AnnualPageData['report']['context'];
  otherYears: number[];
  laterSuccessorYears: number[];
  /** The user's figures of this province up to the report's year, judged like the public ones. */
  own: {
    kept: OwnFiguresInput['kept'];
    rows: OwnRow[];
    of: (row: ReportRow) => OwnRow | null;
    color: string;
    nValues: number;
  } | null;
  /** Where the province's report (annex) is made, when the user keeps figures of the province. */
  annexPath: string | null;
  /** The agency in the page's language (after 1/3/2025 the reorganised one). */
  leadAgency: (row: ReportRow) => AgencyText | null;
  legalRef: (row: ReportRow) => string;
}

/** /import/ for a province, year and (optionally) agency: the link of a template. */
export function importPath(areaId: string, year: number, agency?: string): string {
  const q = new URLSearchParams({ a: areaId, y: String(year) });
  if (agency) q.set('agency', agency);
  return `/import/?${q.toString()}`;
}

/** The agency that reports a target in a year: the rule of the templates (lead-agency.ts). */
const leadOf = (row: ReportRow, year: number) =>
  leadAgencyOf(row.indicator, row.target, `${year}-12-31`);

export function todoRow(
  row: ReportRow,
  areaId: string,
  year: number,
  locale: Locale,
  province: boolean,
): TodoRow {
  const lead = leadOf(row, year);
  const names = lead ? reportingAgencies(lead.vi) : [];
  return {
    row,
    lead: lead ? leadAgencyText(lead, locale) : null,
    agencies: names.map((name) => ({
      name: agencyNameText(name, locale),
      slug: slug(name),
      templatePath: importPath(areaId, year, slug(name)),
    })),
    templatesPath: province && !names.length ? importPath(areaId, year) : null,
  };
}

function deadlineNote(
  applied: AppliedDeadline | null,
  plans: readonly PlanRow[],
): DeadlineNote | null {
  if (!applied) return null;
  const d = applied.deadline;
  return {
    period: d.period,
    day: d.day,
    month: d.month,
    year: applied.year,
    plan: plans.find((p) => p.id === d.plan_id) ?? null,
    section: /\(([^)]*)\)\s*$/.exec(d.where_read)?.[1] ?? '',
    quote: d.quote_vi,
    inheritedFrom: applied.inheritedFrom,
    toYear: d.to_year,
  };
}

export function annualPageModel(
  data: AnnualPageData,
  locale: Locale,
  ownInput: OwnFiguresInput | null,
): AnnualPageModel {
  const t = translator(reportPage, locale);
  const c = translator(common, locale);
  const ch = translator(charts, locale);
  const v = VOCABULARY[locale];
  const nameOf = areaNamer(data.areaNames, locale);
  const { report, area, year } = data;
  const areaLabel = area.kind === 'national' ? c('national') : nameOf(area.id);
  const province = area.kind === 'province';
  const identities = identityRegistry({
    focus: area.id,
    others: data.predecessorIds,
    predecessors: data.predecessorIds,
  });
  const lineLabel = (line: TrendLine) =>
    line.areaId === OWN_AREA
      ? t('ownLineLabel')
      : `${nameOf(line.areaId)}, ${v.series[line.series]}`;

  const allRows = report.groups.flatMap((g) => [...g.rows, ...g.empty]);
  // The user's figures, up to the report's year (a report of year N draws values up to N).
  const ownValues = ownInput ? ownInput.values.filter((x) => x.year <= year) : [];
  const ownList =
    ownInput && ownValues.length
      ? ownRows(allRows, ownValues, area.id, year, ownInput.files[0] ?? '', ownInput.conflicts)
      : [];
  const ownByTarget = new Map(ownList.map((o) => [o.targetId, o]));
  const ownOf = (row: ReportRow) => ownByTarget.get(row.target.id) ?? null;
  // A target with no public value but a figure of the user's (or a conflict between files) gets
  // its full row; the others without data are the to-do list.
  const mine = (r: ReportRow) => {
    const o = ownOf(r);
    return !!o && (o.line !== null || o.conflicts.length > 0);
  };
  const groups = report.groups
    .map((g) => ({ objective: g.objective, rows: [...g.rows, ...g.empty.filter(mine)] }))
    .filter((g) => g.rows.length);
  const todoGroups = report.groups
    .map((g) => ({
      objective: g.objective,
      rows: g.empty.filter((r) => !mine(r)).map((r) => todoRow(r, area.id, year, locale, province)),
    }))
    .filter((g) => g.rows.length);

  const ownColor = identities.get(OWN_AREA, 'own').color;
  const legend: LegendEntry[] = [
    ...report.plotted.map((p) => ({
      kind: 'series' as const,
      label: `${nameOf(p.areaId)}, ${v.series[p.series]}`,
      identity: identities.get(p.areaId, p.series),
    })),
    ...(ownList.length
      ? [
          {
            kind: 'series' as const,
            label: t('ownLineLabel'),
            identity: identities.get(OWN_AREA, 'own'),
          },
        ]
      : []),
    ...(ownList.some((o) => o.path)
      ? [{ kind: 'path' as const, label: t('ownPathLabel'), color: ownColor }]
      : []),
    { kind: 'target', label: ch('target') },
    { kind: 'path', label: ch('trajectory') },
    { kind: 'zone', label: ch('goodZone') },
    // The reference band the charts draw (the natural SRB 104–106), named as they name it.
    ...[
      ...new Set(
        [...report.groups.flatMap((g) => g.rows), ...report.predecessors.flatMap((p) => p.rows)]
          .filter((r) => r.lines.length)
          .flatMap((r) => referenceBand(r.indicator, locale)?.label ?? []),
      ),
    ].map((label) => ({ kind: 'band' as const, label })),
    { kind: 'judged', label: ch('judged') },
    { kind: 'hollow', label: ch('hollow') },
  ];

  const seen = new Map<string, { title: string; language: string }>();
  for (const l of [
    ...allRows.flatMap((r) => r.lines),
    ...report.predecessors.flatMap((p) => p.rows.flatMap((r) => r.lines)),
    ...report.context.flatMap((x) => x.lines),
  ])
    for (const p of l.points)
      for (const s of p.sources)
        if (!seen.has(s.url)) seen.set(s.url, { title: s.title, language: s.language });

  return {
    title:
      area.kind === 'national'
        ? t('titleNational', { year })
        : t('title', { area: areaLabel, year }),
    areaLabel,
    nameOf,
    identities,
    lineLabel,
    groups,
    todo: {
      count: todoGroups.reduce((n, g) => n + g.rows.length, 0),
      groups: todoGroups,
      province,
      deadlines: province
        ? [
            deadlineNote(data.deadlines.annual, data.plans),
            deadlineNote(data.deadlines.h1, data.plans),
          ].filter((d): d is DeadlineNote => d !== null)
        : [],
    },
    summary: {
      assessed: allRows.filter((r) => isAssessed(r.verdict.status)).length,
      total: allRows.length,
      classes: reportCounts(report.counts),
    },
    legend: report.plotted.length || ownList.length ? legend : [],
    sources: [...seen.entries()].map(([url, s]) => ({ url, ...s })),
    yesNoContext: report.context.filter((x) => x.indicator.value_type === 'yes_no'),
    chartContext: report.context.filter((x) => x.indicator.value_type !== 'yes_no'),
    otherYears: data.years.filter((y) => y !== year),
    laterSuccessorYears: data.successorYears.filter((y) => y >= 2025),
    own:
      ownInput && ownList.length
        ? {
            kept: ownInput.kept,
            rows: ownList,
            of: ownOf,
            color: ownColor,
            nValues: ownValues.length,
          }
        : null,
    annexPath: ownInput && province ? importPath(area.id, year) : null,
    leadAgency: (row) => {
      const a = leadOf(row, year);
      return a ? leadAgencyText(a, locale) : null;
    },
    legalRef: (row) => (locale === 'vi' ? row.target.legal_ref : row.target.legal_ref_en),
  };
}
