// What the import worker does with one request, apart from the worker itself so it can be tested:
// a text file is read in slices and streamed through decoding, parsing and validation; an XLSX
// file (a zip) is read whole and its sheets streamed as they are inflated. Every message carries
// the upload's id, so the page can tell a late answer about an abandoned file from the current one.
import {
  blobSource,
  importSource,
  importWorkbook,
  MAX_FILE_BYTES,
  type ImportContext,
  type ImportResult,
} from './pipeline.ts';

export interface WorkerRequest extends ImportContext {
  /** Which upload this is: every answer repeats it. */
  id: number;
  file: Blob;
  fileName: string;
}

export type WorkerMessage =
  { id: number; progress: { done: number; total: number } } | { id: number; result: ImportResult };

export const isXlsx = (fileName: string) => /\.xlsx$/i.test(fileName);

export async function handleRequest(
  request: WorkerRequest,
  post: (message: WorkerMessage) => void,
): Promise<void> {
  const { id, file, fileName, ...ctx } = request;
  let result: ImportResult;
  try {
    if (!isXlsx(fileName)) {
      const progress = (done: number, total: number) => post({ id, progress: { done, total } });
      result = await importSource(blobSource(file), ctx, progress);
    } else if (file.size > MAX_FILE_BYTES) {
      result = {
        ok: false,
        error: 'too_large',
        detail: { limit: MAX_FILE_BYTES, size: file.size },
      };
    } else {
      result = importWorkbook(new Uint8Array(await file.arrayBuffer()), ctx);
    }
  } catch (e) {
    // A failure of the import itself, not a verdict on the file: said as it is.
    result = {
      ok: false,
      error: 'worker_failed',
      detail: { message: e instanceof Error ? e.message : String(e) },
    };
  }
  post({ id, result });
}
