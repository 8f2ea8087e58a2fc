// Province shapes for the choropleth, projected once at build time (prerender) so pages ship SVG
// path strings instead of topologies. Both vintages; Hoàng Sa (in Đà Nẵng, 48) and Trường Sa (in
// Khánh Hòa, 56) are part of their provinces' shapes and stay inside the fitted extent.
import { geoMercator, geoPath } from 'd3';
import { feature } from 'topojson-client';
import type { Topology, GeometryCollection } from 'topojson-specification';
import type { Feature, FeatureCollection, Geometry } from 'geojson';

export interface ProvinceShape {
  /** Two-digit GSO code. */
  code: string;
  d: string;
  /**
   * The province without its far-off archipelago (Hoàng Sa, Trường Sa), when it has one: what a
   * selected province is outlined by, so selecting Khánh Hòa does not ring every island.
   */
  outline?: string;
}

export interface ProjectedMap {
  width: number;
  height: number;
  shapes: ProvinceShape[];
  /** Label anchors for the archipelagos, in map coordinates. */
  hoangSa: [number, number];
  truongSa: [number, number];
}

type Props = { code?: string };

/** East of this longitude lie the archipelagos (Hoàng Sa from 111°E, Trường Sa from 111.9°E). */
const ARCHIPELAGO_LON = 110.5;

/** The parts of a province west of the archipelagos, or null when it has no such part to drop. */
function mainland(f: Feature<Geometry, Props>): Feature<Geometry, Props> | null {
  if (f.geometry.type !== 'MultiPolygon') return null;
  const west = f.geometry.coordinates.filter((polygon) => {
    const ring = polygon[0] ?? [];
    const lon = ring.reduce((s, p) => s + (p[0] ?? 0), 0) / Math.max(1, ring.length);
    return lon < ARCHIPELAGO_LON;
  });
  if (!west.length || west.length === f.geometry.coordinates.length) return null;
  return { ...f, geometry: { type: 'MultiPolygon', coordinates: west } };
}

export function projectProvinces(topology: Topology, width = 520, height = 620): ProjectedMap {
  const object = topology.objects.provinces as GeometryCollection<Props>;
  const collection = feature(topology, object) as FeatureCollection<Geometry, Props>;
  // Fit the whole collection: the islands widen the extent, and they must not be dropped.
  const projection = geoMercator().fitExtent(
    [
      [8, 8],
      [width - 8, height - 8],
    ],
    collection,
  );
  const path = geoPath(projection).digits(1);
  const shapes = collection.features
    .map((f: Feature<Geometry, Props>): ProvinceShape => {
      const d = path(f) ?? '';
      const near = mainland(f);
      const outline = near ? (path(near) ?? '') : '';
      return {
        code: String(f.properties?.code ?? ''),
        d,
        ...(outline && outline !== d ? { outline } : {}),
      };
    })
    .filter((s) => s.code && s.d)
    .sort((a, b) => a.code.localeCompare(b.code));
  const at = (lon: number, lat: number) => projection([lon, lat]) ?? [0, 0];
  return { width, height, shapes, hoangSa: at(112, 16.6), truongSa: at(114.3, 10.1) };
}
