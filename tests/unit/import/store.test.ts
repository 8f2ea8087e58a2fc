// The upload store: one upload per (province, year, period), revisions that refuse a write based
// on an older read, the migration of the single slot of schema 1, Web Locks (and their absence),
// the other tabs told, every failure of the browser's storage reported as what it is.
import { describe, expect, it } from 'vitest';
import {
  migrateLegacy,
  readRecord,
  slotId,
  StorageError,
  storageError,
  UploadStore,
  type SavedUpload,
  type Slot,
  type StoreChange,
} from '../../../src/lib/import/storage.ts';
import type { UserValue } from '../../../src/lib/import/validate.ts';
import {
  blockedError,
  FakeLocks,
  FeedHub,
  MemoryBackend,
  memoryStore,
  quotaError,
  settle,
} from './memory-store.ts';

const value = (
  area: string,
  year: number,
  v: number,
  indicator = 'sex_ratio_at_birth',
): UserValue => ({
  row: 2,
  indicator_id: indicator,
  area_id: area,
  year,
  value: v,
});

const upload = (
  fileName: string,
  values: UserValue[],
  areaId = values[0]?.area_id ?? '',
): SavedUpload => ({
  fileName,
  files: [fileName],
  areaId,
  accepted: values,
  rejectedCount: 0,
  conflictCount: 0,
  conflicts: [],
  savedAt: '2025-06-01T00:00:00.000Z',
});

const KH: Slot = { areaId: '63-56', year: 2024, period: 'annual' };
const HN: Slot = { areaId: '63-01', year: 2024, period: 'annual' };

describe('one upload per province, year and period', () => {
  it('Hà Nội kept after Khánh Hòa leaves Khánh Hòa where it was', async () => {
    const store = memoryStore(new MemoryBackend());
    expect(await store.write(KH, upload('kh.csv', [value('63-56', 2024, 111.9)]), 0)).toMatchObject(
      {
        ok: true,
        revision: 1,
      },
    );
    expect(await store.write(HN, upload('hn.csv', [value('63-01', 2024, 115.2)]), 0)).toMatchObject(
      {
        ok: true,
        revision: 1,
      },
    );
    const list = await store.list();
    expect(list.map((u) => [slotId(u.slot), u.fileName, u.revision])).toEqual([
      ['63-01|2024|annual', 'hn.csv', 1],
      ['63-56|2024|annual', 'kh.csv', 1],
    ]);
    expect((await store.read(KH)).kept?.accepted.map((v) => v.value)).toEqual([111.9]);
  });

  it('the same province, another year or the six-month report: three slots', async () => {
    const store = memoryStore(new MemoryBackend());
    await store.write(KH, upload('a.csv', [value('63-56', 2024, 1)]), 0);
    await store.write({ ...KH, year: 2025 }, upload('b.csv', [value('63-56', 2025, 2)]), 0);
    await store.write(
      { ...KH, year: 2025, period: 'h1' },
      upload('c.csv', [value('63-56', 2025, 3)]),
      0,
    );
    expect((await store.list()).map((u) => slotId(u.slot))).toEqual([
      '63-56|2025|annual',
      '63-56|2025|h1',
      '63-56|2024|annual',
    ]);
  });
});

describe('revisions: a write based on an older read is refused with what is there now', () => {
  it('two writes based on the same empty read: the second is refused, nothing overwritten', async () => {
    const backend = new MemoryBackend();
    const tab1 = memoryStore(backend);
    const tab2 = memoryStore(backend);
    const seen = await tab2.read(KH);
    expect(seen).toEqual({ kept: null, revision: 0 });
    expect((await tab1.write(KH, upload('tab1.csv', [value('63-56', 2024, 110)]), 0)).ok).toBe(
      true,
    );
    const refused = await tab2.write(
      KH,
      upload('tab2.csv', [value('63-56', 2024, 112)]),
      seen.revision,
    );
    expect(refused).toMatchObject({ ok: false, revision: 1, current: { fileName: 'tab1.csv' } });
    expect((await tab1.read(KH)).kept?.fileName).toBe('tab1.csv');
    // Based on what it now knows, tab 2 may write.
    expect(await tab2.write(KH, upload('tab2.csv', [value('63-56', 2024, 112)]), 1)).toMatchObject({
      ok: true,
      revision: 2,
    });
  });

  it('a delete keeps the slot’s revision: deleted then written again is still a change', async () => {
    const store = memoryStore(new MemoryBackend());
    await store.write(KH, upload('first.csv', [value('63-56', 2024, 1)]), 0); // rev 1, read by tab A
    expect(await store.remove(KH, 1)).toMatchObject({ ok: true, kept: null, revision: 2 });
    expect(await store.read(KH)).toEqual({ kept: null, revision: 2 });
    expect(await store.list()).toEqual([]);
    await store.write(KH, upload('third.csv', [value('63-56', 2024, 3)]), 2); // rev 3
    // Tab A, still at revision 1, neither overwrites nor deletes what it never saw.
    expect(await store.write(KH, upload('a.csv', [value('63-56', 2024, 9)]), 1)).toMatchObject({
      ok: false,
      current: { fileName: 'third.csv' },
    });
    expect(await store.remove(KH, 1)).toMatchObject({
      ok: false,
      current: { fileName: 'third.csv' },
    });
    expect((await store.read(KH)).kept?.fileName).toBe('third.csv');
  });

  it('deleting an empty slot changes nothing', async () => {
    const backend = new MemoryBackend();
    const store = memoryStore(backend);
    expect(await store.remove(KH, 0)).toEqual({ ok: true, kept: null, revision: 0 });
    expect(backend.records.size).toBe(0);
  });
});

describe('migration of the single slot of schema 1', () => {
  const legacy = {
    fileName: 'khanh-hoa-2024.csv',
    areaId: '63-56',
    accepted: [value('63-56', 2023, 111.5), value('63-56', 2024, 111.9)],
    rejectedCount: 1,
    savedAt: '2025-03-01T00:00:00.000Z',
  };

  it('goes to its province, the latest year of its values, the annual period', async () => {
    const store = memoryStore(MemoryBackend.fromLegacy(legacy));
    const [kept] = await store.list();
    expect(kept).toMatchObject({
      slot: { areaId: '63-56', year: 2024, period: 'annual' },
      revision: 1,
      fileName: 'khanh-hoa-2024.csv',
      files: ['khanh-hoa-2024.csv'],
      rejectedCount: 1,
      conflicts: [],
    });
    expect(kept!.accepted).toEqual(legacy.accepted);
  });

  it('a file whose values are all of another province goes to that province', () => {
    const record = migrateLegacy({ ...legacy, accepted: [value('63-01', 2022, 115)] });
    expect(record?.id).toBe('63-01|2022|annual');
    expect(record?.upload?.areaId).toBe('63-01');
  });

  it('nothing to migrate: no record, an empty or unreadable one', () => {
    expect(migrateLegacy(undefined)).toBeNull();
    expect(migrateLegacy({ ...legacy, accepted: [] })).toBeNull();
    expect(migrateLegacy({ fileName: 3 })).toBeNull();
  });
});

describe('records read back are checked', () => {
  it('anything that is not a record of ours is ignored, not shown', async () => {
    const backend = new MemoryBackend();
    backend.records.set('x', {
      id: 'x',
      slot: { areaId: '63-56', year: 2024, period: 'q3' },
      revision: 1,
      upload: null,
    });
    backend.records.set('y', '<img src=x onerror=alert(1)>');
    const good = migrateLegacy({ fileName: 'a.csv', accepted: [value('63-56', 2024, 1)] })!;
    backend.records.set(good.id, good);
    expect((await memoryStore(backend).list()).map((u) => u.fileName)).toEqual(['a.csv']);
    expect(readRecord({ ...good, id: 'other' })).toBeNull();
    expect(readRecord({ ...good, revision: 1.5 })).toBeNull();
  });
});

describe('Web Locks', () => {
  it('every write and delete runs under the site’s lock, one at a time', async () => {
    const backend = new MemoryBackend();
    backend.delay = 5;
    const locks = new FakeLocks();
    const store = memoryStore(backend, { locks });
    const writes = await Promise.all([
      store.write(KH, upload('a.csv', [value('63-56', 2024, 1)]), 0),
      store.write(HN, upload('b.csv', [value('63-01', 2024, 2)]), 0),
      store.remove(KH, 1),
    ]);
    expect(writes.map((w) => w.ok)).toEqual([true, true, true]);
    expect(locks.requests).toEqual([
      'gender-dashboard-uploads',
      'gender-dashboard-uploads',
      'gender-dashboard-uploads',
    ]);
    expect(locks.maxHeld).toBe(1);
  });

  it('without Web Locks the revision still refuses a stale write', async () => {
    const store = new UploadStore(new MemoryBackend(), { locks: null, feed: null });
    await store.write(KH, upload('a.csv', [value('63-56', 2024, 1)]), 0);
    expect((await store.write(KH, upload('b.csv', [value('63-56', 2024, 2)]), 0)).ok).toBe(false);
  });

  it('a lock manager that refuses to lock (an opaque origin) does not stop the write', async () => {
    const store = memoryStore(new MemoryBackend(), {
      locks: { request: () => Promise.reject(new DOMException('denied', 'SecurityError')) },
    });
    expect((await store.write(KH, upload('a.csv', [value('63-56', 2024, 1)]), 0)).ok).toBe(true);
  });

  it('an error inside the lock is the write’s error, not a reason to write again', async () => {
    const backend = new MemoryBackend();
    backend.failing.set('update', quotaError);
    const store = memoryStore(backend, { locks: new FakeLocks() });
    await expect(
      store.write(KH, upload('a.csv', [value('63-56', 2024, 1)]), 0),
    ).rejects.toMatchObject({
      kind: 'quota',
    });
    expect(backend.calls.filter((c) => c === 'update')).toHaveLength(1);
  });
});

describe('other tabs are told', () => {
  it('a write in one tab reaches the other tab’s subscribers, marked as from elsewhere', async () => {
    const backend = new MemoryBackend();
    const hub = new FeedHub();
    const tab1 = memoryStore(backend, { hub });
    const tab2 = memoryStore(backend, { hub });
    const heard1: [StoreChange, string][] = [];
    const heard2: [StoreChange, string][] = [];
    tab1.subscribe((c, origin) => heard1.push([c, origin]));
    tab2.subscribe((c, origin) => heard2.push([c, origin]));
    await tab1.write(KH, upload('a.csv', [value('63-56', 2024, 1)]), 0);
    await settle();
    expect(heard1).toEqual([[{ slotId: '63-56|2024|annual' }, 'here']]);
    expect(heard2).toEqual([[{ slotId: '63-56|2024|annual' }, 'elsewhere']]);
    // A refused write changed nothing: nobody is told.
    await tab2.write(KH, upload('b.csv', [value('63-56', 2024, 2)]), 0);
    await settle();
    expect(heard1).toHaveLength(1);
    // A closed tab hears nothing more.
    tab2.close();
    await tab1.remove(KH, 1);
    await settle();
    expect(heard2).toHaveLength(1);
    expect(heard1).toHaveLength(2);
  });

  it('no feed is made until a tab listens or writes (never during prerender)', () => {
    let made = 0;
    new UploadStore(new MemoryBackend(), { feed: () => (made++, null) });
    expect(made).toBe(0);
  });
});

describe('failures of the browser’s storage', () => {
  it('every call rejecting: each says what failed', async () => {
    for (const [error, kind] of [
      [quotaError, 'quota'],
      [blockedError, 'blocked'],
      [() => new StorageError('missing', 'indexedDB is not available'), 'missing'],
      [
        () =>
          new DOMException(
            'The operation failed for reasons unrelated to the database itself',
            'UnknownError',
          ),
        'failed',
      ],
    ] as const) {
      const backend = new MemoryBackend();
      backend.failAll(error);
      const store = memoryStore(backend, { locks: new FakeLocks() });
      await expect(store.list()).rejects.toMatchObject({ name: 'StorageError', kind });
      await expect(store.read(KH)).rejects.toMatchObject({ kind });
      await expect(
        store.write(KH, upload('a.csv', [value('63-56', 2024, 1)]), 0),
      ).rejects.toMatchObject({ kind });
      await expect(store.remove(KH, 0)).rejects.toMatchObject({ kind });
    }
  });

  it('storageError names quota and security errors, keeps the message of others', () => {
    expect(storageError(quotaError())).toMatchObject({ kind: 'quota' });
    expect(storageError(new DOMException('no', 'SecurityError'))).toMatchObject({
      kind: 'missing',
    });
    expect(storageError(new Error('disk on fire'))).toMatchObject({
      kind: 'failed',
      message: 'disk on fire',
    });
  });
});
