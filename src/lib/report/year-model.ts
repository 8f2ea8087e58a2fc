// What the national page of a year draws, from its loader's data (src/lib/pages/year-page.ts):
// every grid cell (the verdicts with a value as shipped, the others rebuilt from their targets),
// the rows and columns the loader chose, the province-year links with their counts, the changes
// by cause. Pure: `link` turns a site path into the page's href.
import type { GridCell } from '../domain/year-report.ts';
import { gridCells } from '../domain/year-report.ts';
import type { Locale } from '../domain/types.ts';
import { yearPage } from '../i18n/messages/year.ts';
import { areaNamer, indicatorName } from '../i18n/names.ts';
import { translator } from '../i18n/translate.ts';
import { unpackRows } from '../pages/packed-rows.ts';
import type { YearChange, YearPageData } from '../pages/year-page.ts';

export interface GridRow {
  id: string;
  label: string;
  href: string;
}

export interface YearGridModel {
  vintage: 63 | 34;
  title: string;
  /** Every cell of the grid (its full download). */
  cells: GridCell[];
  /** The cells drawn (rows and columns with a value). */
  shownCells: GridCell[];
  columns: { id: string; label: string; short: string; href: string; yesNo: boolean }[];
  hiddenColumns: number;
  rows: GridRow[];
  emptyRows: GridRow[];
  /** The vintage's province-year reports, each with its verdicts counted (null: none). */
  reports: (GridRow & { counts: [number, number, number] | null })[];
}

export interface YearPageModel {
  title: string;
  nameOf: (id: string) => string;
  nameOfIndicator: (id: string) => string;
  yesNoIndicators: Set<string>;
  grids: YearGridModel[];
  changes: { cause: YearChange['cause']; label: string; items: YearChange[] }[];
}

export function yearPageModel(
  data: YearPageData,
  locale: Locale,
  link: (path: string) => string,
): YearPageModel {
  const t = translator(yearPage, locale);
  const nameOf = areaNamer(data.areaNames, locale);
  const byId = new Map(data.indicators.map((i) => [i.id, i]));
  const nameOfIndicator = (id: string) => {
    const i = byId.get(id);
    return i ? indicatorName(i, locale) : id;
  };
  const all = gridCells(data.year, data.targets, unpackRows(data.withValue));
  const row = (id: string): GridRow => ({
    id,
    label: nameOf(id),
    href: link(`/provinces/${id}/${data.year}/`),
  });
  const grids = data.grids.map((g) => {
    const ids = new Set([...g.headIds, ...g.areaIds]);
    const rows = new Set(g.rowIds);
    const columns = new Set(g.columnIds);
    const cells = all.filter((c) => ids.has(c.areaId));
    return {
      vintage: g.vintage,
      title: g.vintage === 63 ? t('grid63') : t('grid34'),
      cells,
      shownCells: cells.filter((c) => rows.has(c.areaId) && columns.has(c.indicatorId)),
      columns: g.columnIds.map((id) => {
        const i = byId.get(id)!;
        return {
          id,
          label: indicatorName(i, locale),
          short: indicatorName(i, locale, true),
          href: link(`/indicators/${id}/`),
          yesNo: i.value_type === 'yes_no',
        };
      }),
      hiddenColumns: g.hiddenColumns,
      rows: g.rowIds.map(row),
      emptyRows: g.emptyRowIds.map(row),
      reports: g.areaIds.map((id) => ({ ...row(id), counts: data.reportCounts[id] ?? null })),
    };
  });
  const labels = {
    new_data: t('changesNewData'),
    deadline: t('changesDeadline'),
    ageing: t('changesAgeing'),
  } as const;
  return {
    title: t('title', { year: data.year }),
    nameOf,
    nameOfIndicator,
    yesNoIndicators: new Set(
      data.indicators.filter((i) => i.value_type === 'yes_no').map((i) => i.id),
    ),
    grids,
    changes: (['new_data', 'deadline', 'ageing'] as const)
      .map((cause) => ({
        cause,
        label: labels[cause],
        items: data.changes.filter((c) => c.cause === cause),
      }))
      .filter((g) => g.items.length),
  };
}
