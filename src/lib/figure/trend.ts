// The figure model of a trend chart: actual values by year, one line per (area, series, sex),
// against targets, their paths and zones, and a reference band. Made once, here, for the chart,
// its table, its downloads and its image (the report's small multiples, the indicator page,
// explore, the home page and the embeds all call trendFigure).
import { isNational } from '../domain/national.ts';
import type { ActualRow, Indicator, Locale } from '../domain/types.ts';
import { goodSide, groupTrendLines, type TrendLine } from '../domain/trend.ts';
import { COMPARATOR_SYMBOL, OWN_SERIES, SERIES_CADENCE } from '../domain/vocabulary.ts';
import { formatNumber } from '../i18n/format.ts';
import { charts } from '../i18n/messages/charts.ts';
import { VOCABULARY } from '../i18n/messages/vocabulary.ts';
import { translator } from '../i18n/translate.ts';
import { formatTargetValue, formatValue } from '../i18n/values.ts';
import { valueDomain, type Plausible } from './axis.ts';
import type { IdentityRegistry, SeriesIdentity } from './identity.ts';
import type { LegendEntry } from './legend.ts';
import { lineLabeller, referenceBand, type TargetMark } from './marks.ts';
import { extractColumns, extractRows, type ExtractRow } from './rows.ts';
import { NO_ROWS, sourcesByUse, type FigureBase, type FigureRows } from './types.ts';

/** A plotted value. `low`/`high` draw a range (grouped values) instead of, or around, a point. */
export interface PlotPoint {
  x: number;
  y: number | null;
  low?: number | null;
  high?: number | null;
  /** Full text for screen readers and the tooltip, already localised. */
  label: string;
  /** Hollow marker: preliminary or uncertain values. */
  hollow?: boolean;
  /** Drawn larger with a ring: the value a verdict was judged on. */
  judged?: boolean;
  /**
   * Where a range sits within its year when several lines have a range that year, in box widths
   * from the year's centre (−0.5 and 0.5 for two): ranges side by side, never on top of each other.
   */
  offset?: number;
}

/** The straight path a verdict compared with: from its baseline to the target at the deadline. */
export interface PathMark {
  from: { year: number; value: number };
  to: { year: number; value: number };
}

export interface BandMark {
  low: number;
  high: number;
  label: string;
}

/** The acceptable zone of a target while it is in force; null ends run to the plot's edge. */
export interface ZoneMark {
  from: number | null;
  to: number | null;
  start: number | null;
  end: number | null;
}

export interface SeriesMark {
  key: string;
  label: string;
  identity: SeriesIdentity;
  /** Years between observations by design (SERIES_CADENCE): elections every five. */
  cadence: number;
  /** Every value is a range (drawn as boxes, never joined). */
  ranges: boolean;
  points: PlotPoint[];
  /** The line's direct label at its last value (its area's name), or null. */
  end: { text: string; x: number; y: number } | null;
}

export interface TargetDraw extends TargetMark {
  /** "≤ 109", "≥ 60 (Khánh Hòa (63))". */
  text: string;
}

export interface TrendTableRow {
  key: string;
  label: string;
  year: number;
  value: number | null;
  valueText: string;
  flags: string;
  /** The user's own upload: its file and row, not a publication ('' for published values). */
  own: string;
  sources: { url: string; title: string; language: string; quality: string; valueText: string }[];
}

export interface TrendFigure extends FigureBase {
  kind: 'trend';
  /** The chart's accessible title and description. */
  chartTitle: string;
  description: string;
  unit: string;
  /** No value at all: the chart says so. */
  empty: boolean;
  marks: {
    x: [number, number];
    y: [number, number];
    series: SeriesMark[];
    targets: TargetDraw[];
    zones: ZoneMark[];
    band: BandMark | null;
    /** The verdict's path (color null: the target's colour) and paths of series of their own. */
    paths: (PathMark & { color: string | null })[];
  };
  table: TrendTableRow[];
}

export interface TrendFigureInput {
  locale: Locale;
  indicatorName: string;
  unit: string;
  lines: readonly TrendLine[];
  /** The view's identities: the same (area, series) looks the same in every chart. */
  identities: IdentityRegistry;
  lineLabel: (line: TrendLine) => string;
  /** An area's name for direct labels; defaults to the line label up to its first comma. */
  areaLabel?: ((areaId: string) => string) | null;
  targets?: readonly TargetMark[];
  path?: PathMark | null;
  /** Paths of series of their own (a province's own figures), each in its colour. */
  paths?: readonly (PathMark & { color: string })[];
  band?: BandMark | null;
  /** The point a verdict was judged on (ringed); one per verdict when a chart shows several. */
  judged?: { key: string; year: number } | readonly { key: string; year: number }[] | null;
  yesNo?: boolean;
  /** Years to cover even without data (e.g. the plan period up to the deadline). */
  years?: readonly number[];
  /** The indicator's plausible range: the axis never leaves it. */
  plausible?: Plausible | null;
  /** The figure's title (defaults to the indicator's name) and subtitle (unit · years · areas). */
  title?: string;
  subtitle?: string;
  rows?: FigureRows;
}

/** Offsets of the ranges drawn in one year by several lines: side by side, centred on the year. */
function rangeOffsets(lines: readonly TrendLine[]): Map<string, number> {
  const byYear = new Map<number, string[]>();
  for (const line of lines)
    for (const p of line.points)
      if (p.value === null && (p.low !== null || p.high !== null)) {
        const keys = byYear.get(p.year) ?? [];
        if (!keys.includes(line.key)) keys.push(line.key);
        byYear.set(p.year, keys);
      }
  const offsets = new Map<string, number>();
  for (const [year, keys] of byYear)
    keys.forEach((k, i) => offsets.set(`${k}|${year}`, i - (keys.length - 1) / 2));
  return offsets;
}

const MAX_DIRECT_LABELS = 10;

export function trendFigure(input: TrendFigureInput): TrendFigure {
  const { locale, lines, identities, lineLabel, yesNo = false } = input;
  const t = translator(charts, locale);
  const targets = input.targets ?? [];
  const path = input.path ?? null;
  const ownPaths = input.paths ?? [];
  const band = input.band ?? null;
  const judgedList =
    input.judged == null ? [] : Array.isArray(input.judged) ? input.judged : [input.judged];
  const areaLabel =
    input.areaLabel ??
    ((id: string) => lineLabel(lines.find((l) => l.areaId === id)!).split(', ')[0]!);
  const offsets = rangeOffsets(lines);

  // Direct labels: when a chart draws two areas or more, each area is named at the last value of
  // its latest line, so lines read without the legend (and printed without colour).
  const drawn = lines.filter((l) => l.points.length);
  const areas = [...new Set(drawn.map((l) => l.areaId))];
  const labelled = new Map<string, string>();
  if (areas.length >= 2 && drawn.length <= MAX_DIRECT_LABELS)
    for (const id of areas) {
      const ofArea = drawn.filter((l) => l.areaId === id);
      // An area is named on a published line; the user's own figures have their legend entry.
      const published = ofArea.filter((l) => l.series !== OWN_SERIES);
      const own = published.length ? published : ofArea;
      const latest = own.reduce((a, b) => (b.points.at(-1)!.year > a.points.at(-1)!.year ? b : a));
      labelled.set(latest.key, areaLabel(id));
    }

  const series: SeriesMark[] = lines.map((line) => {
    const identity = identities.get(line.areaId, line.series, line.sex);
    const label = lineLabel(line);
    const points = line.points.map((p): PlotPoint => ({
      x: p.year,
      y: p.value,
      low: p.low,
      high: p.high,
      hollow: p.preliminary || p.uncertainYear,
      judged: judgedList.some((j) => j.key === line.key && j.year === p.year),
      offset: offsets.get(`${line.key}|${p.year}`),
      label: `${label}, ${p.year}: ${formatValue(p, locale, { yesNo, approximate: p.approximate })}${
        p.preliminary ? ` (${t('preliminary')})` : ''
      }${p.uncertainYear ? ` (${t('uncertainYear')})` : ''}${p.conflict ? ` (${t('conflict')})` : ''}`,
    }));
    const last = line.points.at(-1);
    const text = labelled.get(line.key);
    return {
      key: line.key,
      label,
      identity,
      cadence: SERIES_CADENCE[line.series],
      ranges: line.points.length > 0 && line.points.every((p) => p.value === null),
      points,
      end:
        text && last
          ? {
              text,
              x: last.year,
              y:
                last.value ??
                (last.low !== null && last.high !== null
                  ? (last.low + last.high) / 2
                  : (last.low ?? last.high ?? 0)),
            }
          : null,
    };
  });

  const allYears = [
    ...lines.flatMap((l) => l.points.map((p) => p.year)),
    ...targets.map((tg) => tg.year),
    ...(path ? [path.from.year, path.to.year] : []),
    ...ownPaths.flatMap((q) => [q.from.year, q.to.year]),
    ...(input.years ?? []),
  ];
  // Ranges side by side need more room than a point at the first or last year.
  const sideBySide = (year: number) =>
    series.some((s) =>
      s.points.some((p) => p.x === year && p.offset !== undefined && p.offset !== 0),
    );
  const first = Math.min(...allYears);
  const last = Math.max(...allYears);
  const x: [number, number] = allYears.length
    ? [first - (sideBySide(first) ? 1 : 0.5), last + (sideBySide(last) ? 1 : 0.5)]
    : [2020, 2030];
  // An open range ("above 112") runs to the edge of the plot: the axis leaves it room to show.
  const openRoom =
    (input.plausible ? input.plausible.max - input.plausible.min : 0) * 0.1 || undefined;
  const openEnds = lines.flatMap((l) =>
    l.points.flatMap((p) =>
      p.value !== null
        ? []
        : p.high === null && p.low !== null
          ? [p.low + (openRoom ?? Math.abs(p.low) * 0.05)]
          : p.low === null && p.high !== null
            ? [p.high - (openRoom ?? Math.abs(p.high) * 0.05)]
            : [],
    ),
  );
  const y = valueDomain(
    [
      ...openEnds,
      ...lines.flatMap((l) => l.points.flatMap((p) => [p.value, p.low, p.high])),
      ...targets.map((tg) => tg.value),
      ...(path ? [path.from.value, path.to.value] : []),
      ...ownPaths.flatMap((q) => [q.from.value, q.to.value]),
      ...(band ? [band.low, band.high] : []),
    ],
    input.plausible ?? null,
    yesNo,
  );

  // The acceptable zone of each target while it is in force: up to its deadline, then the next
  // target's (≤ 111 until 2025, ≤ 109 to 2030). Two targets of one deadline (two provinces' own
  // plans) have no one acceptable zone: none is shaded then, and each target names whose it is.
  const byYear = [...targets].sort((a, b) => a.year - b.year);
  const firstPerYear = byYear.filter((tg, i) => i === 0 || byYear[i - 1]!.year !== tg.year);
  const zones: ZoneMark[] =
    firstPerYear.length !== byYear.length
      ? []
      : firstPerYear.flatMap((tg, i) => {
          const side = goodSide(tg.comparator);
          if (side === 'equal') return [];
          const start = i === 0 ? null : firstPerYear[i - 1]!.year;
          const end = i === firstPerYear.length - 1 ? null : tg.year;
          return [
            side === 'above'
              ? { from: tg.value, to: null, start, end }
              : { from: null, to: tg.value, start, end },
          ];
        });

  const hasHollow = lines.some((l) => l.points.some((p) => p.preliminary || p.uncertainYear));
  const legend: LegendEntry[] = [
    ...series.map((s) => ({
      kind: 'series' as const,
      label: s.label,
      identity: s.identity,
      ranges: s.ranges,
      hollow: s.ranges && s.points.every((p) => p.hollow),
    })),
    ...(targets.length ? [{ kind: 'target' as const, label: t('target') }] : []),
    ...(path ? [{ kind: 'path' as const, label: t('trajectory') }] : []),
    ...ownPaths.map((q) => ({ kind: 'path' as const, label: t('trajectory'), color: q.color })),
    ...(zones.length ? [{ kind: 'zone' as const, label: t('goodZone') }] : []),
    ...(band ? [{ kind: 'band' as const, label: band.label }] : []),
    ...(judgedList.length ? [{ kind: 'judged' as const, label: t('judged') }] : []),
    ...(hasHollow ? [{ kind: 'hollow' as const, label: t('hollow') }] : []),
  ];

  const years = lines.flatMap((l) => l.points.map((p) => p.year));
  const valueYears = years.length ? { from: Math.min(...years), to: Math.max(...years) } : null;
  const nPoints = lines.reduce((n, l) => n + l.points.length, 0);
  const yearsText = valueYears
    ? valueYears.from === valueYears.to
      ? `${valueYears.from}`
      : `${valueYears.from}–${valueYears.to}`
    : '';
  // Which areas the chart draws, the nation first: "Toàn quốc, Khánh Hòa (63)", or how many.
  const scopeAreas = [...areas].sort((a, b) => Number(isNational(b)) - Number(isNational(a)));
  const scope =
    scopeAreas.length === 0
      ? ''
      : scopeAreas.length <= 3
        ? scopeAreas.map(areaLabel).join(', ')
        : t('scopeAreas', { n: scopeAreas.length });

  return {
    kind: 'trend',
    title: input.title ?? input.indicatorName,
    subtitle: input.subtitle ?? [input.unit, yearsText, scope].filter(Boolean).join(' · '),
    chartTitle: t('trendTitle', { indicator: input.indicatorName }),
    description: t(
      valueYears && valueYears.from === valueYears.to ? 'trendDescOneYear' : 'trendDesc',
      {
        lines: lines.length,
        points: nPoints,
        from: valueYears?.from ?? Math.ceil(x[0]),
        to: valueYears?.to ?? Math.floor(x[1]),
      },
    ),
    unit: input.unit,
    empty: lines.length === 0,
    legend,
    rows: input.rows ?? NO_ROWS,
    sources: sourcesByUse(lines.flatMap((l) => l.points.map((p) => p.sourceUrl))),
    notes: [],
    marks: {
      x,
      y,
      series,
      targets: targets.map((tg) => ({
        ...tg,
        text: `${COMPARATOR_SYMBOL[tg.comparator]} ${
          yesNo ? formatTargetValue(tg.value, locale, true) : formatNumber(tg.value, locale)
        }${tg.scope ? ` (${tg.scope})` : ''}`,
      })),
      zones,
      band,
      paths: [
        ...(path ? [{ ...path, color: null }] : []),
        ...ownPaths.map((q) => ({ from: q.from, to: q.to, color: q.color })),
      ],
    },
    table: trendTableRows(lines, lineLabel, locale, yesNo),
  };
}

/** The chart's data as table rows: the text alternative every chart must have. */
export function trendTableRows(
  lines: readonly TrendLine[],
  lineLabel: (line: TrendLine) => string,
  locale: Locale,
  yesNo = false,
): TrendTableRow[] {
  const t = translator(charts, locale);
  const v = VOCABULARY[locale];
  // Keyed by line and year (a repeated year gets its own key), so a redraw keeps the rows that
  // did not change.
  const seen: Record<string, number> = {};
  return lines.flatMap((line) =>
    line.points.map((point) => {
      const base = `${line.key}|${point.year}`;
      const n = (seen[base] = (seen[base] ?? 0) + 1);
      return {
        key: n === 1 ? base : `${base}#${n}`,
        label: lineLabel(line),
        year: point.year,
        value: point.value,
        valueText: formatValue(point, locale, { yesNo, approximate: point.approximate }),
        flags: [
          point.preliminary ? t('preliminary') : '',
          point.uncertainYear ? t('uncertainYear') : '',
          point.conflict ? t('conflict') : '',
          point.nSources > 1 ? t('sources', { n: point.nSources }) : '',
        ]
          .filter(Boolean)
          .join(', '),
        own:
          line.series === 'own'
            ? `${v.series.own}: ${point.sourceUrl.replace(/^file:/, '').replace(/#/g, ' · ')}`
            : '',
        sources:
          line.series === 'own'
            ? []
            : point.sources.map((s) => ({
                url: s.url,
                title: s.title,
                language: s.language,
                quality: v.qualityShort[s.quality],
                valueText: point.conflict
                  ? formatValue(
                      {
                        value: s.value,
                        low: s.low,
                        high: s.high,
                        lowInclusive: point.lowInclusive,
                        highInclusive: point.highInclusive,
                      },
                      locale,
                      { yesNo },
                    )
                  : '',
              })),
      };
    }),
  );
}

export interface IndicatorTrendInput {
  indicator: Indicator;
  /** The values drawn (and written to the files), one line per (area, series, sex). */
  actuals: readonly ActualRow[];
  targets?: readonly TargetMark[];
  identities: IdentityRegistry;
  areaName: (id: string) => string;
  locale: Locale;
  title?: string;
  /** Names for the files' indicator and area columns (default: the indicator's name, areaName). */
  names?: { indicator: (id: string) => string; area: (id: string) => string };
  /**
   * The user's own figures (explore's "figures you loaded"): lines of series 'own' beside the
   * published ones, named by `label`, and their rows after the published rows in the files.
   */
  own?: {
    lines: readonly TrendLine[];
    rows: readonly ExtractRow[];
    label: (areaId: string) => string;
  };
}

/**
 * An indicator's trend from its values: lines, unit, plausible range, yes/no, reference band and
 * the rows of its files from the same values (explore, the indicator page, home, embeds).
 */
export function indicatorTrendFigure(input: IndicatorTrendInput): TrendFigure {
  const { indicator, locale } = input;
  const name = locale === 'vi' ? indicator.name_vi : indicator.name_en;
  const names = input.names ?? { indicator: () => name, area: input.areaName };
  const own = input.own ?? null;
  const published = lineLabeller(input.areaName, locale);
  return trendFigure({
    locale,
    indicatorName: name,
    unit: locale === 'vi' ? indicator.unit_vi : indicator.unit_en,
    lines: [...groupTrendLines(input.actuals), ...(own?.lines ?? [])],
    identities: input.identities,
    lineLabel: (line) =>
      own && line.series === OWN_SERIES ? own.label(line.areaId) : published(line),
    areaLabel: input.areaName,
    targets: input.targets ?? [],
    band: referenceBand(indicator, locale),
    yesNo: indicator.value_type === 'yes_no',
    plausible: plausibleOf(indicator),
    title: input.title ?? name,
    rows: {
      columns: extractColumns(locale),
      shown: [...extractRows(input.actuals, names), ...(own?.rows ?? [])],
    },
  });
}

/** The indicator's plausible range, when the catalog gives one. */
export function plausibleOf(
  indicator: Pick<Indicator, 'min_plausible' | 'max_plausible'>,
): Plausible | null {
  const { min_plausible: min, max_plausible: max } = indicator;
  return Number.isFinite(min) && Number.isFinite(max) && max > min ? { min, max } : null;
}
