// Uploads kept in this browser, one per (province, year, period) the officer chose on /import,
// until the user deletes them. Nothing here touches the network.
//
// The store is written against a small backend interface (IndexedDB in the browser, see
// browser-storage.ts; a Map in the tests). Every slot carries a revision: a write or a delete says
// which revision it was based on, and one based on an older revision is refused with what is
// there now, so two tabs never overwrite each other unseen. A deleted slot keeps its revision (an
// empty record), so "deleted, then written again by a third tab" is still a change. Writes run
// under a Web Lock when the browser has them, and every change is announced to the other tabs.
import type { ReportPeriod } from '../domain/report-period.ts';
import { isReportPeriod } from '../domain/report-period.ts';
import type { Conflict } from './merge.ts';
import type { UserValue } from './validate.ts';

export interface SavedUpload {
  /** The file's name, or the names of the files merged, joined with ", ". */
  fileName: string;
  /** Every file of the upload, in the order chosen (one for a single file). */
  files: string[];
  areaId: string;
  /** Values kept; once several files are merged each names its file. */
  accepted: UserValue[];
  rejectedCount: number;
  /** Values two files gave differently: none of them is kept. */
  conflictCount: number;
  /** Those conflicts, to show wherever the values are shown. */
  conflicts: Conflict[];
  savedAt: string;
}

/** An upload kept by an earlier version of the page (one file, no conflicts) reads the same. */
export function normaliseSaved(u: unknown): SavedUpload | undefined {
  if (!u || typeof u !== 'object') return undefined;
  const r = u as Partial<SavedUpload>;
  if (!Array.isArray(r.accepted) || typeof r.fileName !== 'string') return undefined;
  return {
    fileName: r.fileName,
    files: Array.isArray(r.files) ? r.files : [r.fileName],
    areaId: r.areaId ?? '',
    accepted: r.accepted,
    rejectedCount: r.rejectedCount ?? 0,
    conflictCount: r.conflictCount ?? 0,
    conflicts: Array.isArray(r.conflicts) ? r.conflicts : [],
    savedAt: r.savedAt ?? '',
  };
}

/** The schema of what the browser keeps (the IndexedDB version): 1 was one slot per browser. */
export const SCHEMA_VERSION = 2;

/** What one upload is for: the province, the year and the period the officer chose. */
export interface Slot {
  areaId: string;
  year: number;
  period: ReportPeriod;
}

export const slotId = (s: Slot) => `${s.areaId}|${s.year}|${s.period}`;
export const sameSlot = (a: Slot, b: Slot) => slotId(a) === slotId(b);

/** An upload as kept: its slot and the revision it was read at. */
export interface KeptUpload extends SavedUpload {
  slot: Slot;
  revision: number;
}

/** What the backend holds under a slot's id; `upload: null` once the upload was deleted. */
export interface SlotRecord {
  id: string;
  slot: Slot;
  revision: number;
  upload: SavedUpload | null;
}

function readSlot(raw: unknown): Slot | null {
  if (!raw || typeof raw !== 'object') return null;
  const s = raw as Record<string, unknown>;
  if (typeof s.areaId !== 'string' || !Number.isInteger(s.year)) return null;
  if (typeof s.period !== 'string' || !isReportPeriod(s.period)) return null;
  return { areaId: s.areaId, year: s.year as number, period: s.period };
}

/** A stored record, checked (null when it is not one of ours). */
export function readRecord(raw: unknown): SlotRecord | null {
  if (!raw || typeof raw !== 'object') return null;
  const r = raw as Record<string, unknown>;
  const slot = readSlot(r.slot);
  if (!slot || r.id !== slotId(slot) || !Number.isInteger(r.revision)) return null;
  const upload = r.upload === null ? null : normaliseSaved(r.upload);
  if (upload === undefined) return null;
  return { id: r.id, slot, revision: r.revision as number, upload };
}

const keptOf = (r: SlotRecord | null): KeptUpload | null =>
  r?.upload ? { ...r.upload, slot: r.slot, revision: r.revision } : null;

/**
 * The one upload a browser kept before uploads were kept per slot (schema 1, key 'current'), in
 * its slot: the province it was uploaded for (or, when none of its values is of that province, the
 * province of its first value), the latest year of its values, the annual period.
 */
export function migrateLegacy(raw: unknown): SlotRecord | null {
  const u = normaliseSaved(raw);
  if (!u || u.accepted.length === 0) return null;
  const areaId = u.accepted.some((v) => v.area_id === u.areaId) ? u.areaId : u.accepted[0]!.area_id;
  const year = u.accepted.reduce((max, v) => Math.max(max, v.year), 0);
  const slot: Slot = { areaId, year, period: 'annual' };
  return { id: slotId(slot), slot, revision: 1, upload: { ...u, areaId } };
}

/** Why the browser's storage could not be used. */
export type StorageFailureKind = 'missing' | 'blocked' | 'quota' | 'failed';

export class StorageError extends Error {
  constructor(
    readonly kind: StorageFailureKind,
    message: string,
  ) {
    super(message);
    this.name = 'StorageError';
  }
}

/** Any error of a storage call, as a StorageError (quota and availability told apart). */
export function storageError(e: unknown): StorageError {
  if (e instanceof StorageError) return e;
  const name = e instanceof Error || e instanceof DOMException ? e.name : '';
  const message = e instanceof Error || e instanceof DOMException ? e.message : String(e);
  if (name === 'QuotaExceededError') return new StorageError('quota', message);
  if (name === 'SecurityError') return new StorageError('missing', message);
  return new StorageError('failed', message || name);
}

/** Where the records live: IndexedDB in the browser, a Map in tests. */
export interface SlotBackend {
  /** Every record, unchecked. */
  all(): Promise<unknown[]>;
  /** One record, unchecked (undefined: none). */
  get(id: string): Promise<unknown>;
  /**
   * Reads the record of `id` and writes what `decide` returns (nothing when it returns null), in
   * one atomic step. `decide` is synchronous: an IndexedDB transaction ends once idle.
   */
  update(id: string, decide: (current: unknown) => SlotRecord | null): Promise<void>;
}

/** The part of `navigator.locks` the store uses. */
export interface LockManagerLike {
  request<T>(name: string, callback: () => Promise<T>): Promise<T>;
}

/** A change of one slot (null: anything may have changed, read everything again). */
export interface StoreChange {
  slotId: string | null;
}

/** How the tabs of this site tell each other about changes (BroadcastChannel in the browser). */
export interface ChangeFeed {
  post(change: StoreChange): void;
  listen(onChange: (change: StoreChange) => void): () => void;
  close(): void;
}

/** The answer to a write or a delete. */
export type Written =
  /** Done: `kept` is the slot now (null after a delete). */
  | { ok: true; kept: KeptUpload | null; revision: number }
  /** Refused: the slot changed since `basedOn`; `current` is what it holds now. */
  | { ok: false; current: KeptUpload | null; revision: number };

/** What one slot holds, with its revision (0: never written). */
export interface SlotState {
  kept: KeptUpload | null;
  revision: number;
}

export type ChangeOrigin = 'here' | 'elsewhere';

const LOCK_NAME = 'gender-dashboard-uploads';

const byArea = (a: KeptUpload, b: KeptUpload) =>
  a.slot.areaId.localeCompare(b.slot.areaId) ||
  b.slot.year - a.slot.year ||
  a.slot.period.localeCompare(b.slot.period);

export interface StoreOptions {
  /** Web Locks (null: none in this browser; the revisions alone then guard every write). */
  locks?: LockManagerLike | null;
  /** Made when first needed (never during prerender): posting a change, or a first subscriber. */
  feed?: (() => ChangeFeed | null) | null;
}

export class UploadStore {
  #listeners = new Set<(change: StoreChange, origin: ChangeOrigin) => void>();
  #feed: ChangeFeed | null | undefined;
  #unlisten: (() => void) | null = null;
  #closed = false;

  constructor(
    private readonly backend: SlotBackend,
    private readonly options: StoreOptions = {},
  ) {}

  #channel(): ChangeFeed | null {
    if (this.#closed) return null;
    if (this.#feed === undefined) this.#feed = this.options.feed?.() ?? null;
    return this.#feed;
  }

  /** Every upload kept, by province, then the latest year first. */
  async list(): Promise<KeptUpload[]> {
    const raw = await this.#call(() => this.backend.all());
    return raw
      .map((r) => keptOf(readRecord(r)))
      .filter((k): k is KeptUpload => k !== null)
      .sort(byArea);
  }

  async read(slot: Slot): Promise<SlotState> {
    const record = readRecord(await this.#call(() => this.backend.get(slotId(slot))));
    return { kept: keptOf(record), revision: record?.revision ?? 0 };
  }

  /** Keeps `upload` in `slot`, unless the slot changed since revision `basedOn`. */
  write(slot: Slot, upload: SavedUpload, basedOn: number): Promise<Written> {
    return this.#change(slot, basedOn, upload);
  }

  /** Deletes the slot's upload, unless the slot changed since revision `basedOn`. */
  remove(slot: Slot, basedOn: number): Promise<Written> {
    return this.#change(slot, basedOn, null);
  }

  /** Changes of any slot, made here or in another tab; returns the unsubscribe. */
  subscribe(onChange: (change: StoreChange, origin: ChangeOrigin) => void): () => void {
    this.#listeners.add(onChange);
    this.#unlisten ??= this.#channel()?.listen((c) => this.#emit(c, 'elsewhere')) ?? null;
    return () => this.#listeners.delete(onChange);
  }

  /** Stops listening to the other tabs (the page is gone). */
  close(): void {
    this.#unlisten?.();
    this.#unlisten = null;
    this.#feed?.close();
    this.#feed = null;
    this.#closed = true;
    this.#listeners.clear();
  }

  #emit(change: StoreChange, origin: ChangeOrigin) {
    for (const listener of [...this.#listeners]) listener(change, origin);
  }

  async #change(slot: Slot, basedOn: number, upload: SavedUpload | null): Promise<Written> {
    const id = slotId(slot);
    const outcome = await this.#locked(async () => {
      // Set inside the atomic step; read once it has committed.
      const box: { answer?: Written } = {};
      await this.#call(() =>
        this.backend.update(id, (raw) => {
          const current = readRecord(raw);
          const revision = current?.revision ?? 0;
          if (revision !== basedOn) {
            box.answer = { ok: false, current: keptOf(current), revision };
            return null;
          }
          if (upload === null && !current?.upload) {
            box.answer = { ok: true, kept: null, revision };
            return null;
          }
          const next: SlotRecord = { id, slot, revision: revision + 1, upload };
          box.answer = { ok: true, kept: keptOf(next), revision: next.revision };
          return next;
        }),
      );
      if (!box.answer) throw new StorageError('failed', 'the storage did not answer');
      return box.answer;
    });
    if (outcome.ok && outcome.revision !== basedOn) {
      const change = { slotId: id };
      try {
        this.#channel()?.post(change);
      } catch {
        // Another tab then sees the change when it next reads; the write itself is done.
      }
      this.#emit(change, 'here');
    }
    return outcome;
  }

  /** Runs `fn` under the site's Web Lock; without Web Locks, the revision check alone guards. */
  async #locked<T>(fn: () => Promise<T>): Promise<T> {
    const locks = this.options.locks;
    if (!locks) return fn();
    let granted = false;
    try {
      return await locks.request(LOCK_NAME, () => {
        granted = true;
        return fn();
      });
    } catch (e) {
      // A lock manager that refuses (an opaque origin) is no reason not to write.
      if (!granted) return fn();
      throw e;
    }
  }

  async #call<T>(fn: () => Promise<T>): Promise<T> {
    try {
      return await fn();
    } catch (e) {
      throw storageError(e);
    }
  }
}
