// What the SQL panel says and draws: every sandbox error in both languages (DuckDB's English only
// in the detail), cells per locale (rounded or at full precision, values unchanged), the summary
// of a cut result, and the CSV download (BOM, formula-safe, exact values, named per language).
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { SANDBOX_LIMITS, type SandboxResult } from '../../../src/lib/data/sql-sandbox.ts';
import type { SandboxError } from '../../../src/lib/data/sql-sandbox-text.ts';
import {
  SHOWN_CHARS,
  formatCell,
  fullNumber,
  resultCsv,
  resultFileName,
  resultLines,
  sqlErrorText,
} from '../../../src/lib/explore/sql-panel.ts';

const context = { tables: ['actuals', 'areas'], limits: SANDBOX_LIMITS };
const DETAIL = 'Parser Error: syntax error at or near "1"';

const ERRORS: SandboxError[] = (
  [
    { kind: 'empty' },
    { kind: 'syntax', near: '1', at: { line: 1, column: 7 } },
    { kind: 'syntax', at: { line: 1, column: 1 } },
    { kind: 'syntax', near: ')', at: null },
    { kind: 'notQuery', name: 'DETACH' },
    { kind: 'severalStatements', at: { line: 1, column: 9 } },
    { kind: 'unknownTable', name: 'nope', at: { line: 1, column: 15 } },
    { kind: 'unknownColumn', name: 'sourse_id', candidates: ['source_id'] },
    { kind: 'unknownFunction', name: 'nope' },
    { kind: 'extension', name: 'json' },
    { kind: 'extension', name: '' },
    { kind: 'fileAccess', name: 'https://example.com/x.csv' },
    { kind: 'parameter' },
    { kind: 'conversion' },
    { kind: 'outOfRange' },
    { kind: 'memory' },
    { kind: 'tooLarge', bytes: 300_000_123 },
    { kind: 'timeout' },
    { kind: 'stopped' },
    { kind: 'engine' },
    { kind: 'other' },
  ] as Omit<SandboxError, 'detail'>[]
).map((e) => ({ ...e, detail: DETAIL }));

describe('sandbox errors in the page’s language', () => {
  it('says every kind of error in Vietnamese and English, DuckDB’s text only as the detail', () => {
    const seen = { vi: new Set<string>(), en: new Set<string>() };
    for (const error of ERRORS) {
      const vi = sqlErrorText(error, 'vi', context);
      const en = sqlErrorText(error, 'en', context);
      for (const text of [vi, en]) {
        expect(text.message, error.kind).not.toMatch(/\{\w+|sqlErr_|Error:|syntax error/);
        expect(text.detail).toBe(DETAIL);
      }
      expect(vi.message).not.toBe(en.message);
      // Vietnamese words, not English ones, on a Vietnamese page.
      expect(vi.message, error.kind).toMatch(
        /[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹàáèéìíòóùúý]/i,
      );
      expect(vi.message, error.kind).not.toMatch(/\b(the|is|was|not|query|error)\b/i);
      seen.vi.add(vi.message);
      seen.en.add(en.message);
    }
    expect(seen.vi.size).toBe(ERRORS.length);
    expect(seen.en.size).toBe(ERRORS.length);
  });

  it('gives a typo a syntax message with its position, never “only SELECT”', () => {
    const typo = sqlErrorText(ERRORS[1]!, 'vi', context);
    expect(typo.message).toBe('Lỗi cú pháp gần “1”.');
    expect(typo.position).toBe('Vị trí: dòng 1, cột 7.');
    expect(sqlErrorText(ERRORS[1]!, 'en', context)).toMatchObject({
      message: 'Syntax error near “1”.',
      position: 'Position: line 1, column 7.',
    });
    expect(sqlErrorText(ERRORS[3]!, 'vi', context).message).toMatch(/chưa trọn/);
  });

  it('names what was refused and what can be read', () => {
    expect(sqlErrorText(ERRORS[4]!, 'vi', context).message).toMatch(
      /^Câu lệnh DETACH không được phép/,
    );
    expect(sqlErrorText(ERRORS[6]!, 'en', context).message).toBe(
      'There is no table “nope”. The tables you can read: actuals, areas.',
    );
    expect(sqlErrorText(ERRORS[7]!, 'vi', context).message).toBe(
      'Không có cột “sourse_id”. Các cột gần giống: source_id.',
    );
    expect(sqlErrorText(ERRORS[16]!, 'vi', context).message).toMatch(/\(286,1 MB, tối đa 32 MB\)/);
    expect(sqlErrorText(ERRORS[17]!, 'en', context).message).toMatch(/30 seconds/);
    expect(sqlErrorText(ERRORS[15]!, 'vi', context).message).toMatch(/giới hạn 256 MB/);
  });
});

describe('cells', () => {
  it('rounds numbers for reading, per locale, and shows them whole on demand', () => {
    const v = 122 / 15;
    expect(formatCell(v, 'decimal', 'vi')).toBe('8,133');
    expect(formatCell(v, 'decimal', 'en')).toBe('8.133');
    expect(formatCell(v, 'decimal', 'vi', true)).toBe('8,133333333333333');
    expect(formatCell(v, 'decimal', 'en', true)).toBe(String(v));
    expect(fullNumber(-1.5e-7, 'vi')).toBe('-1,5e-7');
    expect(formatCell(0.000123456, 'decimal', 'vi')).toBe('0,000123');
    expect(formatCell(1234567.891, 'decimal', 'vi')).toBe('1.234.567,891');
    expect(formatCell(111.4, 'decimal', 'vi')).toBe('111,4');
  });

  it('never groups a year, groups larger whole numbers', () => {
    expect(formatCell(2021, 'integer', 'vi')).toBe('2021');
    expect(formatCell(3046, 'integer', 'en')).toBe('3046');
    expect(formatCell(123456, 'integer', 'vi')).toBe('123.456');
    expect(formatCell(123456, 'integer', 'en')).toBe('123,456');
    expect(formatCell('9007199254740993', 'integer', 'vi')).toBe('9007199254740993');
  });

  it('shows NULL, booleans and long text (cut for the page only)', () => {
    expect(formatCell(null, 'text', 'vi')).toBe('NULL');
    expect(formatCell(true, 'boolean', 'vi')).toBe('true');
    const long = 'x'.repeat(SHOWN_CHARS + 50);
    expect(formatCell(long, 'text', 'vi')).toBe(`${'x'.repeat(SHOWN_CHARS)}…`);
  });
});

const result = (rows: SandboxResult['rows'], more: Partial<SandboxResult> = {}): SandboxResult => ({
  columns: [
    { name: 'indicator_id', kind: 'text' },
    { name: 'value', kind: 'decimal' },
    { name: 'value', kind: 'integer' },
  ],
  rows,
  total: rows.length,
  cut: false,
  limit: 5000,
  ...more,
});

describe('the result', () => {
  it('says how many rows came back, how many were cut and what the table shows', () => {
    const rows = Array.from({ length: 5000 }, (_, i) => ['a', i / 3, i]);
    expect(resultLines(result(rows, { cut: true, total: 123456 }), 'vi')).toEqual([
      'Kết quả: 5.000 dòng.',
      'Truy vấn trả về 123.456 dòng; chỉ giữ 5.000 dòng đầu (118.456 dòng bị bỏ).',
      'Bảng dưới đây hiện 500 dòng đầu; tệp CSV có đủ 5.000 dòng.',
      'Số được làm tròn để dễ đọc; tệp CSV giữ nguyên giá trị.',
    ]);
    expect(resultLines(result(rows.slice(0, 1)), 'en')[0]).toBe('Result: 1 row.');
    expect(resultLines(result([]), 'en')).toEqual([
      'The query returned no rows.',
      'Numbers are rounded for reading; the CSV file keeps the exact values.',
    ]);
    expect(resultLines(result(rows, { cut: true, total: null }), 'en')[1]).toMatch(
      /^The query returned more than 5,000 rows; only the first 5,000 are kept/,
    );
  });

  it('downloads every kept row with exact values, a BOM and neutralised formulas', () => {
    const csv = resultCsv(
      result([
        ['=HYPERLINK("http://x")', 122 / 15, 2021],
        ['a,b', null, 3],
      ]),
    );
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    const parsed = Papa.parse<string[]>(csv.slice(1).trim()).data;
    expect(parsed).toEqual([
      ['indicator_id', 'value', 'value'],
      ['\'=HYPERLINK("http://x")', String(122 / 15), '2021'],
      ['a,b', '', '3'],
    ]);
  });

  it('names the file in the page’s language, with the local date and time', () => {
    const at = new Date(2025, 6, 1, 14, 5);
    expect(resultFileName('vi', at)).toBe('ket-qua-truy-van-sql-2025-07-01-1405.csv');
    expect(resultFileName('en', at)).toBe('sql-query-result-2025-07-01-1405.csv');
  });
});
