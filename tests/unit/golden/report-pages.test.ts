// Golden files of the annual report pages' data: every target row with its verdict and what it
// was judged on, as the prerendered page receives it from its loader (src/lib/pages). A changed number, verdict or target is a
// visible diff in the golden file (update with `npx vitest run -u` after checking it is right).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { NodeSqlClient } from '../../../src/lib/data/node-client.ts';
import { loadAnnualPage } from '../../../src/lib/pages/annual-page.ts';
import { openRealDataset } from '../data/real-dataset.ts';

let db: NodeSqlClient;
beforeAll(async () => {
  db = await openRealDataset();
});
afterAll(async () => db.close());

// The page's own loader (the route's +page.server.ts returns exactly this).
async function reportRows(areaId: string, year: number) {
  const page = await loadAnnualPage(db, areaId, year);
  if (!page) throw new Error(`no report page for ${areaId} ${year}`);
  const report = page.report;
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

describe('the deadline each page’s loader finds in the plans held here', () => {
  it.each([
    ['63-56', 2024, ['annual 10/12 SEED004 own']],
    ['63-56', 2025, ['annual 10/12 SEED004 own']],
    ['63-51', 2025, ['annual 10/12 SEED002 own', 'h1 5/6 SEED002 own']],
    ['63-70', 2022, []],
    ['34-24', 2026, ['annual 30/11 SEED003 own']],
    // Khánh Hòa (34) was formed from two provinces: it inherits neither plan's deadline.
    ['34-56', 2025, []],
    ['VN', 2024, []],
  ])('%s %i', async (areaId, year, expected) => {
    const page = (await loadAnnualPage(db, areaId as string, year as number))!;
    const text = [page.deadlines.annual, page.deadlines.h1]
      .filter((d) => d !== null)
      .map(
        (d) =>
          `${d.deadline.period} ${d.deadline.day}/${d.deadline.month} ${d.deadline.plan_id} ${d.inheritedFrom ?? 'own'}`,
      );
    expect(text).toEqual(expected);
  });
});
