// The map's shapes of each vintage, fetched when a map of that vintage is first shown (the
// projection code, d3-geo and topojson, loads only then: prerendered pages ship their shapes).
import type { Topology } from 'topojson-specification';
import type { Vintage } from '../domain/ranking.ts';
import type { ProjectedMap } from '../figure/geo.ts';

const FILES: Record<Vintage, string> = {
  63: 'vn63_provinces_pre2025_geoboundaries.topojson',
  34: 'vn34_provinces_2025_vpd_simplified.topojson',
};

export class MapShapes {
  fetched: Partial<Record<Vintage, ProjectedMap>> = $state({});
  /** Offline and not yet saved: the map says so (asked again when the vintage is shown again). */
  failed: Partial<Record<Vintage, boolean>> = $state({});
  // Vintages asked for (not state: only `want` reads it).
  readonly #requested: Vintage[] = [];

  constructor(readonly url: (path: string) => string) {}

  want(v: Vintage): void {
    if (this.#requested.includes(v) || this.fetched[v]) return;
    this.#requested.push(v);
    void Promise.all([
      fetch(this.url(`/data/geo/${FILES[v]}`)).then((r) => {
        if (!r.ok) throw new Error(`HTTP ${r.status}`);
        return r.json() as Promise<Topology>;
      }),
      import('../figure/geo.ts'),
    ]).then(
      ([topology, geo]) =>
        (this.fetched = { ...this.fetched, [v]: geo.projectProvinces(topology) }),
      () => {
        this.#requested.splice(this.#requested.indexOf(v), 1);
        this.failed = { ...this.failed, [v]: true };
      },
    );
  }
}
