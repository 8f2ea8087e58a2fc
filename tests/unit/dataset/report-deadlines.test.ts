// Reporting deadlines (catalog/report_deadlines.csv): every rule proven on a bad row, with the
// file, line, column and reason; the real file passes; a bad row fails the whole data build.
import { cpSync, mkdtempSync, readFileSync, rmSync, appendFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildDataset, DatasetError } from '../../../scripts/data/build-dataset.ts';
import { buildAreas } from '../../../src/lib/dataset/areas.ts';
import { parseCsv } from '../../../src/lib/dataset/csv.ts';
import { indexAreas } from '../../../src/lib/dataset/names.ts';
import { buildReportDeadlines, statesDayMonth } from '../../../src/lib/dataset/report-deadlines.ts';

const read = (f: string) => parseCsv(f, readFileSync(`data/${f}`, 'utf8')).records;
const areas = buildAreas(read('geo/crosswalk_63_to_34.csv'), read('catalog/regions.csv'));
const areaIndex = indexAreas(areas.areas, areas.aliases);

// A plan of Khánh Hòa (63) whose text holds the deadline on line 2, and one of Bắc Ninh (34).
const PLANS = [
  { id: 'KH', area_id: '63-56', text_file: 'kh.txt', start_year: 2021 },
  { id: 'BN', area_id: '34-24', text_file: 'bn.txt', start_year: 2026 },
];
const TEXTS: Record<string, string> = {
  'kh.txt': 'V. CHẾ ĐỘ BÁO CÁO\n- Hàng năm (trước ngày 10 tháng 12) các sở gửi báo cáo về Sở.\n',
  'bn.txt': 'V\nbáo cáo gửi về Sở Nội vụ **trước ngày 30/11/2026** để tổng hợp\n',
};
const HEADER = 'province,vintage,from_year,to_year,period,day,month,plan_id,quote_vi,where_read';
const KH =
  'Khánh Hòa,63,2021,2025,annual,10,12,KH,"trước ngày 10 tháng 12",plans/kh.txt line 2 (V)';
const BN = 'Bắc Ninh,34,2026,2026,annual,30,11,BN,"trước ngày 30/11/2026",plans/bn.txt line 2 (V)';

function deadlines(...lines: string[]) {
  const { records } = parseCsv('report_deadlines.csv', [HEADER, ...lines].join('\n'));
  return buildReportDeadlines(records, areaIndex, PLANS, (f) => TEXTS[f] ?? null);
}

describe('report deadlines validation', () => {
  it('accepts good rows: the province resolved to its area, the quote as read', () => {
    const r = deadlines(KH, BN);
    expect(r.errors).toEqual([]);
    expect(r.deadlines).toEqual([
      {
        area_id: '63-56',
        period: 'annual',
        from_year: 2021,
        to_year: 2025,
        day: 10,
        month: 12,
        plan_id: 'KH',
        quote_vi: 'trước ngày 10 tháng 12',
        where_read: 'plans/kh.txt line 2 (V)',
      },
      expect.objectContaining({ area_id: '34-24', day: 30, month: 11, plan_id: 'BN' }),
    ]);
  });

  it.each([
    ['an unknown province', KH.replace('Khánh Hòa', 'Atlantis'), 'province', /no 63-province/],
    ['a vintage that is not 63 or 34', KH.replace(',63,', ',62,'), 'vintage', /not 63 or 34/],
    ['a year outside 2021–2030', KH.replace('2021,2025', '2019,2025'), 'from_year', /not a year/],
    ['years the wrong way round', KH.replace('2021,2025', '2025,2021'), 'to_year', /before/],
    ['an unknown period', KH.replace('annual', 'quarterly'), 'period', /not annual or h1/],
    ['a day the month lacks', KH.replace(',10,12,', ',31,11,'), 'day', /not a day \(1–30\)/],
    ['a month that is no month', KH.replace(',10,12,', ',10,13,'), 'month', /not a month/],
    ['an unknown plan', KH.replace(',KH,', ',XX,'), 'plan_id', /no plan in plans\.csv/],
    ['another province’s plan', KH.replace(',KH,', ',BN,'), 'plan_id', /plan of 34-24/],
    ['years before the plan', BN.replace('2026,2026', '2025,2026'), 'from_year', /first year/],
    [
      'a quote without the date',
      KH.replace(',10,12,', ',11,12,'),
      'quote_vi',
      /do not state 11\/12/,
    ],
    ['a quote not in the plan', KH.replace('"trước', '"sau'), 'quote_vi', /not on line 2/],
    ['a line the plan lacks', KH.replace('line 2', 'line 99'), 'where_read', /no line 99/],
    [
      'another plan’s text',
      KH.replace('plans/kh.txt', 'plans/bn.txt'),
      'where_read',
      /not the text/,
    ],
    ['no place given', KH.replace('plans/kh.txt line 2 (V)', 'Mục V'), 'where_read', /plans\//],
    ['an empty cell', KH.replace(',KH,', ',,'), 'plan_id', /empty/],
  ])('refuses %s', (_what, line, column, reason) => {
    const r = deadlines(BN, line);
    expect(r.errors).toEqual([
      { file: 'report_deadlines.csv', line: 3, column, reason: expect.stringMatching(reason) },
    ]);
    expect(r.deadlines.map((d) => d.plan_id)).toEqual(['BN']);
  });

  it('refuses two deadlines of one province, period and year', () => {
    const r = deadlines(KH, KH.replace('2021,2025', '2025,2025'));
    expect(r.errors).toEqual([
      {
        file: 'report_deadlines.csv',
        line: 3,
        column: 'from_year',
        reason: expect.stringMatching(/overlap the annual deadline of line 2/),
      },
    ]);
  });

  it('reads the day and month as the plans write them', () => {
    expect(statesDayMonth('trước ngày 05/6', 5, 6)).toBe(true);
    expect(statesDayMonth('trước ngày 10 tháng 12', 10, 12)).toBe(true);
    expect(statesDayMonth('trước ngày 30/11/2026', 30, 11)).toBe(true);
    expect(statesDayMonth('trước ngày 30/11/2026', 3, 11)).toBe(false);
    expect(statesDayMonth('trước ngày 10/12', 10, 1)).toBe(false);
  });
});

describe('the curated file', () => {
  it('holds the seed plans’ deadlines, each quoted from its plan', () => {
    const { reportDeadlines } = buildDataset('data');
    expect(
      reportDeadlines.map(
        (d) => `${d.area_id} ${d.period} ${d.from_year}–${d.to_year} ${d.day}/${d.month}`,
      ),
    ).toEqual([
      '63-56 annual 2021–2025 10/12',
      '63-64 annual 2025–2025 10/12',
      '63-51 h1 2025–2025 5/6',
      '63-51 annual 2025–2025 10/12',
      '63-70 h1 2021–2021 30/5',
      '63-70 annual 2021–2021 30/11',
      '34-24 annual 2026–2026 30/11',
    ]);
  });

  it('a bad row fails the data build with its file, line, column and reason', () => {
    const dir = mkdtempSync(join(tmpdir(), 'deadlines-'));
    try {
      cpSync('data', dir, { recursive: true });
      appendFileSync(
        join(dir, 'catalog/report_deadlines.csv'),
        'Gia Lai,34,2026,2026,annual,31,2,SEED000,"trước ngày 31/2",plans/000_9e3300596f91d3d2.txt line 153\n',
      );
      let error: unknown = null;
      try {
        buildDataset(dir);
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(DatasetError);
      expect((error as DatasetError).message).toMatch(
        /catalog\/report_deadlines\.csv:9 \[day\] "31" is not a day \(1–29\)/,
      );
      expect((error as DatasetError).errors.map((e) => e.column)).toEqual(['day', 'plan_id']);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
