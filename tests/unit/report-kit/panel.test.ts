// The report panel's state: one annex per choice however often it is asked for (the download
// that asks while the summary is being made gets the same annex), official data asked once per
// area and year, an engine that fails said so, file names per period.
import { describe, expect, it } from 'vitest';
import { computeStatusTable } from '../../../src/lib/domain/attainment/evaluate.ts';
import {
  ReportKit,
  reportFileName,
  type OfficialData,
} from '../../../src/lib/report-kit/report-kit.svelte.ts';
import { areas, crosswalk, indicators, own, published, targets } from './fixtures.ts';

const area = areas.find((a) => a.id === '63-56')!;
const actuals = [published('63-56', 'wage', 2024, 49)];

function kitWith(official: OfficialData) {
  return new ReportKit(() => ({ indicators, targets, crosswalk }), official);
}

describe('ReportKit', () => {
  it('asked twice for the same choice while it is made: one annex, official data asked once', async () => {
    let calls = 0;
    const kit = kitWith(async (id, year) => {
      calls++;
      await new Promise((r) => setTimeout(r, 10));
      const a = areas.find((x) => x.id === id)!;
      return {
        actuals,
        status: computeStatusTable({
          targets,
          actuals,
          areas: [a],
          crosswalk,
          fromYear: year - 1,
          toYear: year,
        }),
      };
    });
    const kept = { accepted: [own('wage', 2025, 52.5)], conflicts: [], files: ['a.xlsx'] };
    const choice = { area, year: 2025, period: 'annual' as const, kept };
    const [a, b] = await Promise.all([
      kit.prepare(choice, '2025-12-05', 'no engine'),
      kit.prepare({ ...choice }, '2025-12-05', 'no engine'),
    ]);
    expect(a).not.toBeNull();
    expect(b).toBe(a);
    expect(calls).toBe(1);
    expect(kit.state.kind).toBe('ready');
    // Another period: another annex, the same official data.
    const half = await kit.prepare({ ...choice, period: 'h1' }, '2025-12-05', 'no engine');
    expect(half?.period).toBe('h1');
    expect(calls).toBe(1);
    expect(kit.annex).toBe(half);
    // A choice made after another is asked for is never shown over it.
    const first = kit.prepare({ ...choice, year: 2024 }, '2025-12-05', 'no engine');
    const second = kit.prepare({ ...choice, year: 2025, period: 'annual' }, '2025-12-05', 'x');
    await Promise.all([first, second]);
    expect(kit.annex?.year).toBe(2025);
  });

  it('an engine that does not start is an error the panel says, and is asked again next time', async () => {
    let calls = 0;
    const kit = kitWith(async () => {
      calls++;
      return null;
    });
    const choice = { area, year: 2025, period: 'annual' as const, kept: null };
    expect(await kit.prepare(choice, '2025-12-05', 'the engine did not start')).toBeNull();
    expect(kit.state).toEqual({ kind: 'error', message: 'the engine did not start' });
    await kit.prepare(choice, '2025-12-05', 'the engine did not start');
    expect(calls).toBe(2);
  });

  it('file names: report or annex, area, year, six months marked', () => {
    const annual = { area, year: 2025, period: 'annual' as const };
    expect(reportFileName('annex-xlsx', annual)).toBe('phu-luc-63-56-2025.xlsx');
    expect(reportFileName('annex-docx', annual)).toBe('phu-luc-63-56-2025.docx');
    expect(reportFileName('report-docx', { ...annual, period: 'h1' })).toBe(
      'bao-cao-63-56-2025-6-thang.docx',
    );
  });
});
