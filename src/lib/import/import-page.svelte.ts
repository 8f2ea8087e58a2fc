// The /import page's model: what the officer chose (province, year, period; from the URL or the
// selects), the upload of that slot and its comparison with the targets, the list of everything
// kept. Components take it and draw it. Everything that reaches the browser's storage or the query
// engine starts in mount(), in the browser, and stops in destroy(): a page that is gone computes
// nothing more (its data may already be torn down).
import { untrack } from 'svelte';
import { computeStatusTable, type StatusRow } from '../domain/attainment/evaluate.ts';
import { reportingYear, validInYear } from '../domain/attainment/target-choice.ts';
import type { ReportPeriod } from '../domain/report-period.ts';
import type { ActualRow, Area, CrosswalkRow, Indicator, Locale, Target } from '../domain/types.ts';
import type { SqlClient } from '../data/client.ts';
import { listAreasActuals } from '../data/queries.ts';
import { browserUploadStore } from './browser-storage.ts';
import { Comparison } from './comparison.svelte.ts';
import type { FileRejected } from './explain.ts';
import { readImportParams, type UrlNote } from './import-params.ts';
import { KeptUploads } from './kept-uploads.svelte.ts';
import type { ImportContext } from './pipeline.ts';
import type { KeptUpload, Slot, UploadStore } from './storage.ts';
import { slug, templateFiles, templateYears, type TemplateInput } from './template.ts';
import { UploadState, type Runner } from './upload-state.svelte.ts';
import { startImport } from './worker-client.ts';

export interface ImportPageData {
  locale: Locale;
  indicators: Indicator[];
  areas: Area[];
  crosswalk: CrosswalkRow[];
  targets: Target[];
  /** Years the site has annual pages for. */
  years: number[];
}

/** The engine the official statuses come from (the page's; null when it could not start). */
export interface EngineLike {
  start(): Promise<SqlClient | null>;
}

/** The province shown when nothing is chosen, nothing is kept and the URL names none (of the 34). */
export const DEFAULT_AREA = '34-56';

export class ImportPage {
  /** The page's data (a getter: the route's props). */
  private readonly data: () => ImportPageData;
  readonly store: UploadStore;
  readonly upload: UploadState;
  readonly kept: KeptUploads;
  readonly comparison: Comparison;
  areaId = $state(DEFAULT_AREA);
  /** A year the user picked (null: the province's reporting year). */
  pickedYear: number | null = $state(null);
  period: ReportPeriod = $state('annual');
  /** Indicator names the user confirmed (text → indicator id). */
  confirmed: Record<string, string> = $state({});
  /** What the URL gave that could not be used. */
  urlNotes: UrlNote[] = $state.raw([]);
  /** The template agency the URL brings into view (a slug), if it names one. */
  focusAgency: string | null = $state(null);

  // Derived with .by: they read what the constructor sets (data, upload), only when first used.
  readonly provinces = $derived.by(() => this.data().areas.filter((a) => a.kind === 'province'));
  readonly area: Area = $derived(
    this.provinces.find((a) => a.id === this.areaId) ?? this.provinces[0]!,
  );
  readonly years = $derived(templateYears(this.area, this.today));
  readonly year = $derived(
    this.pickedYear !== null && this.years.includes(this.pickedYear)
      ? this.pickedYear
      : reportingYear(this.area, this.today),
  );
  readonly slot: Slot = $derived({ areaId: this.area.id, year: this.year, period: this.period });
  readonly templateInput: TemplateInput = $derived.by(() => ({
    area: this.area,
    year: this.year,
    indicators: this.data().indicators,
    targets: this.data().targets,
    crosswalk: this.data().crosswalk,
    today: this.today.toISOString().slice(0, 10),
  }));

  /** Each file's result once read. */
  readonly outcomes = $derived.by(() =>
    this.upload.status === 'done' ? this.upload.outcomes : [],
  );
  readonly several = $derived(this.outcomes.length > 1);
  /** Every problem of the files read, each naming its file when there were several. */
  readonly rejected: FileRejected[] = $derived(
    this.outcomes.flatMap((o) =>
      o.result.ok
        ? o.result.rejected.map((r) => (this.several ? { ...r, file: o.fileName } : r))
        : [],
    ),
  );
  /** Values the files give differently: of what is shown (just read, or kept). */
  readonly conflicts = $derived.by(() =>
    this.upload.status === 'pending' ? [] : (this.upload.shown?.conflicts ?? []),
  );
  /** The annual page the slot's figures show on (none for a 6-month report). */
  readonly ownPage: { area: Area; year: number } | null = $derived.by(() => {
    const slot = this.upload.slot;
    const area = this.provinces.find((a) => a.id === slot.areaId);
    // Only what is kept shows there (not the files just read, nor what the storage refused).
    if (!this.upload.kept || this.upload.candidate || !area || slot.period !== 'annual')
      return null;
    if (!this.data().years.includes(slot.year) || !validInYear(area, slot.year)) return null;
    return { area, year: slot.year };
  });

  #destroyed = false;
  #touched = false;
  #started = false;
  #stops: (() => void)[] = [];

  constructor(
    data: () => ImportPageData,
    private readonly deps: {
      engine: EngineLike;
      run?: Runner;
      makeStore?: () => UploadStore;
      /** Today (templates and reporting years depend on it). */
      today: Date;
    },
  ) {
    this.data = data;
    this.store = (deps.makeStore ?? browserUploadStore)();
    this.upload = new UploadState({
      run: deps.run ?? startImport,
      store: this.store,
      slot: { areaId: DEFAULT_AREA, year: 0, period: 'annual' },
    });
    this.kept = new KeptUploads(() => this.store);
    this.comparison = new Comparison({
      get areas() {
        return data().areas;
      },
      get indicators() {
        return data().indicators;
      },
      get targets() {
        return data().targets;
      },
      get crosswalk() {
        return data().crosswalk;
      },
      official: (areaId, evalYear, signal) => this.#official(areaId, evalYear, signal),
    });
  }

  get today(): Date {
    return this.deps.today;
  }

  /** In the browser: the URL's choices, what is kept, other tabs followed. Returns destroy. */
  mount(search: string): () => void {
    const params = readImportParams(search, {
      areaIds: this.provinces.map((p) => p.id),
      defaultAreaId: DEFAULT_AREA,
      yearsOf: (id) => {
        const area = this.provinces.find((p) => p.id === id);
        return area ? templateYears(area, this.today) : [];
      },
      defaultYearOf: (id) => {
        const area = this.provinces.find((p) => p.id === id);
        return area ? reportingYear(area, this.today) : 0;
      },
      agenciesOf: (id, year) => {
        const area = this.provinces.find((p) => p.id === id);
        return area
          ? templateFiles({ ...this.templateInput, area, year }).map((f) => slug(f.agency))
          : [];
      },
    });
    if (params.areaId) this.areaId = params.areaId;
    if (params.year) this.pickedYear = params.year;
    if (params.period) this.period = params.period;
    this.focusAgency = params.agency;
    this.urlNotes = params.notes;
    void this.#start(!params.given);
    return () => this.destroy();
  }

  async #start(openOnKept: boolean) {
    // Without a choice in the URL, the page opens on the upload kept last.
    if (openOnKept) {
      await this.kept.refresh();
      const latest = [...this.kept.uploads].sort((a, b) => b.savedAt.localeCompare(a.savedAt))[0];
      if (latest && !this.#touched && !this.#destroyed) this.#choose(latest.slot);
    }
    if (this.#destroyed) return;
    this.#started = true;
    this.upload.setSlot(this.slot);
    this.#stops.push(this.upload.watch(), this.kept.watch());
    this.#stops.push(
      $effect.root(() => {
        // The comparison follows what is shown (read, kept, changed by another tab).
        $effect(() => {
          const shown = this.upload.shown;
          const slot = this.upload.slot;
          untrack(() => void this.comparison.update(shown, slot));
        });
      }),
    );
  }

  /** The page is gone: no reading, writing, comparing or listening any more. */
  destroy(): void {
    if (this.#destroyed) return;
    this.#destroyed = true;
    this.comparison.destroy();
    this.upload.destroy();
    for (const stop of this.#stops.splice(0)) stop();
    this.kept.stop();
    this.store.close();
  }

  chooseArea(id: string) {
    this.#touched = true;
    if (this.provinces.some((p) => p.id === id)) this.areaId = id;
    this.#follow();
  }
  chooseYear(year: number) {
    this.#touched = true;
    this.pickedYear = year;
    this.#follow();
  }
  choosePeriod(period: ReportPeriod) {
    this.#touched = true;
    this.period = period;
    this.#follow();
  }
  /** A kept upload's slot, chosen from the list. */
  show(upload: KeptUpload) {
    this.#touched = true;
    this.#choose(upload.slot);
  }

  /** Deletes a kept upload from the list (refused when another tab changed it since). */
  async removeKept(upload: KeptUpload): Promise<void> {
    await this.kept.remove(upload);
  }

  #choose(slot: Slot) {
    if (!this.provinces.some((p) => p.id === slot.areaId)) return;
    this.areaId = slot.areaId;
    this.pickedYear = slot.year;
    this.period = slot.period;
    this.#follow();
  }

  /** The upload state reads the slot chosen (once the page runs in the browser). */
  #follow() {
    if (this.#started && !this.#destroyed) this.upload.setSlot(this.slot);
  }

  /** What the worker needs to read files for the slot (plain data: it is copied to the worker). */
  context(): ImportContext {
    const data = this.data();
    return {
      indicators: $state.snapshot(data.indicators),
      areas: $state.snapshot(data.areas),
      crosswalk: $state.snapshot(data.crosswalk),
      defaultAreaId: this.upload.slot.areaId,
      confirmed: $state.snapshot(this.confirmed),
    };
  }

  /** Several files at once (one per agency): read one after the other, then merged. */
  async readFiles(files: readonly File[]): Promise<void> {
    if (!files.length || this.#destroyed) return;
    // Files chosen before the page has finished starting are read into the slot shown, not the
    // one the upload state starts with; and the page no longer moves to the upload kept last.
    this.#touched = true;
    this.upload.setSlot(this.slot);
    await this.upload.chooseFiles(
      files.map((f) => ({ file: f, name: f.name })),
      this.context(),
    );
  }

  async confirm(indicatorText: string, indicatorId: string) {
    this.confirmed = { ...this.confirmed, [indicatorText]: indicatorId };
    if (this.upload.files.length) await this.upload.chooseFiles(this.upload.files, this.context());
  }

  /** Compares again (after the engine failed and the user retried). */
  compare() {
    void this.comparison.update(this.upload.shown, this.upload.slot);
  }

  /**
   * The report kit's official side: the province's official values and their verdicts for the
   * report's year and the year before (null when the engine could not start).
   */
  readonly reportOfficial = async (
    areaId: string,
    year: number,
  ): Promise<{ status: StatusRow[]; actuals: ActualRow[] } | null> => {
    const { targets, areas, crosswalk } = this.data();
    const area = areas.find((a) => a.id === areaId);
    const db = await this.deps.engine.start();
    if (!db || !area || this.#destroyed) return null;
    const actuals = await listAreasActuals(db, [areaId]);
    const status = computeStatusTable({
      targets,
      actuals,
      areas: [area],
      crosswalk,
      fromYear: year - 1,
      toYear: year,
    });
    return { status, actuals };
  };

  /** Official verdicts by the same engine, from the official values in the browser database. */
  async #official(areaId: string, evalYear: number, signal: AbortSignal): Promise<StatusRow[]> {
    // Taken before any wait: after one, the page (and its data) may be gone.
    const { targets, areas, crosswalk } = this.data();
    const area = areas.find((a) => a.id === areaId);
    const db = await this.deps.engine.start();
    if (!db || !area || signal.aborted) return [];
    const actuals = await listAreasActuals(db, [areaId]);
    if (signal.aborted) return [];
    return computeStatusTable({
      targets,
      actuals,
      areas: [area],
      crosswalk,
      fromYear: evalYear,
      toYear: evalYear,
    });
  }
}
