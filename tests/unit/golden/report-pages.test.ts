// Golden files of the annual report pages' data: every target row with its verdict and what it
// was judged on, as the prerendered page receives it. A changed number, verdict or target is a
// visible diff in the golden file (update with `npx vitest run -u` after checking it is right).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { NodeSqlClient } from '../../../src/lib/data/node-client.ts';
import {
  listAreasActuals,
  listCrosswalk,
  listIndicators,
  listStatus,
  listTargets,
} from '../../../src/lib/data/queries.ts';
import { buildAreaYearReport } from '../../../src/lib/domain/area-year-report.ts';
import { predecessorsOf } from '../../../src/lib/domain/attainment/target-choice.ts';
import { openRealDataset } from '../data/real-dataset.ts';

let db: NodeSqlClient;
beforeAll(async () => {
  db = await openRealDataset();
});
afterAll(async () => db.close());

async function reportRows(areaId: string, year: number) {
  const [indicators, targets, crosswalk] = await Promise.all([
    listIndicators(db),
    listTargets(db),
    listCrosswalk(db),
  ]);
  const predecessorIds = predecessorsOf(areaId, crosswalk);
  const areas = [areaId, ...predecessorIds];
  const report = buildAreaYearReport({
    areaId,
    year,
    indicators,
    targets,
    crosswalk,
    status: await listStatus(db, { areaIds: areas, evalYears: [year - 1, year] }),
    actuals: (await listAreasActuals(db, areas)).filter((a) => a.sex === 'all'),
    predecessorIds,
  });
  const line = (r: (typeof report.groups)[number]['rows'][number]) => {
    const v = r.verdict;
    return [
      r.target.id,
      v.target_role,
      `${v.comparator} ${v.target_value}`,
      v.status,
      v.reason,
      v.actual_year === null
        ? '–'
        : `${v.actual_value ?? `${v.actual_low ?? ''}..${v.actual_high ?? ''}`} (${v.actual_year}, ${v.series})`,
      v.path_value === null ? '' : `path ${v.baseline_value}@${v.baseline_year} → ${v.path_value}`,
      `lines ${r.lines.map((l) => `${l.areaId}/${l.series}:${l.points.length}`).join(' ')}`,
    ]
      .filter(Boolean)
      .join(' | ');
  };
  return JSON.stringify(
    {
      counts: report.counts,
      objectives: report.groups.map((g) => ({
        objective: g.objective,
        rows: [...g.rows, ...g.empty].map(line),
      })),
      predecessors: report.predecessors.map((p) => ({ area: p.areaId, rows: p.rows.map(line) })),
      context: report.context.map((c) => c.indicator.id),
      changes: Object.fromEntries(
        Object.entries(report.changes).map(([k, v]) => [
          k,
          v.map((c) => `${c.targetId}: ${c.from} → ${c.to}`),
        ]),
      ),
    },
    null,
    2,
  );
}

describe('annual report data (golden)', () => {
  it.each([
    ['63-56', 2024, 'khanh-hoa-63-2024'],
    ['34-56', 2025, 'khanh-hoa-34-2025'],
    ['VN', 2024, 'viet-nam-2024'],
    ['VN', 2025, 'viet-nam-2025'],
  ])('%s %i', async (areaId, year, file) => {
    await expect(await reportRows(areaId as string, year as number)).toMatchFileSnapshot(
      `./${file}.json`,
    );
  });
});
