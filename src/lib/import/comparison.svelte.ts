// An upload against the targets of its slot: statuses from the user's own values beside the
// official ones, by the same attainment engine, for the province and year the upload is for. The
// official statuses come from the page (the query engine lives in src/lib/data). A comparison
// started for an older upload never overwrites a newer one, and once the page is gone nothing
// more is computed or shown: its context may already be torn down.
import type { StatusRow } from '../domain/attainment/evaluate.ts';
import type { Area, CrosswalkRow, Indicator, Target } from '../domain/types.ts';
import { compareStatuses, type ComparisonLine } from './compare.ts';
import type { SavedUpload, Slot } from './storage.ts';

export interface ComparisonContext {
  areas: readonly Area[];
  indicators: readonly Indicator[];
  targets: readonly Target[];
  crosswalk: readonly CrosswalkRow[];
  /**
   * Official statuses of an area in a year (empty when the engine could not start). `signal` is
   * aborted when the comparison is no longer wanted: stop there, touch nothing of the page.
   */
  official(areaId: string, evalYear: number, signal: AbortSignal): Promise<StatusRow[]>;
}

// Targets with a value on neither side are listed apart, so the ones to discuss come first.
const hasValue = (r: StatusRow | null) => r !== null && r.status !== 'no_data';

export class Comparison {
  lines: ComparisonLine[] = $state.raw([]);
  evalYear = $state(0);
  /** Waiting for the official statuses (the engine may be starting). */
  computing = $state(false);
  /** Why the official statuses could not be had (their column is then empty). */
  officialError: string | null = $state(null);
  /** How many of the upload's values are of other provinces (they show on those pages). */
  otherAreas: { areaId: string; n: number }[] = $state.raw([]);
  /** Lines where either side has a value. */
  readonly compared = $derived(this.lines.filter((l) => hasValue(l.official) || hasValue(l.yours)));
  /** Targets with a value on neither side. */
  readonly unassessed = $derived(
    this.lines.filter((l) => !hasValue(l.official) && !hasValue(l.yours)),
  );
  #run = 0;
  #abort: AbortController | null = null;
  #destroyed = false;

  constructor(private readonly ctx: ComparisonContext) {}

  async update(upload: SavedUpload | null, slot: Slot): Promise<void> {
    if (this.#destroyed) return;
    const run = ++this.#run;
    this.#abort?.abort();
    this.#abort = null;
    const area = upload ? this.ctx.areas.find((a) => a.id === slot.areaId) : undefined;
    if (!upload || !area || upload.accepted.length === 0) {
      this.lines = [];
      this.otherAreas = [];
      this.computing = false;
      return;
    }
    // Everything of the page this comparison needs, taken now: the page may go while it waits.
    const { indicators, targets, crosswalk } = this.ctx;
    const abort = new AbortController();
    this.#abort = abort;
    this.evalYear = slot.year;
    const counts: Record<string, number> = {};
    for (const v of upload.accepted)
      if (v.area_id !== area.id) counts[v.area_id] = (counts[v.area_id] ?? 0) + 1;
    this.otherAreas = Object.entries(counts).map(([areaId, n]) => ({ areaId, n }));
    this.computing = true;
    let official: StatusRow[];
    let failed: string | null = null;
    try {
      official = await this.ctx.official(area.id, slot.year, abort.signal);
    } catch (e) {
      // The user's own verdicts still show; the page says why the official ones do not.
      official = [];
      failed = e instanceof Error ? e.message : String(e);
    }
    if (run !== this.#run || this.#destroyed || abort.signal.aborted) return;
    this.computing = false;
    this.officialError = failed;
    this.lines = compareStatuses({
      values: upload.accepted.filter((v) => v.area_id === area.id),
      fileName: upload.files[0] ?? upload.fileName,
      area,
      indicators,
      targets,
      crosswalk,
      official,
      evalYear: slot.year,
    });
  }

  /** The page is gone: any comparison under way stops and shows nothing. */
  destroy(): void {
    this.#destroyed = true;
    this.#abort?.abort();
    this.#abort = null;
  }
}
