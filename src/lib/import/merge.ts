// Several sources of values → one set. A source is a file of one upload (one per agency), or an
// upload already kept when a new one is merged into it, or the kept uploads of one province on its
// pages. A value given by several sources is kept once when they agree; when they disagree it is a
// conflict naming every file and row, and no value of that indicator, area and year is kept: the
// office decides, the site never averages or picks one.
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

/** Values of one source; a value that names its own file keeps it, the others get `file`. */
export interface ValueSource {
  file: string;
  values: readonly UserValue[];
}

/** Two files give the same value when they agree beyond floating-point noise. */
const same = (a: number, b: number) => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a));

const keyOf = (v: { indicator_id: string; area_id: string; year: number }) =>
  `${v.indicator_id}|${v.area_id}|${v.year}`;

const entryOf = (v: UserValue & { file: string }): ConflictEntry => ({
  file: v.file,
  row: v.row,
  ...(v.sheet === undefined ? {} : { sheet: v.sheet }),
  value: v.value,
});

/** The same file's row once, however often it was merged in. */
function uniqueEntries(entries: readonly ConflictEntry[]): ConflictEntry[] {
  const seen = new Set<string>();
  const out: ConflictEntry[] = [];
  for (const e of entries) {
    const key = `${e.file}\u0000${e.sheet ?? ''}\u0000${e.row}\u0000${e.value}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(e);
  }
  return out;
}

/**
 * Merges sources in order. `prior` are conflicts the sources already carry (an upload kept with
 * conflicts between its files): a key in conflict stays in conflict, and any value a source gives
 * for it is one more entry of that conflict, never a way out of it.
 */
export function mergeSources(
  sources: readonly ValueSource[],
  prior: readonly Conflict[] = [],
): Merged {
  const byKey = new Map<string, (UserValue & { file: string })[]>();
  const order: string[] = [];
  const conflicted = new Map<string, Conflict>();
  for (const c of prior) {
    const key = keyOf(c);
    const known = conflicted.get(key);
    if (!known) {
      conflicted.set(key, { ...c, entries: [...c.entries] });
      order.push(key);
    } else known.entries.push(...c.entries);
  }
  for (const { file, values } of sources)
    for (const v of values) {
      const key = keyOf(v);
      let list = byKey.get(key);
      if (!list) {
        list = [];
        byKey.set(key, list);
        if (!conflicted.has(key)) order.push(key);
      }
      list.push({ ...v, file: v.file ?? file });
    }
  const accepted: Merged['accepted'] = [];
  const conflicts: Conflict[] = [];
  let agreeing = 0;
  for (const key of order) {
    const list = byKey.get(key) ?? [];
    const known = conflicted.get(key);
    if (known) {
      conflicts.push({
        ...known,
        entries: uniqueEntries([...known.entries, ...list.map(entryOf)]),
      });
      continue;
    }
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
      entries: list.map(entryOf),
    });
  }
  return { accepted, conflicts, agreeing };
}

/** The files of one upload, read one after the other (a refused file gives no value). */
export function mergeOutcomes(outcomes: readonly FileOutcome[]): Merged {
  return mergeSources(
    outcomes.flatMap((o) => (o.result.ok ? [{ file: o.fileName, values: o.result.accepted }] : [])),
  );
}
