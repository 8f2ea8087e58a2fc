// The upload state machine, the worker client and the worker's handler, without a browser: fake
// workers and storage stand in, so every ordering of answers can be played.
import { describe, expect, it } from 'vitest';
import type { ImportResult, ImportSuccess } from '../../../src/lib/import/pipeline.ts';
import type { SavedUpload } from '../../../src/lib/import/storage.ts';
import { UploadState, type UploadStorage } from '../../../src/lib/import/upload-state.svelte.ts';
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

/** Storage whose writes take `slow` ms for the files named there, a moment otherwise. */
function fakeStorage(initial?: SavedUpload, slow: Record<string, number> = {}) {
  let stored = initial;
  const writes: string[] = [];
  const storage: UploadStorage = {
    save: async (u) => {
      await new Promise((r) => setTimeout(r, slow[u.fileName] ?? 0));
      stored = u;
      writes.push(u.fileName);
    },
    load: async () => stored,
    remove: async () => {
      stored = undefined;
      writes.push('(deleted)');
    },
  };
  return { storage, writes, stored: () => stored };
}

const file = (text: string) => new Blob([text]);
const tick = () => new Promise((r) => setTimeout(r, 0));

describe('upload state: only the latest file is shown or kept', () => {
  it('a first file answering after a second one is dropped, and its worker was cancelled', async () => {
    const { jobs, run } = fakeRunner();
    const store = fakeStorage();
    const upload = new UploadState({ run, storage: store.storage });
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
    expect(store.writes).toEqual(['small.csv']);
    expect(store.stored()?.accepted.map((a) => a.value)).toEqual([111]);
  });

  it('progress of an abandoned file is not shown', async () => {
    const { jobs, run } = fakeRunner();
    const upload = new UploadState({ run, storage: fakeStorage().storage });
    void upload.choose(file('a'), 'a.csv', context());
    void upload.choose(file('b'), 'b.csv', context());
    jobs[0]!.progress({ done: 5, total: 10 });
    expect(upload.progress).toBeNull();
    jobs[1]!.progress({ done: 1, total: 2 });
    expect(upload.progress).toEqual({ done: 1, total: 2 });
    expect(upload.status).toBe('pending');
  });

  it('saves are written in the order the files were chosen', async () => {
    const { jobs, run } = fakeRunner();
    const store = fakeStorage(undefined, { 'a.csv': 30 });
    const upload = new UploadState({ run, storage: store.storage });
    const a = upload.choose(file('a'), 'a.csv', context());
    jobs[0]!.answer(success([110]));
    await tick(); // a's (slow) write has started
    const b = upload.choose(file('b'), 'b.csv', context());
    jobs[1]!.answer(success([112]));
    await Promise.all([a, b]);
    expect(store.writes).toEqual(['a.csv', 'b.csv']);
    expect(upload.kept?.fileName).toBe('b.csv');
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

  it('0 accepted values: not kept, the previous upload stays, and the user is told', async () => {
    const { jobs, run } = fakeRunner();
    const store = fakeStorage(kept);
    const upload = new UploadState({ run, storage: store.storage });
    await upload.restore();
    expect(upload.notice).toMatchObject({ kind: 'restored', fileName: 'good.csv', n: 2 });
    const done = upload.choose(file('x'), 'all-rejected.csv', context());
    jobs[0]!.answer(success([]));
    expect(await done).toBe(true);
    expect(store.writes).toEqual([]);
    expect(store.stored()).toEqual(kept);
    expect(upload.kept).toEqual(kept);
    expect(upload.notice).toEqual({
      kind: 'not_kept',
      fileName: 'all-rejected.csv',
      reason: 'no_values',
      kept: { fileName: 'good.csv', n: 2 },
    });
  });

  it('a refused file is not kept either', async () => {
    const { jobs, run } = fakeRunner();
    const store = fakeStorage(kept);
    const upload = new UploadState({ run, storage: store.storage });
    await upload.restore();
    const done = upload.choose(file(''), 'empty.csv', context());
    jobs[0]!.answer({ ok: false, error: 'empty' });
    await done;
    expect(store.stored()).toEqual(kept);
    expect(upload.notice).toMatchObject({ kind: 'not_kept', reason: 'failed' });
  });

  it('deleting clears the kept upload; a save still under way cannot bring it back', async () => {
    const { jobs, run } = fakeRunner();
    const store = fakeStorage(undefined, { 'a.csv': 30 });
    const upload = new UploadState({ run, storage: store.storage });
    const saving = upload.choose(file('a'), 'a.csv', context());
    jobs[0]!.answer(success([111]));
    await tick(); // a's write has started
    await upload.remove();
    await saving;
    expect(store.writes).toEqual(['a.csv', '(deleted)']);
    expect(upload.kept).toBeNull();
    expect(upload.notice).toEqual({ kind: 'deleted' });
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
