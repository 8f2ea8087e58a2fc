// The counts of a share ("Tử số", "Mẫu số": 14 agencies with a female key leader out of 30):
// read into the value's numerator and denominator; a value given with them must agree to the
// rounding it shows; counts alone give the value, and the summary says it was computed.
import { describe, expect, it } from 'vitest';
import { ImportText } from '../../../src/lib/import/explain.ts';
import { importBytes, importWorkbook } from '../../../src/lib/import/pipeline.ts';
import { context, ok, utf8 } from './context.ts';
import { makeXlsx } from './make-xlsx.ts';

const LEADERS = 'female_key_leader_agencies_pct';
const SRB = 'sex_ratio_at_birth';
const vi = new ImportText('vi');
const en = new ImportText('en');

const read = (rows: string[][]) =>
  ok(
    importBytes({
      ...context(),
      bytes: utf8(
        ['Chỉ tiêu;Năm;Tử số;Mẫu số;Giá trị', ...rows.map((r) => r.join(';'))].join('\n'),
      ),
      fileName: 'f.csv',
    }),
  );

describe('value and counts together must agree to the rounding the value shows', () => {
  it.each([
    ['46,7', '14', '30', 46.7],
    ['47', '14', '30', 47],
    ['46,67', '14', '30', 46.67],
    ['50', '15', '30', 50],
    ['0', '0', '30', 0],
  ])('%s with %s/%s: kept as typed, with its counts', (value, n, d, expected) => {
    const r = read([[LEADERS, '2025', n, d, value]]);
    expect(r.rejected).toEqual([]);
    expect(r.accepted).toEqual([
      expect.objectContaining({
        value: expected,
        numerator: Number(n),
        denominator: Number(d),
      }),
    ]);
    expect(r.accepted[0]).not.toHaveProperty('fromCounts');
  });
  it.each([
    ['46', '14', '30', '46,7'],
    ['46,6', '14', '30', '46,67'],
    ['30', '14', '30', '46,7'],
  ])('%s with %s/%s: a problem saying what the counts give (%s %%)', (value, n, d, shown) => {
    const r = read([[LEADERS, '2025', n, d, value]]);
    expect(r.accepted).toEqual([]);
    expect(r.rejected.map((x) => [x.row, x.column, x.reason])).toEqual([
      [2, 'Giá trị', 'counts_disagree'],
    ]);
    expect(vi.problem(r.rejected[0]!)).toBe(
      `giá trị ${value} không khớp với tử số/mẫu số ${n}/${d} = ${shown} %: hãy sửa giá trị hoặc số đếm`,
    );
  });
  it('a value in a cell formatted as a percentage is compared as the sheet shows it', () => {
    const book = makeXlsx([
      {
        name: 'S',
        rows: [
          ['Chỉ tiêu', 'Năm', 'Tử số', 'Mẫu số', 'Giá trị'],
          [LEADERS, 2025, 14, 30, { value: 0.467, format: '0.0%' }],
        ],
      },
    ]);
    const r = ok(importWorkbook(book, context()));
    expect(r.rejected).toEqual([]);
    expect(r.accepted[0]).toMatchObject({ value: 46.7, numerator: 14, denominator: 30 });
  });
});

describe('counts alone give the value', () => {
  it('computed from the province’s own counts, and said so', () => {
    const r = read([
      [LEADERS, '2025', '14', '30', ''],
      [LEADERS, '2024', '', '', '40'],
    ]);
    expect(r.accepted).toEqual([
      {
        row: 2,
        indicator_id: LEADERS,
        area_id: '63-56',
        year: 2025,
        value: 46.6666666667,
        numerator: 14,
        denominator: 30,
        fromCounts: true,
      },
      { row: 3, indicator_id: LEADERS, area_id: '63-56', year: 2024, value: 40 },
    ]);
    expect(vi.counts(r)).toBe(
      'Nhận 2 giá trị, 0 dòng có vấn đề, bỏ qua 0 dòng không phải số liệu. 1 giá trị được tính từ tử số và mẫu số trong tệp (số đếm của tỉnh, không phải ước tính): dòng 2.',
    );
    expect(en.counts(r)).toContain(
      '1 value was computed from the file’s numerator and denominator (the province’s own counts, not an estimate): row 2.',
    );
  });
});

describe('counts that cannot be used are problems', () => {
  it.each([
    [[LEADERS, '2025', '14', '', ''], 'Mẫu số', 'counts_incomplete', { missing: 'Mẫu số' }],
    [[LEADERS, '2025', '', '30', '46,7'], 'Tử số', 'counts_incomplete', { missing: 'Tử số' }],
    [
      [LEADERS, '2025', '31', '30', ''],
      'Tử số',
      'counts_invalid',
      { numerator: '31', denominator: '30' },
    ],
    [
      [LEADERS, '2025', '0', '0', ''],
      'Tử số',
      'counts_invalid',
      { numerator: '0', denominator: '0' },
    ],
    [[LEADERS, '2025', 'mười bốn', '30', ''], 'Tử số', 'bad_count', { text: 'mười bốn' }],
    [[LEADERS, '2025', '14', '30%', ''], 'Mẫu số', 'bad_count', { text: '30%' }],
    [
      [SRB, '2025', '1120', '1000', '112'],
      'Tử số',
      'counts_not_share',
      { unit: 'bé trai/100 bé gái' },
    ],
  ])('%j → %s %s', (cells, column, reason, detail) => {
    const r = read([cells]);
    expect(r.accepted).toEqual([]);
    expect(r.rejected.map((x) => [x.column, x.reason, x.detail])).toEqual([
      [column, reason, detail],
    ]);
    expect(vi.problem(r.rejected[0]!)).not.toMatch(/\{\w+\}/);
    expect(en.problem(r.rejected[0]!)).not.toMatch(/\{\w+\}/);
  });
});
