// Writes SYNTHETIC data packs (one per province of a vintage, one deliberately broken) into a
// folder, for trying the compile page by hand: `npx tsx scripts/synthetic-packs.ts <folder outside the repository> 34`.
// Never into static/ or data/: the values are made up.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { buildDataset } from './data/build-dataset.ts';
import { syntheticPacks } from '../tests/synthetic/packs.ts';

const [dir, vintageArg = '34', yearArg] = process.argv.slice(2);
if (!dir) throw new Error('usage: tsx scripts/synthetic-packs.ts <folder> [63|34] [year]');
const target = resolve(dir);
if (/[/\\](static|data)([/\\]|$)/.test(target)) throw new Error('not into static/ or data/');
const vintage = Number(vintageArg);
const year = yearArg ? Number(yearArg) : vintage === 63 ? 2024 : 2025;
const { areas } = buildDataset('data');
const provinces = areas.filter((a) => a.kind === 'province' && a.vintage === vintage);
mkdirSync(target, { recursive: true });
for (const p of syntheticPacks(provinces, { year })) writeFileSync(join(target, p.name), p.text);
console.log(`${provinces.length} SYNTHETIC packs for ${year} written to ${target}`);
