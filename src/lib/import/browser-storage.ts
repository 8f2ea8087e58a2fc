// The browser's side of the upload store: IndexedDB (schema 2, with the migration of the single
// slot of schema 1), Web Locks and a BroadcastChannel, each with its fallback when the browser
// lacks it. A connection is opened per call and closed after it, and closes itself when another
// tab upgrades the schema, so no tab blocks another's upgrade for long.
import {
  migrateLegacy,
  SCHEMA_VERSION,
  StorageError,
  storageError,
  UploadStore,
  type ChangeFeed,
  type LockManagerLike,
  type SlotBackend,
  type SlotRecord,
} from './storage.ts';

const DB_NAME = 'gender-dashboard';
/** Schema 1: one object store, one key. */
const LEGACY_STORE = 'uploads';
const LEGACY_KEY = 'current';
/** Schema 2: one record per slot, keyed by the slot's id. */
const STORE = 'slots';
const CHANNEL = 'gender-dashboard-uploads';

/** How long an open may wait (for other tabs to close an older schema) before it gives up. */
const BLOCKED_MS = 4000;

function openDatabase(factory: IDBFactory | undefined, blockedMs: number): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    if (!factory) {
      reject(new StorageError('missing', 'indexedDB is not available'));
      return;
    }
    let request: IDBOpenDBRequest;
    try {
      request = factory.open(DB_NAME, SCHEMA_VERSION);
    } catch (e) {
      reject(storageError(e));
      return;
    }
    let settled = false;
    const fail = (e: unknown) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      reject(storageError(e));
    };
    // An upgrade blocked by another tab gets a 'blocked' event, but every open queued behind it
    // just waits, with no event at all: an open that has not settled in time is blocked.
    const timer = setTimeout(
      () => fail(new StorageError('blocked', 'another tab of this site keeps the storage open')),
      blockedMs,
    );
    request.onupgradeneeded = (event) => {
      const db = request.result;
      const tx = request.transaction!;
      const slots = db.objectStoreNames.contains(STORE)
        ? tx.objectStore(STORE)
        : db.createObjectStore(STORE, { keyPath: 'id' });
      if (event.oldVersion >= 1 && db.objectStoreNames.contains(LEGACY_STORE)) {
        // In the upgrade's own transaction: if anything fails, the schema stays 1 and the old
        // upload stays where it was.
        const legacy = tx.objectStore(LEGACY_STORE);
        const get = legacy.get(LEGACY_KEY);
        get.onsuccess = () => {
          const record = migrateLegacy(get.result);
          if (record) slots.put(record);
          db.deleteObjectStore(LEGACY_STORE);
        };
      }
    };
    request.onerror = () => fail(request.error);
    request.onsuccess = () => {
      const db = request.result;
      if (settled) {
        db.close();
        return;
      }
      settled = true;
      clearTimeout(timer);
      db.onversionchange = () => db.close();
      resolve(db);
    };
  });
}

/** The store in this browser's IndexedDB. */
export class IndexedDbBackend implements SlotBackend {
  constructor(
    private readonly factory: () => IDBFactory | undefined = () =>
      typeof indexedDB === 'undefined' ? undefined : indexedDB,
    private readonly blockedMs = BLOCKED_MS,
  ) {}

  async all(): Promise<unknown[]> {
    return this.#run('readonly', (store) => store.getAll());
  }

  async get(id: string): Promise<unknown> {
    return this.#run('readonly', (store) => store.get(id));
  }

  async update(id: string, decide: (current: unknown) => SlotRecord | null): Promise<void> {
    await this.#run('readwrite', (store, abort) => {
      const get = store.get(id);
      get.onsuccess = () => {
        try {
          const next = decide(get.result);
          if (next) store.put(next);
        } catch (e) {
          abort(e);
        }
      };
      return get;
    });
  }

  async #run<T>(
    mode: IDBTransactionMode,
    fn: (store: IDBObjectStore, abort: (e: unknown) => void) => IDBRequest<T>,
  ): Promise<T> {
    const db = await openDatabase(this.factory(), this.blockedMs);
    return new Promise<T>((resolve, reject) => {
      let failure: unknown = null;
      let tx: IDBTransaction;
      try {
        tx = db.transaction(STORE, mode);
      } catch (e) {
        db.close();
        reject(storageError(e));
        return;
      }
      const abort = (e: unknown) => {
        failure = e;
        tx.abort();
      };
      let request: IDBRequest<T>;
      try {
        request = fn(tx.objectStore(STORE), abort);
      } catch (e) {
        abort(e);
        return;
      }
      tx.oncomplete = () => {
        db.close();
        resolve(request.result);
      };
      // A quota error arrives here, as the transaction's error.
      tx.onabort = () => {
        db.close();
        reject(storageError(failure ?? tx.error ?? new Error('the transaction was aborted')));
      };
    });
  }
}

/** Changes announced to the site's other tabs in this browser. */
export function broadcastFeed(): ChangeFeed | null {
  if (typeof BroadcastChannel === 'undefined') return null;
  let channel: BroadcastChannel;
  try {
    channel = new BroadcastChannel(CHANNEL);
  } catch {
    return null;
  }
  return {
    post: (change) => channel.postMessage(change),
    listen(onChange) {
      const handler = (event: MessageEvent) => {
        const data: unknown = event.data;
        const id =
          data && typeof data === 'object' ? (data as Record<string, unknown>).slotId : undefined;
        // Only the shape we send; anything else means "read again".
        onChange({ slotId: typeof id === 'string' ? id : null });
      };
      channel.addEventListener('message', handler);
      return () => channel.removeEventListener('message', handler);
    },
    close: () => channel.close(),
  };
}

/**
 * Without BroadcastChannel: read everything again whenever the tab is shown or focused (another
 * tab may have changed it meanwhile); the revisions still refuse any write based on an old read.
 */
export function visibilityFeed(): ChangeFeed | null {
  if (typeof window === 'undefined' || typeof document === 'undefined') return null;
  return {
    post: () => undefined,
    listen(onChange) {
      const again = () => {
        if (document.visibilityState === 'visible') onChange({ slotId: null });
      };
      window.addEventListener('focus', again);
      document.addEventListener('visibilitychange', again);
      return () => {
        window.removeEventListener('focus', again);
        document.removeEventListener('visibilitychange', again);
      };
    },
    close: () => undefined,
  };
}

function browserLocks(): LockManagerLike | null {
  if (typeof navigator === 'undefined' || !navigator.locks) return null;
  const locks = navigator.locks;
  return { request: (name, callback) => locks.request(name, () => callback()) };
}

/** The upload store of this browser (one per page; close it when the page goes). */
export function browserUploadStore(): UploadStore {
  return new UploadStore(new IndexedDbBackend(), {
    locks: browserLocks(),
    feed: () => broadcastFeed() ?? visibilityFeed(),
  });
}
