// Map shapes for prerendered pages: the TopoJSON from the data build, projected once per build.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Topology } from 'topojson-specification';
import { projectProvinces, type ProjectedMap } from '../charts/geo.ts';

const FILES: Record<63 | 34, string> = {
  63: 'vn63_provinces_pre2025_geoboundaries.topojson',
  34: 'vn34_provinces_2025_vpd_simplified.topojson',
};
const cache = new Map<number, ProjectedMap>();

export function provinceMap(vintage: 63 | 34): ProjectedMap {
  let map = cache.get(vintage);
  if (!map) {
    const topology = JSON.parse(
      readFileSync(resolve('static/data/geo', FILES[vintage]), 'utf8'),
    ) as Topology;
    map = projectProvinces(topology);
    cache.set(vintage, map);
  }
  return map;
}
