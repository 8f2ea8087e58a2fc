// ODS uploads: every value type as LibreOffice saves it, repeated rows and columns (a sheet's last
// row repeated a million times is a gap, not a million rows), covered cells, formula results and
// errors, several sheets, and the same limits as a workbook.
import { describe, expect, it } from 'vitest';
import type { Cell } from '../../../src/lib/import/cells.ts';
import { OdsBook } from '../../../src/lib/import/ods.ts';
import { importWorkbook } from '../../../src/lib/import/pipeline.ts';
import { context, ok } from './context.ts';
import { cell, makeOds, odsParts, restOfSheet, row, zipOds, type OdsSheet } from './make-ods.ts';
import { declareSize } from './make-xlsx.ts';

const HEADER = row(['Chỉ tiêu', 'Tỉnh/Thành phố', 'Năm', 'Giá trị'].map((h) => cell.str(h)));
const SRB = 'sex_ratio_at_birth';
const LEADERS = 'female_key_leader_agencies_pct';

/** The rows the reader hands on, with the gaps it reports, per sheet. */
function sheetsOf(bytes: Uint8Array) {
  const out: { name: string; gaps: number[]; rows: Cell[][] }[] = [];
  new OdsBook(bytes).read({
    sheet(name) {
      const sheet = { name, gaps: [] as number[], rows: [] as Cell[][] };
      out.push(sheet);
      return {
        rows({ gap, rows }) {
          if (gap) sheet.gaps.push(gap);
          sheet.rows.push(...rows.map((r) => Array.from(r, (c) => c ?? null)));
        },
        end() {},
      };
    },
  });
  return out;
}

describe('value types', () => {
  const sheet: OdsSheet = {
    name: 'Kiểu',
    rows: [
      row([
        cell.float(110.5, '110,5'),
        cell.percent(0.313, '31,30%'),
        cell.currency(1500000, '1.500.000 ₫'),
        cell.date('2025-01-15', '15/01/25'),
        cell.time('PT10H30M00S', '10:30'),
        cell.bool(true),
        cell.str('Khánh Hòa'),
        cell.formula('A1/10', 11.05, '11,05'),
        cell.formulaError('1/0', '#DIV/0!'),
        cell.formulaNoResult('A1*2'),
      ]),
    ],
  };
  it('each type as the cell gives it, never its display text for a number', () => {
    expect(sheetsOf(makeOds([sheet]))[0]!.rows).toEqual([
      [
        110.5,
        { percent: 0.313 },
        1500000,
        { date: '2025-01-15' },
        { date: '10:30' },
        'TRUE',
        'Khánh Hòa',
        11.05,
        { error: '#DIV/0!' },
        { error: null },
      ],
    ]);
  });
  it('text: spaces, tabs, line breaks and paragraphs as typed; comments are not the value', () => {
    const text = cell.raw(
      '<table:table-cell office:value-type="string"><office:annotation><dc:creator>A</dc:creator><text:p>ghi chú</text:p></office:annotation><text:p>Sở<text:s text:c="2"/>Y<text:tab/>tế</text:p><text:p>dòng <text:span>hai</text:span></text:p></table:table-cell>',
    );
    expect(sheetsOf(makeOds([{ name: 'S', rows: [row([text])] }]))[0]!.rows).toEqual([
      ['Sở  Y\ttế\ndòng hai'],
    ]);
  });
});

describe('repeated rows and columns', () => {
  it('empty rows repeated to the end of the sheet are one gap, never expanded', () => {
    const sheets = sheetsOf(
      makeOds([
        {
          name: 'S',
          rows: [
            HEADER,
            row([cell.str(SRB), cell.str('Khánh Hòa'), cell.float(2023), cell.float(111)]),
            restOfSheet(1_048_574),
          ],
        },
      ]),
    );
    expect(sheets[0]!.rows).toHaveLength(2);
    expect(sheets[0]!.gaps).toEqual([1_048_574]);
  });
  it('a gap of empty rows keeps the row numbers of what follows', () => {
    const book = makeOds([
      {
        name: 'S',
        rows: [
          row([cell.str('BÁO CÁO')]),
          row([cell.empty(1024)], 3),
          HEADER,
          row([cell.str(SRB), cell.str('Khánh Hòa'), cell.float(2023), cell.float(111)]),
          restOfSheet(1_048_570),
        ],
      },
    ]);
    const r = ok(importWorkbook(book, context()));
    expect(r.encoding).toBe('ods');
    expect(r.accepted).toEqual([
      expect.objectContaining({ sheet: 'S', row: 6, indicator_id: SRB, value: 111, year: 2023 }),
    ]);
  });
  it('a repeated cell with content fills its columns; a repeated row with content its rows', () => {
    const sheets = sheetsOf(
      makeOds([
        {
          name: 'S',
          rows: [row([cell.str('a'), cell.float(7, '7', 3), cell.empty(2), cell.str('b')], 2)],
        },
      ]),
    );
    expect(sheets[0]!.rows).toEqual([
      ['a', 7, 7, 7, null, null, 'b'],
      ['a', 7, 7, 7, null, null, 'b'],
    ]);
  });
  it('a row with content repeated thousands of times is refused, not expanded', () => {
    const book = makeOds([
      {
        name: 'S',
        rows: [HEADER, row([cell.str(SRB), cell.str('x'), cell.float(2023), cell.float(1)], 5000)],
      },
    ]);
    expect(importWorkbook(book, context())).toEqual({ ok: false, error: 'ods_unreadable' });
  });
  it('a repeat count that is not a whole number is refused', () => {
    const book = makeOds([
      {
        name: 'S',
        rows: [row([cell.raw('<table:table-cell table:number-columns-repeated="-3"/>')])],
      },
    ]);
    expect(importWorkbook(book, context())).toEqual({ ok: false, error: 'ods_unreadable' });
  });
});

describe('covered (merged) cells', () => {
  it('cells under a span come out as covered cells naming the range and its text', () => {
    const sheets = sheetsOf(
      makeOds([
        {
          name: 'S',
          rows: [
            row([cell.span('Chỉ tiêu', 1, 2), cell.span('Giá trị', 2), cell.covered()]),
            row([cell.covered(), cell.str('Tử số'), cell.str('Mẫu số')]),
          ],
        },
      ]),
    );
    expect(sheets[0]!.rows).toEqual([
      ['Chỉ tiêu', 'Giá trị', { merged: 'B1:C1', anchor: 'Giá trị' }],
      [{ merged: 'A1:A2', anchor: 'Chỉ tiêu' }, 'Tử số', 'Mẫu số'],
    ]);
  });
});

describe('sheets and limits', () => {
  it('every sheet is read or listed as skipped, in order', () => {
    const book = makeOds([
      { name: 'Hướng dẫn', rows: [row([cell.str('Điền vào trang “Số liệu”.')])] },
      {
        name: 'Số liệu',
        rows: [
          HEADER,
          row([cell.str(SRB), cell.str('Khánh Hòa'), cell.float(2023), cell.float(111.2, '111,2')]),
        ],
      },
      { name: 'Trống', rows: [restOfSheet(1_048_576)] },
    ]);
    const r = ok(importWorkbook(book, context()));
    expect(r.sheets).toEqual([
      { name: 'Hướng dẫn', read: false, reason: 'no_header' },
      { name: 'Số liệu', read: true, layout: 'long' },
      { name: 'Trống', read: false, reason: 'empty' },
    ]);
    expect(r.accepted.map((a) => [a.sheet, a.row, a.value])).toEqual([['Số liệu', 2, 111.2]]);
  });
  it('a percentage cell is read as the sheet shows it', () => {
    const book = makeOds([
      {
        name: 'S',
        rows: [
          HEADER,
          row([
            cell.str(LEADERS),
            cell.str('Khánh Hòa'),
            cell.str('2024'),
            cell.percent(0.313, '31,30%'),
          ]),
        ],
      },
    ]);
    expect(ok(importWorkbook(book, context())).accepted[0]).toMatchObject({
      value: 31.3,
      year: 2024,
    });
  });
  it('an archive declaring more than the limit is refused before inflating, as an ODS', () => {
    const bytes = declareSize(
      makeOds([{ name: 'S', rows: [HEADER] }]),
      'content.xml',
      400 * 1024 * 1024,
    );
    expect(importWorkbook(bytes, context())).toMatchObject({ ok: false, error: 'ods_too_large' });
  });
  it('content that inflates past the limit stops the read, as an ODS', () => {
    const rows = Array.from({ length: 20_000 }, () =>
      row([cell.str(SRB), cell.str('Khánh Hòa'), cell.float(2023), cell.float(111)]),
    );
    const parts = odsParts([{ name: 'S', rows: [HEADER, ...rows] }]);
    const lying = declareSize(zipOds(parts), 'content.xml', 1000);
    expect(importWorkbook(lying, context(), 1024 * 1024)).toEqual({
      ok: false,
      error: 'ods_too_large',
      detail: { limit: 1024 * 1024 },
    });
  });
  it('no content.xml, or XML that is not well formed, is unreadable', () => {
    const parts = odsParts([{ name: 'S', rows: [HEADER] }]);
    const noContent = Object.fromEntries(
      Object.entries(parts).filter(([name]) => name !== 'content.xml'),
    );
    expect(importWorkbook(zipOds(noContent), context(), undefined, 'ods')).toEqual({
      ok: false,
      error: 'ods_unreadable',
    });
    const broken = {
      ...parts,
      'content.xml': parts['content.xml']!.replace('<table:table-row', '<table:table-row a='),
    };
    expect(importWorkbook(zipOds(broken), context())).toEqual({
      ok: false,
      error: 'ods_unreadable',
    });
  });
});
