// XLSX uploads: every sheet read (or listed as skipped, with the reason), formula errors reported
// as problems, and a workbook that unpacks past the limit refused before (or while) inflating.
import readXlsxFile from 'read-excel-file/node';
import { describe, expect, it } from 'vitest';
import { toXlsx } from '../../../src/lib/export/xlsx.ts';
import { importWorkbook } from '../../../src/lib/import/pipeline.ts';
import { templateRows } from '../../../src/lib/import/template.ts';
import { Workbook } from '../../../src/lib/import/xlsx.ts';
import { checkDeclaredSize, readCentralDirectory, ZipError } from '../../../src/lib/import/zip.ts';
import { target } from '../attainment/fixtures.ts';
import { areas, context, crosswalk, indicators, ok } from './context.ts';
import { declareSize, makeXlsx, xlsxParts, zipParts } from './make-xlsx.ts';

const HEADER = ['Chỉ tiêu', 'Tỉnh/Thành phố', 'Năm', 'Giá trị'];
const SRB = 'Tỷ số giới tính khi sinh';

describe('every sheet of a workbook', () => {
  const book = makeXlsx([
    {
      name: 'Hướng dẫn',
      rows: [['Điền giá trị vào các trang tính theo năm.'], ['Liên hệ: Sở Y tế']],
    },
    { name: '2023', rows: [['BÁO CÁO 2023'], HEADER, [SRB, 'Khánh Hòa', 2023, 111.2]] },
    { name: 'Trống', rows: [] },
    {
      name: '2024',
      rows: [HEADER, [SRB, 'Khánh Hòa', 2024, 110.9], [SRB, 'Khánh Hòa', 2023, 111]],
    },
  ]);
  const r = ok(importWorkbook(book, context()));

  it('reads the values on every sheet with a header, duplicates found across sheets', () => {
    expect(r.accepted.map((a) => [a.year, a.value])).toEqual([
      [2023, 111.2],
      [2024, 110.9],
    ]);
    expect(r.rejected.map((x) => [x.sheet, x.row, x.reason, x.detail])).toEqual([
      ['2024', 3, 'duplicate', { first: '3' }],
    ]);
  });
  it('says which sheets were read and which were skipped, and why', () => {
    expect(r.sheets).toEqual([
      { name: 'Hướng dẫn', read: false, reason: 'no_header' },
      { name: '2023', read: true, layout: 'long' },
      { name: 'Trống', read: false, reason: 'empty' },
      { name: '2024', read: true, layout: 'long' },
    ]);
    // Non-data rows of the sheets read, each with its sheet.
    expect(r.skipped).toEqual([{ row: 1, sheet: '2023', reason: 'note' }]);
  });
  it('a workbook with no sheet that has a header is refused as before', () => {
    expect(importWorkbook(makeXlsx([{ name: 'A', rows: [['x', 'y']] }]), context())).toEqual({
      ok: false,
      error: 'no_header',
    });
    expect(importWorkbook(makeXlsx([{ name: 'A', rows: [] }]), context())).toEqual({
      ok: false,
      error: 'empty',
    });
  });
  it('row numbers are the sheet’s own, also when rows above are absent', () => {
    const gap = makeXlsx([
      { name: 'S', firstRow: 5, rows: [HEADER, [SRB, 'Khánh Hòa', 2023, 111]] },
    ]);
    expect(ok(importWorkbook(gap, context())).accepted[0]!.row).toBe(6);
  });
});

describe('formula errors are problems naming row, column and error', () => {
  it('cached #DIV/0!, #N/A, #VALUE! and a formula with no saved result', () => {
    const book = makeXlsx([
      {
        name: 'Số liệu',
        rows: [
          HEADER,
          [SRB, 'Khánh Hòa', 2019, { formula: '1/0', error: '#DIV/0!' }],
          [SRB, 'Khánh Hòa', 2020, { formula: 'VLOOKUP(A3,X:Y,2,0)', error: '#N/A' }],
          [SRB, { formula: 'A1+1', error: '#VALUE!' }, 2021, 111],
          [SRB, 'Khánh Hòa', 2022, { formula: '1/0' }],
          [SRB, 'Khánh Hòa', 2023, 111.5],
        ],
      },
    ]);
    const r = ok(importWorkbook(book, context()));
    expect(r.accepted.map((a) => a.row)).toEqual([6]);
    expect(r.skipped).toEqual([]); // not "non-data rows"
    expect(r.rejected.map((x) => [x.sheet, x.row, x.column, x.reason, x.detail])).toEqual([
      ['Số liệu', 2, 'Giá trị', 'cell_error', { error: '#DIV/0!' }],
      ['Số liệu', 3, 'Giá trị', 'cell_error', { error: '#N/A' }],
      ['Số liệu', 4, 'Tỉnh/Thành phố', 'cell_error', { error: '#VALUE!' }],
      ['Số liệu', 5, 'Giá trị', 'no_formula_result', {}],
    ]);
  });
  it('in a wide sheet, an error names its year column', () => {
    const book = makeXlsx([
      {
        name: 'Ngang',
        rows: [
          ['Chỉ tiêu', '2021', '2022'],
          [SRB, 112, { formula: 'B2/0', error: '#DIV/0!' }],
        ],
      },
    ]);
    const r = ok(importWorkbook(book, context()));
    expect(r.rejected.map((x) => [x.row, x.column, x.reason, x.years])).toEqual([
      [2, '2022', 'cell_error', ['2022']],
    ]);
  });
});

describe('numbers typed in cells and text cells', () => {
  it('a number cell is taken as it is; text cells follow the number style rule', () => {
    const book = makeXlsx([
      {
        name: 'S',
        rows: [
          HEADER,
          ['maternal_mortality_ratio', 'Khánh Hòa', 2021, 1.5], // a typed number: 1.5
          ['maternal_mortality_ratio', 'Khánh Hòa', 2022, '1.000'], // text: ambiguous here
        ],
      },
    ]);
    const r = ok(importWorkbook(book, context()));
    expect(r.accepted.map((a) => a.value)).toEqual([1.5]);
    expect(r.rejected.map((x) => x.reason)).toEqual(['ambiguous_value']);
  });
});

describe('a workbook written by another library reads the same', () => {
  it('the Excel template (write-excel-file) gives the rows read-excel-file gives', async () => {
    const area = areas.find((a) => a.id === '63-56')!;
    const rows = templateRows({
      area,
      year: 2024,
      indicators,
      targets: [target({ indicator_id: 'sex_ratio_at_birth', id: 'VN-sex_ratio_at_birth-2025' })],
      crosswalk,
      today: '2026-12-02',
    }).map((row) =>
      row['Mã chỉ tiêu'] === 'sex_ratio_at_birth' ? { ...row, 'Giá trị': '110,9' } : row,
    );
    const columns = Object.keys(rows[0]!).map((k) => ({ key: k, header: k }));
    const blob = await toXlsx([
      { name: 'Mẫu báo cáo', columns, rows },
      { name: 'Khác', columns, rows: rows.slice(0, 3) },
    ]);
    const bytes = new Uint8Array(await blob.arrayBuffer());
    const theirs = await readXlsxFile(Buffer.from(bytes));
    const book = new Workbook(bytes);
    expect(book.sheets.map((s) => s.name)).toEqual(theirs.map((s) => s.sheet));
    for (const [i, sheet] of book.sheets.entries()) {
      const ours: unknown[][] = [];
      book.readSheet(sheet, ({ rows }) =>
        ours.push(...rows.map((r) => Array.from(r, (c) => c ?? null))),
      );
      const padded = (theirs[i]!.data as unknown[][]).map((r) => {
        const copy = [...r];
        while (copy.length && copy.at(-1) === null) copy.pop();
        return copy;
      });
      expect(ours).toEqual(padded);
    }
    const r = ok(importWorkbook(bytes, context()));
    expect(r.accepted).toHaveLength(1);
    expect(r.accepted[0]).toMatchObject({ value: 110.9, year: 2024 });
  });
});

describe('a limit on what a workbook unpacks to', () => {
  const LIMIT = 1024 * 1024;
  const bigSheet = () =>
    xlsxParts([
      {
        name: 'S',
        rows: [HEADER, ...Array.from({ length: 20_000 }, () => [SRB, 'Khánh Hòa', 2023, 111])],
      },
    ]);

  it('the central directory’s sizes are added up before anything is inflated', () => {
    // 400 MiB declared for a small sheet: refused on the declaration alone (inflating it would
    // not even match the declared size).
    const zip = declareSize(
      makeXlsx([{ name: 'S', rows: [HEADER] }]),
      'xl/worksheets/sheet1.xml',
      400 * 1024 * 1024,
    );
    const r = importWorkbook(zip, context());
    expect(r).toMatchObject({
      ok: false,
      error: 'xlsx_too_large',
      detail: { limit: 100 * 1024 * 1024 },
    });
    expect(!r.ok && r.detail!.size).toBeGreaterThan(400 * 1024 * 1024);
    expect(() => checkDeclaredSize(readCentralDirectory(zip), 100 * 1024 * 1024)).toThrow(ZipError);
  });

  it('a directory that understates the size is caught while inflating, which then stops', () => {
    const parts = bigSheet();
    expect(parts['xl/worksheets/sheet1.xml']!.length).toBeGreaterThan(2 * LIMIT);
    const lying = declareSize(zipParts(parts), 'xl/worksheets/sheet1.xml', 1000);
    expect(importWorkbook(lying, context(), LIMIT)).toEqual({
      ok: false,
      error: 'xlsx_too_large',
      detail: { limit: LIMIT },
    });
    // Within the limit it is read whole (the same sheet, honest sizes).
    expect(ok(importWorkbook(zipParts(parts), context(), 10 * LIMIT)).accepted).toHaveLength(1);
  });

  it('a file that is not a zip, or a broken one, is unreadable', () => {
    const csv = new TextEncoder().encode('Chỉ tiêu,Năm,Giá trị\n');
    expect(importWorkbook(csv, context())).toEqual({ ok: false, error: 'xlsx_unreadable' });
    const book = makeXlsx([{ name: 'S', rows: [HEADER] }]);
    expect(importWorkbook(book.slice(0, book.length - 30), context())).toEqual({
      ok: false,
      error: 'xlsx_unreadable',
    });
  });
});
