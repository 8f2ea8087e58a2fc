// What officers do to a sheet: a header over two rows (merged or centred cells), a header cell
// merged across two columns, merged cells in the data, dates where numbers belong, numbers kept
// as text, a header with no data under it, notes beside the table. Each is read, or refused with
// the sheet, row, column and why.
import { describe, expect, it } from 'vitest';
import { ImportText } from '../../../src/lib/import/explain.ts';
import {
  importBytes,
  importWorkbook,
  type ImportResult,
} from '../../../src/lib/import/pipeline.ts';
import { context, ok, utf8 } from './context.ts';
import { cell, makeOds, row } from './make-ods.ts';
import { makeXlsx, type FixtureSheet } from './make-xlsx.ts';

const LEADERS = 'female_key_leader_agencies_pct';
const SRB = 'sex_ratio_at_birth';
const vi = new ImportText('vi');
const en = new ImportText('en');
const xlsx = (sheet: FixtureSheet, confirmed: Record<string, string> = {}) =>
  importWorkbook(makeXlsx([sheet]), context(confirmed));
const csv = (text: string) => importBytes({ ...context(), bytes: utf8(text), fileName: 'f.csv' });
const values = (r: ImportResult) =>
  ok(r).accepted.map((a) => [a.row, a.indicator_id, a.year, a.value]);
const problems = (r: ImportResult) =>
  ok(r).rejected.map((x) => [x.row, x.column, x.reason, x.detail]);

describe('headers over two rows', () => {
  it('merged: "Giá trị" over "Tử số" and "Mẫu số", the other labels merged down', () => {
    const r = xlsx({
      name: 'S',
      rows: [
        ['Chỉ tiêu', 'Năm', 'Giá trị', null],
        [null, null, 'Tử số', 'Mẫu số'],
        [LEADERS, 2025, 14, 30],
      ],
      merges: ['A1:A2', 'B1:B2', 'C1:D1'],
    });
    expect(problems(r)).toEqual([]);
    expect(ok(r).accepted).toEqual([
      {
        sheet: 'S',
        row: 3,
        indicator_id: LEADERS,
        area_id: '63-56',
        year: 2025,
        value: 46.6666666667,
        numerator: 14,
        denominator: 30,
        fromCounts: true,
      },
    ]);
  });
  it('merged: the years under one merged "Số liệu các năm"', () => {
    const r = xlsx({
      name: 'S',
      rows: [
        ['Chỉ tiêu', 'Số liệu các năm', null, null],
        [null, 2023, 2024, 2025],
        [SRB, 112.1, 111.8, 111.5],
      ],
      merges: ['A1:A2', 'B1:D1'],
    });
    expect(ok(r).layout).toBe('wide');
    expect(values(r)).toEqual([
      [3, SRB, 2023, 112.1],
      [3, SRB, 2024, 111.8],
      [3, SRB, 2025, 111.5],
    ]);
    expect(ok(r).skipped).toEqual([]); // the upper header row is not a "note"
  });
  it('the same in an ODS file (spanned and covered cells)', () => {
    const r = importWorkbook(
      makeOds([
        {
          name: 'S',
          rows: [
            row([cell.span('Chỉ tiêu', 1, 2), cell.span('Số liệu các năm', 3), cell.covered(2)]),
            row([cell.covered(), cell.float(2023), cell.float(2024), cell.float(2025)]),
            row([cell.str(SRB), cell.float(112.1), cell.float(111.8), cell.float(111.5)]),
          ],
        },
      ]),
      context(),
    );
    expect(values(r)).toEqual([
      [3, SRB, 2023, 112.1],
      [3, SRB, 2024, 111.8],
      [3, SRB, 2025, 111.5],
    ]);
  });
  it('not merged, only centred: the lower row’s labels complete the upper', () => {
    const r = csv(
      'Chỉ tiêu;Số liệu năm;;\n;2023;2024;2025\nTỷ số giới tính khi sinh;112,1;;111,5\n',
    );
    expect(values(r)).toEqual([
      [3, SRB, 2023, 112.1],
      [3, SRB, 2025, 111.5],
    ]);
  });
});

describe('a header that cannot be read is refused, naming sheet, row and columns', () => {
  it('"Giá trị" merged across two columns: which one holds the value?', () => {
    const r = xlsx({
      name: 'Số liệu',
      rows: [
        ['Chỉ tiêu', 'Năm', 'Giá trị', null],
        [SRB, 2024, 111, 112],
      ],
      merges: ['C1:D1'],
    });
    expect(r).toEqual({
      ok: false,
      error: 'duplicate_column',
      detail: {
        table: { row: '1', columns: 'C, D', text: 'Giá trị', merged: 'C1:D1', sheet: 'Số liệu' },
      },
    });
    if (r.ok) return;
    expect(vi.error(r)).toBe(
      'Trang tính “Số liệu”: Dòng 1: các cột C, D cùng là “Giá trị” nên không biết cột nào chứa số liệu. Hãy đặt tên riêng cho mỗi cột. Các ô tiêu đề này đang được gộp (C1:D1): hãy bỏ gộp ô rồi đặt tên riêng cho từng cột.',
    );
    expect(en.error(r)).toContain('Row 1: columns C, D are all “Giá trị”');
  });
  it('two value columns without a merge, in a CSV', () => {
    const r = csv('Chỉ tiêu,Năm,Giá trị,Giá trị\nTỷ số giới tính khi sinh,2024,111,112\n');
    expect(r).toEqual({
      ok: false,
      error: 'duplicate_column',
      detail: { table: { row: '1', columns: 'C, D', text: 'Giá trị' } },
    });
  });
  it('a row with "Chỉ tiêu" but no value or years: the refusal names that row', () => {
    const r = xlsx({ name: 'S', rows: [['BÁO CÁO'], ['Chỉ tiêu', 'Ghi chú'], [SRB, 'x']] });
    expect(r).toEqual({
      ok: false,
      error: 'no_header',
      detail: { table: { row: '2', text: 'Chỉ tiêu', sheet: 'S' } },
    });
    if (!r.ok)
      expect(vi.error(r)).toContain(
        'Trang tính “S”: Dòng 2 có cột “Chỉ tiêu” nhưng không có cột “Giá trị”',
      );
  });
  it('a sheet refused this way is listed as skipped when another sheet is read', () => {
    const book = makeXlsx([
      {
        name: 'A',
        rows: [
          ['Chỉ tiêu', 'Năm', 'Giá trị', null],
          [SRB, 2024, 111, 112],
        ],
        merges: ['C1:D1'],
      },
      {
        name: 'B',
        rows: [
          ['Chỉ tiêu', 'Năm', 'Giá trị'],
          [SRB, 2024, 111],
        ],
      },
    ]);
    const r = ok(importWorkbook(book, context()));
    expect(r.sheets[0]).toEqual({
      name: 'A',
      read: false,
      reason: 'duplicate_column',
      detail: { row: '1', columns: 'C, D', text: 'Giá trị', merged: 'C1:D1' },
    });
    expect(vi.head(r, 'b.xlsx')[2]).toBe(
      'Bỏ qua trang tính “A” (dòng 1: các cột C, D cùng là “Giá trị”).',
    );
  });
});

describe('merged cells in the data', () => {
  it('an indicator merged down over its years is each row’s indicator', () => {
    const r = xlsx({
      name: 'S',
      rows: [
        ['Chỉ tiêu', 'Năm', 'Giá trị'],
        [SRB, 2023, 111.9],
        [null, 2024, 111.4],
      ],
      merges: ['A2:A3'],
    });
    expect(values(r)).toEqual([
      [2, SRB, 2023, 111.9],
      [3, SRB, 2024, 111.4],
    ]);
  });
  it('a value merged down over two years is the first row’s only: the second is a problem', () => {
    const r = xlsx({
      name: 'S',
      rows: [
        ['Chỉ tiêu', 'Năm', 'Giá trị'],
        [SRB, 2023, 111.9],
        [SRB, 2024, null],
      ],
      merges: ['C2:C3'],
    });
    expect(values(r)).toEqual([[2, SRB, 2023, 111.9]]);
    expect(problems(r)).toEqual([
      [3, 'Giá trị', 'merged_value', { range: 'C2:C3', text: '111.9' }],
    ]);
  });
  it('content in a column without a header is named, not dropped silently', () => {
    const r = xlsx({
      name: 'S',
      rows: [
        ['Chỉ tiêu', 'Năm', 'Giá trị'],
        [SRB, 2023, 111.9, null, 'số liệu sơ bộ'],
      ],
    });
    expect(values(r)).toEqual([[2, SRB, 2023, 111.9]]);
    expect(problems(r)).toEqual([
      [2, 'E', 'unnamed_column', { text: 'số liệu sơ bộ', column: 'E' }],
    ]);
  });
});

describe('dates and numbers kept as text', () => {
  it.each([
    ['a date-formatted number (built-in 14)', { value: 45672, format: 14 }],
    ['a custom date format', { value: 45672, format: 'dd/mm/yyyy' }],
    ['a date value (t="d")', { isoDate: '2025-01-15' }],
  ] as const)('%s where a number is expected: refused with the date', (_label, value) => {
    const r = xlsx({
      name: 'S',
      rows: [
        ['Chỉ tiêu', 'Năm', 'Giá trị'],
        [SRB, 2024, value],
      ],
    });
    expect(problems(r)).toEqual([[2, 'Giá trị', 'date_value', { date: '2025-01-15' }]]);
    const [x] = ok(r).rejected;
    expect(vi.problem(x!)).toBe(
      'ô chứa ngày tháng (2025-01-15), không phải số: ô đang được định dạng ngày; hãy định dạng ô là số rồi gõ lại giá trị',
    );
  });
  it('an ODS date cell, and a year typed into a date cell', () => {
    const ods = importWorkbook(
      makeOds([
        {
          name: 'S',
          rows: [
            row(['Chỉ tiêu', 'Năm', 'Giá trị'].map((h) => cell.str(h))),
            row([cell.str(SRB), cell.float(2024), cell.date('2025-01-15', '15/01/25')]),
          ],
        },
      ]),
      context(),
    );
    expect(problems(ods)).toEqual([[2, 'Giá trị', 'date_value', { date: '2025-01-15' }]]);
    const year = xlsx({
      name: 'S',
      rows: [
        ['Chỉ tiêu', 'Năm', 'Giá trị'],
        [SRB, { value: 2025, format: 14 }, 111],
      ],
    });
    expect(problems(year)).toEqual([[2, 'Năm', 'date_year', { date: '1905-07-17' }]]);
  });
  it.each([
    [
      'shared string with quotePrefix, as Excel keeps "\'110,5"',
      { value: '110,5', quotePrefix: true },
    ],
    ['inline string', { value: '110,5', inline: true }],
    ['text with the apostrophe itself', { value: "'110,5" }],
  ] as const)('%s → 110.5', (_label, value) => {
    expect(
      values(
        xlsx({
          name: 'S',
          rows: [
            ['Chỉ tiêu', 'Năm', 'Giá trị'],
            [SRB, 2024, value],
          ],
        }),
      ),
    ).toEqual([[2, SRB, 2024, 110.5]]);
  });
  it('"\'110,5" in a CSV → 110.5', () => {
    expect(values(csv("Chỉ tiêu;Năm;Giá trị\nsex_ratio_at_birth;2024;'110,5\n"))).toEqual([
      [2, SRB, 2024, 110.5],
    ]);
  });
});

describe('a file with no data says so', () => {
  it('a header only: "the file has no data rows", not "0 accepted, 0 problems"', () => {
    for (const r of [
      csv('Chỉ tiêu,Năm,Giá trị\n'),
      csv('Chỉ tiêu,Năm,Giá trị\r\n\r\n\r\n'),
      xlsx({ name: 'S', rows: [['Chỉ tiêu', 'Năm', 'Giá trị']] }),
    ]) {
      expect(vi.counts(ok(r))).toBe('Tệp không có dòng số liệu nào dưới dòng tiêu đề.');
      expect(en.counts(ok(r))).toBe('The file has no data rows below its header row.');
    }
  });
  it('rows with no value filled in: says how many and which column', () => {
    const r = csv(
      'Chỉ tiêu,Năm,Giá trị\nsex_ratio_at_birth,2024,\nmaternal_mortality_ratio,2024,\n',
    );
    expect(vi.counts(ok(r))).toBe(
      'Chưa có giá trị nào được điền: cột “Giá trị” (và “Tử số”, “Mẫu số”) còn trống ở cả 2 dòng.',
    );
  });
});

describe('the reporting agency', () => {
  it('from the notes line above the table, or from the row’s column', () => {
    const r = csv(
      [
        'Cơ quan báo cáo: Sở Y tế',
        '',
        'Chỉ tiêu,Năm,Giá trị,Cơ quan báo cáo',
        'sex_ratio_at_birth,2024,111,',
        'maternal_mortality_ratio,2024,40,Sở Nội vụ',
      ].join('\n'),
    );
    expect(ok(r).accepted.map((a) => a.agency)).toEqual(['Sở Y tế', 'Sở Nội vụ']);
  });
  it('the notes line of the file no agency is known to report names none', () => {
    const r = csv(
      'Cơ quan báo cáo: chưa xác định — cơ quan điền mẫu này ghi tên mình vào cột “Cơ quan báo cáo”\n\nChỉ tiêu,Năm,Giá trị\nsex_ratio_at_birth,2024,111\n',
    );
    expect(ok(r).accepted[0]).not.toHaveProperty('agency');
  });
});
