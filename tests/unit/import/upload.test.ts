// The upload state machine, the worker client and the worker's handler, without a browser: fake
// workers and the upload store on an in-memory backend stand in, so every ordering of answers,
// of tabs and of storage failures can be played.
import { describe, expect, it } from 'vitest';
import type { ImportResult, ImportSuccess } from '../../../src/lib/import/pipeline.ts';
import type { SavedUpload, Slot } from '../../../src/lib/import/storage.ts';
import { UploadState } from '../../../src/lib/import/upload-state.svelte.ts';
import {
  startImport,
  type ImportJob,
  type Progress,
  type WorkerLike,
} from '../../../src/lib/import/worker-client.ts';
import {
  handleRequest,
  type WorkerMessage,
  type WorkerRequest,
} from '../../../src/lib/import/worker-handler.ts';
import { context, utf8 } from './context.ts';
import { cell, makeOds, row } from './make-ods.ts';
import {
  FakeLocks,
  FeedHub,
  MemoryBackend,
  memoryStore,
  quotaError,
  settle,
} from './memory-store.ts';

const success = (values: number[]): ImportSuccess => ({
  ok: true,
  encoding: 'utf-8',
  delimiter: ',',
  layout: 'long',
  sheets: [],
  skipped: [],
  accepted: values.map((value, i) => ({
    row: i + 2,
    indicator_id: 'sex_ratio_at_birth',
    area_id: '63-56',
    year: 2020 + i,
    value,
  })),
  rejected: [],
  numberStyle: null,
});

/** Jobs the test answers by hand, in any order. */
function fakeRunner() {
  const jobs: {
    request: WorkerRequest;
    progress: (p: Progress) => void;
    answer: (r: ImportResult) => void;
    cancelled: boolean;
  }[] = [];
  const run = (request: WorkerRequest, progress: (p: Progress) => void): ImportJob => {
    let answer!: (r: ImportResult) => void;
    const result = new Promise<ImportResult | null>((resolve) => (answer = resolve));
    const job = { request, progress, answer, cancelled: false };
    jobs.push(job);
    // Cancelling is recorded but the job can still answer: as if its result was already on its
    // way when the worker was terminated. The state's own id check must drop it.
    return { result, cancel: () => (job.cancelled = true) };
  };
  return { jobs, run };
}

const KH: Slot = { areaId: '63-56', year: 2025, period: 'annual' };
const HN: Slot = { areaId: '63-01', year: 2025, period: 'annual' };

/** A tab: an upload state on the shared backend, its store linked to the other tabs. */
function tab(
  backend: MemoryBackend,
  options: { hub?: FeedHub; slot?: Slot; run?: ReturnType<typeof fakeRunner>['run'] } = {},
) {
  const runner = fakeRunner();
  const store = memoryStore(backend, { hub: options.hub, locks: new FakeLocks() });
  const upload = new UploadState({
    run: options.run ?? runner.run,
    store,
    slot: options.slot ?? KH,
    now: () => '2025-06-01T00:00:00.000Z',
  });
  return { upload, store, jobs: runner.jobs };
}

/** What the backend holds for a slot: file name and values. */
async function stored(backend: MemoryBackend, slot: Slot = KH) {
  const { kept, revision } = await memoryStore(backend).read(slot);
  return kept
    ? { fileName: kept.fileName, values: kept.accepted.map((v) => v.value), revision }
    : null;
}

const file = (text: string) => new Blob([text]);
const tick = () => new Promise((r) => setTimeout(r, 0));

describe('upload state: only the latest file is shown or kept', () => {
  it('a first file answering after a second one is dropped, and its worker was cancelled', async () => {
    const backend = new MemoryBackend();
    const { upload, jobs } = tab(backend);
    const first = upload.choose(file('big'), 'big.csv', context());
    const second = upload.choose(file('small'), 'small.csv', context());
    expect(jobs.map((j) => j.request.id)).toEqual([1, 2]);
    expect(jobs[0]!.cancelled).toBe(true);
    jobs[1]!.answer(success([111]));
    expect(await second).toBe(true);
    // The first one answers late anyway (a worker that could not be stopped in time).
    jobs[0]!.answer(success([1, 2, 3]));
    expect(await first).toBe(false);
    await tick();
    expect(upload.fileName).toBe('small.csv');
    expect(upload.result).toEqual(success([111]));
    expect(upload.kept?.fileName).toBe('small.csv');
    expect(await stored(backend)).toEqual({ fileName: 'small.csv', values: [111], revision: 1 });
  });

  it('progress of an abandoned file is not shown', async () => {
    const { upload, jobs } = tab(new MemoryBackend());
    void upload.choose(file('a'), 'a.csv', context());
    void upload.choose(file('b'), 'b.csv', context());
    jobs[0]!.progress({ done: 5, total: 10 });
    expect(upload.progress).toBeNull();
    jobs[1]!.progress({ done: 1, total: 2 });
    expect(upload.progress).toEqual({ done: 1, total: 2 });
    expect(upload.status).toBe('pending');
  });

  it('a second upload into a slot that holds one waits for its write, then asks', async () => {
    const backend = new MemoryBackend();
    backend.delay = 30;
    const { upload, jobs } = tab(backend);
    const a = upload.choose(file('a'), 'a.csv', context());
    jobs[0]!.answer(success([110]));
    await tick(); // a's (slow) write has started
    const b = upload.choose(file('b'), 'b.csv', context());
    jobs[1]!.answer(success([112]));
    await Promise.all([a, b]);
    expect(upload.kept?.fileName).toBe('a.csv');
    expect(upload.decision).toMatchObject({ existing: { fileName: 'a.csv' }, changed: false });
    expect(upload.shown?.fileName).toBe('b.csv');
    expect(await stored(backend)).toMatchObject({ fileName: 'a.csv' });
  });
});

describe('a slot that holds figures: replace or merge, never silently', () => {
  async function keptThen(second: number[]) {
    const backend = new MemoryBackend();
    const { upload, jobs } = tab(backend);
    const first = upload.choose(file('a'), 'so-y-te.csv', context());
    jobs[0]!.answer(success([110, 52.5]));
    await first;
    const next = upload.choose(file('b'), 'so-noi-vu.csv', context());
    jobs[1]!.answer(success(second));
    await next;
    return { backend, upload };
  }

  it('replace: the new file alone is kept, at the next revision', async () => {
    const { backend, upload } = await keptThen([111]);
    expect(upload.decision).not.toBeNull();
    expect(await stored(backend)).toMatchObject({ fileName: 'so-y-te.csv', revision: 1 });
    await upload.decide('replace');
    expect(await stored(backend)).toEqual({
      fileName: 'so-noi-vu.csv',
      values: [111],
      revision: 2,
    });
    expect(upload.notice).toMatchObject({ kind: 'kept', merged: false, n: 1 });
    expect(upload.decision).toBeNull();
    expect(upload.candidate).toBeNull();
  });

  it('merge: equal values kept once, a value given differently is a conflict (neither kept)', async () => {
    // Same 2020 value (110), another 2021 value (52.5 vs 53), a new 2022 value.
    const { backend, upload } = await keptThen([110, 53, 7]);
    await upload.decide('merge');
    const kept = upload.kept!;
    expect(kept.files).toEqual(['so-y-te.csv', 'so-noi-vu.csv']);
    expect(kept.accepted.map((v) => [v.year, v.value, v.file])).toEqual([
      [2020, 110, 'so-y-te.csv'],
      [2022, 7, 'so-noi-vu.csv'],
    ]);
    expect(kept.conflicts).toEqual([
      {
        indicator_id: 'sex_ratio_at_birth',
        area_id: '63-56',
        year: 2021,
        entries: [
          { file: 'so-y-te.csv', row: 3, value: 52.5 },
          { file: 'so-noi-vu.csv', row: 3, value: 53 },
        ],
      },
    ]);
    expect(upload.notice).toMatchObject({ kind: 'kept', merged: true });
    expect(await stored(backend)).toMatchObject({ values: [110, 7], revision: 2 });
  });

  it('discard: nothing written, what is kept is shown again', async () => {
    const { backend, upload } = await keptThen([111]);
    await upload.decide('discard');
    expect(upload.notice).toEqual({ kind: 'discarded', fileName: 'so-noi-vu.csv' });
    expect(upload.shown?.fileName).toBe('so-y-te.csv');
    expect(await stored(backend)).toMatchObject({ fileName: 'so-y-te.csv', revision: 1 });
  });

  it('another province, year or period chosen before deciding: said, and nothing written', async () => {
    const { backend, upload } = await keptThen([111]);
    upload.setSlot(HN);
    expect(upload.notice).toEqual({ kind: 'abandoned', fileName: 'so-noi-vu.csv', slot: KH });
    expect(upload.decision).toBeNull();
    expect(upload.shown).toBeNull();
    await settle();
    expect(await stored(backend)).toMatchObject({ fileName: 'so-y-te.csv', revision: 1 });
    expect(await stored(backend, HN)).toBeNull();
  });
});

describe('two tabs', () => {
  it('uploading into one slot at once: the second is told and asked, nothing is lost', async () => {
    const backend = new MemoryBackend();
    const hub = new FeedHub();
    const one = tab(backend, { hub });
    const two = tab(backend, { hub });
    one.upload.watch();
    two.upload.watch();
    await settle();
    const read1 = one.upload.choose(file('1'), 'tab1.csv', context());
    const read2 = two.upload.choose(file('2'), 'tab2.csv', context());
    one.jobs[0]!.answer(success([110]));
    await read1;
    await settle();
    // Told at once (the channel), while its own file is still read.
    expect(two.upload.notice).toEqual({
      kind: 'changed_elsewhere',
      slot: KH,
      current: { fileName: 'tab1.csv', n: 1 },
    });
    two.jobs[0]!.answer(success([0, 112]));
    await read2;
    expect(two.upload.decision).toMatchObject({ existing: { fileName: 'tab1.csv' } });
    expect(two.upload.shown?.fileName).toBe('tab2.csv');
    expect(await stored(backend)).toMatchObject({ fileName: 'tab1.csv' });
    await two.upload.decide('merge');
    // 2020 differs (110 / 0): a conflict, neither kept; 2021 (112) only in tab 2's file.
    expect(await stored(backend)).toEqual({
      fileName: 'tab1.csv, tab2.csv',
      values: [112],
      revision: 2,
    });
    expect(two.upload.kept?.conflicts).toHaveLength(1);
    // Tab 1 is told what tab 2 did, and shows it.
    await settle();
    expect(one.upload.kept?.fileName).toBe('tab1.csv, tab2.csv');
    expect(one.upload.notice).toMatchObject({ kind: 'changed_elsewhere', current: { n: 1 } });
  });

  it('not told in time (no channel): the second tab’s write is refused, then it is asked', async () => {
    const backend = new MemoryBackend();
    const one = tab(backend);
    const two = tab(backend);
    await two.upload.restore(); // tab 2 saw an empty slot
    const read1 = one.upload.choose(file('1'), 'tab1.csv', context());
    const read2 = two.upload.choose(file('2'), 'tab2.csv', context());
    one.jobs[0]!.answer(success([110]));
    await read1;
    two.jobs[0]!.answer(success([111]));
    await read2;
    expect(two.upload.notice).toEqual({
      kind: 'changed_elsewhere',
      slot: KH,
      current: { fileName: 'tab1.csv', n: 1 },
    });
    expect(two.upload.decision).toMatchObject({
      existing: { fileName: 'tab1.csv' },
      changed: true,
    });
    expect(two.upload.candidate?.fileName).toBe('tab2.csv');
    expect(await stored(backend)).toMatchObject({ fileName: 'tab1.csv', revision: 1 });
    await two.upload.decide('replace');
    expect(await stored(backend)).toEqual({ fileName: 'tab2.csv', values: [111], revision: 2 });
  });

  it('two provinces in two tabs: both kept', async () => {
    const backend = new MemoryBackend();
    const hub = new FeedHub();
    const one = tab(backend, { hub, slot: KH });
    const two = tab(backend, { hub, slot: HN });
    const a = one.upload.choose(file('1'), 'kh.csv', context());
    const b = two.upload.choose(file('2'), 'hn.csv', context({}));
    one.jobs[0]!.answer(success([110]));
    two.jobs[0]!.answer(success([115]));
    await Promise.all([a, b]);
    expect(one.upload.notice).toMatchObject({ kind: 'kept' });
    expect(two.upload.notice).toMatchObject({ kind: 'kept' });
    expect(await stored(backend, KH)).toMatchObject({ fileName: 'kh.csv' });
    expect(await stored(backend, HN)).toMatchObject({ fileName: 'hn.csv' });
  });

  it('a tab deleting what another tab has not seen is refused and shown what is there', async () => {
    const backend = new MemoryBackend();
    const one = tab(backend);
    const two = tab(backend);
    await two.upload.restore(); // tab 2 saw an empty slot
    const read = one.upload.choose(file('1'), 'tab1.csv', context());
    one.jobs[0]!.answer(success([110]));
    await read;
    await two.upload.remove();
    expect(two.upload.notice).toMatchObject({
      kind: 'changed_elsewhere',
      current: { fileName: 'tab1.csv' },
    });
    expect(two.upload.kept?.fileName).toBe('tab1.csv');
    expect(await stored(backend)).toMatchObject({ fileName: 'tab1.csv' });
  });

  it('the kept slot emptied by another tab while deciding: the choice is to keep or not', async () => {
    const backend = new MemoryBackend();
    const hub = new FeedHub();
    const one = tab(backend, { hub });
    const two = tab(backend, { hub });
    two.upload.watch();
    const first = one.upload.choose(file('1'), 'a.csv', context());
    one.jobs[0]!.answer(success([110]));
    await first;
    await settle();
    const second = two.upload.choose(file('2'), 'b.csv', context());
    two.jobs[0]!.answer(success([112]));
    await second;
    expect(two.upload.decision?.existing?.fileName).toBe('a.csv');
    await one.upload.remove();
    await settle();
    expect(two.upload.decision).toEqual({ existing: null, changed: true });
    await two.upload.decide('merge');
    expect(await stored(backend)).toEqual({ fileName: 'b.csv', values: [112], revision: 3 });
  });
});

describe('upload state: a file with no value never replaces the kept upload', () => {
  const kept: SavedUpload = {
    fileName: 'good.csv',
    files: ['good.csv'],
    areaId: '63-56',
    accepted: success([111, 112]).accepted,
    rejectedCount: 0,
    conflictCount: 0,
    conflicts: [],
    savedAt: '2025-01-01T00:00:00.000Z',
  };
  const withKept = () =>
    new MemoryBackend([{ id: '63-56|2025|annual', slot: KH, revision: 1, upload: kept }]);

  it('0 accepted values: not kept, the previous upload stays, and the user is told', async () => {
    const backend = withKept();
    const { upload, jobs } = tab(backend);
    await upload.restore();
    expect(upload.notice).toMatchObject({ kind: 'restored', fileName: 'good.csv', n: 2 });
    const done = upload.choose(file('x'), 'all-rejected.csv', context());
    jobs[0]!.answer(success([]));
    expect(await done).toBe(true);
    expect(await stored(backend)).toEqual({
      fileName: 'good.csv',
      values: [111, 112],
      revision: 1,
    });
    expect(upload.kept).toMatchObject(kept);
    expect(upload.notice).toEqual({
      kind: 'not_kept',
      fileName: 'all-rejected.csv',
      reason: 'no_values',
      kept: { fileName: 'good.csv', n: 2 },
    });
  });

  it('a refused file is not kept either', async () => {
    const backend = withKept();
    const { upload, jobs } = tab(backend);
    await upload.restore();
    const done = upload.choose(file(''), 'empty.csv', context());
    jobs[0]!.answer({ ok: false, error: 'empty' });
    await done;
    expect(await stored(backend)).toMatchObject({ fileName: 'good.csv', revision: 1 });
    expect(upload.notice).toMatchObject({ kind: 'not_kept', reason: 'failed' });
  });

  it('deleting clears the kept upload; a save still under way cannot bring it back', async () => {
    const backend = new MemoryBackend();
    backend.delay = 30;
    const { upload, jobs } = tab(backend);
    const saving = upload.choose(file('a'), 'a.csv', context());
    jobs[0]!.answer(success([111]));
    await tick(); // a's write has started
    await upload.remove();
    await saving;
    expect(await stored(backend)).toBeNull();
    expect(await memoryStore(backend).read(KH)).toEqual({ kept: null, revision: 2 });
    expect(upload.kept).toBeNull();
    expect(upload.notice).toEqual({ kind: 'deleted' });
  });
});

describe('when the browser’s storage fails, this visit’s results still show', () => {
  it('every storage call rejecting: said what failed, the values shown from memory', async () => {
    const backend = new MemoryBackend();
    backend.failAll(() => new DOMException('Internal error opening backing store', 'UnknownError'));
    const { upload, jobs } = tab(backend);
    await upload.restore();
    expect(upload.notice).toMatchObject({ kind: 'unreadable', failure: { kind: 'failed' } });
    const read = upload.choose(file('a'), 'a.csv', context());
    jobs[0]!.answer(success([111, 52.5]));
    expect(await read).toBe(true);
    expect(upload.notice).toEqual({
      kind: 'memory_only',
      fileName: 'a.csv',
      failure: { kind: 'failed', message: 'Internal error opening backing store' },
    });
    // What the comparison and the rest of the page draw.
    expect(upload.shown?.accepted.map((v) => v.value)).toEqual([111, 52.5]);
    expect(upload.inMemory).toMatchObject([{ slot: KH, upload: { fileName: 'a.csv' } }]);
    // Another slot and back: still there for this visit.
    upload.setSlot(HN);
    expect(upload.shown).toBeNull();
    upload.setSlot(KH);
    expect(upload.shown?.fileName).toBe('a.csv');
    await upload.remove();
    expect(upload.notice).toMatchObject({ kind: 'delete_failed', failure: { kind: 'failed' } });
    expect(upload.inMemory).toEqual([]);
  });

  it('the storage full on write: a quota notice, the values still shown', async () => {
    const backend = new MemoryBackend();
    backend.failing.set('update', quotaError);
    const { upload, jobs } = tab(backend);
    await upload.restore();
    expect(upload.notice).toBeNull();
    const read = upload.choose(file('a'), 'a.csv', context());
    jobs[0]!.answer(success([111]));
    await read;
    expect(upload.notice).toMatchObject({ kind: 'memory_only', failure: { kind: 'quota' } });
    expect(upload.shown?.fileName).toBe('a.csv');
    expect(upload.kept).toBeNull();
  });

  it('a page that is gone reads, shows and keeps nothing more', async () => {
    const backend = new MemoryBackend();
    const { upload, jobs } = tab(backend);
    const read = upload.choose(file('a'), 'a.csv', context());
    upload.destroy();
    expect(jobs[0]!.cancelled).toBe(true);
    jobs[0]!.answer(success([111]));
    expect(await read).toBe(false);
    expect(await upload.choose(file('b'), 'b.csv', context())).toBe(false);
    expect(jobs).toHaveLength(1);
    expect(await stored(backend)).toBeNull();
  });
});

/** A worker that answers as the test says. */
class FakeWorker implements WorkerLike {
  onmessage: WorkerLike['onmessage'] = null;
  onerror: WorkerLike['onerror'] = null;
  onmessageerror: WorkerLike['onmessageerror'] = null;
  posted: WorkerRequest[] = [];
  terminated = false;
  postMessage(m: WorkerRequest) {
    this.posted.push(m);
  }
  terminate() {
    this.terminated = true;
  }
  say(message: WorkerMessage) {
    this.onmessage?.({ data: message } as MessageEvent<WorkerMessage>);
  }
}

const request = (id: number): WorkerRequest => ({
  ...context(),
  id,
  file: file('x'),
  fileName: 'x.csv',
});

describe('worker client', () => {
  it('passes progress on, ignores answers about another upload, then terminates the worker', async () => {
    const worker = new FakeWorker();
    const seen: Progress[] = [];
    const job = startImport(
      request(7),
      (p) => seen.push(p),
      () => worker,
    );
    expect(worker.posted.map((m) => m.id)).toEqual([7]);
    worker.say({ id: 7, progress: { done: 1, total: 4 } });
    worker.say({ id: 6, result: success([1]) });
    worker.say({ id: 7, result: success([2]) });
    expect(await job.result).toEqual(success([2]));
    expect(seen).toEqual([{ done: 1, total: 4 }]);
    expect(worker.terminated).toBe(true);
  });

  it('cancel terminates the worker at once and the job answers nothing', async () => {
    const worker = new FakeWorker();
    const job = startImport(
      request(1),
      () => {},
      () => worker,
    );
    job.cancel();
    expect(worker.terminated).toBe(true);
    worker.say({ id: 1, result: success([1]) });
    expect(await job.result).toBeNull();
  });

  it('a worker that crashes is reported as a failed worker with its message, not a truncated file', async () => {
    const worker = new FakeWorker();
    const job = startImport(
      request(1),
      () => {},
      () => worker,
    );
    let prevented = false;
    worker.onerror?.({
      message: 'Uncaught RangeError: Array buffer allocation failed',
      preventDefault: () => (prevented = true),
    } as unknown as ErrorEvent);
    expect(await job.result).toEqual({
      ok: false,
      error: 'worker_failed',
      detail: { message: 'Uncaught RangeError: Array buffer allocation failed' },
    });
    expect(prevented).toBe(true);
    expect(worker.terminated).toBe(true);
  });
});

describe('worker handler', () => {
  const answers = async (req: WorkerRequest) => {
    const out: WorkerMessage[] = [];
    await handleRequest(req, (m) => out.push(m));
    return out;
  };

  it('an exception while reading is a failed worker with its message', async () => {
    const broken = {
      size: 10,
      slice: () => ({
        arrayBuffer: () => Promise.reject(new Error('NotReadableError: the file changed')),
      }),
    } as unknown as Blob;
    const out = await answers({ ...request(3), file: broken });
    expect(out).toEqual([
      {
        id: 3,
        result: {
          ok: false,
          error: 'worker_failed',
          detail: { message: 'NotReadableError: the file changed' },
        },
      },
    ]);
  });

  it('a text file answers with progress and the result, all under its id', async () => {
    const csv = 'Chỉ tiêu,Năm,Giá trị\nTỷ số giới tính khi sinh,2023,"111,4"\n';
    const out = await answers({ ...request(9), file: new Blob([utf8(csv)]) });
    expect(out.every((m) => m.id === 9)).toBe(true);
    expect(out.at(-1)).toMatchObject({ result: { ok: true, accepted: [{ value: 111.4 }] } });
    expect(out.slice(0, -1).every((m) => 'progress' in m)).toBe(true);
  });

  it('a truncated file is still reported as truncated', async () => {
    const csv = 'Chỉ tiêu,Năm,Giá trị\n"Tỷ số giới tính,2020,1\n';
    const out = await answers({ ...request(2), file: new Blob([utf8(csv)]) });
    expect(out.at(-1)).toEqual({ id: 2, result: { ok: false, error: 'truncated' } });
  });

  it('.ods and .xlsx are workbooks, told apart by their content', async () => {
    const ods = makeOds([
      {
        name: 'S',
        rows: [
          row(['Chỉ tiêu', 'Năm', 'Giá trị'].map((h) => cell.str(h))),
          row([cell.str('sex_ratio_at_birth'), cell.float(2023), cell.float(111.4, '111,4')]),
        ],
      },
    ]);
    for (const fileName of ['b.ods', 'saved-with-the-wrong-name.xlsx']) {
      const out = await answers({ ...request(4), fileName, file: new Blob([ods as BlobPart]) });
      expect(out).toEqual([
        {
          id: 4,
          result: expect.objectContaining({
            ok: true,
            encoding: 'ods',
            accepted: [expect.objectContaining({ value: 111.4 })],
          }),
        },
      ]);
    }
    const broken = await answers({
      ...request(5),
      fileName: 'b.ods',
      file: new Blob([utf8('not a zip')]),
    });
    expect(broken).toEqual([{ id: 5, result: { ok: false, error: 'ods_unreadable' } }]);
  });
});
