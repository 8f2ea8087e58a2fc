// What the import worker does with one request, apart from the worker itself so it can be tested:
// a text file is read in slices and streamed through decoding, parsing and validation; a workbook
// (XLSX or ODS, a zip) is read whole and its sheets streamed as they are inflated. Every message carries
// the upload's id, so the page can tell a late answer about an abandoned file from the current one.
import {
  blobSource,
  importSource,
  importWorkbook,
  MAX_FILE_BYTES,
  type ImportContext,
  type ImportResult,
  type WorkbookFormat,
} from './pipeline.ts';
import { MAX_INFLATED_BYTES } from './zip.ts';

export interface WorkerRequest extends ImportContext {
  /** Which upload this is: every answer repeats it. */
  id: number;
  file: Blob;
  fileName: string;
}

export type WorkerMessage =
  { id: number; progress: { done: number; total: number } } | { id: number; result: ImportResult };

/** A workbook by its name: XLSX or OpenDocument spreadsheet (the reader checks the content). */
export const workbookFormatOf = (fileName: string): WorkbookFormat | null =>
  /\.xlsx$/i.test(fileName) ? 'xlsx' : /\.ods$/i.test(fileName) ? 'ods' : null;

export async function handleRequest(
  request: WorkerRequest,
  post: (message: WorkerMessage) => void,
): Promise<void> {
  const { id, file, fileName, ...ctx } = request;
  let result: ImportResult;
  const format = workbookFormatOf(fileName);
  try {
    if (!format) {
      const progress = (done: number, total: number) => post({ id, progress: { done, total } });
      result = await importSource(blobSource(file), ctx, progress);
    } else if (file.size > MAX_FILE_BYTES) {
      result = {
        ok: false,
        error: 'too_large',
        detail: { limit: MAX_FILE_BYTES, size: file.size },
      };
    } else {
      const bytes = new Uint8Array(await file.arrayBuffer());
      result = importWorkbook(bytes, ctx, MAX_INFLATED_BYTES, format);
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
