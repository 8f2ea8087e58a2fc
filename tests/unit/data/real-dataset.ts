// The real dataset, built from data/ by the build's own code and loaded into an in-memory DuckDB
// with the build's own schema and loader: SQL tests run on exactly the tables the site has.
import { buildDataset } from '../../../scripts/data/build-dataset.ts';
import { loadTables } from '../../../src/lib/data/load-dataset.ts';
import { openNodeClient, type NodeSqlClient } from '../../../src/lib/data/node-client.ts';
import { computeStatusTable } from '../../../src/lib/domain/attainment/evaluate.ts';

export async function openRealDataset(): Promise<NodeSqlClient> {
  const data = buildDataset('data');
  const status = computeStatusTable({
    targets: data.targets,
    actuals: data.actuals,
    areas: data.areas,
    crosswalk: data.crosswalk,
    toYear: Math.max(...data.actuals.map((a) => a.year)),
  });
  const db = await openNodeClient();
  await loadTables(db, {
    indicators: data.indicators,
    areas: data.areas,
    crosswalk: data.crosswalk,
    area_regions: data.areaRegions,
    targets: data.targets,
    actuals: data.actuals,
    actual_sources: data.actualSources,
    sources: data.sources,
    plans: data.plans,
    commitments: data.commitments,
    government_assessments: data.governmentAssessments,
    other_targets: data.otherTargets,
    report_deadlines: data.reportDeadlines,
    status,
  });
  return db;
}
