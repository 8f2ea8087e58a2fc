// The figure models of a ranking and its map (one indicator, one year, ONE vintage, one series):
// the ranked dots or the group bands, the map's fills, each legend with its real swatches (the
// groups with their patterns and counts, the colour scale, "no data", the view's own province),
// titles and subtitles, and the rows of their files (labels in the page's language beside
// `*_code` columns, the rank or group of each value). RankingView draws them; the golden test
// tests/unit/figure/figure-models.test.ts calls the same function.
import {
  focusIn,
  vintageOf,
  type RankingChoice,
  type RankingModel,
  type Vintage,
} from '../domain/ranking.ts';
import { toTrendPoint } from '../domain/trend.ts';
import type { ActualRow, Area, CrosswalkRow, Indicator, Locale, Sex } from '../domain/types.ts';
import { COMPARATOR_SYMBOL } from '../domain/vocabulary.ts';
import { formatNumber } from '../i18n/format.ts';
import { charts } from '../i18n/messages/charts.ts';
import { maps } from '../i18n/messages/maps.ts';
import { VOCABULARY } from '../i18n/messages/vocabulary.ts';
import { translator } from '../i18n/translate.ts';
import { formatRange, formatValue } from '../i18n/values.ts';
import { valueDomain } from './axis.ts';
import { interpolateCividis } from './cividis.ts';
import type { ProjectedMap } from './geo.ts';
import { groupStyles, type GroupStyle } from './groups.ts';
import type { IdentityRegistry } from './identity.ts';
import type { LegendEntry } from './legend.ts';
import { extractColumns, extractRows, type ExtractColumn, type ExtractRow } from './rows.ts';
import { plausibleOf } from './trend.ts';
import { sourcesByUse, type FigureBase } from './types.ts';

export interface RankedItem {
  areaId: string;
  label: string;
  /** A point value: ranked items are never ranges (grouped values are drawn as groups). */
  value: number;
  /** Whether the value meets the target: true, false, or null (no target). */
  meets: boolean | null;
  /** Text of the value, already formatted. */
  text: string;
  rank: number | null;
}

export interface RankedGroup {
  key: string;
  /** The group as its source names it: "trên 112", "109–112", "dưới 109". */
  label: string;
  /** The group against the target, in words ('' without a target). */
  verdict: string;
  style: GroupStyle;
  members: { areaId: string; label: string }[];
}

/** A province of the view, marked in its series identity. */
export interface Highlight {
  color: string;
  series: string;
  areaId: string;
}

interface Drawn extends FigureBase {
  /** The chart's accessible title and description. */
  chartTitle: string;
  description: string;
}

/** Provinces as dots on a value axis, best first, against the target. */
export interface RankingFigure extends Drawn {
  kind: 'ranking';
  marks: {
    items: RankedItem[];
    /** The value axis' domain. */
    x: [number, number];
    target: { value: number; label: string } | null;
    highlight: Record<string, Highlight>;
  };
}

/** Grouped values as ordered bands, worst first, their provinces listed under each. */
export interface GroupsFigure extends Drawn {
  kind: 'groups';
  marks: { groups: RankedGroup[]; highlight: Record<string, Highlight> };
}

/** Provinces coloured by value (cividis) or by group (colour and pattern). */
export interface MapFigure extends Drawn {
  kind: 'map';
  marks: {
    map: ProjectedMap;
    /** By 2-digit code: point values, or each province's group index. */
    values: Record<string, number>;
    groups: { label: string; style: GroupStyle; count: number }[];
    groupOf: Record<string, number>;
    texts: Record<string, string>;
    names: Record<string, string>;
    highlight: Record<string, Highlight>;
    /** The colour scale's domain and its colours from low to high (point values). */
    domain: [number, number] | null;
    ramp: string[];
  };
}

export interface RankingFiguresInput {
  indicator: Indicator;
  model: RankingModel<ActualRow>;
  areas: readonly Area[];
  crosswalk?: readonly CrosswalkRow[];
  /** The view's areas, its own province first: marked in their series identity. */
  selected?: readonly string[];
  identities: IdentityRegistry;
  sex?: Sex;
  locale: Locale;
  /** Names for the files' indicator and area columns. */
  names: { indicator: (id: string) => string; area: (id: string) => string };
  /** Projected shapes of the chosen vintage: the map figure is made only with them. */
  map?: ProjectedMap | null;
}

export interface RankingFigures {
  choice: RankingChoice;
  heading: string;
  mapHeading: string;
  /** null when the choice has no value (model.kind 'empty'). */
  chart: RankingFigure | GroupsFigure | null;
  map: MapFigure | null;
  /** The view's areas of the other vintage and the provinces that mark them, in words. */
  focusNotes: string[];
  /** Area ids marked in the chart, the map and the table. */
  marked: string[];
  /** A group's name by index ("trên 112"), for the table. */
  groupLabels: string[];
  /** A value as text, for the table. */
  valueText: (row: ActualRow) => string;
}

const EXTRA_HEADERS: Record<Locale, Record<'rank' | 'group' | 'n_sources' | 'conflict', string>> = {
  vi: { rank: 'hang', group: 'nhom', n_sources: 'so_nguon', conflict: 'nguon_khac_nhau' },
  en: { rank: 'rank', group: 'group', n_sources: 'n_sources', conflict: 'sources_disagree' },
};

/**
 * Columns of a ranking's or map's files: those of every download (labels and `*_code` columns,
 * the source's quality as words and code) and the value's rank or group, how many sources give
 * it and whether they disagree (yes/no as words).
 */
function rankingColumns(locale: Locale): ExtractColumn[] {
  return [
    ...extractColumns(locale),
    ...Object.entries(EXTRA_HEADERS[locale]).map(([key, header]) => ({ key, header })),
  ];
}

/** Rows of a ranking's files; `placed` gives a row's rank or group when the row is ranked. */
export function rankingRows(
  rows: readonly ActualRow[],
  names: { indicator: (id: string) => string; area: (id: string) => string },
  placed: (row: ActualRow) => { rank: number | null; group: string | null } = () => ({
    rank: null,
    group: null,
  }),
): ExtractRow[] {
  const base = extractRows(rows, names);
  return rows.map((row, i) => ({
    ...base[i]!,
    ...placed(row),
    n_sources: row.n_sources,
    conflict: row.conflict,
  }));
}

const RAMP_STOPS = 5;

export function rankingFigures(input: RankingFiguresInput): RankingFigures {
  const { indicator, model, locale, identities, names } = input;
  const choice = model.choice;
  const sex = input.sex ?? 'all';
  const mt = translator(maps, locale);
  const ct = translator(charts, locale);
  const voc = VOCABULARY[locale];
  const name = locale === 'vi' ? indicator.name_vi : indicator.name_en;
  const unit = locale === 'vi' ? indicator.unit_vi : indicator.unit_en;
  const yesNo = indicator.value_type === 'yes_no';
  const areaById = new Map(input.areas.map((a) => [a.id, a]));
  const label = (id: string) => {
    const a = areaById.get(id);
    return a ? (locale === 'vi' ? a.name_vi : a.name_en) : id;
  };
  const codeOf = (id: string) => areaById.get(id)?.code ?? id.slice(3);
  const vintageName = (v: Vintage) => (v === 63 ? mt('vintage63') : mt('vintage34'));
  const valueText = (r: ActualRow) =>
    formatValue(toTrendPoint(r), locale, { approximate: r.approximate, yesNo });
  const groupLabels = model.groups.map(({ range: g }) =>
    g.low !== null && g.low === g.high
      ? formatValue(
          { value: g.low, low: null, high: null, lowInclusive: true, highInclusive: true },
          locale,
          { yesNo },
        )
      : formatRange(g, locale),
  );
  const styles = groupStyles(model.groups.length);
  const target = model.target;
  const verdict = (meets: boolean | null) =>
    !target ? '' : meets === null ? mt('undecided') : meets ? mt('meets') : mt('fails');
  const targetText = target
    ? `${COMPARATOR_SYMBOL[target.comparator]} ${formatNumber(target.value, locale)} (${target.year})`
    : '–';

  // The view's own provinces as they exist in the chosen vintage, each in its series identity.
  const highlight: Record<string, Highlight> = {};
  if (choice.series)
    for (const id of input.selected ?? [])
      for (const shown of focusIn(id, choice.vintage, input.crosswalk ?? []))
        highlight[shown] ??= {
          color: identities.get(shown, choice.series, sex).color,
          series: choice.series,
          areaId: shown,
        };
  const marked = Object.keys(highlight);
  const markedLegend: LegendEntry[] = marked.map((id) => ({
    kind: 'marked',
    label: `${mt('highlighted')}: ${names.area(id)}`,
    color: highlight[id]!.color,
  }));
  const focusNotes = (input.selected ?? [])
    .filter((id) => vintageOf(id) !== null && vintageOf(id) !== choice.vintage)
    .flatMap((id) => {
      const shown = focusIn(id, choice.vintage, input.crosswalk ?? []);
      return shown.length
        ? [
            mt(vintageOf(id) === 63 ? 'focusSuccessor' : 'focusPredecessors', {
              name: names.area(id),
              names: shown.map((s) => names.area(s)).join(', '),
            }),
          ]
        : [];
    });

  const vintage = vintageName(choice.vintage);
  const heading = mt(model.kind === 'groups' ? 'groupHeading' : 'rankHeading', {
    year: choice.year,
    vintage,
  });
  const mapHeading = mt('mapHeading', { year: choice.year, vintage });
  const seriesText = choice.series ? voc.series[choice.series] : '–';
  const subtitle = [
    unit,
    seriesText,
    sex === 'all' ? '' : ct(sex === 'female' ? 'sex_female' : 'sex_male'),
    String(choice.year),
    vintage,
  ]
    .filter(Boolean)
    .join(' · ');
  const common = {
    year: choice.year,
    vintage,
    series: seriesText,
    target: target
      ? `${COMPARATOR_SYMBOL[target.comparator]} ${formatNumber(target.value, locale)}`
      : '–',
  };

  // The files: the values ranked, each with its rank or group.
  const placed = new Map(
    model.entries.map((e) => [
      e.row,
      { rank: e.rank, group: e.group === null ? null : groupLabels[e.group]! },
    ]),
  );
  const rows = {
    columns: rankingColumns(locale),
    shown: rankingRows(
      model.entries.map((e) => e.row),
      names,
      (r) => placed.get(r) ?? { rank: null, group: null },
    ),
  };
  const sources = sourcesByUse(model.entries.map((e) => e.row.source_url));
  const base = { subtitle, rows, sources, notes: [] };

  let chart: RankingFigure | GroupsFigure | null = null;
  if (model.kind === 'numeric') {
    const items = model.entries.map((e) => ({
      areaId: e.areaId,
      label: label(e.areaId),
      value: e.row.value!,
      meets: e.meets,
      text: valueText(e.row),
      rank: e.rank,
    }));
    const title = mt('rankTitle', { indicator: name, year: choice.year, vintage });
    const kinds = new Set(
      items.map((i) => (i.meets === null ? 'neutral' : i.meets ? 'meets' : 'fails')),
    );
    chart = {
      kind: 'ranking',
      ...base,
      title,
      chartTitle: title,
      description: mt('rankDesc', {
        ...common,
        n: model.entries.length,
        order: indicator.direction === 'none' ? mt('orderHigh') : mt('orderBest'),
      }),
      legend: [
        ...(['meets', 'fails', 'neutral'] as const)
          .filter((k) => kinds.has(k))
          .map((k) => ({
            kind: k,
            label: k === 'meets' ? mt('meets') : k === 'fails' ? mt('fails') : mt('noVerdict'),
          })),
        ...(target ? [{ kind: 'target' as const, label: `${mt('target')} ${targetText}` }] : []),
        ...markedLegend,
      ],
      marks: {
        items,
        x: valueDomain(
          [...items.map((i) => i.value), ...(target ? [target.value] : [])],
          plausibleOf(indicator),
        ),
        target: target ? { value: target.value, label: targetText } : null,
        highlight,
      },
    };
  } else if (model.kind === 'groups') {
    const ranked = indicator.direction !== 'none';
    const title = mt('groupTitle', { indicator: name, year: choice.year, vintage });
    chart = {
      kind: 'groups',
      ...base,
      title,
      chartTitle: title,
      description: mt('groupDesc', {
        ...common,
        groups: model.groups.length,
        first: ranked ? mt('worst') : mt('highest'),
        last: ranked ? mt('best') : mt('lowest'),
      }),
      legend: markedLegend,
      marks: {
        groups: model.groups.map((g, i) => ({
          key: g.key,
          label: groupLabels[i]!,
          verdict: verdict(g.meets),
          style: styles[i]!,
          members: g.entries.map((e) => ({ areaId: e.areaId, label: label(e.areaId) })),
        })),
        highlight,
      },
    };
  }

  let map: MapFigure | null = null;
  if (input.map && model.kind !== 'empty') {
    const title = mt('mapTitle', { indicator: name, year: choice.year, vintage });
    const values =
      model.kind === 'numeric'
        ? Object.fromEntries(model.entries.map((e) => [codeOf(e.areaId), e.row.value!]))
        : {};
    const known = Object.values(values);
    const domain: [number, number] | null = known.length
      ? [Math.min(...known), Math.max(...known)]
      : null;
    const ramp = Array.from({ length: RAMP_STOPS }, (_, i) =>
      interpolateCividis(i / (RAMP_STOPS - 1)),
    );
    const groups = model.groups.map((g, i) => ({
      label: groupLabels[i]!,
      style: styles[i]!,
      count: g.entries.length,
    }));
    const grouped = groups.length > 0;
    const withData = model.entries.length;
    map = {
      kind: 'map',
      ...base,
      title,
      chartTitle: title,
      description: grouped
        ? mt('mapGroupsDesc', { n: input.map.shapes.length, withData, groups: groups.length })
        : mt('mapDesc', { n: input.map.shapes.length, withData }),
      legend: [
        ...(grouped
          ? groups.map((g) => ({
              kind: 'group' as const,
              label: `${g.label} (${g.count})`,
              style: g.style,
            }))
          : domain
            ? [
                {
                  kind: 'ramp' as const,
                  label: `${formatNumber(domain[0], locale)} → ${formatNumber(domain[1], locale)}`,
                  colors: ramp,
                },
              ]
            : []),
        ...(withData < input.map.shapes.length
          ? [{ kind: 'nodata' as const, label: mt('noData') }]
          : []),
        ...markedLegend,
      ],
      notes: [choice.vintage === 63 ? mt('attribution63') : mt('attribution34')],
      marks: {
        map: input.map,
        values,
        groups,
        groupOf:
          model.kind === 'groups'
            ? Object.fromEntries(model.entries.map((e) => [codeOf(e.areaId), e.group!]))
            : {},
        texts: Object.fromEntries(model.entries.map((e) => [codeOf(e.areaId), valueText(e.row)])),
        names: Object.fromEntries(
          input.areas.filter((a) => a.vintage === choice.vintage).map((a) => [a.code, label(a.id)]),
        ),
        highlight: Object.fromEntries(marked.map((id) => [codeOf(id), highlight[id]!])),
        domain,
        ramp,
      },
    };
  }

  return {
    choice,
    heading,
    mapHeading,
    chart,
    map,
    focusNotes,
    marked,
    groupLabels,
    valueText,
  };
}
