// Province boundaries for prerendered pages: the TopoJSON files the data build writes, read once
// per build. Projecting them is the figure model's concern (src/lib/figure/geo.ts).
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Topology } from 'topojson-specification';

const FILES: Record<63 | 34, string> = {
  63: 'vn63_provinces_pre2025_geoboundaries.topojson',
  34: 'vn34_provinces_2025_vpd_simplified.topojson',
};
const cache = new Map<number, Topology>();

export function provinceTopology(vintage: 63 | 34): Topology {
  let topology = cache.get(vintage);
  if (!topology) {
    topology = JSON.parse(
      readFileSync(resolve('static/data/geo', FILES[vintage]), 'utf8'),
    ) as Topology;
    cache.set(vintage, topology);
  }
  return topology;
}
