// What is kept, read back: a new upload merged into the kept one, a province's figures from every
// kept year (the province pages' OwnLayer), the list's deletes refused when another tab changed
// an upload, the /import URL parameters, and a comparison that stops with its page.
import { describe, expect, it } from 'vitest';
import type { StatusRow } from '../../../src/lib/domain/attainment/evaluate.ts';
import type { Target } from '../../../src/lib/domain/types.ts';
import type { SqlClient } from '../../../src/lib/data/client.ts';
import { Comparison } from '../../../src/lib/import/comparison.svelte.ts';
import { readImportParams, type ParamChoices } from '../../../src/lib/import/import-params.ts';
import { areaFigures, mergeUploads } from '../../../src/lib/import/kept-figures.ts';
import { KeptUploads } from '../../../src/lib/import/kept-uploads.svelte.ts';
import type { KeptUpload, SavedUpload, Slot } from '../../../src/lib/import/storage.ts';
import type { UserValue } from '../../../src/lib/import/validate.ts';
import { OwnLayer } from '../../../src/lib/report/own-layer.svelte.ts';
import { buildDataset } from '../../../scripts/data/build-dataset.ts';
import { areas, crosswalk, indicators } from './context.ts';
import { FeedHub, MemoryBackend, memoryStore, quotaError, settle } from './memory-store.ts';

const v = (
  area: string,
  year: number,
  value: number,
  indicator = 'sex_ratio_at_birth',
  row = 2,
): UserValue => ({ row, indicator_id: indicator, area_id: area, year, value });

const saved = (
  files: string[],
  accepted: UserValue[],
  savedAt = '2025-06-01T00:00:00.000Z',
): SavedUpload => ({
  fileName: files.join(', '),
  files,
  areaId: accepted[0]?.area_id ?? '',
  accepted,
  rejectedCount: 0,
  conflictCount: 0,
  conflicts: [],
  savedAt,
});

const kept = (slot: Slot, u: SavedUpload, revision = 1): KeptUpload => ({ ...u, slot, revision });

describe('merging a new upload into the kept one', () => {
  it('equal values once, different values a conflict of both files, earlier conflicts kept', () => {
    const existing: SavedUpload = {
      ...saved(
        ['so-y-te.csv'],
        [v('63-56', 2024, 110), v('63-56', 2024, 50, 'female_wage_employment_pct')],
      ),
      conflicts: [
        {
          indicator_id: 'female_key_leader_agencies_pct',
          area_id: '63-56',
          year: 2024,
          entries: [
            { file: 'a.csv', row: 4, value: 55 },
            { file: 'b.csv', row: 7, value: 50 },
          ],
        },
      ],
      conflictCount: 1,
    };
    const incoming = saved(
      ['so-noi-vu.csv'],
      [
        v('63-56', 2024, 110, 'sex_ratio_at_birth', 9),
        v('63-56', 2024, 52.5, 'female_wage_employment_pct', 10),
        v('63-56', 2024, 55, 'female_key_leader_agencies_pct', 11),
      ],
    );
    const m = mergeUploads(existing, incoming, '2025-07-01T00:00:00.000Z');
    expect(m.files).toEqual(['so-y-te.csv', 'so-noi-vu.csv']);
    expect(m.accepted).toEqual([{ ...v('63-56', 2024, 110), file: 'so-y-te.csv' }]);
    expect(m.conflicts).toEqual([
      {
        indicator_id: 'female_key_leader_agencies_pct',
        area_id: '63-56',
        year: 2024,
        entries: [
          { file: 'a.csv', row: 4, value: 55 },
          { file: 'b.csv', row: 7, value: 50 },
          { file: 'so-noi-vu.csv', row: 11, value: 55 },
        ],
      },
      {
        indicator_id: 'female_wage_employment_pct',
        area_id: '63-56',
        year: 2024,
        entries: [
          { file: 'so-y-te.csv', row: 2, value: 50 },
          { file: 'so-noi-vu.csv', row: 10, value: 52.5 },
        ],
      },
    ]);
    expect(m.conflictCount).toBe(2);
    expect(m.savedAt).toBe('2025-07-01T00:00:00.000Z');
  });

  it('the same file merged again adds nothing', () => {
    const once = saved(['a.csv'], [v('63-56', 2024, 110)]);
    const m = mergeUploads(once, once, 'now');
    expect(m.files).toEqual(['a.csv']);
    expect(m.accepted).toHaveLength(1);
    expect(m.conflicts).toEqual([]);
  });
});

describe('a province’s figures from every kept upload', () => {
  const KH24: Slot = { areaId: '63-56', year: 2024, period: 'annual' };
  const KH25: Slot = { areaId: '63-56', year: 2025, period: 'annual' };
  const KH25h1: Slot = { areaId: '63-56', year: 2025, period: 'h1' };
  const HN25: Slot = { areaId: '63-01', year: 2025, period: 'annual' };
  const list = [
    kept(
      KH24,
      saved(
        ['kh-2024.csv'],
        [v('63-56', 2023, 112), v('63-56', 2024, 111.5)],
        '2025-01-01T00:00:00Z',
      ),
    ),
    kept(KH25, saved(['kh-2025.csv'], [v('63-56', 2025, 110.4)], '2025-12-01T00:00:00Z')),
    kept(KH25h1, saved(['kh-6-thang.csv'], [v('63-56', 2025, 109)], '2025-06-01T00:00:00Z')),
    // Hà Nội's upload also gives one Khánh Hòa value (a file with a province column).
    kept(
      HN25,
      saved(['hn.csv'], [v('63-01', 2025, 115.2), v('63-56', 2022, 113)], '2025-11-01T00:00:00Z'),
    ),
  ];

  it('every year of the annual uploads, each value naming its file; the six-month one listed apart', () => {
    const f = areaFigures(list, '63-56');
    expect(f.values.map((x) => [x.year, x.value, x.file])).toEqual([
      [2022, 113, 'hn.csv'],
      [2023, 112, 'kh-2024.csv'],
      [2024, 111.5, 'kh-2024.csv'],
      [2025, 110.4, 'kh-2025.csv'],
    ]);
    expect(f.files).toEqual(['kh-2024.csv', 'hn.csv', 'kh-2025.csv']);
    expect(f.uploads.map((u) => u.fileName)).toEqual([
      'kh-2025.csv',
      'hn.csv',
      'kh-6-thang.csv',
      'kh-2024.csv',
    ]);
    expect(areaFigures(list, '63-56', 'h1').values.map((x) => x.value)).toEqual([109]);
    expect(areaFigures(list, '63-01').values.map((x) => x.value)).toEqual([115.2]);
  });

  it('two uploads giving one year differently: a conflict, neither value used', () => {
    const clash = [
      ...list,
      kept({ ...KH24, year: 2023 }, saved(['kh-2023.csv'], [v('63-56', 2023, 114)])),
    ];
    const f = areaFigures(clash, '63-56');
    expect(f.values.map((x) => x.year)).toEqual([2022, 2024, 2025]);
    expect(f.conflicts).toEqual([
      {
        indicator_id: 'sex_ratio_at_birth',
        area_id: '63-56',
        year: 2023,
        entries: [
          { file: 'kh-2023.csv', row: 2, value: 114 },
          { file: 'kh-2024.csv', row: 2, value: 112 },
        ],
      },
    ]);
  });
});

describe('OwnLayer: the province pages’ own figures', () => {
  async function layerOn(backend: MemoryBackend, hub?: FeedHub) {
    const own = new OwnLayer(
      () => '63-56',
      () => memoryStore(backend, { hub }),
    );
    own.watch();
    await settle();
    return own;
  }

  it('reads every kept year of the province, follows another tab, deletes what it came from', async () => {
    const backend = new MemoryBackend();
    const hub = new FeedHub();
    const other = memoryStore(backend, { hub });
    await other.write(
      { areaId: '63-56', year: 2024, period: 'annual' },
      saved(['a.csv'], [v('63-56', 2024, 111.5)]),
      0,
    );
    // Hà Nội's upload also gives a Khánh Hòa value (a file with a province column).
    await other.write(
      { areaId: '63-01', year: 2024, period: 'annual' },
      saved(['hn.csv'], [v('63-01', 2024, 115), v('63-56', 2022, 113)]),
      0,
    );
    const own = await layerOn(backend, hub);
    expect(own.loaded).toBe(true);
    expect(own.valuesOf('63-56').map((x) => x.value)).toEqual([113, 111.5]);
    expect(own.kept).toMatchObject({ files: ['hn.csv', 'a.csv'], areaId: '63-56' });
    // Another tab keeps 2025: this page shows it without a reload.
    await other.write(
      { areaId: '63-56', year: 2025, period: 'annual' },
      saved(['b.csv'], [v('63-56', 2025, 110)]),
      0,
    );
    await settle();
    expect(own.valuesOf('63-56').map((x) => x.value)).toEqual([113, 111.5, 110]);
    expect(own.kept?.files).toEqual(['hn.csv', 'a.csv', 'b.csv']);
    expect(own.uploadsOf('63-56')).toHaveLength(3);
    await own.remove();
    // Hà Nội's upload is Hà Nội's: not deleted from Khánh Hòa's page, its value still shown.
    expect((await other.list()).map((u) => u.fileName)).toEqual(['hn.csv']);
    expect(own.valuesOf('63-56').map((x) => x.value)).toEqual([113]);
    expect(own.deleted).toBe(false);
    await own.remove(own.uploadsOf('63-56')[0]);
    expect(own.deleted).toBe(true);
    expect(await other.list()).toEqual([]);
    own.close();
  });

  it('an upload changed in another tab since it was read is not deleted', async () => {
    const backend = new MemoryBackend();
    const other = memoryStore(backend);
    const slot: Slot = { areaId: '63-56', year: 2024, period: 'annual' };
    await other.write(slot, saved(['a.csv'], [v('63-56', 2024, 111.5)]), 0);
    const own = await layerOn(backend); // no channel: it does not hear of the change
    await other.write(slot, saved(['a2.csv'], [v('63-56', 2024, 111)]), 1);
    await own.remove(own.uploadsOf('63-56')[0]);
    expect(own.deleted).toBe(false);
    expect(own.list.notice).toEqual({ kind: 'changed_elsewhere', slot });
    expect(own.kept?.files).toEqual(['a2.csv']);
    expect((await other.read(slot)).kept?.fileName).toBe('a2.csv');
  });

  it('storage that cannot be read: no figures, and why', async () => {
    const backend = new MemoryBackend();
    backend.failAll(quotaError);
    const own = await layerOn(backend);
    expect(own.loaded).toBe(true);
    expect(own.kept).toBeNull();
    expect(own.list.failure).toMatchObject({ kind: 'quota' });
  });
});

describe('the kept list', () => {
  it('a delete that fails says so and keeps the row', async () => {
    const backend = new MemoryBackend();
    const store = memoryStore(backend);
    const slot: Slot = { areaId: '63-56', year: 2024, period: 'annual' };
    await store.write(slot, saved(['a.csv'], [v('63-56', 2024, 1)]), 0);
    const list = new KeptUploads(() => store);
    await list.refresh();
    backend.failing.set('update', quotaError);
    expect(await list.remove(list.uploads[0]!)).toBe(false);
    expect(list.notice).toMatchObject({ kind: 'delete_failed', failure: { kind: 'quota' } });
    expect(list.uploads).toHaveLength(1);
  });
});

describe('/import URL parameters', () => {
  const choices: ParamChoices = {
    areaIds: ['63-56', '63-01', '34-56'],
    defaultAreaId: '63-56',
    yearsOf: (id) => (id.startsWith('63') ? [2021, 2022, 2023, 2024, 2025] : [2025, 2026]),
    defaultYearOf: (id) => (id.startsWith('63') ? 2025 : 2026),
    agenciesOf: (_id, year) => (year >= 2025 ? ['so-y-te', 'so-noi-vu'] : ['so-y-te']),
  };

  it('known values are used', () => {
    expect(readImportParams('?a=63-01&y=2024&p=h1&agency=so-y-te', choices)).toEqual({
      areaId: '63-01',
      year: 2024,
      period: 'h1',
      agency: 'so-y-te',
      given: true,
      notes: [],
    });
    expect(readImportParams('', choices)).toMatchObject({ areaId: null, given: false, notes: [] });
  });

  it.each([
    ['?a=99-99', { kind: 'unknown_area', value: '99-99' }],
    ['?a=<script>alert(1)</script>', { kind: 'unknown_area', value: '<script>alert(1)</script>' }],
    ['?a=63-56&y=2030', { kind: 'bad_year', value: '2030' }],
    ['?a=34-56&y=2024', { kind: 'bad_year', value: '2024' }],
    ['?y=2024.0', { kind: 'bad_year', value: '2024.0' }],
    ['?p=q3', { kind: 'bad_period', value: 'q3' }],
    ['?agency=so-noi-vu&y=2023', { kind: 'unknown_agency', value: 'so-noi-vu' }],
    ['?a=63-56&a=63-01', { kind: 'duplicate', param: 'a' }],
  ])('%s: ignored, with a note', (search, note) => {
    const params = readImportParams(search, choices);
    expect(params.notes).toEqual([note]);
  });

  it('an unknown province falls back to the default, never to the value', () => {
    expect(readImportParams('?a=63-5%36%00x', choices)).toMatchObject({
      areaId: null,
      notes: [{ kind: 'unknown_area', value: '63-56 x' }],
    });
    const long = readImportParams(`?a=${'x'.repeat(500)}`, choices);
    expect(long.notes[0]).toEqual({ kind: 'unknown_area', value: `${'x'.repeat(60)}…` });
  });
});

describe('a comparison whose page is gone', () => {
  const dataset = buildDataset('data');
  const slot: Slot = { areaId: '63-56', year: 2025, period: 'annual' };
  const upload = saved(['a.csv'], [v('63-56', 2025, 110.4)]);

  it('stops: the official callback is told, the page’s data is never read after the wait', async () => {
    let gone = false;
    let release!: (rows: StatusRow[]) => void;
    let signal: AbortSignal | null = null;
    const page = {
      areas,
      indicators,
      crosswalk,
      targets: dataset.targets as Target[],
    };
    // As the route's props after navigation: reading them throws (the baseline's page error).
    const ctx = {
      get areas() {
        if (gone) throw new TypeError("Cannot read properties of undefined (reading 'filter')");
        return page.areas;
      },
      get indicators() {
        if (gone) throw new TypeError("Cannot read properties of undefined (reading 'filter')");
        return page.indicators;
      },
      get targets() {
        if (gone) throw new TypeError("Cannot read properties of undefined (reading 'filter')");
        return page.targets;
      },
      get crosswalk() {
        if (gone) throw new TypeError("Cannot read properties of undefined (reading 'filter')");
        return page.crosswalk;
      },
      official: (_id: string, _year: number, s: AbortSignal) => {
        signal = s;
        return new Promise<StatusRow[]>((r) => (release = r));
      },
    };
    const comparison = new Comparison(ctx);
    const running = comparison.update(upload, slot);
    comparison.destroy();
    gone = true;
    expect(signal!.aborted).toBe(true);
    release([]);
    await expect(running).resolves.toBeUndefined();
    expect(comparison.lines).toEqual([]);
    // And nothing new starts.
    await comparison.update(upload, slot);
    expect(comparison.lines).toEqual([]);
    // While alive, the same upload does give lines (so the empty result above means something).
    const alive = new Comparison({ ...page, official: async () => [] });
    await alive.update(upload, slot);
    expect(alive.lines.length).toBeGreaterThan(0);
  });

  it('a newer upload wins over an older comparison still waiting', async () => {
    const releases: ((rows: StatusRow[]) => void)[] = [];
    const comparison = new Comparison({
      areas,
      indicators,
      targets: dataset.targets,
      crosswalk,
      official: () => new Promise<StatusRow[]>((r) => releases.push(r)),
    });
    const first = comparison.update(upload, slot);
    const second = comparison.update(saved(['b.csv'], [v('63-56', 2025, 109)]), slot);
    releases[1]!([]);
    await second;
    const lines = comparison.lines;
    expect(lines.find((l) => l.indicatorId === 'sex_ratio_at_birth')?.yours?.actual_value).toBe(
      109,
    );
    releases[0]!([]);
    await first;
    expect(comparison.lines).toBe(lines);
    expect(comparison.evalYear).toBe(2025);
  });
});

describe('the /import page model', () => {
  const dataset = buildDataset('data');
  const data = {
    locale: 'vi' as const,
    indicators,
    areas,
    crosswalk,
    targets: dataset.targets,
    years: [2021, 2022, 2023, 2024, 2025],
  };
  const today = new Date('2026-12-02T09:00:00Z');

  it('opens on the URL’s slot; an unknown province is a note, the default province is shown', async () => {
    const backend = new MemoryBackend();
    const { ImportPage } = await import('../../../src/lib/import/import-page.svelte.ts');
    const page = new ImportPage(() => data, {
      engine: { start: async () => null },
      makeStore: () => memoryStore(backend),
      today,
    });
    const destroy = page.mount('?a=%3Cb%3Ex%3C%2Fb%3E&p=h1');
    await settle();
    expect(page.urlNotes).toEqual([{ kind: 'unknown_area', value: '<b>x</b>' }]);
    // The default province is Khánh Hòa of the 34, reporting on 2026 in December 2026.
    expect(page.slot).toEqual({ areaId: '34-56', year: 2026, period: 'h1' });
    expect(page.upload.slot).toEqual(page.slot);
    page.chooseArea('63-56');
    await settle();
    expect(page.upload.slot).toEqual({ areaId: '63-56', year: 2025, period: 'h1' });
    destroy();
  });

  it('files chosen while the page still reads what is kept go to the slot shown, which stays', async () => {
    const backend = new MemoryBackend();
    const store = memoryStore(backend);
    // Something kept elsewhere: without a choice in the URL the page would move to it.
    await store.write(
      { areaId: '63-01', year: 2024, period: 'annual' },
      saved(['hn.csv'], [v('63-01', 2024, 115)], '2025-02-01T00:00:00Z'),
      0,
    );
    const { ImportPage } = await import('../../../src/lib/import/import-page.svelte.ts');
    const requests: unknown[] = [];
    const page = new ImportPage(() => data, {
      engine: { start: async () => null },
      makeStore: () => memoryStore(backend),
      today,
      run: (request) => {
        requests.push(request);
        return { result: new Promise(() => undefined), cancel: () => undefined };
      },
    });
    const destroy = page.mount('');
    // At once, before the kept uploads have been read.
    void page.readFiles([new File(['Chỉ tiêu,Năm,Giá trị\n'], 'kh.csv')]);
    expect(page.upload.slot).toEqual(page.slot);
    await settle();
    expect(page.slot).toEqual({ areaId: '34-56', year: 2026, period: 'annual' });
    expect(page.upload.slot).toEqual(page.slot);
    expect(requests).toHaveLength(1);
    destroy();
  });

  it('without a choice in the URL, opens on the upload kept last', async () => {
    const backend = new MemoryBackend();
    const store = memoryStore(backend);
    const hn: Slot = { areaId: '63-01', year: 2024, period: 'annual' };
    await store.write(hn, saved(['hn.csv'], [v('63-01', 2024, 115)], '2025-02-01T00:00:00Z'), 0);
    await store.write(
      { areaId: '63-56', year: 2023, period: 'annual' },
      saved(['kh.csv'], [v('63-56', 2023, 112)], '2025-01-01T00:00:00Z'),
      0,
    );
    const { ImportPage } = await import('../../../src/lib/import/import-page.svelte.ts');
    const page = new ImportPage(() => data, {
      engine: { start: async () => null },
      makeStore: () => memoryStore(backend),
      today,
    });
    const destroy = page.mount('');
    await settle();
    expect(page.slot).toEqual(hn);
    expect(page.upload.kept?.fileName).toBe('hn.csv');
    expect(page.upload.notice).toMatchObject({ kind: 'restored', fileName: 'hn.csv' });
    expect(page.kept.uploads).toHaveLength(2);
    destroy();
  });

  it('gone while the engine starts: the official figures are never asked for, its data never read', async () => {
    const { ImportPage } = await import('../../../src/lib/import/import-page.svelte.ts');
    let gone = false;
    let started!: (db: SqlClient | null) => void;
    const queried: string[] = [];
    const page = new ImportPage(
      () => {
        if (gone) throw new TypeError("Cannot read properties of undefined (reading 'filter')");
        return data;
      },
      {
        engine: { start: () => new Promise((r) => (started = r)) },
        makeStore: () => memoryStore(new MemoryBackend()),
        today,
      },
    );
    const slot: Slot = { areaId: '63-56', year: 2025, period: 'annual' };
    const comparing = page.comparison.update(saved(['a.csv'], [v('63-56', 2025, 110.4)]), slot);
    page.destroy();
    gone = true;
    const refuse = async (): Promise<never> => {
      queried.push('query');
      throw new Error('the engine was queried');
    };
    started({ query: refuse, exec: refuse, close: async () => undefined });
    await expect(comparing).resolves.toBeUndefined();
    expect(queried).toEqual([]);
    expect(page.comparison.lines).toEqual([]);
  });
});

describe('a comparison whose official side fails', () => {
  it('still shows the user’s verdicts and says why the official column is empty', async () => {
    const dataset = buildDataset('data');
    const comparison = new Comparison({
      areas,
      indicators,
      targets: dataset.targets,
      crosswalk,
      official: async () => {
        throw new Error('Table with name actuals does not exist!');
      },
    });
    await comparison.update(saved(['a.csv'], [v('63-56', 2025, 110.4)]), {
      areaId: '63-56',
      year: 2025,
      period: 'annual',
    });
    expect(comparison.officialError).toBe('Table with name actuals does not exist!');
    expect(comparison.computing).toBe(false);
    const srb = comparison.lines.find((l) => l.indicatorId === 'sex_ratio_at_birth')!;
    expect(srb.yours?.actual_value).toBe(110.4);
    expect(srb.official).toBeNull();
  });
});
