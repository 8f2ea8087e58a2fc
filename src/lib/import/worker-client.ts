// The page's side of the import worker: one worker per upload, answers checked against the
// upload's id, and the worker terminated as soon as its file is abandoned. A worker that breaks
// (an exception, a script that fails to load, a message that cannot be read) is reported as a
// failed worker with its message, never as something wrong with the file.
import type { ImportResult } from './pipeline.ts';
import type { WorkerMessage, WorkerRequest } from './worker-handler.ts';

export interface Progress {
  done: number;
  total: number;
}

/** What the client needs of a Worker (a fake in tests). */
export interface WorkerLike {
  onmessage: ((event: MessageEvent<WorkerMessage>) => void) | null;
  onerror: ((event: ErrorEvent) => void) | null;
  onmessageerror: ((event: MessageEvent) => void) | null;
  postMessage(message: WorkerRequest): void;
  terminate(): void;
}

export interface ImportJob {
  /** The file's result, or null when the job was cancelled. */
  result: Promise<ImportResult | null>;
  /** Abandon the file: the worker is terminated at once. */
  cancel(): void;
}

export const createImportWorker = (): WorkerLike =>
  new Worker(new URL('./import.worker.ts', import.meta.url), { type: 'module' });

const failed = (message: string): ImportResult => ({
  ok: false,
  error: 'worker_failed',
  detail: { message },
});

export function startImport(
  request: WorkerRequest,
  onProgress: (progress: Progress) => void,
  createWorker: () => WorkerLike = createImportWorker,
): ImportJob {
  let settle!: (result: ImportResult | null) => void;
  const result = new Promise<ImportResult | null>((resolve) => (settle = resolve));
  let worker: WorkerLike | null = createWorker();
  const end = (value: ImportResult | null) => {
    if (!worker) return;
    worker.terminate();
    worker.onmessage = worker.onerror = worker.onmessageerror = null;
    worker = null;
    settle(value);
  };
  worker.onmessage = (event) => {
    const message = event.data;
    if (message.id !== request.id) return; // not about this upload
    if ('progress' in message) onProgress(message.progress);
    else end(message.result);
  };
  worker.onerror = (event) => {
    // Handled here: the page says what happened instead of an uncaught error in the console.
    event.preventDefault();
    end(failed(event.message || 'the import worker stopped'));
  };
  worker.onmessageerror = () => end(failed('a message from the import worker could not be read'));
  try {
    // The File itself goes to the worker, which reads it in slices: never copied whole here.
    worker.postMessage(request);
  } catch (e) {
    end(failed(e instanceof Error ? e.message : String(e)));
  }
  return { result, cancel: () => end(null) };
}
