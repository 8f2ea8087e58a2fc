// Kept uploads as figures: a new upload merged into the one a slot holds, and one province's
// figures gathered from every upload kept for it. Both by the merge rules of merge.ts: a value
// given differently by two files is a conflict, never averaged, never picked.
import type { ReportPeriod } from '../domain/report-period.ts';
import { mergeSources, type Conflict } from './merge.ts';
import type { KeptUpload, SavedUpload } from './storage.ts';
import type { UserValue } from './validate.ts';

const union = (lists: readonly (readonly string[])[]) => [...new Set(lists.flat())];

/** Each value with the file it came from (a one-file upload keeps its values without it). */
const withFile = (u: SavedUpload) =>
  u.accepted.map((v): UserValue => (v.file ? v : { ...v, file: u.files[0] ?? u.fileName }));

/** A new upload merged into the one kept: both uploads' values, their conflicts and new ones. */
export function mergeUploads(
  existing: SavedUpload,
  incoming: SavedUpload,
  savedAt: string,
): SavedUpload {
  const merged = mergeSources(
    [
      { file: existing.fileName, values: withFile(existing) },
      { file: incoming.fileName, values: withFile(incoming) },
    ],
    [...existing.conflicts, ...incoming.conflicts],
  );
  const files = union([existing.files, incoming.files]);
  return {
    fileName: files.join(', '),
    files,
    areaId: existing.areaId,
    accepted: merged.accepted,
    rejectedCount: existing.rejectedCount + incoming.rejectedCount,
    conflictCount: merged.conflicts.length,
    conflicts: merged.conflicts,
    savedAt,
  };
}

/** One province's figures from everything kept. */
export interface AreaFigures {
  /** The uploads giving a value (or a conflict) of the province, of any period, newest first. */
  uploads: KeptUpload[];
  /** The values of the period's uploads, each naming its file; keys in conflict left out. */
  values: UserValue[];
  /** Keys the files of those uploads give differently (none of their values is used). */
  conflicts: Conflict[];
  /** The files of the period's uploads, the earliest year first. */
  files: string[];
}

const givesArea = (u: SavedUpload, areaId: string) =>
  u.accepted.some((v) => v.area_id === areaId) || u.conflicts.some((c) => c.area_id === areaId);

/**
 * The province's figures of one period from every kept upload (the uploads of several years
 * together make the user's own line). Two uploads giving one key differently are a conflict.
 */
export function areaFigures(
  kept: readonly KeptUpload[],
  areaId: string,
  period: ReportPeriod = 'annual',
): AreaFigures {
  const uploads = kept
    .filter((u) => givesArea(u, areaId))
    .sort((a, b) => b.savedAt.localeCompare(a.savedAt) || b.slot.year - a.slot.year);
  // Merged oldest year first, so a conflict lists the files in the order the years run.
  const ofPeriod = uploads
    .filter((u) => u.slot.period === period)
    .sort((a, b) => a.slot.year - b.slot.year || a.savedAt.localeCompare(b.savedAt));
  const merged = mergeSources(
    ofPeriod.map((u) => ({
      file: u.fileName,
      values: withFile(u).filter((v) => v.area_id === areaId),
    })),
    ofPeriod.flatMap((u) => u.conflicts.filter((c) => c.area_id === areaId)),
  );
  const values = merged.accepted.sort(
    (a, b) => a.indicator_id.localeCompare(b.indicator_id) || a.year - b.year,
  );
  const files = union(ofPeriod.filter((u) => givesArea(u, areaId)).map((u) => u.files));
  return { uploads, values, conflicts: merged.conflicts, files };
}
