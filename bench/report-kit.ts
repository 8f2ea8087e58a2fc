// The report kit after an upload: for one province and year, the annex model and the three files
// (annex XLSX, annex DOCX, report draft DOCX with the annex), as the import page makes them once
// the engine has answered. Runs on the built dataset (.dataset/dataset.duckdb: `npm run data`).
// The kept values are SYNTHETIC (one per target, never shown anywhere). Target: ≤ 1 s.
//   npx tsx bench/report-kit.ts            (or through `npm run bench`)
import { openNodeClient } from '../src/lib/data/node-client.ts';
import {
  listAreas,
  listAreasActuals,
  listCrosswalk,
  listIndicators,
  listTargets,
} from '../src/lib/data/queries.ts';
import { reportTargets } from '../src/lib/domain/area-year-report.ts';
import { computeStatusTable } from '../src/lib/domain/attainment/evaluate.ts';
import type { UserValue } from '../src/lib/import/validate.ts';
import { buildAnnex } from '../src/lib/report-kit/annex.ts';
import { annexXlsx } from '../src/lib/report-kit/annex-xlsx.ts';
import { annexDocx, reportDocx } from '../src/lib/report-kit/docx.ts';

export interface ReportKitTiming {
  area: string;
  year: number;
  targets: number;
  annex: Stat;
  draft: Stat;
  allFiles: Stat;
}
interface Stat {
  min: number;
  median: number;
  max: number;
}

const stat = (ms: number[]): Stat => {
  const s = [...ms].sort((a, b) => a - b);
  return { min: s[0]!, median: s[Math.floor(s.length / 2)]!, max: s[s.length - 1]! };
};

export async function measureReportKit(
  runs = 10,
  areaId = '34-56',
  year = 2025,
): Promise<ReportKitTiming> {
  const db = await openNodeClient('.dataset/dataset.duckdb', { readOnly: true });
  const [indicators, areas, crosswalk, targets, actuals] = await Promise.all([
    listIndicators(db),
    listAreas(db),
    listCrosswalk(db),
    listTargets(db),
    listAreasActuals(db, [areaId]),
  ]);
  await db.close();
  const area = areas.find((a) => a.id === areaId)!;
  // What the page's `official` returns once the engine has answered (not timed: the upload's
  // comparison has already asked for it).
  const status = computeStatusTable({
    targets,
    actuals,
    areas: [area],
    crosswalk,
    fromYear: year - 1,
    toYear: year,
  });
  // SYNTHETIC kept values: one per target the annual page shows.
  const accepted: UserValue[] = reportTargets(targets, areaId, year, crosswalk, indicators).map(
    (t, i) => ({
      row: i + 8,
      file: 'SYNTHETIC.xlsx',
      indicator_id: t.target.indicator_id,
      area_id: areaId,
      year,
      value: 40 + i,
      agency: 'SYNTHETIC',
    }),
  );
  const make = () =>
    buildAnnex({
      area,
      year,
      period: 'annual',
      indicators,
      targets,
      crosswalk,
      status,
      actuals,
      kept: { accepted, conflicts: [], files: ['SYNTHETIC.xlsx'] },
      today: new Date().toISOString().slice(0, 10),
    });
  // One warm-up (module loading is a one-time cost the page pays on the first click).
  await reportDocx(make());
  const annexMs: number[] = [];
  const draftMs: number[] = [];
  const allMs: number[] = [];
  for (let i = 0; i < runs; i++) {
    let t0 = performance.now();
    const annex = make();
    annexMs.push(performance.now() - t0);
    t0 = performance.now();
    await reportDocx(make());
    draftMs.push(performance.now() - t0);
    t0 = performance.now();
    const all = make();
    await Promise.all([annexXlsx(all), annexDocx(all), reportDocx(all)]);
    allMs.push(performance.now() - t0);
    if (!annex.rows.length) throw new Error('no targets');
  }
  return {
    area: areaId,
    year,
    targets: make().rows.length,
    annex: stat(annexMs),
    draft: stat(draftMs),
    allFiles: stat(allMs),
  };
}

export function printReportKit(t: ReportKitTiming) {
  const f = (s: Stat) =>
    `${s.median.toFixed(1)} ms (min ${s.min.toFixed(1)}, max ${s.max.toFixed(1)})`;
  console.log(
    `Report kit, ${t.area} ${t.year}, ${t.targets} targets, after upload (target ≤ 1 s):`,
  );
  console.log(`  annex model                          ${f(t.annex)}`);
  console.log(`  annex + report draft (DOCX)          ${f(t.draft)}`);
  console.log(`  annex + all three files (XLSX, DOCX) ${f(t.allFiles)}`);
}

if (import.meta.url === `file://${process.argv[1]}`)
  printReportKit(await measureReportKit(Number(process.env.BENCH_RUNS ?? 10)));
