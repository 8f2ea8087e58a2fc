// What the user reads about an import: sizes in MiB (the limits are 1024² bytes), numbers as the
// locale writes them, each problem in full.
import { describe, expect, it } from 'vitest';
import { formatMiB, ImportText } from '../../../src/lib/import/explain.ts';
import {
  importBytes,
  MAX_FILE_BYTES,
  type ImportSuccess,
} from '../../../src/lib/import/pipeline.ts';
import { MAX_INFLATED_BYTES } from '../../../src/lib/import/zip.ts';
import { importMessages } from '../../../src/lib/i18n/messages/import.ts';
import type { Rejected } from '../../../src/lib/import/validate.ts';
import { context, ok, utf8 } from './context.ts';

const MIB = 1024 * 1024;
const vi = new ImportText('vi');
const en = new ImportText('en');

describe('sizes are binary and say so', () => {
  it('MiB = 1024² bytes, written per locale', () => {
    expect(formatMiB(MAX_FILE_BYTES, 'vi')).toBe('20');
    expect(formatMiB(1.5 * MIB, 'vi')).toBe('1,5');
    expect(formatMiB(1.5 * MIB, 'en')).toBe('1.5');
    // 20 million bytes are 19.1 MiB, not "20 MB" of the limit.
    expect(formatMiB(20_000_000, 'en')).toBe('19.1');
  });
  it('no import message says MB', () => {
    for (const table of [importMessages.vi, importMessages.en])
      for (const [key, message] of Object.entries(table))
        expect(message, key).not.toMatch(/\bMB\b/);
  });
  it('a file over the limit is told its size and the limit in MiB, in both languages', () => {
    const big = importBytes({
      ...context(),
      bytes: new Uint8Array(MAX_FILE_BYTES + 1),
      fileName: 'big.csv',
    });
    expect(big).toEqual({
      ok: false,
      error: 'too_large',
      detail: { limit: MAX_FILE_BYTES, size: MAX_FILE_BYTES + 1 },
    });
    if (big.ok) return;
    expect(vi.error({ ...big, detail: { limit: MAX_FILE_BYTES, size: 25.5 * MIB } })).toBe(
      'Tệp lớn 25,5 MiB, quá giới hạn 20 MiB. Hãy chia nhỏ tệp.',
    );
    // Just over: enough decimals to tell the size from the limit.
    expect(
      en.error({ ...big, detail: { limit: MAX_FILE_BYTES, size: MAX_FILE_BYTES + 1024 } }),
    ).toBe('The file is 20.001 MiB, over the 20 MiB limit. Please split it.');
    const inflated = {
      ok: false as const,
      error: 'xlsx_too_large' as const,
      detail: { limit: MAX_INFLATED_BYTES, size: 400 * MIB },
    };
    expect(en.error(inflated)).toContain('is 400 MiB, over the 100 MiB');
    expect(vi.error({ ...inflated, detail: { limit: MAX_INFLATED_BYTES } })).toContain(
      'vượt quá giới hạn 100 MiB',
    );
    expect(vi.t('file', { limit: formatMiB(MAX_FILE_BYTES, 'vi') })).toContain('tối đa 20 MiB');
    expect(en.t('readBytes', { done: formatMiB(3 * MIB, 'en'), total: '5' })).toBe(
      '3 of 5 MiB read',
    );
  });
  it('a failed worker is said as such, with its message', () => {
    const failure = {
      ok: false as const,
      error: 'worker_failed' as const,
      detail: { message: 'out of memory' },
    };
    expect(en.error(failure)).toContain('The file reader failed');
    expect(en.error(failure)).toContain('“out of memory”');
    expect(en.error(failure)).not.toMatch(/cut off|damaged/);
    expect(vi.error(failure)).toContain('không phải lỗi của tệp');
  });
});

describe('problems and summary in the locale', () => {
  const problem = (reason: Rejected['reason'], detail: Record<string, string>): Rejected => ({
    row: 2,
    column: 'Giá trị',
    reason,
    detail,
    record: {} as Rejected['record'],
  });
  it('an ambiguous value offers both readings, without grouping that would be ambiguous again', () => {
    const r = problem('ambiguous_value', { text: '1.500', thousands: '1500', decimal: '1.5' });
    expect(vi.problem(r)).toMatch(/^giá trị “1\.500” là 1500 hay 1,5\? .*“\.”/);
    expect(en.problem(r)).toMatch(/^value “1\.500”: 1500 or 1\.5\?/);
  });
  it('a plausible range is written per locale', () => {
    const r = problem('out_of_range', { text: '0,1', min: '0.5', max: '10' });
    expect(vi.problem(r)).toBe('giá trị 0,1 nằm ngoài khoảng hợp lý 0,5–10');
  });
  it('a wide row’s problem names its years', () => {
    const r = { ...problem('unknown_indicator', { text: 'x' }), column: 'Chỉ tiêu' };
    expect(en.years({ ...r, years: ['2021', '2022'] })).toBe('year columns 2021, 2022');
    expect(vi.years({ ...r, years: ['2021'] })).toBe('cột năm 2021');
    expect(vi.years({ ...r, column: '2021', years: ['2021'] })).toBe('');
  });
  it('counts rows with problems and formats counts', () => {
    const lines = ['Chỉ tiêu,2021,2022', 'Không có,1,2', 'Tỷ số giới tính khi sinh,abc,311'];
    const r = ok(importBytes({ ...context(), bytes: utf8(lines.join('\n')), fileName: 'w.csv' }));
    expect(r.rejected).toHaveLength(3);
    expect(vi.counts(r)).toBe(
      'Nhận 0 giá trị, 2 dòng có vấn đề, bỏ qua 0 dòng không phải số liệu.',
    );
    const value = {
      row: 2,
      indicator_id: 'sex_ratio_at_birth',
      area_id: '63-56',
      year: 2021,
      value: 111,
    };
    const many = { ...r, accepted: new Array(100_000).fill(value) } as ImportSuccess;
    expect(vi.counts(many)).toMatch(/^Nhận 100\.000 giá trị/);
    expect(en.counts(many)).toMatch(/^Values accepted: 100,000;/);
  });
  it('a workbook’s summary names the sheets read and skipped', () => {
    const summary = {
      ok: true,
      encoding: 'xlsx',
      delimiter: '',
      layout: 'long',
      sheets: [
        { name: '2023', read: true, layout: 'long' },
        { name: 'Hướng dẫn', read: false, reason: 'no_header' },
      ],
      skipped: [],
      accepted: [],
      rejected: [],
      numberStyle: null,
    } as ImportSuccess;
    expect(en.head(summary, 'b.xlsx')).toEqual([
      'File “b.xlsx”: Excel (XLSX).',
      'Sheets read: “2023” (long layout).',
      'Sheets skipped: “Hướng dẫn” (no header row with “Chỉ tiêu” (indicator), “Năm” (year), “Giá trị” (value) or years).',
    ]);
  });
});

describe('the readers’ messages', () => {
  const record = {
    row: 2,
    indicator: 'female_key_leader_agencies_pct',
    area: null,
    year: '2024',
    value: '0,313', // as typed in a text file: messages quote it as written
    indicatorColumn: 'Chỉ tiêu',
    areaColumn: '',
    yearColumn: 'Năm',
    valueColumn: 'Giá trị',
    wide: false,
  };
  const problem = (reason: Rejected['reason'], detail: Record<string, string>): Rejected => ({
    row: 2,
    column: 'Giá trị',
    reason,
    detail,
    record,
  });
  it('a fraction for a percentage: what was read, what it would mean, both answers', () => {
    const r = problem('percent_fraction', { text: '0.313', value: '0.313', key: 'k' });
    expect(vi.problem(r)).toBe(
      'đọc được 0,313 cho chỉ tiêu tính bằng %: là 0,313 %, hay là tỷ lệ 0,313 tức 31,3 %? Hãy ghi số phần trăm (ví dụ 31,3 hoặc 31,3%), hoặc chọn bên cạnh',
    );
    expect(en.problem(r)).toBe(
      'read 0.313 for an indicator in %: is it 0.313 %, or the fraction 0.313, that is 31.3 %? Write the percentage (31.3 or 31.3%), or choose beside',
    );
    expect(vi.t('fractionAsWritten', vi.fraction(r))).toBe('Đúng là 0,313 %');
    expect(vi.t('fractionPercent', vi.fraction(r))).toBe('Là 31,3 %');
  });
  it.each([
    ['unnamed_column', { text: 'x', column: 'E' }],
    ['date_value', { date: '2025-01-15' }],
    ['date_year', { date: '1905-07-17' }],
    ['merged_value', { range: 'C2:C3', text: '111.9' }],
    ['percent_not_unit', { text: '111.2%', unit: 'bé trai/100 bé gái' }],
    ['counts_incomplete', { missing: 'Mẫu số' }],
    ['bad_count', { text: 'x' }],
    ['counts_invalid', { numerator: '31', denominator: '30' }],
    ['counts_not_share', { unit: 'bé trai/100 bé gái' }],
    [
      'counts_disagree',
      { text: '46', numerator: '14', denominator: '30', computed: '46.6667', decimals: '0' },
    ],
  ] as const)('%s: said in both languages, every detail in place', (reason, detail) => {
    const r = problem(reason, detail);
    for (const text of [vi, en]) {
      const message = text.problem(r);
      expect(message).not.toMatch(/[{}]/);
      for (const value of Object.values(detail).filter((v) => !/^\d+(\.\d+)?$/.test(v)))
        expect(message).toContain(value);
    }
    expect(vi.problem(r)).not.toBe(en.problem(r));
  });
  it('an ODS workbook is named as such; an old .xls and a binary file are told apart', () => {
    const summary = {
      ok: true,
      encoding: 'ods',
      delimiter: '',
      layout: 'long',
      sheets: [{ name: 'Trang 1', read: true, layout: 'long' }],
      skipped: [],
      accepted: [],
      rejected: [],
      numberStyle: null,
    } as ImportSuccess;
    expect(vi.head(summary, 'b.ods')[0]).toBe('Tệp “b.ods”: bảng tính OpenDocument (ODS).');
    const xls = importBytes({
      ...context(),
      bytes: new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]),
      fileName: 'old.xls',
    });
    expect(xls).toEqual({ ok: false, error: 'xls_old' });
    if (!xls.ok) expect(vi.error(xls)).toMatch(/Excel 97–2003 \(\.xls\)/);
    expect(vi.error({ ok: false, error: 'binary' })).toBe(
      'Đây không phải tệp CSV, Excel (XLSX) hay bảng tính ODS đọc được.',
    );
  });
});

describe('a number from a spreadsheet cell is written as the locale writes numbers', () => {
  it('out of range, a percentage for a non-percentage, in vi and en', async () => {
    const { makeXlsx } = await import('./make-xlsx.ts');
    const { importWorkbook } = await import('../../../src/lib/import/pipeline.ts');
    const book = makeXlsx([
      {
        name: 'S',
        rows: [
          ['Chỉ tiêu', 'Năm', 'Giá trị'],
          ['female_key_leader_agencies_pct', 2024, 1234.5],
          ['sex_ratio_at_birth', 2024, { value: 1.112, format: 10 }],
        ],
      },
    ]);
    const r = ok(importWorkbook(book, context()));
    expect(r.rejected.map((x) => vi.problem(x))).toEqual([
      'giá trị 1234,5 nằm ngoài khoảng hợp lý 0–100',
      'giá trị 111,2% được ghi dạng phần trăm nhưng đơn vị của chỉ tiêu là “bé trai/100 bé gái”: hãy ghi số không có dấu %',
    ]);
    expect(en.problem(r.rejected[0]!)).toBe('value 1234.5 is outside the plausible range 0–100');
  });
});
