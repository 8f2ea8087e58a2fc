// CSV parsing that keeps the line number of every record, for error messages that point at the
// exact place in the source file.
import Papa from 'papaparse';

export interface SourceRecord {
  file: string;
  /** 1-based line of the record's first character in the file (the header is line 1). */
  line: number;
  values: Record<string, string>;
}

export function parseCsv(
  file: string,
  text: string,
): { header: string[]; records: SourceRecord[] } {
  const body = text.replace(/^\uFEFF/, '');
  const lineStarts: number[] = [0];
  for (let i = 0; i < body.length; i++) if (body[i] === '\n') lineStarts.push(i + 1);
  const lineOf = (offset: number) => {
    let lo = 0;
    let hi = lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (lineStarts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  };
  const rows: { offset: number; data: string[] }[] = [];
  let previousCursor = 0;
  Papa.parse<string[]>(body, {
    header: false,
    skipEmptyLines: true,
    step: (result) => {
      // A record starts after the previous one ended (skip the line break between them).
      let start = previousCursor;
      while (body[start] === '\n' || body[start] === '\r') start++;
      rows.push({ offset: start, data: result.data });
      previousCursor = result.meta.cursor;
    },
  });
  const [first, ...rest] = rows;
  const header = (first?.data ?? []).map((h) => h.trim());
  const records = rest.map(({ offset, data }) => {
    const values: Record<string, string> = {};
    header.forEach((h, i) => (values[h] = data[i] ?? ''));
    return { file, line: lineOf(offset), values };
  });
  return { header, records };
}
