// Publishing an officer can do: the one pack codec (written by the import page, read by the
// build), which stores text as typed and refuses formula-like text; the contribution address.
import { describe, expect, it } from 'vitest';
import {
  checkContrib,
  decodePack,
  encodePack,
  PACK_COLUMNS,
  PackError,
  type PackRow,
} from '../../../src/lib/dataset/contrib.ts';
import {
  dataPackCsv,
  packProblems,
  type PackProvenance,
} from '../../../src/lib/import/data-pack.ts';
import { contributionLink, repositoryWebUrl, SITE_CONFIG } from '../../../src/lib/site-config.ts';
import pkg from '../../../package.json' with { type: 'json' };
import { areas, catalog } from './real.ts';

const provenance: PackProvenance = {
  document: 'Báo cáo 12/BC-UBND về kết quả thực hiện mục tiêu bình đẳng giới năm 2025',
  agency: 'UBND tỉnh Khánh Hòa',
  document_date: '2026-01-15',
  source_url: 'https://khanhhoa.gov.vn/bao-cao-12',
};
const values = [
  {
    row: 4,
    file: '=HYPERLINK("http://x","y").xlsx',
    indicator_id: 'female_wage_employment_pct',
    area_id: '34-56',
    year: 2025,
    value: 52.5,
    agency: 'Sở Nội vụ',
  },
];

describe('the pack codec', () => {
  it('writes and reads the same rows; the text is stored as typed, without a formula guard', () => {
    const csv = dataPackCsv(values, areas, catalog.indicators, provenance);
    expect(csv.split('\r\n')[0]).toBe(`\uFEFF${PACK_COLUMNS.join(',')}`);
    expect(csv).not.toMatch(/(^|,|")'[=+\-@]/m);
    // The file name stays inside the note, as typed (never behind an apostrophe).
    expect(csv).toContain('tệp “=HYPERLINK(""http://x"",""y"").xlsx”');
    expect(csv).toContain('số liệu tỉnh báo cáo (Sở Nội vụ)');
    const { records, errors } = decodePack('contrib/x.csv', csv, '2026-12-01');
    expect(errors).toEqual([]);
    expect(records[0]!.values).toMatchObject({
      indicator: 'female_wage_employment_pct',
      province: 'Khánh Hòa',
      vintage: '34',
      year: '2025',
      value: '52.5',
      series: 'admin_register',
      document: provenance.document,
      agency: provenance.agency,
      document_date: '2026-01-15',
    });
  });

  it('refuses formula-like text: the export says which field, the encoder never writes it', () => {
    expect(packProblems({ ...provenance, agency: '=cmd|x' }, '2026-12-01')).toEqual([
      { field: 'agency', reason: 'formula' },
    ]);
    expect(packProblems({ ...provenance, document: '  @SUM(A1)' }, '2026-12-01')).toEqual([
      { field: 'document', reason: 'formula' },
    ]);
    const row = Object.fromEntries(PACK_COLUMNS.map((c) => [c, 'x'])) as PackRow;
    expect(() => encodePack([{ ...row, agency: '+1' }])).toThrow(PackError);
    // A number is not a formula.
    expect(() => encodePack([{ ...row, value: -1 }])).not.toThrow();
  });

  it('the build refuses a stored formula guard and formula-like text, naming line and column', () => {
    const record = (values: Record<string, string>) => ({
      file: 'contrib/x.csv',
      line: 2,
      values: {
        document: 'Báo cáo',
        agency: 'UBND',
        document_date: '2026-01-15',
        series: 'admin_register',
        source_quality: 'official',
        ...values,
      },
    });
    expect(checkContrib([record({ agency: "'=HYPERLINK(1)" })], '2026-12-01')).toEqual([
      {
        file: 'contrib/x.csv',
        line: 2,
        column: 'agency',
        reason: expect.stringMatching(/formula guard/),
        code: 'formula_guard',
      },
    ]);
    expect(checkContrib([record({ quote_hint: '@x' })], '2026-12-01')).toEqual([
      expect.objectContaining({
        column: 'quote_hint',
        reason: expect.stringMatching(/formula/),
        code: 'formula',
      }),
    ]);
    expect(checkContrib([record({ value: '-3' })], '2026-12-01')).toEqual([]);
  });

  it('a file missing a column is refused at line 1', () => {
    const csv = dataPackCsv(values, areas, catalog.indicators, provenance).replace(
      ',quote_hint,',
      ',hint,',
    );
    expect(decodePack('contrib/x.csv', csv, '2026-12-01').errors).toContainEqual({
      file: 'contrib/x.csv',
      line: 1,
      column: 'quote_hint',
      reason: expect.stringMatching(/missing column/),
      code: 'missing_column',
    });
  });
});

describe('the contribution address', () => {
  it('defaults to the new-issue form of package.json’s repository, title and body prefilled', () => {
    expect(SITE_CONFIG.repositoryUrl).toBe(repositoryWebUrl(pkg.repository.url));
    const link = contributionLink({ title: 'Số liệu của Khánh Hòa (34)', body: 'Báo cáo: 12/BC' });
    expect(link).toEqual({
      url: `${SITE_CONFIG.repositoryUrl}/issues/new?title=S%E1%BB%91+li%E1%BB%87u+c%E1%BB%A7a+Kh%C3%A1nh+H%C3%B2a+%2834%29&body=B%C3%A1o+c%C3%A1o%3A+12%2FBC`,
      github: SITE_CONFIG.repositoryUrl.startsWith('https://github.com/'),
    });
  });

  it('a fork’s own address (set at build time) takes the prefill where it asks for it', () => {
    expect(
      contributionLink(
        { title: 'a b', body: 'c&d' },
        {
          repositoryUrl: '',
          contributionUrl: 'mailto:data@example.org?subject={title}&body={body}',
        },
      ),
    ).toEqual({ url: 'mailto:data@example.org?subject=a%20b&body=c%26d', github: false });
    expect(
      contributionLink({ title: '', body: '' }, { repositoryUrl: '', contributionUrl: null }),
    ).toBeNull();
    expect(repositoryWebUrl('git+https://github.com/o/r.git')).toBe('https://github.com/o/r');
  });
});
