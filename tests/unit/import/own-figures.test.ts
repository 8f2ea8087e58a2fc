// A province's own figures, on the real catalog: the template's year and targets follow the same
// rules as the province pages; one template per reporting agency; the returned files merge with
// their conflicts reported; the values are judged as series 'own' by the site's engine.
import { describe, expect, it } from 'vitest';
import { buildDataset } from '../../../scripts/data/build-dataset.ts';
import { buildAreaYearReport, reportTargets } from '../../../src/lib/domain/area-year-report.ts';
import { computeStatusTable, evaluate } from '../../../src/lib/domain/attainment/evaluate.ts';
import { reportingYear } from '../../../src/lib/domain/attainment/target-choice.ts';
import { leadAgencyOf, reportingAgencies } from '../../../src/lib/domain/lead-agency.ts';
import type { Area } from '../../../src/lib/domain/types.ts';
import { VOCABULARY } from '../../../src/lib/i18n/messages/vocabulary.ts';
import { compareStatuses } from '../../../src/lib/import/compare.ts';
import { mergeOutcomes, type FileOutcome } from '../../../src/lib/import/merge.ts';
import { ownActuals, ownRows } from '../../../src/lib/import/own-figures.ts';
import { importBytes, type ImportContext } from '../../../src/lib/import/pipeline.ts';
import {
  NO_AGENCY,
  templateCsv,
  templateFiles,
  templateNotes,
  templateRows,
  templateYears,
  type TemplateInput,
} from '../../../src/lib/import/template.ts';
import { UploadState } from '../../../src/lib/import/upload-state.svelte.ts';
import type { ImportJob } from '../../../src/lib/import/worker-client.ts';
import type { UserValue } from '../../../src/lib/import/validate.ts';
import { ok, utf8 } from './context.ts';
import { MemoryBackend, memoryStore } from './memory-store.ts';

const data = buildDataset('data');
const area = (id: string) => data.areas.find((a) => a.id === id)!;
const KH63 = area('63-56');
const KH34 = area('34-56');
const TODAY = new Date('2026-12-02T09:00:00Z');
const input = (a: Area, year: number, today = '2026-12-02'): TemplateInput => ({
  area: a,
  year,
  indicators: data.indicators,
  targets: data.targets,
  crosswalk: data.crosswalk,
  today,
});
const ctx = (defaultAreaId = '63-56'): ImportContext => ({
  indicators: data.indicators,
  areas: data.areas,
  crosswalk: data.crosswalk,
  defaultAreaId,
  confirmed: {},
});
const read = (text: string, defaultAreaId = '63-56') =>
  ok(importBytes({ ...ctx(defaultAreaId), bytes: utf8(text), fileName: 'x.csv' }));
/** A template with "Giá trị" filled for some indicators (CSV as a person saves it). */
const fill = (csv: string, values: Record<string, string>) =>
  csv.replace(/^([a-z0-9_]+),(.*),\r$/gm, (line, id: string, rest: string) =>
    id in values ? `${id},${rest},"${values[id]}"\r` : line,
  );

describe('rule 1: the template year and targets are the ones the province pages use', () => {
  it('Khánh Hòa (63), which ended on 30/6/2025, reports for 2025, not for this year', () => {
    expect(reportingYear(KH63, TODAY)).toBe(2025);
    expect(templateYears(KH63, TODAY).at(-1)).toBe(2025);
    expect(templateYears(KH34, TODAY)).toEqual([2025, 2026]);
    const rows = templateRows(input(KH63, reportingYear(KH63, TODAY)));
    expect(new Set(rows.map((r) => r['Năm']))).toEqual(new Set(['2025']));
    expect(new Set(rows.map((r) => r['Tỉnh/Thành phố']))).toEqual(new Set(['Khánh Hòa (63)']));
  });

  it('every row names the target the annual page shows, with the page’s role (its plan’s own)', () => {
    const status = computeStatusTable({
      targets: data.targets,
      actuals: data.actuals,
      areas: data.areas,
      crosswalk: data.crosswalk,
      fromYear: 2024,
      toYear: 2025,
    });
    const report = buildAreaYearReport({
      areaId: '63-56',
      year: 2025,
      indicators: data.indicators,
      targets: data.targets,
      crosswalk: data.crosswalk,
      status: status.filter((r) => r.area_id === '63-56'),
      actuals: data.actuals.filter((a) => a.area_id === '63-56'),
      predecessorIds: [],
    });
    const page = report.groups.flatMap((g) => [...g.rows, ...g.empty]);
    const rows = templateRows(input(KH63, 2025));
    expect(rows.map((r) => r['Mã chỉ tiêu']).sort()).toEqual(
      page.map((r) => r.indicator.id).sort(),
    );
    const byId = new Map(page.map((r) => [r.indicator.id, r]));
    for (const r of rows) {
      const p = byId.get(r['Mã chỉ tiêu'])!;
      expect(r['Thời hạn']).toBe(String(p.target.year));
      expect(r['Loại mục tiêu']).toBe(VOCABULARY.vi.role[p.role]);
      expect(r['Căn cứ']).toBe(p.target.legal_ref);
    }
    // Khánh Hòa's plan sets its own 2025 targets: not one row says "national target applied".
    expect(rows.filter((r) => r['Loại mục tiêu'] === VOCABULARY.vi.role.own).length).toBe(24);
    expect(
      rows.some((r) => r['Mã chỉ tiêu'] === 'sex_ratio_at_birth' && r['Mục tiêu'] === '≤ 111'),
    ).toBe(true);
  });

  it('Khánh Hòa (34) in 2026: the national 2030 targets, since no plan of its own applies', () => {
    const rows = templateRows(input(KH34, 2026));
    expect(rows.length).toBeGreaterThan(0);
    expect(new Set(rows.map((r) => r['Thời hạn']))).toEqual(new Set(['2030']));
    expect(new Set(rows.map((r) => r['Loại mục tiêu']))).toEqual(
      new Set([VOCABULARY.vi.role.national]),
    );
  });

  it('a 2026 value is judged against the 2030 target, never against the 2025 one', () => {
    const srb2025 = data.targets.find((t) => t.id === 'VN-sex_ratio_at_birth-2025')!;
    const value = ownActuals([
      { row: 2, indicator_id: 'sex_ratio_at_birth', area_id: '34-56', year: 2026, value: 110 },
    ]);
    // The engine: a value after a target's deadline does not decide that target.
    expect(
      evaluate({
        target: srb2025,
        role: 'national',
        areaId: '34-56',
        evalYear: 2026,
        actuals: value,
      }).status,
    ).toBe('no_data');
    const lines = compareStatuses({
      values: [
        { row: 2, indicator_id: 'sex_ratio_at_birth', area_id: '34-56', year: 2026, value: 110 },
      ],
      fileName: 'f.csv',
      area: KH34,
      indicators: data.indicators,
      targets: data.targets,
      crosswalk: data.crosswalk,
      official: [],
      evalYear: 2026,
    });
    const srb = lines.filter((l) => l.indicatorId === 'sex_ratio_at_birth');
    expect(srb.map((l) => l.targetId)).toEqual(['VN-sex_ratio_at_birth-2030']);
    expect(srb[0]!.yours).toMatchObject({
      actual_year: 2026,
      series: 'own',
      target_role: 'national',
    });
    // Exactly the targets the 2026 page of Khánh Hòa (34) shows.
    expect(lines.map((l) => l.targetId).sort()).toEqual(
      reportTargets(data.targets, '34-56', 2026, data.crosswalk, data.indicators)
        .map((a) => a.target.id)
        .sort(),
    );
  });

  it('the template filled for 2025 is read back as Khánh Hòa (63), not the merged province', () => {
    const csv = fill(templateCsv(input(KH63, 2025)), { female_wage_employment_pct: '52,5' });
    const r = read(csv, '34-56');
    expect(r.rejected).toEqual([]);
    expect(r.accepted).toEqual([
      expect.objectContaining({
        indicator_id: 'female_wage_employment_pct',
        area_id: '63-56',
        year: 2025,
      }),
    ]);
  });

  it('a province named with its vintage must exist in the year given', () => {
    const r = read(
      'Chỉ tiêu,Tỉnh/Thành phố,Năm,Giá trị\n' +
        'sex_ratio_at_birth,Khánh Hòa (63),2026,110\n' +
        'sex_ratio_at_birth,Khánh Hòa (34),2024,110\n' +
        'sex_ratio_at_birth,34-56,2026,110\n',
    );
    expect(r.rejected.map((x) => [x.row, x.reason, x.column])).toEqual([
      [2, 'merged_area', 'Tỉnh/Thành phố'],
      [3, 'area_not_in_year', 'Tỉnh/Thành phố'],
    ]);
    expect(r.accepted.map((a) => [a.area_id, a.year])).toEqual([['34-56', 2026]]);
  });
});

describe('rule 2: own figures are a series of their own, judged by the same engine', () => {
  const values: UserValue[] = [
    { row: 5, indicator_id: 'female_wage_employment_pct', area_id: '63-56', year: 2025, value: 45 },
    { row: 6, indicator_id: 'sex_ratio_at_birth', area_id: '63-56', year: 2024, value: 110.5 },
    { row: 7, indicator_id: 'sex_ratio_at_birth', area_id: '63-01', year: 2024, value: 130 },
  ];
  const applied = reportTargets(data.targets, '63-56', 2025, data.crosswalk, data.indicators);
  const rows = ownRows(applied, values, '63-56', 2025, 'so-noi-vu.csv');
  const of = (id: string) => rows.find((r) => r.indicatorId === id)!;

  it('the verdicts are evaluate() on the values as actuals of series own, that area only', () => {
    const wage = of('female_wage_employment_pct');
    expect(wage.verdict).toMatchObject({
      series: 'own',
      status: 'not_met', // 45 against ≥ 50 by 2025, judged in 2025
      target_id: '63-56-female_wage_employment_pct-2025',
      target_role: 'own',
      actual_value: 45,
    });
    const target = applied.find((a) => a.target.indicator_id === 'sex_ratio_at_birth')!;
    expect(of('sex_ratio_at_birth').verdict).toEqual(
      evaluate({
        target: target.target,
        role: target.role,
        areaId: '63-56',
        evalYear: 2025,
        actuals: ownActuals([values[1]!], 'so-noi-vu.csv'),
      }),
    );
    // Hà Nội's 130 is not Khánh Hòa's value.
    expect(of('sex_ratio_at_birth').verdict.actual_value).toBe(110.5);
    expect(of('sex_ratio_at_birth').from).toEqual({ file: 'so-noi-vu.csv', row: 6 });
  });

  it('a line of its own (area own, series own), the judged point on it, no official point', () => {
    const srb = of('sex_ratio_at_birth');
    expect(srb.line).toMatchObject({ key: 'own|own|all', areaId: 'own', series: 'own' });
    expect(srb.line!.points.map((p) => [p.year, p.value])).toEqual([[2024, 110.5]]);
    expect(srb.judged).toEqual({ key: 'own|own|all', year: 2024 });
    // A target without a value of yours: no line, verdict no_data.
    const none = rows.find((r) => !r.line)!;
    expect(none.verdict.status).toBe('no_data');
  });

  it('official actuals of the same indicator and year never change the own verdict', () => {
    const official = data.actuals.filter((a) => a.area_id === '63-56');
    const status = computeStatusTable({
      targets: data.targets,
      actuals: official,
      areas: [KH63],
      crosswalk: data.crosswalk,
      fromYear: 2025,
      toYear: 2025,
    });
    expect(status.every((r) => r.series !== 'own')).toBe(true);
    const again = ownRows(applied, values, '63-56', 2025);
    expect(again.map((r) => r.verdict.status)).toEqual(rows.map((r) => r.verdict.status));
  });
});

describe('rule 3: one template per agency, merged back in one upload', () => {
  it('the lead agency: the plan’s, the catalog’s, and from 1/3/2025 the reorganised one', () => {
    const wage = data.indicators.find((i) => i.id === 'female_wage_employment_pct')!;
    const target = data.targets.find((t) => t.id === '63-56-female_wage_employment_pct-2025')!;
    expect(leadAgencyOf(wage, target, '2024-12-31')).toMatchObject({
      vi: 'Sở Lao động – Thương binh và Xã hội',
      source: 'plan',
    });
    expect(leadAgencyOf(wage, null, '2024-12-31')).toMatchObject({ source: 'catalog' });
    expect(leadAgencyOf(wage, target, '2025-03-01')).toMatchObject({
      vi: 'Sở Nội vụ',
      en: 'Department of Home Affairs',
      source: 'reorganised',
    });
    expect(
      reportingAgencies('Cục Thống kê tỉnh (tổng hợp báo cáo); Sở Nội vụ, Sở Y tế phối hợp'),
    ).toEqual(['Cục Thống kê tỉnh']);
    expect(reportingAgencies('Sở Nội vụ; Ban Tổ chức Tỉnh ủy (theo phân cấp)')).toEqual([
      'Sở Nội vụ',
      'Ban Tổ chức Tỉnh ủy',
    ]);
  });

  it('Khánh Hòa (63) 2025: each target in the file of each agency that reports it', () => {
    const files = templateFiles(input(KH63, 2025));
    const agencies = files.map((f) => f.agency);
    expect(agencies).toContain('Sở Nội vụ');
    expect(agencies).toContain('Sở Y tế');
    expect(agencies).not.toContain('Sở Lao động – Thương binh và Xã hội'); // reorganised
    const all = templateRows(input(KH63, 2025));
    const covered = new Set(files.flatMap((f) => f.rows.map((r) => r['Mã chỉ tiêu'])));
    expect(covered).toEqual(new Set(all.map((r) => r['Mã chỉ tiêu'])));
    const health = files.find((f) => f.agency === 'Sở Y tế')!;
    expect(health.rows.map((r) => r['Mã chỉ tiêu'])).toContain('sex_ratio_at_birth');
    for (const f of files)
      for (const r of f.rows)
        if (f.agency !== NO_AGENCY) expect(r['Cơ quan báo cáo']).toContain(f.agency);
    // Before the reorganisation the plan's own agencies are used.
    const before = templateFiles(input(KH63, 2024, '2025-01-15')).map((f) => f.agency);
    expect(before).toContain('Sở Lao động – Thương binh và Xã hội');
  });

  it('every file says the province, year and agency, and reads back with the upload’s columns', () => {
    const file = templateFiles(input(KH63, 2025)).find((f) => f.agency === 'Sở Y tế')!;
    const csv = templateCsv(input(KH63, 2025), file);
    expect(csv).toMatch(/Tỉnh\/thành phố: Khánh Hòa \(63\)\r\n/);
    expect(csv).toMatch(/Năm báo cáo: 2025\r\n/);
    expect(csv).toMatch(/Cơ quan báo cáo: Sở Y tế\r\n/);
    const r = read(fill(csv, { sex_ratio_at_birth: '110,2' }), '34-56');
    expect(r.rejected).toEqual([]);
    expect(r.accepted).toEqual([
      expect.objectContaining({
        indicator_id: 'sex_ratio_at_birth',
        area_id: '63-56',
        value: 110.2,
      }),
    ]);
    // The notes above the table are listed as skipped, never read as values.
    expect(r.skipped.filter((s) => s.reason === 'note').length).toBe(
      templateNotes(input(KH63, 2025), file.agency).length,
    );
    expect(templateNotes(input(KH63, 2025), file.agency)).toHaveLength(8);
  });

  const outcome = (fileName: string, values: [string, number, number][]): FileOutcome => ({
    fileName,
    result: {
      ok: true,
      encoding: 'utf-8',
      delimiter: ',',
      layout: 'long',
      sheets: [],
      skipped: [],
      accepted: values.map(([indicator_id, year, value], i) => ({
        row: i + 9,
        indicator_id,
        area_id: '63-56',
        year,
        value,
      })),
      rejected: [],
      numberStyle: null,
    },
  });

  it('merging: a conflict names both files and rows and keeps neither value; agreement kept once', () => {
    const m = mergeOutcomes([
      outcome('so-noi-vu.csv', [
        ['female_wage_employment_pct', 2025, 52.5],
        ['female_share_masters_pct', 2025, 40],
      ]),
      outcome('cuc-thong-ke.csv', [
        ['female_share_masters_pct', 2025, 41],
        ['sex_ratio_at_birth', 2025, 110.2],
      ]),
      outcome('so-y-te.csv', [['sex_ratio_at_birth', 2025, 110.2]]),
    ]);
    expect(m.conflicts).toEqual([
      {
        indicator_id: 'female_share_masters_pct',
        area_id: '63-56',
        year: 2025,
        entries: [
          { file: 'so-noi-vu.csv', row: 10, value: 40 },
          { file: 'cuc-thong-ke.csv', row: 9, value: 41 },
        ],
      },
    ]);
    expect(m.accepted.map((v) => [v.indicator_id, v.file])).toEqual([
      ['female_wage_employment_pct', 'so-noi-vu.csv'],
      ['sex_ratio_at_birth', 'cuc-thong-ke.csv'],
    ]);
    expect(m.agreeing).toBe(1);
  });

  it('several files chosen at once are read one after the other and kept merged', async () => {
    const answers = [
      outcome('a.csv', [['female_wage_employment_pct', 2025, 52.5]]).result,
      outcome('b.csv', [
        ['female_wage_employment_pct', 2025, 51],
        ['sex_ratio_at_birth', 2025, 110],
      ]).result,
    ];
    const requested: string[] = [];
    const store = memoryStore(new MemoryBackend());
    const slot = { areaId: '63-56', year: 2025, period: 'annual' as const };
    const upload = new UploadState({
      run: (request): ImportJob => {
        requested.push(request.fileName);
        return { result: Promise.resolve(answers[requested.length - 1]!), cancel: () => {} };
      },
      store,
      slot,
    });
    const files = ['a.csv', 'b.csv'].map((name) => ({ file: new Blob(['x']), name }));
    expect(await upload.chooseFiles(files, ctx())).toBe(true);
    expect(requested).toEqual(['a.csv', 'b.csv']);
    expect(upload.merged?.conflicts).toHaveLength(1);
    expect((await store.read(slot)).kept).toMatchObject({
      fileName: 'a.csv, b.csv',
      files: ['a.csv', 'b.csv'],
      conflictCount: 1,
      accepted: [{ indicator_id: 'sex_ratio_at_birth', file: 'b.csv', value: 110 }],
    });
  });
});
