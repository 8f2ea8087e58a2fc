// The national year page's view model: which verdict fills each (area, indicator) cell, the
// counts, and the changes since the previous year. Hand-made rows; each case names its rule.
import { describe, expect, it } from 'vitest';
import type { StatusRow } from '../../../src/lib/domain/attainment/evaluate.ts';
import { reportCounts, STATUSES, type Status } from '../../../src/lib/domain/attainment/status.ts';
import {
  countsByArea,
  countStatuses,
  gridChanges,
  statusGrid,
  type GridCell,
} from '../../../src/lib/domain/year-report.ts';
import { area, target } from '../attainment/fixtures.ts';
import { statusRow } from './fixtures.ts';

// Khánh Hòa (63-56) has its own 2025 plan target for srb; Ninh Thuận (63-58) has none. Both merged
// into Khánh Hòa (34-56), which therefore inherits neither and gets the national targets.
const areas = [
  area('VN'),
  area('63-56'),
  area('63-58'),
  area('34-56'),
  area('R-south', { kind: 'region', vintage: null }),
];
const crosswalk = [
  { old_area_id: '63-56', new_area_id: '34-56' },
  { old_area_id: '63-58', new_area_id: '34-56' },
];
const targets = [
  target({ id: 'VN-srb-2025', indicator_id: 'srb' }),
  target({ id: 'VN-srb-2030', indicator_id: 'srb', year: 2030, value: 109 }),
  target({ id: 'VN-mmr-2025', indicator_id: 'mmr', value: 42 }),
  target({ id: '63-56-srb-2025', indicator_id: 'srb', area_id: '63-56', value: 110 }),
];
// tfr has no target at all: it never has a cell.
const indicatorIds = ['srb', 'mmr', 'tfr'];
const grid = (rows: StatusRow[], year: number) =>
  statusGrid(rows, { year, areas, targets, crosswalk, indicatorIds });
const own = (over: Partial<StatusRow>) =>
  statusRow({
    area_id: '63-56',
    target_id: '63-56-srb-2025',
    target_area_id: '63-56',
    target_role: 'own',
    ...over,
  });
const summary = (cells: GridCell[]) =>
  cells.map((c) => [c.areaId, c.indicatorId, c.row.target_id, c.row.series, c.row.status]);

describe('statusGrid', () => {
  it('one cell per area and indicator: the focus target, its headline row, in area then indicator order', () => {
    const rows = [
      // VN srb: a verdict beats a more recent value that cannot be assessed.
      statusRow({ series: 'survey', actual_year: 2023, status: 'not_assessable', reason: 'stale' }),
      statusRow({ series: 'admin_register', actual_year: 2022, status: 'off_track' }),
      // Another evaluation year, and the non-focus deadline (2030): not this year's cells.
      statusRow({ eval_year: 2023, series: 'census', status: 'met' }),
      statusRow({ target_year: 2030, target_value: 109, status: 'on_track' }),
      statusRow({ indicator_id: 'mmr', status: 'no_data' }),
      // 63-56 srb is judged on its own plan target; a row for the national one is not its cell.
      own({ series: 'survey', actual_year: 2022, status: 'met' }),
      own({ series: 'census', actual_year: 2023, status: 'off_track' }),
      statusRow({ area_id: '63-56', status: 'met' }),
      statusRow({ area_id: '63-56', indicator_id: 'mmr', status: 'met' }),
      // 63-58 srb: two verdicts of the same year, the series order decides (survey first).
      statusRow({ area_id: '63-58', series: 'census', actual_year: 2023, status: 'met' }),
      statusRow({ area_id: '63-58', series: 'survey', actual_year: 2023, status: 'off_track' }),
      // 63-58 mmr: no row at all, so no cell. 34-56 did not exist in 2024; regions have no cell.
      statusRow({ area_id: '34-56', status: 'met' }),
      statusRow({ area_id: 'R-south', status: 'met' }),
    ];
    expect(summary(grid(rows, 2024))).toEqual([
      ['VN', 'srb', 'VN-srb-2025', 'admin_register', 'off_track'],
      ['VN', 'mmr', 'VN-mmr-2025', '', 'no_data'],
      ['63-56', 'srb', '63-56-srb-2025', 'census', 'off_track'],
      ['63-56', 'mmr', 'VN-mmr-2025', 'survey', 'met'],
      ['63-58', 'srb', 'VN-srb-2025', 'survey', 'off_track'],
    ]);
  });

  it('no rows, or no row for the year: no cells', () => {
    expect(grid([], 2024)).toEqual([]);
    expect(grid([statusRow({ eval_year: 2023 })], 2024)).toEqual([]);
  });

  it('2025 holds both vintages: the grid has the 63 and the 34 province (the page splits them)', () => {
    const rows = [
      own({ eval_year: 2025, status: 'met' }),
      statusRow({ eval_year: 2025, area_id: '63-58', status: 'not_met' }),
      statusRow({ eval_year: 2025, area_id: '34-56', status: 'off_track' }),
      // A merged province does not inherit a predecessor's own target.
      own({ eval_year: 2025, area_id: '34-56', status: 'met' }),
    ];
    expect(summary(grid(rows, 2025))).toEqual([
      ['63-56', 'srb', '63-56-srb-2025', 'survey', 'met'],
      ['63-58', 'srb', 'VN-srb-2025', 'survey', 'not_met'],
      ['34-56', 'srb', 'VN-srb-2025', 'survey', 'off_track'],
    ]);
  });

  it('after 2025: only the 34 provinces; focus is the next deadline, else the last one', () => {
    const rows = [
      statusRow({ eval_year: 2026, status: 'met' }), // VN-srb-2025: not the focus in 2026
      statusRow({ eval_year: 2026, target_year: 2030, status: 'on_track' }),
      statusRow({ eval_year: 2026, indicator_id: 'mmr', status: 'not_met' }), // last deadline
      statusRow({ eval_year: 2026, area_id: '34-56', target_year: 2030, status: 'off_track' }),
      own({ eval_year: 2026, status: 'met' }), // 63-56 ended on 30/6/2025
    ];
    expect(summary(grid(rows, 2026))).toEqual([
      ['VN', 'srb', 'VN-srb-2030', 'survey', 'on_track'],
      ['VN', 'mmr', 'VN-mmr-2025', 'survey', 'not_met'],
      ['34-56', 'srb', 'VN-srb-2030', 'survey', 'off_track'],
    ]);
  });
});

const cellOf = (row: StatusRow): GridCell => ({
  areaId: row.area_id,
  indicatorId: row.indicator_id,
  row,
});

describe('countStatuses and countsByArea', () => {
  it('every status is counted, absent ones as 0; no cells, all 0', () => {
    const none = countStatuses([]);
    expect(Object.keys(none).sort()).toEqual([...STATUSES].sort());
    expect(Object.values(none).every((n) => n === 0)).toBe(true);
  });

  it('counts one per cell; not assessable and no data are never met or not met', () => {
    const statuses: Status[] = ['met', 'met', 'not_assessable', 'no_data', 'on_track', 'not_met'];
    const cells = statuses.map((status, k) => cellOf(statusRow({ indicator_id: `i${k}`, status })));
    const counts = countStatuses(cells);
    for (const s of STATUSES) expect(counts[s]).toBe(statuses.filter((x) => x === s).length);
    // The report's three classes: on track is "not (yet) met"; the rest stay apart.
    expect(reportCounts(counts)).toEqual({ met: 2, not_met: 2, not_assessable: 1, no_data: 1 });
  });

  it('per area: only areas with cells, each counting its own cells', () => {
    const cells = [
      cellOf(statusRow({ status: 'met' })),
      cellOf(statusRow({ indicator_id: 'mmr', status: 'not_assessable' })),
      cellOf(statusRow({ area_id: '63-58', status: 'off_track' })),
    ];
    const byArea = countsByArea(cells);
    expect([...byArea.keys()]).toEqual(['VN', '63-58']);
    expect(byArea.get('VN')).toEqual({ ...countStatuses([]), met: 1, not_assessable: 1 });
    expect(byArea.get('63-58')).toEqual({ ...countStatuses([]), off_track: 1 });
    expect(countsByArea([]).size).toBe(0);
  });
});

describe('gridChanges', () => {
  // 2024 → 2025, the srb and mmr deadline year.
  const previous = [
    // VN srb: a new value in 2025 makes it met.
    statusRow({ actual_year: 2023, actual_value: 112, status: 'off_track' }),
    // VN mmr: the same value, the deadline arrives.
    statusRow({ indicator_id: 'mmr', actual_year: 2023, actual_value: 50, status: 'off_track' }),
    // 63-56 srb: a 2021 value is 3 years old in 2024 and 4 in 2025 (stale): ageing, even though
    // the deadline arrived too.
    own({ actual_year: 2021, actual_value: 110.5, status: 'on_track' }),
    // 63-56 mmr: unchanged.
    statusRow({ area_id: '63-56', indicator_id: 'mmr', status: 'met' }),
    // 63-58 srb: the previous verdict is the headline (survey), not the census row that could
    // not be assessed.
    statusRow({ area_id: '63-58', series: 'survey', actual_year: 2022, status: 'off_track' }),
    statusRow({ area_id: '63-58', series: 'census', actual_year: 2023, status: 'not_assessable' }),
  ];
  const current = [
    statusRow({ eval_year: 2025, actual_year: 2024, actual_value: 110, status: 'met' }),
    statusRow({
      eval_year: 2025,
      indicator_id: 'mmr',
      actual_year: 2023,
      actual_value: 50,
      status: 'not_met',
    }),
    own({
      eval_year: 2025,
      actual_year: 2021,
      actual_value: 110.5,
      status: 'not_assessable',
      reason: 'stale',
    }),
    statusRow({ eval_year: 2025, area_id: '63-56', indicator_id: 'mmr', status: 'met' }),
    statusRow({ eval_year: 2025, area_id: '63-58', actual_year: 2022, status: 'off_track' }),
    // 34-56 did not exist in 2024: nothing to compare with.
    statusRow({ eval_year: 2025, area_id: '34-56', status: 'met' }),
  ];
  const said = (changes: ReturnType<typeof gridChanges>) =>
    Object.fromEntries(
      Object.entries(changes).map(([cause, list]) => [
        cause,
        list.map((c) => {
          expect(c.cause).toBe(cause);
          expect([c.before.status, c.after.status]).toEqual([c.from, c.to]);
          return `${c.after.area_id} ${c.targetId} ${c.from}→${c.to}`;
        }),
      ]),
    );

  it('each changed cell once, by cause; unchanged and new cells are not changes', () => {
    const cells = grid(current, 2025);
    expect(cells).toHaveLength(current.length); // every current row is a shown cell
    expect(said(gridChanges(previous, cells))).toEqual({
      new_data: ['VN VN-srb-2025 off_track→met'],
      deadline: ['VN VN-mmr-2025 off_track→not_met'],
      ageing: ['63-56 63-56-srb-2025 on_track→not_assessable'],
    });
  });

  it('no previous year, or no cells: no changes', () => {
    const empty = { new_data: [], deadline: [], ageing: [] };
    expect(gridChanges([], grid(current, 2025))).toEqual(empty);
    expect(gridChanges(previous, [])).toEqual(empty);
  });

  it('a cell is compared with the same target a year before, not with the indicator', () => {
    // 2026 shows VN-srb-2030; in 2025 the page showed VN-srb-2025 (met), but the 2030 target
    // was off track then.
    const before = [
      statusRow({ eval_year: 2025, actual_year: 2024, actual_value: 110, status: 'met' }),
      statusRow({ eval_year: 2025, target_year: 2030, actual_year: 2024, actual_value: 110 }),
    ];
    const after = [
      statusRow({
        eval_year: 2026,
        target_year: 2030,
        actual_year: 2026,
        actual_value: 108,
        status: 'met',
      }),
    ];
    expect(said(gridChanges(before, grid(after, 2026)))).toEqual({
      new_data: ['VN VN-srb-2030 off_track→met'],
      deadline: [],
      ageing: [],
    });
  });
});
