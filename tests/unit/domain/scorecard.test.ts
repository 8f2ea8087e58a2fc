// The scorecard of one area and year: one line per target with its headline verdict, in the
// catalog's indicator order, and the counts of those lines. Hand-made rows; each case names its
// rule.
import { describe, expect, it } from 'vitest';
import { reportCounts, STATUSES } from '../../../src/lib/domain/attainment/status.ts';
import { buildScorecard, scorecardCounts } from '../../../src/lib/domain/scorecard.ts';
import { indicator, statusRow } from './fixtures.ts';

// The catalog order (mmr before srb) is not the alphabetical one of the ids.
const indicators = [indicator('mmr'), indicator('srb'), indicator('wage', 'economy')];

describe('buildScorecard', () => {
  const rows = [
    // srb, 2030 target listed first: lines still go by deadline within an indicator.
    statusRow({ target_year: 2030, target_value: 109, status: 'on_track' }),
    // srb 2025: a verdict (survey, older) beats a more recent value that cannot be assessed.
    statusRow({ series: 'census', actual_year: 2024, status: 'not_assessable', reason: 'stale' }),
    statusRow({ series: 'survey', actual_year: 2022, status: 'met' }),
    statusRow({ indicator_id: 'mmr', status: 'no_data' }),
    // Not in the indicator list: no line.
    statusRow({ indicator_id: 'tfr', status: 'met' }),
    // wage has no row: no line (the scorecard does not invent one).
  ];
  const lines = buildScorecard(rows, indicators);

  it('one line per target: indicator order of the catalog, then deadline', () => {
    expect(lines.map((l) => [l.row.target_id, l.row.series, l.row.status])).toEqual([
      ['VN-mmr-2025', '', 'no_data'],
      ['VN-srb-2025', 'survey', 'met'],
      ['VN-srb-2030', 'survey', 'on_track'],
    ]);
  });

  it('each line carries its indicator from the catalog', () => {
    for (const l of lines)
      expect(l.indicator).toBe(indicators.find((i) => i.id === l.row.indicator_id));
  });

  it('among verdicts the most recent value heads; on the same year, the series order', () => {
    const recent = buildScorecard(
      [
        statusRow({ series: 'survey', actual_year: 2022, status: 'met' }),
        statusRow({ series: 'admin_register', actual_year: 2023, status: 'off_track' }),
      ],
      indicators,
    );
    expect(recent.map((l) => l.row.series)).toEqual(['admin_register']);
    const tie = buildScorecard(
      [
        statusRow({ series: 'census', actual_year: 2023, status: 'met' }),
        statusRow({ series: 'survey', actual_year: 2023, status: 'off_track' }),
      ],
      indicators,
    );
    expect(tie.map((l) => l.row.series)).toEqual(['survey']);
  });

  it('no rows, or no indicators: no lines', () => {
    expect(buildScorecard([], indicators)).toEqual([]);
    expect(buildScorecard(rows, [])).toEqual([]);
  });
});

describe('scorecardCounts', () => {
  it('counts lines, not series rows: a series that cannot be assessed behind a verdict is not counted', () => {
    const lines = buildScorecard(
      [
        statusRow({
          series: 'census',
          actual_year: 2024,
          status: 'not_assessable',
          reason: 'stale',
        }),
        statusRow({ series: 'survey', actual_year: 2022, status: 'met' }),
        statusRow({ target_year: 2030, status: 'not_yet_met', reason: 'no_baseline' }),
        statusRow({ indicator_id: 'mmr', status: 'not_assessable', reason: 'uncertain_year' }),
        statusRow({ indicator_id: 'wage', status: 'no_data' }),
      ],
      indicators,
    );
    const counts = scorecardCounts(lines);
    expect(counts).toEqual({
      met: 1,
      on_track: 0,
      off_track: 0,
      not_yet_met: 1,
      not_met: 0,
      not_assessable: 1,
      no_data: 1,
    });
    // Not assessable (only mmr's) is never counted as met or not met.
    expect(reportCounts(counts)).toEqual({ met: 1, not_met: 1, not_assessable: 1, no_data: 1 });
  });

  it('no lines: every status 0', () => {
    const counts = scorecardCounts([]);
    expect(Object.keys(counts).sort()).toEqual([...STATUSES].sort());
    expect(Object.values(counts).every((n) => n === 0)).toBe(true);
  });
});
