// Parsing and validation off the main thread, so the page stays responsive on large files.
import { importBytes, importText, rowsToText, type ImportInput } from './pipeline.ts';

self.onmessage = async (event: MessageEvent<ImportInput>) => {
  const input = event.data;
  // Progress messages while validating; the final message is the result.
  const progress = (done: number, total: number) => self.postMessage({ progress: { done, total } });
  try {
    if (/\.xlsx$/i.test(input.fileName)) {
      const { default: readXlsxFile } = await import('read-excel-file/browser');
      const sheets = await readXlsxFile(new Blob([input.bytes as BlobPart]));
      const rows = (sheets[0]?.data ?? []) as unknown[][];
      self.postMessage(importText(rowsToText(rows), 'xlsx', input, progress));
    } else {
      self.postMessage(importBytes(input, progress));
    }
  } catch {
    self.postMessage({
      ok: false,
      error: /\.xlsx$/i.test(input.fileName) ? 'xlsx_unreadable' : 'truncated',
    });
  }
};
