// The user's own figures on a prerendered province page: read from this browser's storage when
// the page mounts (no network, no database engine), every kept year of the province together
// (the user's own line covers the years they uploaded), followed as other tabs change them, shown
// as a layer of their own, deletable from here. Read-only otherwise: uploads are made on /import.
//
//   const own = new OwnLayer(() => data.area.id);
//   onMount(() => own.watch());            // read, follow other tabs; stops when the page goes
//   own.valuesOf(areaId)                   // the province's annual values, each naming its file
//   own.uploadsOf(areaId)                  // the uploads they come from (and 6-month ones)
//   own.kept                               // the page's province as one upload (files, date, conflicts)
//   own.remove()                           // delete the province's annual uploads
import { browserUploadStore } from '../import/browser-storage.ts';
import { KeptUploads } from '../import/kept-uploads.svelte.ts';
import type { KeptUpload, SavedUpload, UploadStore } from '../import/storage.ts';
import type { UserValue } from '../import/validate.ts';

export class OwnLayer {
  readonly list: KeptUploads;
  deleted = $state(false);
  #stop: (() => void) | null = null;

  constructor(
    /** The page's province. */
    private readonly areaId: () => string,
    makeStore: () => UploadStore = browserUploadStore,
  ) {
    this.list = new KeptUploads(makeStore);
  }

  /** The store was read (or could not be). */
  get loaded(): boolean {
    return this.list.loaded;
  }

  /** Reads what is kept and follows other tabs' changes; returns the stop (for onMount). */
  watch(): () => void {
    this.#stop ??= this.list.watch();
    return () => this.close();
  }

  /** One read, without following other tabs. */
  load(): Promise<void> {
    return this.list.refresh();
  }

  close(): void {
    this.#stop?.();
    this.#stop = null;
    this.list.store.close();
  }

  /** The province's annual values from every kept upload (values in conflict left out). */
  valuesOf(areaId: string): UserValue[] {
    return this.list.figuresOf(areaId).values;
  }

  /** The uploads giving figures of the province, newest first (6-month ones included). */
  uploadsOf(areaId: string): KeptUpload[] {
    return this.list.figuresOf(areaId).uploads;
  }

  /** The page's province's annual figures as one upload, or null when there are none. */
  readonly kept: SavedUpload | null = $derived.by(() => this.#keptOf(this.areaId()));

  #keptOf(areaId: string): SavedUpload | null {
    const { uploads, values, conflicts, files } = this.list.figuresOf(areaId);
    if (values.length === 0 && conflicts.length === 0) return null;
    const annual = uploads.filter((u) => u.slot.period === 'annual');
    return {
      fileName: files.join(', '),
      files,
      areaId,
      accepted: values,
      rejectedCount: annual.reduce((n, u) => n + u.rejectedCount, 0),
      conflictCount: conflicts.length,
      conflicts,
      savedAt: annual.reduce((latest, u) => (u.savedAt > latest ? u.savedAt : latest), ''),
    };
  }

  /**
   * Deletes one upload, or every annual upload kept for the page's province. An upload kept for
   * another province that also gives a value of this one is not deleted from here (the list shows
   * it under its own province). Nor is an upload another tab changed since it was read.
   */
  async remove(upload?: KeptUpload): Promise<void> {
    const areaId = this.areaId();
    const targets = upload
      ? [upload]
      : this.uploadsOf(areaId).filter(
          (u) => u.slot.period === 'annual' && u.slot.areaId === areaId,
        );
    const all = await this.list.removeAll(targets);
    this.deleted = all && this.valuesOf(areaId).length === 0;
  }
}
