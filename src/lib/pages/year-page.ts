// The national page of one year (/years/{year}/): counts, the province-year reports of each
// vintage, one grid of verdicts per vintage (areas × indicators) and what changed since the year
// before. It ships what it draws: the verdicts with a value (packed), the targets of the cells
// without one (rebuilt on the page by the engine), the grids' rows and columns already chosen,
// counts instead of cells. The route's +page.server.ts returns what this returns.
import { isNational } from '../domain/national.ts';
import type { SqlClient } from '../data/client.ts';
import {
  evaluationYears,
  listAreas,
  listCrosswalk,
  listIndicators,
  listStatus,
  listTargets,
} from '../data/queries.ts';
import { objectiveOf, type ChangeCause } from '../domain/area-year-report.ts';
import type { StatusRow } from '../domain/attainment/evaluate.ts';
import { reportCounts, type Status, type StatusReason } from '../domain/attainment/status.ts';
import { validInYear } from '../domain/attainment/target-choice.ts';
import type { Indicator, Locale } from '../domain/types.ts';
import {
  countsByArea,
  countStatuses,
  gridChanges,
  gridTargets,
  statusGrid,
  type GridTargets,
} from '../domain/year-report.ts';
import { legalRefsFor } from '../export/status-extract.ts';
import { areaNamer, areaNamesOf, type AreaNames } from '../i18n/names.ts';
import { packRows, type PackedRows } from './packed-rows.ts';

/** One grid: a vintage's areas (the national row heads it), rows and columns with a value. */
export interface YearGrid {
  vintage: 63 | 34;
  /** The national row's area, heading every grid as the reference. */
  headIds: string[];
  /** The vintage's areas, by name in the page's language. */
  areaIds: string[];
  /** The grid's rows: the national row and the areas with a verdict or value. */
  rowIds: string[];
  /** Areas without a value for any indicator of the grid (collapsed behind a count). */
  emptyRowIds: string[];
  /** Indicators with a verdict or value somewhere in the grid. */
  columnIds: string[];
  /** Indicators of the grid without any (columns not shown). */
  hiddenColumns: number;
}

export interface YearChange {
  cause: ChangeCause;
  areaId: string;
  indicatorId: string;
  targetId: string;
  from: Status;
  fromReason: StatusReason;
  to: Status;
  toReason: StatusReason;
}

export type YearIndicator = Pick<
  Indicator,
  'id' | 'name_vi' | 'name_en' | 'short_vi' | 'short_en' | 'value_type'
>;

export interface YearPageData {
  year: number;
  years: number[];
  hasPrevious: boolean;
  nationalCounts: Record<Status, number>;
  /** The provinces' cells (province × target) counted: how many, and by verdict. */
  provinceSummary: { cells: number; met: number; notMet: number; na: number };
  /** Verdicts of each province-year report: [met, not met, not assessable]; absent when none. */
  reportCounts: Record<string, [number, number, number]>;
  grids: YearGrid[];
  /** The targets of every cell; the cells without a value are rebuilt from them (gridCells). */
  targets: GridTargets;
  /** The headline verdicts with a value (every other cell has no data). */
  withValue: PackedRows<StatusRow>;
  changes: YearChange[];
  legalRefs: Record<string, string>;
  areaNames: AreaNames;
  indicators: YearIndicator[];
}

export async function yearPageEntries(db: SqlClient): Promise<{ year: number }[]> {
  return (await evaluationYears(db)).map((year) => ({ year }));
}

export async function loadYearPage(
  db: SqlClient,
  year: number,
  locale: Locale,
): Promise<YearPageData | null> {
  const years = await evaluationYears(db);
  if (!years.includes(year)) return null;
  const [status, areas, indicators, targets, crosswalk] = await Promise.all([
    listStatus(db, { evalYears: [year - 1, year] }),
    listAreas(db),
    listIndicators(db),
    listTargets(db),
    listCrosswalk(db),
  ]);
  const targeted = indicators.filter((i) => objectiveOf(i) !== null);
  const indicatorIds = targeted.map((i) => i.id);
  const shownAreas = areas.filter((a) => a.kind !== 'region' && validInYear(a, year));
  const cells = statusGrid(status, { year, areas: shownAreas, targets, crosswalk, indicatorIds });
  const areaNames = areaNamesOf(shownAreas);
  const nameOf = areaNamer(areaNames, locale);
  const collator = new Intl.Collator(locale);

  const grids: YearGrid[] = ([63, 34] as const)
    .map((vintage) => {
      const areaIds = shownAreas
        .filter((a) => a.vintage === vintage)
        .map((a) => a.id)
        .sort((a, b) => collator.compare(nameOf(a), nameOf(b)));
      // The national row heads each grid as the reference, then the vintage's provinces.
      const national = shownAreas.filter((a) => a.kind === 'national').map((a) => a.id);
      const ids = new Set([...national, ...areaIds]);
      const inGrid = cells.filter((c) => ids.has(c.areaId));
      const withData = inGrid.filter((c) => c.row.status !== 'no_data');
      const rows = new Set(withData.map((c) => c.areaId));
      const columns = new Set(withData.map((c) => c.indicatorId));
      return {
        vintage,
        headIds: national,
        areaIds,
        rowIds: [...national, ...areaIds].filter((id) => rows.has(id)),
        emptyRowIds: areaIds.filter((id) => !rows.has(id)),
        columnIds: indicatorIds.filter((id) => columns.has(id)),
        hiddenColumns: new Set(inGrid.map((c) => c.indicatorId)).size - columns.size,
      };
    })
    .filter((g) => g.areaIds.length);

  const provinces = reportCounts(countStatuses(cells.filter((c) => !isNational(c.areaId))));
  const changes = gridChanges(
    status.filter((r) => r.eval_year === year - 1),
    cells,
  );
  return {
    year,
    years,
    hasPrevious: years.includes(year - 1),
    nationalCounts: countStatuses(cells.filter((c) => isNational(c.areaId))),
    provinceSummary: {
      cells: cells.filter((c) => !isNational(c.areaId)).length,
      met: provinces.met,
      notMet: provinces.not_met,
      na: provinces.not_assessable,
    },
    reportCounts: Object.fromEntries(
      [...countsByArea(cells)]
        .map(([id, counts]) => [id, reportCounts(counts)] as const)
        .filter(([, c]) => c.met + c.not_met + c.not_assessable > 0)
        .map(([id, c]) => [id, [c.met, c.not_met, c.not_assessable]]),
    ),
    grids,
    targets: gridTargets({ year, areas: shownAreas, targets, crosswalk, indicatorIds }),
    withValue: packRows(cells.filter((c) => c.row.status !== 'no_data').map((c) => c.row)),
    changes: (['new_data', 'deadline', 'ageing'] as const).flatMap((cause) =>
      changes[cause].map((c) => ({
        cause,
        areaId: c.after.area_id,
        indicatorId: c.indicatorId,
        targetId: c.targetId,
        from: c.from,
        fromReason: c.before.reason,
        to: c.to,
        toReason: c.after.reason,
      })),
    ),
    legalRefs: legalRefsFor(
      cells.map((c) => c.row),
      targets,
      locale,
    ),
    areaNames,
    indicators: targeted.map((i) => ({
      id: i.id,
      name_vi: i.name_vi,
      name_en: i.name_en,
      short_vi: i.short_vi,
      short_en: i.short_en,
      value_type: i.value_type,
    })),
  };
}
