// The data page (/data/) as a catalogue: one row per file (or family of files), a shared column
// dictionary, the code lists, the URL patterns for scripts, and the plan texts under their
// readable names. What its prerender loader returns.
import { DOWNLOAD_TABLES, dictionaryRows } from '../data/catalogue.ts';
import { listDownloads, readManifest } from '../data/downloads.server.ts';
import type { SqlClient } from '../data/client.ts';
import { listAreas, listIndicators, listPlans } from '../data/queries.ts';

export async function loadDataPage(db: SqlClient) {
  const files = listDownloads();
  const manifest = readManifest();
  const [indicators, areas] = await Promise.all([listIndicators(db), listAreas(db)]);
  const plans = (
    await listPlans(
      db,
      areas.map((a) => a.id),
    )
  ).filter((p) => p.download_file);
  const areaName = new Map(areas.map((a) => [a.id, { vi: a.name_vi, en: a.name_en }]));
  const bytesOf = (path: string) => files.find((f) => f.path === path)?.bytes ?? 0;
  const family = (test: (path: string) => boolean) => {
    const list = files.filter((f) => test(f.path));
    return { count: list.length, bytes: list.reduce((n, f) => n + f.bytes, 0) };
  };
  return {
    version: manifest.version,
    tables: [...DOWNLOAD_TABLES, 'status' as const].map((name) => ({
      name,
      rows: manifest.rows[name] ?? 0,
      csv: { path: `/data/${name}.csv`, bytes: bytesOf(`/data/${name}.csv`) },
      parquet: { path: `/data/${name}.parquet`, bytes: bytesOf(`/data/${name}.parquet`) },
    })),
    database: { path: '/data/gender.duckdb', bytes: bytesOf('/data/gender.duckdb') },
    manifestFile: { path: '/data/manifest.json', bytes: bytesOf('/data/manifest.json') },
    perIndicator: family((p) => p.startsWith('/data/indicators/')),
    planFiles: family((p) => plans.some((x) => p === `/data/plans/${x.download_file}`)),
    maps: files.filter((f) => f.path.startsWith('/data/geo/')),
    indicators: indicators.map((i) => ({ id: i.id, name_vi: i.name_vi, name_en: i.name_en })),
    plans: plans.map((p) => ({
      id: p.id,
      area: areaName.get(p.area_id) ?? { vi: p.area_id, en: p.area_id },
      title: p.title,
      document_number: p.document_number,
      date: p.date,
      file: p.download_file,
      bytes: bytesOf(`/data/plans/${p.download_file}`),
    })),
    dictionary: dictionaryRows(),
  };
}

export type DataPageData = Awaited<ReturnType<typeof loadDataPage>>;
