// The figure model of the women − men gap of an indicator measured for both sexes: the area with
// most pairs, a diverging axis centred on 0 with an "about equal" band, and the women's and men's
// values behind it as the rows of its files.
import { genderGaps, type GenderGap } from '../domain/indicator-page.ts';
import type { ActualRow, Indicator, Locale } from '../domain/types.ts';
import { formatNumber } from '../i18n/format.ts';
import { charts } from '../i18n/messages/charts.ts';
import { indicatorPage } from '../i18n/messages/indicator.ts';
import { translator } from '../i18n/translate.ts';
import { extractColumns, extractRows } from './rows.ts';
import { sourcesByUse, type FigureBase } from './types.ts';

export interface GapFigure extends FigureBase {
  kind: 'gap';
  chartTitle: string;
  description: string;
  /** The area drawn, named. */
  areaName: string;
  marks: {
    gaps: GenderGap[];
    x: [number, number];
    y: [number, number];
    /** Half-width of the "about equal" band, in the indicator's unit. */
    band: number;
    labels: { above: string; below: string; equal: string; axis: string };
  };
}

/** The gap figure of an indicator's values, or null when no area has a women's and men's pair. */
export function gapFigure(input: {
  indicator: Indicator;
  actuals: readonly ActualRow[];
  areaName: (id: string) => string;
  locale: Locale;
}): GapFigure | null {
  const { indicator, actuals, locale } = input;
  const t = translator(charts, locale);
  const it = translator(indicatorPage, locale);
  const name = locale === 'vi' ? indicator.name_vi : indicator.name_en;
  const unit = locale === 'vi' ? indicator.unit_vi : indicator.unit_en;
  const gaps = genderGaps(actuals);
  const counts: Record<string, number> = {};
  for (const g of gaps) counts[g.areaId] = (counts[g.areaId] ?? 0) + 1;
  const area = Object.entries(counts).sort((a, b) => b[1] - a[1])[0]?.[0] ?? null;
  if (!area) return null;
  const shown = gaps.filter((g) => g.areaId === area);
  // "About equal": within 1% of the men’s average value (a display band, not a target).
  const mean = shown.reduce((s, g) => s + g.male, 0) / Math.max(1, shown.length);
  const band = Math.max(0.1, Math.round(mean * 0.01 * 10) / 10);
  const extent = Math.max(band * 2, ...shown.map((g) => Math.abs(g.gap))) * 1.15;
  const years = shown.map((g) => g.year);
  // The women's and men's values behind the chart, each with its own source.
  const keys = new Set(shown.map((g) => `${g.year}|${g.series}`));
  const rows = actuals.filter(
    (a) => a.area_id === area && a.sex !== 'all' && keys.has(`${a.year}|${a.series}`),
  );
  const areaName = input.areaName(area);
  const f = (v: number) => formatNumber(v, locale);
  return {
    kind: 'gap',
    title: `${it('gapHeading')} — ${name}, ${areaName}`,
    subtitle: [unit, `${Math.min(...years)}–${Math.max(...years)}`, areaName].join(' · '),
    chartTitle: t('gapTitle', { indicator: name, area: areaName }),
    description: t('gapDesc', { unit, band: f(band) }),
    areaName,
    legend: [],
    rows: {
      columns: extractColumns(locale),
      shown: extractRows(rows, { indicator: () => name, area: input.areaName }),
    },
    sources: sourcesByUse(rows.map((r) => r.source_url)),
    notes: [],
    marks: {
      gaps: shown,
      x: [Math.min(...years) - 0.6, Math.max(...years) + 0.6],
      y: [-extent, extent],
      band,
      labels: {
        above: t('gapWomenHigher'),
        below: t('gapMenHigher'),
        equal: t('gapEqual', { band: f(band) }),
        axis: t('colGap'),
      },
    },
  };
}
