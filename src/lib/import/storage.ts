// Uploads survive a reload in IndexedDB, on this computer only, until the user deletes them.
// Nothing here touches the network.
import type { UserValue } from './validate.ts';

export interface SavedUpload {
  fileName: string;
  areaId: string;
  accepted: UserValue[];
  rejectedCount: number;
  savedAt: string;
}

const DB = 'gender-dashboard';
const STORE = 'uploads';
const KEY = 'current';

function open(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(DB, 1);
    request.onupgradeneeded = () => request.result.createObjectStore(STORE);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

async function run<T>(
  mode: IDBTransactionMode,
  fn: (store: IDBObjectStore) => IDBRequest<T>,
): Promise<T> {
  const db = await open();
  return new Promise<T>((resolve, reject) => {
    const tx = db.transaction(STORE, mode);
    const request = fn(tx.objectStore(STORE));
    tx.oncomplete = () => (db.close(), resolve(request.result));
    tx.onerror = () => (db.close(), reject(tx.error));
  });
}

export const saveUpload = (u: SavedUpload) =>
  run('readwrite', (s) => s.put(u, KEY)).then(() => undefined);
export const loadUpload = () => run<SavedUpload | undefined>('readonly', (s) => s.get(KEY));
export const deleteUpload = () => run('readwrite', (s) => s.delete(KEY)).then(() => undefined);

/** The browser's IndexedDB store, as the upload state uses it. */
export const browserStorage = { save: saveUpload, load: loadUpload, remove: deleteUpload };
