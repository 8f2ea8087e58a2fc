// Rule 4: a data pack exported from the import page is a contributed file the build validates like
// every other source, with the provenance it requires; built on a temporary copy of data/.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Papa from 'papaparse';
import { afterAll, describe, expect, it } from 'vitest';
import { toCsvText } from '../../../src/lib/export/csv.ts';
import { buildDataset, DatasetError } from '../../../scripts/data/build-dataset.ts';
import { computeStatusTable } from '../../../src/lib/domain/attainment/evaluate.ts';
import {
  dataPackCsv,
  PACK_COLUMNS,
  packProblems,
  parseDate,
  type PackProvenance,
} from '../../../src/lib/import/data-pack.ts';
import type { UserValue } from '../../../src/lib/import/validate.ts';

const real = buildDataset('data');
const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

/** A copy of data/ with one contributed file (never the repository's own data/). */
function withContrib(csv: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'contrib-'));
  dirs.push(dir);
  cpSync('data', dir, { recursive: true });
  writeFileSync(join(dir, 'contrib', 'khanh-hoa-2025.csv'), csv);
  return dir;
}

const provenance: PackProvenance = {
  document: 'Báo cáo 12/BC-UBND về kết quả thực hiện mục tiêu bình đẳng giới năm 2025',
  agency: 'UBND tỉnh Khánh Hòa',
  document_date: '2026-01-15',
  source_url: 'https://khanhhoa.gov.vn/bao-cao-12-bc-ubnd',
};
const values: UserValue[] = [
  {
    row: 12,
    file: 'so-noi-vu.csv',
    indicator_id: 'female_wage_employment_pct',
    area_id: '63-56',
    year: 2025,
    value: 52.5,
  },
];
const pack = (p: PackProvenance = provenance, v: UserValue[] = values) =>
  dataPackCsv(v, real.areas, real.indicators, p);

function errorsOf(dir: string) {
  try {
    buildDataset(dir);
  } catch (e) {
    if (e instanceof DatasetError) return e.errors;
    throw e;
  }
  return [];
}

describe('data pack → data/contrib → the build', () => {
  it('has the columns of actuals_round4.csv, then the provenance', () => {
    const header = readFileSync('data/actuals/actuals_round4.csv', 'utf8').split('\n')[0]!.trim();
    expect(PACK_COLUMNS.join(',')).toBe(`${header},document,agency,document_date`);
    expect(pack().split('\r\n')[0]).toBe(`\uFEFF${PACK_COLUMNS.join(',')}`);
  });

  it('a pack enters the dataset as Khánh Hòa’s admin_register value, with its provenance', () => {
    const data = buildDataset(withContrib(pack()));
    const a = data.actuals.find(
      (x) =>
        x.indicator_id === 'female_wage_employment_pct' && x.area_id === '63-56' && x.year === 2025,
    );
    expect(a).toMatchObject({
      series: 'admin_register',
      value: 52.5,
      source_quality: 'official',
      source_url: provenance.source_url,
      source_title: provenance.document,
      document: provenance.document,
      agency: provenance.agency,
      document_date: '2026-01-15',
      source_file: 'contrib/khanh-hoa-2025.csv',
      source_line: 2,
    });
    expect(data.actuals).toHaveLength(real.actuals.length + 1);
    // Judged by the engine as any other value: met (≥ 50 by 2025).
    const status = computeStatusTable({
      targets: data.targets,
      actuals: data.actuals,
      areas: data.areas,
      crosswalk: data.crosswalk,
      fromYear: 2025,
      toYear: 2025,
    });
    expect(
      status.find(
        (r) => r.target_id === '63-56-female_wage_employment_pct-2025' && r.eval_year === 2025,
      ),
    ).toMatchObject({ series: 'admin_register', status: 'met', actual_value: 52.5 });
  });

  it.each([
    ['document', { document: '' }, /missing provenance: the report/, 'missing_provenance'],
    ['agency', { agency: ' ' }, /missing provenance: the agency/, 'missing_provenance'],
    ['document_date', { document_date: '' }, /missing provenance: the date/, 'missing_provenance'],
    ['document_date', { document_date: '2026-02-30' }, /not a date written YYYY-MM-DD/, 'bad_date'],
    ['document_date', { document_date: '2999-01-01' }, /after today/, 'future_date'],
    // Checked by the build's rules for every actuals row (no code: the compile page never sees it).
    ['source_url', { source_url: '' }, /missing source/, undefined],
  ])(
    'missing or bad %s → an error with file, line, column, reason',
    (column, over, reason, code) => {
      const errors = errorsOf(withContrib(pack({ ...provenance, ...over })));
      expect(errors).toContainEqual({
        file: 'contrib/khanh-hoa-2025.csv',
        line: 2,
        column,
        reason: expect.stringMatching(reason),
        // The kind of problem, for a page that words it in its own language (the compile page).
        ...(code ? { code } : {}),
      });
    },
  );

  it('a file without the provenance columns, or of another series, is refused', () => {
    const [header, ...rows] = Papa.parse<string[]>(pack().replace(/^\uFEFF/, ''), {
      skipEmptyLines: true,
    }).data;
    const columns = header!.slice(0, 13);
    const noProvenance = toCsvText(
      columns,
      rows.map((r) => Object.fromEntries(columns.map((c, i) => [c, r[i]!]))),
    );
    const errors = errorsOf(withContrib(noProvenance));
    expect(errors.map((e) => [e.line, e.column])).toEqual([
      [2, 'document'],
      [2, 'agency'],
      [2, 'document_date'],
    ]);
    const survey = pack().replace(',admin_register,', ',survey,');
    expect(errorsOf(withContrib(survey))).toContainEqual(
      expect.objectContaining({ column: 'series', line: 2 }),
    );
  });

  it('the export refuses what the build would refuse', () => {
    expect(packProblems(provenance, '2026-12-02')).toEqual([]);
    expect(
      packProblems(
        { document: '', agency: 'x', document_date: '2026-02-30', source_url: 'khanhhoa.gov.vn' },
        '2026-12-02',
      ),
    ).toEqual([
      { field: 'document', reason: 'missing' },
      { field: 'document_date', reason: 'invalid' },
      { field: 'source_url', reason: 'invalid' },
    ]);
    expect(packProblems({ ...provenance, document_date: '2027-01-01' }, '2026-12-02')).toEqual([
      { field: 'document_date', reason: 'future' },
    ]);
    // A date typed day first, as Vietnamese write it, is written ISO in the pack.
    expect(parseDate('15/1/2026')).toBe('2026-01-15');
    expect(parseDate('31/02/2026')).toBeNull();
    expect(packProblems({ ...provenance, document_date: '15/01/2026' }, '2026-12-02')).toEqual([]);
    expect(pack({ ...provenance, document_date: '15/01/2026' })).toContain(',2026-01-15\r\n');
  });
});
