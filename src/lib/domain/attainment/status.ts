export const STATUSES = [
  'met',
  'on_track',
  'off_track',
  'not_met',
  'undetermined',
  'no_data',
  'no_target',
] as const;
export type Status = (typeof STATUSES)[number];

/** How good a status is, for "did it get worse" comparisons: higher is better. */
export const STATUS_RANK: Record<Status, number> = {
  met: 3,
  on_track: 2,
  off_track: 1,
  not_met: 1,
  undetermined: 0,
  no_data: 0,
  no_target: 0,
};

/** Staleness threshold: an actual older than the evaluation year by more than this is flagged. */
export const STALE_AFTER_YEARS = 3;
