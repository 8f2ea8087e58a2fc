// How each status is shown: colour (colour-blind-safe), an icon and a text label, so status is
// never conveyed by colour alone.
import type { Status } from '../domain/attainment/status.ts';

export const STATUS_STYLE: Record<Status, { color: string; icon: string }> = {
  met: { color: 'var(--status-met)', icon: '✓' },
  on_track: { color: 'var(--status-on-track)', icon: '↗' },
  off_track: { color: 'var(--status-off-track)', icon: '!' },
  not_yet_met: { color: 'var(--status-not-yet-met)', icon: '…' },
  not_met: { color: 'var(--status-not-met)', icon: '✗' },
  not_assessable: { color: 'var(--status-not-assessable)', icon: '?' },
  no_data: { color: 'var(--status-no-data)', icon: '–' },
};
