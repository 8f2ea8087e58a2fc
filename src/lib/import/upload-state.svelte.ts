// The upload state machine: a file is chosen (pending), then read (done, with its result); what
// is kept in the browser is a separate thing that changes only when a file gave values.
//
// Every upload has an id. Choosing a second file while the first is still read abandons the
// first: its worker is terminated, and if its answer arrives anyway it is neither shown nor kept.
// A file that gives no value (refused, or every row a problem) never replaces the kept upload.
import type { ImportContext, ImportResult } from './pipeline.ts';
import type { SavedUpload } from './storage.ts';
import type { ImportJob, Progress } from './worker-client.ts';
import type { WorkerRequest } from './worker-handler.ts';

export interface UploadStorage {
  save(upload: SavedUpload): Promise<void>;
  load(): Promise<SavedUpload | undefined>;
  remove(): Promise<void>;
}

export type Runner = (request: WorkerRequest, onProgress: (p: Progress) => void) => ImportJob;

export type Notice =
  | { kind: 'restored'; fileName: string; n: number; savedAt: string }
  | { kind: 'deleted' }
  /** The file just read was not kept; `kept` is what the browser still holds, if anything. */
  | {
      kind: 'not_kept';
      fileName: string;
      reason: 'no_values' | 'failed';
      kept: { fileName: string; n: number } | null;
    }
  | { kind: 'save_failed'; message: string };

/** When an upload is kept (ISO time); not reactive state, just a timestamp. */
const nowIso = () => new Date(Date.now()).toISOString();

export class UploadState {
  status: 'idle' | 'pending' | 'done' = $state('idle');
  fileName = $state('');
  progress: Progress | null = $state(null);
  /** The latest file's result (large arrays: kept raw, no deep proxies). */
  result: ImportResult | null = $state.raw(null);
  /** What IndexedDB holds: the values compared with the official figures. */
  kept: SavedUpload | null = $state.raw(null);
  notice: Notice | null = $state.raw(null);

  #latest = 0;
  #job: ImportJob | null = null;
  #file: Blob | null = null;
  #saves = 0;
  #saving: Promise<unknown> = Promise.resolve();

  constructor(private readonly deps: { run: Runner; storage: UploadStorage; now?: () => string }) {}

  /** The id of the latest upload (0 before any). */
  get id(): number {
    return this.#latest;
  }

  /** The latest file chosen, to read again (e.g. after confirming an indicator). */
  get file(): Blob | null {
    return this.#file;
  }

  /**
   * Reads a file. Resolves true when its result is the one shown, false when a newer file was
   * chosen meanwhile (its result is then dropped, never shown or kept).
   */
  async choose(file: Blob, fileName: string, ctx: ImportContext): Promise<boolean> {
    const id = ++this.#latest;
    this.#job?.cancel();
    this.#file = file;
    this.fileName = fileName;
    this.status = 'pending';
    this.progress = null;
    this.notice = null;
    const job = this.deps.run({ ...ctx, id, file, fileName }, (p) => {
      if (id === this.#latest) this.progress = p;
    });
    this.#job = job;
    const result = await job.result;
    if (result === null || id !== this.#latest) return false;
    this.#job = null;
    this.result = result;
    this.status = 'done';
    this.progress = null;
    if (!result.ok || result.accepted.length === 0) {
      await this.#saving;
      if (id !== this.#latest) return false;
      const kept = this.kept;
      this.notice = {
        kind: 'not_kept',
        fileName,
        reason: result.ok ? 'no_values' : 'failed',
        kept: kept ? { fileName: kept.fileName, n: kept.accepted.length } : null,
      };
      return true;
    }
    const upload: SavedUpload = {
      fileName,
      areaId: ctx.defaultAreaId,
      accepted: result.accepted,
      rejectedCount: result.rejected.length,
      savedAt: (this.deps.now ?? nowIso)(),
    };
    // Saves one after the other, so the last file chosen is the last one written.
    const save = ++this.#saves;
    const written = this.#saving.then(() => this.deps.storage.save(upload));
    this.#saving = written.catch(() => undefined);
    try {
      await written;
      if (save === this.#saves) this.kept = upload;
    } catch (e) {
      if (id === this.#latest)
        this.notice = { kind: 'save_failed', message: e instanceof Error ? e.message : String(e) };
    }
    return id === this.#latest;
  }

  /** The upload kept from an earlier visit, unless a file was kept since. */
  async restore(): Promise<void> {
    const saves = this.#saves;
    const saved = await this.deps.storage.load();
    if (!saved || saves !== this.#saves || this.kept) return;
    this.kept = saved;
    if (this.#latest === 0)
      this.notice = {
        kind: 'restored',
        fileName: saved.fileName,
        n: saved.accepted.length,
        savedAt: saved.savedAt,
      };
  }

  /** Deletes the kept upload and clears what is shown. */
  async remove(): Promise<void> {
    ++this.#latest;
    this.#job?.cancel();
    this.#job = null;
    ++this.#saves;
    const removed = this.#saving.then(() => this.deps.storage.remove());
    this.#saving = removed.catch(() => undefined);
    await removed;
    this.kept = null;
    this.result = null;
    this.status = 'idle';
    this.progress = null;
    this.notice = { kind: 'deleted' };
  }
}
