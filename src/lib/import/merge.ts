// Several files chosen at once (one per agency) → one upload. A value given by two files is kept
// once when they agree; when they disagree it is a conflict naming every file and row, and no
// value of that indicator, area and year is kept: the office decides, the site never picks one.
import type { ImportResult } from './pipeline.ts';
import type { UserValue } from './validate.ts';

export interface FileOutcome {
  fileName: string;
  result: ImportResult;
}

/** One occurrence of a key in one file. */
export interface ConflictEntry {
  file: string;
  row: number;
  sheet?: string;
  value: number;
}

export interface Conflict {
  indicator_id: string;
  area_id: string;
  year: number;
  /** Every file and row giving the key, in the order the files were chosen. */
  entries: ConflictEntry[];
}

export interface Merged {
  /** Values kept, each with the file it came from. */
  accepted: (UserValue & { file: string })[];
  conflicts: Conflict[];
  /** Keys given by several files with the same value (kept once, from the first file). */
  agreeing: number;
}

/** Two files give the same value when they agree beyond floating-point noise. */
const same = (a: number, b: number) => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a));

export function mergeOutcomes(outcomes: readonly FileOutcome[]): Merged {
  const byKey = new Map<string, (UserValue & { file: string })[]>();
  const order: string[] = [];
  for (const { fileName, result } of outcomes) {
    if (!result.ok) continue;
    for (const v of result.accepted) {
      const key = `${v.indicator_id}|${v.area_id}|${v.year}`;
      let list = byKey.get(key);
      if (!list) {
        list = [];
        byKey.set(key, list);
        order.push(key);
      }
      list.push({ ...v, file: fileName });
    }
  }
  const accepted: Merged['accepted'] = [];
  const conflicts: Conflict[] = [];
  let agreeing = 0;
  for (const key of order) {
    const list = byKey.get(key)!;
    const first = list[0]!;
    if (list.every((v) => same(v.value, first.value))) {
      if (list.length > 1) agreeing++;
      accepted.push(first);
      continue;
    }
    conflicts.push({
      indicator_id: first.indicator_id,
      area_id: first.area_id,
      year: first.year,
      entries: list.map((v) => ({
        file: v.file,
        row: v.row,
        ...(v.sheet === undefined ? {} : { sheet: v.sheet }),
        value: v.value,
      })),
    });
  }
  return { accepted, conflicts, agreeing };
}
