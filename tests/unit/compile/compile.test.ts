// The compile page's engine on SYNTHETIC packs (tests/synthetic/packs.ts): files refused by name,
// the others compiled; verdicts equal to each province's own annex; counts per target; national
// values built from provincial facts; the 2025 division; conflicts; the two exports.
import { describe, expect, it } from 'vitest';
import { catalog, official, areaOf } from '../report-kit/real.ts';
import { SYNTHETIC_VALUES, syntheticPacks } from '../../synthetic/packs.ts';
import {
  compile,
  compiledRows,
  rankableIndicators,
  readPackFile,
  type FileResult,
} from '../../../src/lib/compile/compile.ts';
import {
  combinedPack,
  combinedPackRows,
  compiledSheets,
} from '../../../src/lib/compile/exports.ts';
import { decodePack } from '../../../src/lib/dataset/contrib.ts';
import { buildAnnex } from '../../../src/lib/report-kit/annex.ts';
import { sheetData } from '../../../src/lib/export/xlsx.ts';

const TODAY = '2026-12-08';
const provinces34 = catalog.areas
  .filter((a) => a.kind === 'province' && a.vintage === 34)
  .sort((a, b) => a.id.localeCompare(b.id));
const provinces63 = catalog.areas
  .filter((a) => a.kind === 'province' && a.vintage === 63)
  .sort((a, b) => a.id.localeCompare(b.id));
const read = (packs: { name: string; text: string }[]) =>
  packs.map((p) => readPackFile(p.name, p.text, catalog, TODAY));

const BROKEN = 33;
const BAD_ROW = 5;
const files = read(syntheticPacks(provinces34, { broken: BROKEN, badRow: BAD_ROW }));

describe('reading packs', () => {
  it('refuses the broken pack by name (missing column) and loads the 33 others', () => {
    expect(files).toHaveLength(34);
    const refused = files.filter((f) => f.refusal !== null);
    expect(refused.map((f) => f.file)).toEqual([
      `SYNTHETIC-pack-${provinces34[BROKEN]!.id}-2025.csv`,
    ]);
    expect(refused[0]!.refusal).toBe('not_pack');
    expect(refused[0]!.problems).toContainEqual(
      expect.objectContaining({ code: 'missing_column', column: 'agency' }),
    );
    // One problem for the missing column, not one per row.
    expect(refused[0]!.problems).toHaveLength(1);
    expect(files.filter((f) => f.refusal === null)).toHaveLength(33);
  });

  it('a value outside the plausible range is refused with its line; the file still loads', () => {
    const f = files[BAD_ROW]!;
    expect(f.refusal).toBeNull();
    expect(f.rejected).toHaveLength(1);
    expect(f.rejected[0]).toMatchObject({ reason: 'out_of_range', column: 'value', row: 2 });
    expect(f.values.some((v) => v.indicator_id === 'female_wage_employment_pct')).toBe(false);
    expect(f.values.length).toBeGreaterThan(3);
    expect(f.areaIds).toEqual([provinces34[BAD_ROW]!.id]);
  });

  it('a pack with a formula, a future date or another series is refused, with line and code', () => {
    const [pack] = syntheticPacks([provinces34[0]!], { broken: null, badRow: null });
    const bad = pack!.text
      .replace('SYNTHETIC UBND', '=SYNTHETIC UBND')
      .replace('2026-01-15', '2099-01-15')
      .replace(',admin_register,', ',survey,');
    const f = readPackFile('bad.csv', bad, catalog, TODAY);
    expect(f.refusal).toBe('invalid_pack');
    expect(f.values).toEqual([]);
    const codes = f.problems.map((p) => `${p.line}:${p.code}`);
    expect(codes).toContain('2:formula');
    expect(codes).toContain('2:future_date');
    expect(codes).toContain('2:series');
  });

  it('a workbook or an empty file is not a pack', () => {
    expect(readPackFile('a.xlsx', 'PK\u0003\u0004\u0000\u0000', catalog, TODAY).refusal).toBe(
      'not_text',
    );
    expect(readPackFile('e.csv', '\uFEFF\r\n', catalog, TODAY).refusal).toBe('empty');
  });
});

describe('compiling 34 provinces', () => {
  const c = compile(files, catalog, 2025);

  it('is of the 34 provinces, and names the one without a usable file', () => {
    expect(c.vintage).toBe(34);
    expect(c.provinces).toHaveLength(34);
    expect(c.reported.size).toBe(33);
    expect(c.reported.has(provinces34[BROKEN]!.id)).toBe(false);
  });

  it('gives every province the verdict its own annex gives on the same figures', () => {
    for (const p of provinces34.slice(0, 12)) {
      const values = c.values.filter((v) => v.area_id === p.id);
      const annex = buildAnnex({
        area: areaOf(p.id),
        year: 2025,
        period: 'annual',
        ...catalog,
        ...official(p.id, 2025),
        kept: { accepted: values, conflicts: [], files: [] },
        today: TODAY,
      });
      let compared = 0;
      for (const r of annex.rows) {
        if (r.current?.origin !== 'own') continue;
        const cell = c.cells.get(`${p.id}|${r.indicator.id}`)!;
        expect(cell.own?.verdict.status, `${p.id} ${r.indicator.id}`).toBe(r.status);
        expect(cell.applied.target.id).toBe(r.target.id);
        compared++;
      }
      if (values.length) expect(compared).toBeGreaterThanOrEqual(2);
    }
  });

  it('counts met / not met / no report per target from the provinces’ values', () => {
    const n = c.counts.get('female_wage_employment_pct')!;
    // Each province judged on its one 2025 value against the target it takes (≥ 50 % national;
    // a province continuing an unchanged one takes that plan's, e.g. Hà Nội).
    let met = 0;
    let notMet = 0;
    let none = 0;
    provinces34.forEach((p, i) => {
      const cell = c.cells.get(`${p.id}|female_wage_employment_pct`)!;
      expect(cell.applied.target.comparator).toBe('>=');
      if (i === BROKEN || i === BAD_ROW) none++;
      else if (SYNTHETIC_VALUES.female_wage_employment_pct!(i)! >= cell.applied.target.value) met++;
      else notMet++;
    });
    expect(none).toBe(2);
    expect(n).toEqual({ met, not_met: notMet, not_assessable: 0, no_report: none });
    expect(met).toBeGreaterThan(5);
    expect(notMet).toBeGreaterThan(5);
    // Only every other province reports it: the others have no report.
    const gbv = c.counts.get('gbv_victims_accessing_support_pct')!;
    expect(gbv.no_report).toBe(provinces34.filter((_, i) => i % 2 === 1 || i === BROKEN).length);
    // A target nobody reported: 34 without a report, none counted as met.
    expect(c.counts.get('maternal_mortality_ratio')).toEqual({
      met: 0,
      not_met: 0,
      not_assessable: 0,
      no_report: 34,
    });
  });

  it('ranks the matrix’s targets first, then the other indicators the files give', () => {
    const ids = rankableIndicators(c, catalog.indicators).map((i) => i.id);
    expect(ids.slice(0, 4)).toEqual(
      c.columns
        .map((x) => x.indicator.id)
        .filter((id) => ids.includes(id))
        .slice(0, 4),
    );
    expect(ids[0]).toBe('female_wage_employment_pct');
    expect(ids).toContain('female_committee_chair');
    expect(ids).not.toContain('maternal_mortality_ratio');
    const rows = compiledRows(
      c,
      catalog.indicators.find((i) => i.id === 'sex_ratio_at_birth')!,
    );
    expect(rows).toHaveLength(33);
    expect(
      rows.every((r) => r.series === 'admin_register' && r.source_url.startsWith('file:')),
    ).toBe(true);
  });

  it('builds the share of provinces with an LGBT health pilot, as a range while one is missing', () => {
    const r = c.rollups.find((x) => x.indicator.id === 'provinces_with_lgbt_health_pilot_pct')!;
    const yes = provinces34.filter((_, i) => i !== BROKEN && i % 3 === 0).map((p) => p.id);
    expect([...r.yes].sort()).toEqual(yes.sort());
    expect(r.missing).toEqual([provinces34[BROKEN]!.id]);
    expect(r.value).toBeNull();
    expect(r.low).toBeCloseTo((yes.length / 34) * 100, 6);
    expect(r.high).toBeCloseTo(((yes.length + 1) / 34) * 100, 6);
    // 11 or 12 of 34 is below 40 % either way: not met, earned on the range.
    expect(r.verdict?.status).toBe('not_met');
    expect(r.verdict?.target_value).toBe(40);
  });

  it('gives the value itself when every province reported', () => {
    const all = read(syntheticPacks(provinces34, { broken: null, badRow: null }));
    const full = compile(all, catalog, 2025);
    const r = full.rollups.find((x) => x.indicator.id === 'female_committee_chair_pct')!;
    const yes = provinces34.filter((_, i) => i % 5 === 0).length;
    expect(r.missing).toEqual([]);
    expect(r.value).toBeCloseTo((yes / 34) * 100, 6);
    // No national target for it: a value, no verdict.
    expect(r.verdict).toBeNull();
  });
});

describe('the division of 2025 and conflicts', () => {
  it('reports files of the other division and never merges them', () => {
    const mixed = [
      ...files,
      ...read(syntheticPacks(provinces63.slice(0, 3), { broken: null, badRow: null })),
    ];
    const c34 = compile(mixed, catalog, 2025);
    expect(c34.vintage).toBe(34);
    expect(c34.otherVintage.map((f) => f.vintage)).toEqual([63, 63, 63]);
    expect(c34.values.some((v) => v.area_id.startsWith('63-'))).toBe(false);
    const c63 = compile(mixed, catalog, 2025, 63);
    expect(c63.provinces).toHaveLength(63);
    expect(c63.reported.size).toBe(3);
    expect(c63.otherVintage).toHaveLength(33);
    // 2024 holds only the 63 provinces: the 34 packs' 2025 values are of another year.
    expect(compile(mixed, catalog, 2024).vintage).toBe(63);
  });

  it('a value two files give differently is used from neither', () => {
    const [a] = syntheticPacks([provinces34[0]!], { broken: null, badRow: null });
    const b = { name: 'other.csv', text: a!.text.replace(',40.5,', ',55.5,') };
    const c = compile(read([a!, b]), catalog, 2025);
    expect(c.conflicts).toHaveLength(1);
    expect(c.cells.get(`${provinces34[0]!.id}|female_wage_employment_pct`)!.cls).toBe('no_report');
    expect(
      combinedPackRows(read([a!, b])).some((r) => r.indicator === 'female_wage_employment_pct'),
    ).toBe(false);
  });
});

describe('exports', () => {
  const c = compile(files, catalog, 2025);

  it('the compiled annex has one row per province and target, and the counts', () => {
    const [matrix, counts, rollups] = compiledSheets(c);
    expect(matrix!.rows).toHaveLength(34 * c.columns.length);
    expect(matrix!.columns.map((x) => x.header)).toContain('Đánh giá');
    const row = matrix!.rows.find(
      (r) => r.areaId === provinces34[0]!.id && r.number === 'MT2 CT1',
    )!;
    expect(row.value).toBe(40.5);
    expect(row.class).toBe('Chưa đạt');
    expect(counts!.rows.find((r) => r.number === 'MT2 CT1')).toMatchObject({
      met: c.counts.get('female_wage_employment_pct')!.met,
      total: 34,
    });
    expect(rollups!.rows.length).toBe(c.rollups.length);
  });

  it('a file name a spreadsheet would run is written as text', () => {
    const [pack] = syntheticPacks([provinces34[0]!], { broken: null, badRow: null });
    const evil = compile(read([{ name: '=HYPERLINK("x").csv', text: pack!.text }]), catalog, 2025);
    const data = sheetData(compiledSheets(evil)[0]!);
    const cells = data
      .flat()
      .map((x) => (x && typeof x === 'object' && 'value' in x ? x.value : x));
    expect(cells).toContain('\'=HYPERLINK("x").csv');
    expect(cells).not.toContain('=HYPERLINK("x").csv');
  });

  it('the combined pack is one valid pack of every usable value', () => {
    const text = combinedPack(files);
    const { records, errors } = decodePack('combined.csv', text, TODAY);
    expect(errors).toEqual([]);
    const used = files.reduce((n, f: FileResult) => n + f.values.length, 0);
    expect(records).toHaveLength(used);
    expect(records.every((r) => r.values.document!.startsWith('SYNTHETIC'))).toBe(true);
    // Read back, it compiles to the same counts.
    const again = compile(read([{ name: 'combined.csv', text }]), catalog, 2025);
    expect(again.counts).toEqual(c.counts);
  });
});
