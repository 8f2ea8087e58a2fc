// Uploads survive a reload in IndexedDB, on this computer only, until the user deletes them.
// Nothing here touches the network.
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
export function normaliseSaved(u: Partial<SavedUpload> | undefined): SavedUpload | undefined {
  if (!u || !Array.isArray(u.accepted) || typeof u.fileName !== 'string') return undefined;
  return {
    fileName: u.fileName,
    files: Array.isArray(u.files) ? u.files : [u.fileName],
    areaId: u.areaId ?? '',
    accepted: u.accepted,
    rejectedCount: u.rejectedCount ?? 0,
    conflictCount: u.conflictCount ?? 0,
    conflicts: Array.isArray(u.conflicts) ? u.conflicts : [],
    savedAt: u.savedAt ?? '',
  };
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
export const loadUpload = () =>
  run<Partial<SavedUpload> | undefined>('readonly', (s) => s.get(KEY)).then(normaliseSaved);
export const deleteUpload = () => run('readwrite', (s) => s.delete(KEY)).then(() => undefined);

/** The browser's IndexedDB store, as the upload state uses it. */
export const browserStorage = { save: saveUpload, load: loadUpload, remove: deleteUpload };
