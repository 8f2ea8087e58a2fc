// Lists the downloadable files the data build wrote to static/data, with size, columns (the CSV
// header) and licence, for the /data page. Server-only: reads the files at prerender time.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';

export interface DownloadFile {
  /** Path under the site root, e.g. '/data/actuals.csv'. */
  path: string;
  bytes: number;
  /** Column names (CSV header), [] for non-CSV files. */
  columns: string[];
  kind: 'csv' | 'parquet' | 'json' | 'duckdb' | 'topojson' | 'other';
}

const ROOT = resolve('static');

function kindOf(name: string): DownloadFile['kind'] {
  const ext = name.split('.').pop() ?? '';
  return (
    (['csv', 'parquet', 'json', 'duckdb', 'topojson'] as const).find((k) => k === ext) ?? 'other'
  );
}

function csvHeader(file: string): string[] {
  const text = readFileSync(file, 'utf8').replace(/^\uFEFF/, '');
  const firstLine = text.slice(0, text.indexOf('\n') >>> 0).replace(/\r$/, '');
  return firstLine.split(',').map((c) => c.replace(/^"|"$/g, ''));
}

export function listDownloads(dir = join(ROOT, 'data')): DownloadFile[] {
  const out: DownloadFile[] = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d).sort()) {
      const full = join(d, name);
      const info = statSync(full);
      if (info.isDirectory()) walk(full);
      else {
        const kind = kindOf(name);
        out.push({
          path: `/${relative(ROOT, full).split('\\').join('/')}`,
          bytes: info.size,
          columns: kind === 'csv' ? csvHeader(full) : [],
          kind,
        });
      }
    }
  };
  walk(dir);
  return out;
}

/** The data build's manifest (static/data/manifest.json): rows per table and the version. */
export function readManifest(dir = join(ROOT, 'data')): {
  rows: Record<string, number>;
  version: string;
} {
  return JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as {
    rows: Record<string, number>;
    version: string;
  };
}
