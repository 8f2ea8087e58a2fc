// The upload state machine: one or several files are chosen (pending), then read one after the
// other (done, with each file's result and their merge); what is kept in the browser is a separate
// thing that changes only when the files gave values.
//
// Every upload has an id. Choosing files again while the first are still read abandons them: the
// worker is terminated, and if an answer arrives anyway it is neither shown nor kept. An upload
// that gives no value (refused, every row a problem, every value in conflict) never replaces the
// kept upload. Several files (one per agency) are merged: see merge.ts.
import { mergeOutcomes, type FileOutcome, type Merged } from './merge.ts';
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
      /** The file's name, or the names of the files chosen together. */
      fileName: string;
      reason: 'no_values' | 'failed';
      kept: { fileName: string; n: number } | null;
    }
  | { kind: 'save_failed'; message: string };

/** When an upload is kept (ISO time); not reactive state, just a timestamp. */
const nowIso = () => new Date(Date.now()).toISOString();

export interface ChosenFile {
  file: Blob;
  name: string;
}

export class UploadState {
  status: 'idle' | 'pending' | 'done' = $state('idle');
  /** The file's name, or the names of the files chosen together, joined with ", ". */
  fileName = $state('');
  progress: Progress | null = $state(null);
  /** Which file is read now (1-based) of how many, while pending. */
  reading: { index: number; count: number; name: string } | null = $state(null);
  /** Each file's result, in the order chosen (large arrays: kept raw, no deep proxies). */
  outcomes: FileOutcome[] = $state.raw([]);
  /** The files' values merged, with the conflicts between files. */
  merged: Merged | null = $state.raw(null);
  /** What IndexedDB holds: the values compared with the official figures. */
  kept: SavedUpload | null = $state.raw(null);
  notice: Notice | null = $state.raw(null);

  #latest = 0;
  #job: ImportJob | null = null;
  #files: ChosenFile[] = [];
  #saves = 0;
  #saving: Promise<unknown> = Promise.resolve();

  constructor(private readonly deps: { run: Runner; storage: UploadStorage; now?: () => string }) {}

  /** The id of the latest upload (0 before any). */
  get id(): number {
    return this.#latest;
  }

  /** The result of a single file (null while pending, or when several were chosen). */
  get result(): ImportResult | null {
    return this.status === 'done' && this.outcomes.length === 1 ? this.outcomes[0]!.result : null;
  }

  /** The files chosen last, to read again (e.g. after confirming an indicator). */
  get files(): ChosenFile[] {
    return this.#files;
  }

  /** Reads one file (see chooseFiles). */
  choose(file: Blob, fileName: string, ctx: ImportContext): Promise<boolean> {
    return this.chooseFiles([{ file, name: fileName }], ctx);
  }

  /**
   * Reads files one after the other and merges their values. Resolves true when this upload's
   * result is the one shown, false when newer files were chosen meanwhile (this one's results are
   * then dropped, never shown or kept).
   */
  async chooseFiles(files: readonly ChosenFile[], ctx: ImportContext): Promise<boolean> {
    const id = ++this.#latest;
    this.#job?.cancel();
    this.#files = [...files];
    const fileName = files.map((f) => f.name).join(', ');
    this.fileName = fileName;
    this.status = 'pending';
    this.progress = null;
    this.notice = null;
    const outcomes: FileOutcome[] = [];
    for (const [index, { file, name }] of files.entries()) {
      this.reading = { index: index + 1, count: files.length, name };
      this.progress = null;
      const job = this.deps.run({ ...ctx, id, file, fileName: name }, (p) => {
        if (id === this.#latest) this.progress = p;
      });
      this.#job = job;
      const result = await job.result;
      if (result === null || id !== this.#latest) return false;
      outcomes.push({ fileName: name, result });
    }
    this.#job = null;
    const merged = mergeOutcomes(outcomes);
    this.outcomes = outcomes;
    this.merged = merged;
    this.status = 'done';
    this.progress = null;
    this.reading = null;
    if (merged.accepted.length === 0) {
      await this.#saving;
      if (id !== this.#latest) return false;
      const kept = this.kept;
      this.notice = {
        kind: 'not_kept',
        fileName,
        reason: outcomes.some((o) => o.result.ok) ? 'no_values' : 'failed',
        kept: kept ? { fileName: kept.fileName, n: kept.accepted.length } : null,
      };
      return true;
    }
    const single = files.length === 1;
    const upload: SavedUpload = {
      fileName,
      files: files.map((f) => f.name),
      areaId: ctx.defaultAreaId,
      // One file: its values as read; several: each value names its file.
      accepted: single ? merged.accepted.map(({ file: _file, ...v }) => v) : merged.accepted,
      rejectedCount: outcomes.reduce((n, o) => n + (o.result.ok ? o.result.rejected.length : 0), 0),
      conflictCount: merged.conflicts.length,
      conflicts: merged.conflicts,
      savedAt: (this.deps.now ?? nowIso)(),
    };
    // Saves one after the other, so the last upload chosen is the last one written.
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
    this.outcomes = [];
    this.merged = null;
    this.status = 'idle';
    this.progress = null;
    this.reading = null;
    this.notice = { kind: 'deleted' };
  }
}
