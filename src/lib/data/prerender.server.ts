// The dataset as prerender loaders see it: the full build database (.dataset/dataset.duckdb,
// written by `npm run data`, never served) opened read-only in Node, once per build process.
// Server-only (the .server suffix keeps it out of browser bundles).
import { resolve } from 'node:path';
import type { SqlClient } from './client.ts';
import { openNodeClient } from './node-client.ts';

let client: Promise<SqlClient> | null = null;

export function datasetClient(): Promise<SqlClient> {
  client ??= openNodeClient(resolve('.dataset/dataset.duckdb'), { readOnly: true });
  return client;
}
