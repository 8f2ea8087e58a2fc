// The upload state machine of one slot (province, year, period): one or several files are chosen
// (pending), read one after the other and merged (done); then kept in the slot, or, when the slot
// already holds an upload, kept only once the user chose to replace it or merge with it.
//
// Every upload has an id. Choosing files again while the first are still read abandons them: the
// worker is terminated, and if an answer arrives anyway it is neither shown nor kept. An upload
// that gives no value never replaces anything. Writes go one after the other and each says which
// revision of the slot it is based on: when another tab changed the slot meanwhile, the write is
// refused and the user is asked again with what the slot holds now. When the browser's storage
// fails, what was read is still shown (from memory, for this visit) and the notice says why.
import { mergeUploads } from './kept-figures.ts';
import { mergeOutcomes, type FileOutcome, type Merged } from './merge.ts';
import type { ImportContext, ImportResult } from './pipeline.ts';
import {
  sameSlot,
  slotId,
  storageError,
  type KeptUpload,
  type SavedUpload,
  type Slot,
  type SlotState,
  type StorageFailureKind,
  type UploadStore,
} from './storage.ts';
import type { ImportJob, Progress } from './worker-client.ts';
import type { WorkerRequest } from './worker-handler.ts';

export type Runner = (request: WorkerRequest, onProgress: (p: Progress) => void) => ImportJob;

/** Notices about the files read (worded by ImportText.notice). */
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

export interface StorageFailure {
  kind: StorageFailureKind;
  message: string;
}

const failureOf = (e: unknown): StorageFailure => {
  const error = storageError(e);
  return { kind: error.kind, message: error.message };
};

/** What a slot holds, in a notice. */
export interface Held {
  fileName: string;
  n: number;
}

const held = (u: SavedUpload | null): Held | null =>
  u ? { fileName: u.fileName, n: u.accepted.length } : null;

/** Notices about keeping (worded by keptText). */
export type KeepNotice =
  | { kind: 'kept'; fileName: string; n: number; slot: Slot; merged: boolean }
  /** Not kept: the storage failed; the results show from memory for this visit. */
  | { kind: 'memory_only'; fileName: string; failure: StorageFailure }
  /** What the slot holds could not be read. */
  | { kind: 'unreadable'; failure: StorageFailure }
  /** Another tab changed the slot: `current` is what it holds now. */
  | { kind: 'changed_elsewhere'; slot: Slot; current: Held | null }
  | { kind: 'delete_failed'; failure: StorageFailure }
  | { kind: 'discarded'; fileName: string }
  /** Another province, year or period was chosen before the upload was kept. */
  | { kind: 'abandoned'; fileName: string; slot: Slot };

export type UploadNotice = Notice | KeepNotice;

const READING_NOTICES: readonly string[] = ['restored', 'deleted', 'not_kept', 'save_failed'];
export const isReadingNotice = (n: UploadNotice): n is Notice => READING_NOTICES.includes(n.kind);

export type Choice = 'replace' | 'merge' | 'discard';

/** An upload read into a slot that holds one already: the user chooses. */
export interface Decision {
  /** What the slot holds now (null: another tab emptied it meanwhile). */
  existing: KeptUpload | null;
  /** Another tab changed the slot after this upload began. */
  changed: boolean;
}

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
  /** The province, year and period the files are for. */
  slot: Slot = $state.raw({ areaId: '', year: 0, period: 'annual' });
  /** What the slot holds in the browser's storage, as last read or written here. */
  kept: KeptUpload | null = $state.raw(null);
  /** The slot's revision as last seen here (0: never written). */
  revision = 0;
  /** The upload just read, not kept (yet): waiting for a choice, or the storage failed. */
  candidate: SavedUpload | null = $state.raw(null);
  decision: Decision | null = $state.raw(null);
  /** A write is under way. */
  writing = $state(false);
  /** The storage's last failure (null once it works again). */
  failure: StorageFailure | null = $state.raw(null);
  notice: UploadNotice | null = $state.raw(null);
  /** What is compared and shown: the upload just read, else what the slot holds. */
  readonly shown: SavedUpload | null = $derived(this.candidate ?? this.kept);
  /** Uploads of this visit the storage could not keep, by slot. */
  inMemory: { slot: Slot; upload: SavedUpload }[] = $state.raw([]);

  #latest = 0;
  /** Files were chosen on this visit. */
  #chosen = false;
  #job: ImportJob | null = null;
  #files: ChosenFile[] = [];
  #queue: Promise<unknown> = Promise.resolve();
  /** Uploads the storage could not keep, by slot: shown again for the rest of the visit. */
  #memory: Record<string, { slot: Slot; upload: SavedUpload }> = {};
  #destroyed = false;
  #unsubscribe: (() => void) | null = null;

  constructor(
    private readonly deps: { run: Runner; store: UploadStore; slot: Slot; now?: () => string },
  ) {
    this.slot = deps.slot;
  }

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

  #remember(slot: Slot, upload: SavedUpload | null) {
    const id = slotId(slot);
    const others = Object.fromEntries(Object.entries(this.#memory).filter(([k]) => k !== id));
    this.#memory = upload ? { ...others, [id]: { slot, upload } } : others;
    this.inMemory = Object.values(this.#memory);
  }

  /** Reads the slot's upload and follows changes other tabs make to it. */
  watch(): () => void {
    // Changes made here (the kept list deletes too) and in other tabs; only the latter are news.
    this.#unsubscribe ??= this.deps.store.subscribe((change, origin) => {
      if (change.slotId === null || change.slotId === slotId(this.slot))
        void this.refresh(origin === 'elsewhere');
    });
    void this.restore();
    return () => this.destroy();
  }

  /** The page is gone: nothing more is read, shown or kept from here. */
  destroy(): void {
    this.#destroyed = true;
    ++this.#latest;
    this.#job?.cancel();
    this.#job = null;
    this.#unsubscribe?.();
    this.#unsubscribe = null;
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
    if (this.#destroyed) return false;
    const id = ++this.#latest;
    this.#chosen = true;
    const slot = this.slot;
    this.#job?.cancel();
    this.#files = [...files];
    const fileName = files.map((f) => f.name).join(', ');
    this.fileName = fileName;
    this.status = 'pending';
    this.progress = null;
    this.notice = null;
    this.decision = null;
    this.candidate = this.#memory[slotId(slot)]?.upload ?? null;
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
    // Writes of this tab settle first, so what the slot holds is known.
    await this.#queue;
    if (id !== this.#latest) return false;
    if (merged.accepted.length === 0) {
      this.notice = {
        kind: 'not_kept',
        fileName,
        reason: outcomes.some((o) => o.result.ok) ? 'no_values' : 'failed',
        kept: held(this.shown),
      };
      return true;
    }
    const single = files.length === 1;
    const upload: SavedUpload = {
      fileName,
      files: files.map((f) => f.name),
      areaId: slot.areaId,
      // One file: its values as read; several: each value names its file.
      accepted: single ? merged.accepted.map(({ file: _file, ...v }) => v) : merged.accepted,
      rejectedCount: outcomes.reduce((n, o) => n + (o.result.ok ? o.result.rejected.length : 0), 0),
      conflictCount: merged.conflicts.length,
      conflicts: merged.conflicts,
      savedAt: this.#now(),
    };
    if (this.kept) {
      // The slot holds an upload: replace it, merge with it, or keep it as it is.
      this.candidate = upload;
      this.decision = { existing: this.kept, changed: false };
      return true;
    }
    await this.#write(slot, upload, () => this.revision, upload, false);
    return id === this.#latest;
  }

  /** The user's answer to a decision. */
  async decide(choice: Choice): Promise<void> {
    const { candidate, decision } = this;
    if (!candidate || !decision || this.#destroyed) return;
    if (choice === 'discard') {
      this.candidate = null;
      this.decision = null;
      this.notice = { kind: 'discarded', fileName: candidate.fileName };
      return;
    }
    const existing = decision.existing;
    const merge = choice === 'merge' && existing !== null;
    const next = merge ? mergeUploads(existing, candidate, this.#now()) : candidate;
    this.decision = null;
    const basedOn = existing?.revision ?? this.revision;
    await this.#write(this.slot, next, () => basedOn, candidate, merge);
  }

  /** Deletes what the slot holds (unless another tab changed it since) and clears what is shown. */
  async remove(): Promise<void> {
    ++this.#latest;
    this.#job?.cancel();
    this.#job = null;
    const slot = this.slot;
    this.#remember(slot, null);
    this.candidate = null;
    this.decision = null;
    this.outcomes = [];
    this.merged = null;
    this.status = 'idle';
    this.progress = null;
    this.reading = null;
    await this.#enqueue(async () => {
      let written;
      try {
        written = await this.deps.store.remove(slot, this.revision);
      } catch (e) {
        if (this.#here(slot)) this.notice = { kind: 'delete_failed', failure: failureOf(e) };
        return;
      }
      if (!this.#here(slot)) return;
      this.revision = written.revision;
      if (written.ok) {
        this.kept = null;
        this.notice = { kind: 'deleted' };
      } else {
        // Never delete what this tab has not seen: show it, the user decides again.
        this.kept = written.current;
        this.notice = { kind: 'changed_elsewhere', slot, current: held(written.current) };
      }
    });
  }

  /** Another province, year or period: what it holds is read, an upload not yet kept is dropped. */
  setSlot(slot: Slot): void {
    if (sameSlot(slot, this.slot) || this.#destroyed) return;
    const previous = this.slot;
    const abandoned = this.status === 'pending' || this.decision !== null ? this.fileName : null;
    ++this.#latest;
    this.#job?.cancel();
    this.#job = null;
    this.slot = slot;
    this.kept = null;
    this.revision = 0;
    this.candidate = this.#memory[slotId(slot)]?.upload ?? null;
    this.decision = null;
    this.outcomes = [];
    this.merged = null;
    this.status = 'idle';
    this.progress = null;
    this.reading = null;
    this.fileName = '';
    this.notice = abandoned ? { kind: 'abandoned', fileName: abandoned, slot: previous } : null;
    void this.refresh(false);
  }

  /** The slot's upload kept from an earlier visit (or another tab), said once on arrival. */
  async restore(): Promise<void> {
    const latest = this.#latest;
    await this.refresh(false);
    if (this.kept && !this.#chosen && latest === this.#latest && !this.notice)
      this.notice = {
        kind: 'restored',
        fileName: this.kept.fileName,
        n: this.kept.accepted.length,
        savedAt: this.kept.savedAt,
      };
  }

  /** Reads the slot again; `announce`: say so when another tab changed it. */
  async refresh(announce: boolean): Promise<void> {
    const slot = this.slot;
    let state: SlotState;
    try {
      state = await this.deps.store.read(slot);
    } catch (e) {
      if (this.#here(slot)) {
        this.failure = failureOf(e);
        this.notice ??= { kind: 'unreadable', failure: this.failure };
      }
      return;
    }
    // A read older than what this tab wrote since is no news.
    if (!this.#here(slot) || state.revision <= this.revision) return;
    this.failure = null;
    this.kept = state.kept;
    this.revision = state.revision;
    if (this.decision) this.decision = { existing: state.kept, changed: true };
    if (announce) this.notice = { kind: 'changed_elsewhere', slot, current: held(state.kept) };
  }

  #here(slot: Slot): boolean {
    return !this.#destroyed && sameSlot(slot, this.slot);
  }

  #now(): string {
    return (this.deps.now ?? nowIso)();
  }

  #enqueue(task: () => Promise<void>): Promise<void> {
    const run = this.#queue.then(task);
    this.#queue = run.catch(() => undefined);
    return run;
  }

  /**
   * Writes `next` based on the revision `basedOn()` gives when its turn comes. Refused: the slot
   * changed; if it is empty now, `original` (the upload read, never a merge with what is gone)
   * is written; else the user is asked again with what it holds.
   */
  #write(
    slot: Slot,
    next: SavedUpload,
    basedOn: () => number,
    original: SavedUpload,
    merged: boolean,
  ): Promise<void> {
    this.writing = true;
    return this.#enqueue(async () => {
      try {
        let toWrite = next;
        let written = await this.deps.store.write(slot, toWrite, basedOn());
        if (!written.ok && written.current === null) {
          toWrite = original;
          merged = false;
          written = await this.deps.store.write(slot, toWrite, written.revision);
        }
        if (!this.#here(slot)) {
          if (written.ok && !this.#destroyed) this.notice = this.#keptNotice(slot, toWrite, merged);
          return;
        }
        this.revision = written.revision;
        this.kept = written.ok ? written.kept : written.current;
        if (written.ok) {
          this.#remember(slot, null);
          this.failure = null;
          this.candidate = null;
          this.decision = null;
          this.notice = this.#keptNotice(slot, toWrite, merged);
        } else {
          this.candidate = original;
          this.decision = { existing: written.current, changed: true };
          this.notice = { kind: 'changed_elsewhere', slot, current: held(written.current) };
        }
      } catch (e) {
        // Kept in memory: shown for the rest of this visit, and said so.
        const failure = failureOf(e);
        this.#remember(slot, next);
        if (!this.#here(slot)) return;
        this.failure = failure;
        this.candidate = next;
        this.decision = null;
        this.notice = { kind: 'memory_only', fileName: next.fileName, failure };
      } finally {
        this.writing = false;
      }
    });
  }

  #keptNotice(slot: Slot, upload: SavedUpload, merged: boolean): KeepNotice {
    return { kind: 'kept', fileName: upload.fileName, n: upload.accepted.length, slot, merged };
  }
}
