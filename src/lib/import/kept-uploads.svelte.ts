// Everything kept in this browser, as a list that follows other tabs: the kept list of /import,
// the user's own figures on the province pages (through report/own-layer), later explore's
// "figures you loaded". Each upload is deletable, unless another tab changed it since it was read.
import type { ReportPeriod } from '../domain/report-period.ts';
import { areaFigures, type AreaFigures } from './kept-figures.ts';
import {
  slotId,
  storageError,
  type KeptUpload,
  type Slot,
  type StorageFailureKind,
  type UploadStore,
} from './storage.ts';

export interface ListFailure {
  kind: StorageFailureKind;
  message: string;
}

export type ListNotice =
  | { kind: 'deleted'; slot: Slot; fileName: string }
  /** Not deleted: another tab changed it; the list shows what it holds now. */
  | { kind: 'changed_elsewhere'; slot: Slot }
  | { kind: 'delete_failed'; slot: Slot; failure: ListFailure };

export class KeptUploads {
  /** Every upload kept, by province, the latest year first. */
  uploads: KeptUpload[] = $state.raw([]);
  /** The list was read at least once (or failed to be). */
  loaded = $state(false);
  /** Why the list could not be read (null: it was). */
  failure: ListFailure | null = $state.raw(null);
  notice: ListNotice | null = $state.raw(null);

  #store: UploadStore | null = null;
  #reads = 0;
  #stop: (() => void) | null = null;
  /** Figures per province and period, for the list as last read (a cache, not state). */
  #figures: Record<string, AreaFigures> = {};
  #figuresOf: KeptUpload[] = [];

  /** `store`: made when first needed (never during prerender). */
  constructor(private readonly makeStore: () => UploadStore) {}

  get store(): UploadStore {
    this.#store ??= this.makeStore();
    return this.#store;
  }

  /** Reads the list and follows every change (here or in another tab); returns the stop. */
  watch(): () => void {
    if (!this.#stop) {
      const unsubscribe = this.store.subscribe(() => void this.refresh());
      this.#stop = () => {
        unsubscribe();
        this.#reads++; // an answer still on its way is dropped
      };
      void this.refresh();
    }
    return () => this.stop();
  }

  stop(): void {
    this.#stop?.();
    this.#stop = null;
  }

  async refresh(): Promise<void> {
    const read = ++this.#reads;
    try {
      const uploads = await this.store.list();
      if (read !== this.#reads) return;
      this.uploads = uploads;
      this.failure = null;
    } catch (e) {
      if (read !== this.#reads) return;
      const error = storageError(e);
      this.failure = { kind: error.kind, message: error.message };
    }
    this.loaded = true;
  }

  /** Everything kept. */
  list(): KeptUpload[] {
    return this.uploads;
  }

  /** The province's figures of a period from every kept upload (cached per list read). */
  figuresOf(areaId: string, period: ReportPeriod = 'annual'): AreaFigures {
    if (this.#figuresOf !== this.uploads) {
      this.#figures = {};
      this.#figuresOf = this.uploads;
    }
    const key = `${areaId}|${period}`;
    return (this.#figures[key] ??= areaFigures(this.uploads, areaId, period));
  }

  /** Deletes one upload, as it was read: refused when another tab changed it since. */
  async remove(upload: KeptUpload): Promise<boolean> {
    const slot = upload.slot;
    let ok = false;
    try {
      const written = await this.store.remove(slot, upload.revision);
      ok = written.ok;
      this.notice = written.ok
        ? { kind: 'deleted', slot, fileName: upload.fileName }
        : { kind: 'changed_elsewhere', slot };
    } catch (e) {
      const error = storageError(e);
      this.notice = {
        kind: 'delete_failed',
        slot,
        failure: { kind: error.kind, message: error.message },
      };
    }
    await this.refresh();
    return ok;
  }

  /** Deletes several uploads; true when every one was deleted. */
  async removeAll(uploads: readonly KeptUpload[]): Promise<boolean> {
    let all = true;
    for (const u of uploads) all = (await this.remove(u)) && all;
    return all;
  }

  has(slot: Slot): boolean {
    return this.uploads.some((u) => slotId(u.slot) === slotId(slot));
  }
}
