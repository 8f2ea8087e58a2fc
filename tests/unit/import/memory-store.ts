// The upload store's backend in memory, for the tests: the same atomic read-decide-write step as
// IndexedDB's readwrite transaction (records are copied in and out, as IndexedDB clones them), a
// migration from a schema-1 browser through the same function the IndexedDB upgrade runs, and
// switches that make every call reject (IndexedDB blocked, missing, full). Also Web Locks that
// serialise for real, and a hub that links the change feeds of several "tabs".
import {
  migrateLegacy,
  StorageError,
  UploadStore,
  type ChangeFeed,
  type LockManagerLike,
  type SlotBackend,
  type SlotRecord,
  type StoreChange,
} from '../../../src/lib/import/storage.ts';

type Method = 'all' | 'get' | 'update';

export class MemoryBackend implements SlotBackend {
  readonly records = new Map<string, unknown>();
  /** Calls that reject, and with what (a DOMException as the browser gives). */
  failing = new Map<Method, () => unknown>();
  /** Every call made, in order. */
  calls: Method[] = [];
  /** Milliseconds each update waits before its atomic step (to interleave tabs). */
  delay = 0;

  constructor(records: readonly SlotRecord[] = []) {
    for (const r of records) this.records.set(r.id, structuredClone(r));
  }

  /** A browser that kept one upload in schema 1, opened by schema 2 (the upgrade's migration). */
  static fromLegacy(legacy: unknown): MemoryBackend {
    const record = migrateLegacy(legacy);
    return new MemoryBackend(record ? [record] : []);
  }

  /** Every call rejects with `error` (the storage is gone). */
  failAll(error: () => unknown) {
    for (const m of ['all', 'get', 'update'] as const) this.failing.set(m, error);
  }

  #check(method: Method) {
    this.calls.push(method);
    const fail = this.failing.get(method);
    if (fail) throw fail();
  }

  async all(): Promise<unknown[]> {
    this.#check('all');
    return [...this.records.values()].map((r) => structuredClone(r));
  }

  async get(id: string): Promise<unknown> {
    this.#check('get');
    const r = this.records.get(id);
    return r === undefined ? undefined : structuredClone(r);
  }

  async update(id: string, decide: (current: unknown) => SlotRecord | null): Promise<void> {
    this.#check('update');
    if (this.delay) await new Promise((r) => setTimeout(r, this.delay));
    // One synchronous step: nothing else runs between the read and the write.
    const current = this.records.get(id);
    const next = decide(current === undefined ? undefined : structuredClone(current));
    if (next) this.records.set(id, structuredClone(next));
  }
}

/** Web Locks that really serialise: a request waits for the previous one to end. */
export class FakeLocks implements LockManagerLike {
  requests: string[] = [];
  held = 0;
  maxHeld = 0;
  #tail: Promise<unknown> = Promise.resolve();

  request<T>(name: string, callback: () => Promise<T>): Promise<T> {
    this.requests.push(name);
    const run = this.#tail.then(async () => {
      this.held++;
      this.maxHeld = Math.max(this.maxHeld, this.held);
      try {
        return await callback();
      } finally {
        this.held--;
      }
    });
    this.#tail = run.catch(() => undefined);
    return run;
  }
}

/** Links the feeds of several tabs, as a BroadcastChannel does (never back to the sender). */
export class FeedHub {
  #feeds = new Set<{ listeners: Set<(c: StoreChange) => void> }>();
  posted: StoreChange[] = [];

  feed(): ChangeFeed {
    const me = { listeners: new Set<(c: StoreChange) => void>() };
    this.#feeds.add(me);
    return {
      post: (change) => {
        this.posted.push(change);
        // Asynchronous, as a channel's message event is.
        const copy = structuredClone(change);
        for (const other of this.#feeds)
          if (other !== me) for (const l of other.listeners) queueMicrotask(() => l(copy));
      },
      listen: (onChange) => {
        me.listeners.add(onChange);
        return () => me.listeners.delete(onChange);
      },
      close: () => {
        this.#feeds.delete(me);
      },
    };
  }
}

/** A store on `backend`, as one tab of the browser sees it. */
export function memoryStore(
  backend: MemoryBackend,
  options: { locks?: LockManagerLike | null; hub?: FeedHub } = {},
): UploadStore {
  const hub = options.hub;
  return new UploadStore(backend, {
    locks: options.locks ?? null,
    feed: hub ? () => hub.feed() : null,
  });
}

export const quotaError = () =>
  new DOMException('The quota has been exceeded.', 'QuotaExceededError');
export const blockedError = () =>
  new StorageError('blocked', 'another tab of this site keeps an older storage open');

/** Lets every pending promise and microtask run. */
export const settle = () => new Promise((r) => setTimeout(r, 5));
