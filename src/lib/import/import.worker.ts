// Parsing and validation off the main thread, so the page stays responsive on large files. A
// text file is read in slices and streamed through decoding, parsing and validation; an XLSX
// file (a zip) has to be read whole.
import {
  blobSource,
  importSource,
  importText,
  MAX_FILE_BYTES,
  rowsToText,
  type ImportContext,
} from './pipeline.ts';

export interface WorkerRequest extends ImportContext {
  file: Blob;
  fileName: string;
}

self.onmessage = async (event: MessageEvent<WorkerRequest>) => {
  const { file, fileName, ...ctx } = event.data;
  const xlsx = /\.xlsx$/i.test(fileName);
  // Progress in bytes read; the final message is the result.
  const progress = (done: number, total: number) => self.postMessage({ progress: { done, total } });
  try {
    if (xlsx) {
      if (file.size > MAX_FILE_BYTES) {
        self.postMessage({ ok: false, error: 'too_large' });
        return;
      }
      const { default: readXlsxFile } = await import('read-excel-file/browser');
      const sheets = await readXlsxFile(file);
      const rows = (sheets[0]?.data ?? []) as unknown[][];
      self.postMessage(importText(rowsToText(rows), ctx));
    } else {
      self.postMessage(await importSource(blobSource(file), ctx, progress));
    }
  } catch {
    self.postMessage({ ok: false, error: xlsx ? 'xlsx_unreadable' : 'truncated' });
  }
};
