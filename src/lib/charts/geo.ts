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
    .map((f: Feature<Geometry, Props>) => ({
      code: String(f.properties?.code ?? ''),
      d: path(f) ?? '',
    }))
    .filter((s) => s.code && s.d)
    .sort((a, b) => a.code.localeCompare(b.code));
  const at = (lon: number, lat: number) => projection([lon, lat]) ?? [0, 0];
  return { width, height, shapes, hoangSa: at(112, 16.6), truongSa: at(114.3, 10.1) };
}
