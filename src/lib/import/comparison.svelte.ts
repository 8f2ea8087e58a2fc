// The kept upload against the targets: statuses from the user's own values beside the official
// ones, by the same attainment engine. The official statuses come from the page (the query
// engine lives in src/lib/data); a comparison started for an older upload never overwrites a
// newer one.
import type { StatusRow } from '../domain/attainment/evaluate.ts';
import type { Area, CrosswalkRow, Indicator, Target } from '../domain/types.ts';
import { compareStatuses, type ComparisonLine } from './compare.ts';
import type { SavedUpload } from './storage.ts';

export interface ComparisonContext {
  areas: readonly Area[];
  indicators: readonly Indicator[];
  targets: readonly Target[];
  crosswalk: readonly CrosswalkRow[];
  /** Official statuses of an area in a year (empty when the engine could not start). */
  official(areaId: string, evalYear: number): Promise<StatusRow[]>;
}

// Targets with a value on neither side are listed apart, so the ones to discuss come first.
const hasValue = (r: StatusRow | null) => r !== null && r.status !== 'no_data';

export class Comparison {
  lines: ComparisonLine[] = $state.raw([]);
  evalYear = $state(0);
  /** Lines where either side has a value. */
  readonly compared = $derived(this.lines.filter((l) => hasValue(l.official) || hasValue(l.yours)));
  /** Targets with a value on neither side. */
  readonly unassessed = $derived(
    this.lines.filter((l) => !hasValue(l.official) && !hasValue(l.yours)),
  );
  #run = 0;

  constructor(private readonly ctx: ComparisonContext) {}

  async update(kept: SavedUpload | null, fallbackAreaId: string): Promise<void> {
    const run = ++this.#run;
    if (!kept || kept.accepted.length === 0) {
      this.lines = [];
      return;
    }
    const areaId = kept.accepted[0]!.area_id;
    const area =
      this.ctx.areas.find((a) => a.id === areaId) ??
      this.ctx.areas.find((a) => a.id === fallbackAreaId)!;
    const evalYear = kept.accepted.reduce((max, v) => Math.max(max, v.year), 0);
    this.evalYear = evalYear;
    const official = await this.ctx.official(area.id, evalYear);
    if (run !== this.#run) return;
    this.lines = compareStatuses({
      values: kept.accepted.filter((v) => v.area_id === area.id),
      fileName: kept.fileName,
      area,
      indicators: this.ctx.indicators,
      targets: this.ctx.targets,
      crosswalk: this.ctx.crosswalk,
      official,
      evalYear,
    });
  }
}
