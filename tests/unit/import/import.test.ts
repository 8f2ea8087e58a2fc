// One fixture per input class, each with its asserted outcome. Fixtures are generated here (text,
// encodings, sizes), so nothing synthetic lives in data/.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseLocaleNumber } from '../../../src/lib/import/numbers.ts';
import {
  blobSource,
  importBytes,
  importSource,
  type ImportResult,
} from '../../../src/lib/import/pipeline.ts';
import { templateCsv } from '../../../src/lib/import/template.ts';
import { areas, context, crosswalk, indicators, ok, utf8 } from './context.ts';

const input = (bytes: Uint8Array, confirmed: Record<string, string> = {}) => ({
  ...context(confirmed),
  bytes,
  fileName: 'f.csv',
});
function run(bytes: Uint8Array, confirmed: Record<string, string> = {}): ImportResult {
  return importBytes(input(bytes, confirmed));
}
const LONG =
  'Chỉ tiêu,Tỉnh/Thành phố,Năm,Giá trị,Đơn vị tính\nTỷ số giới tính khi sinh,Khánh Hòa,2023,"111,4",bé trai/100 bé gái\n';

describe('encodings', () => {
  it('UTF-8 without BOM, and with BOM', () => {
    expect(ok(run(utf8(LONG))).accepted).toEqual([
      { row: 2, indicator_id: 'sex_ratio_at_birth', area_id: '63-56', year: 2023, value: 111.4 },
    ]);
    expect(ok(run(utf8(`\uFEFF${LONG}`))).encoding).toBe('utf-8');
  });
  it('UTF-16 LE with BOM, tab-separated, as Excel saves "Unicode text"', () => {
    const text = LONG.replace(/,(?=(?:[^"]*"[^"]*")*[^"]*$)/g, '\t').replace(/"/g, '');
    const body = new Uint8Array(text.length * 2 + 2);
    body[0] = 0xff;
    body[1] = 0xfe;
    for (let i = 0; i < text.length; i++) {
      body[2 + i * 2] = text.charCodeAt(i) & 0xff;
      body[3 + i * 2] = text.charCodeAt(i) >> 8;
    }
    const r = ok(run(body));
    expect(r.encoding).toBe('utf-16le');
    expect(r.delimiter).toBe('\t');
    expect(r.accepted[0]!.value).toBe(111.4);
  });
  it('Windows-1258 bytes are decoded (no UTF-8)', () => {
    // "Năm" in CP1258: N, ã (0xE3) → "ă", m. Value row with a Latin-only province name.
    const head = utf8('Chi tieu;Tinh;N');
    const bytes = new Uint8Array([
      ...head,
      0xe3,
      ...utf8('m;Gia tri\nsex_ratio_at_birth;Ha Noi;2022;112,5\n'),
    ]);
    const r = ok(run(bytes));
    expect(r.encoding).toBe('windows-1258');
    expect(r.accepted).toEqual([
      { row: 2, indicator_id: 'sex_ratio_at_birth', area_id: '63-01', year: 2022, value: 112.5 },
    ]);
  });
  it('Windows-1258 tone marks written as combining characters are composed as typed', () => {
    // "Hòa" as LibreOffice writes it in Windows-1258: o, then the combining grave (0xCC).
    const bytes = new Uint8Array([
      ...utf8('Chi tieu;Tinh;Nam;Gia tri\nsex_ratio_at_birth;Atlantis H'),
      ...[0x6f, 0xcc, 0x61],
      ...utf8(';2022;112,5\n'),
    ]);
    const r = ok(run(bytes));
    expect(r.encoding).toBe('windows-1258');
    expect(r.rejected.map((x) => x.detail)).toEqual([{ text: 'Atlantis H\u00f2a' }]);
  });
  it('legacy TCVN3 and VNI are refused with the reason', () => {
    // TCVN3 "Tỷ số giới tính" ≈ "Tû sè giíi tÝnh"; VNI "Tỷ số giới tính" ≈ "Tyû soá giôùi tính".
    const tcvn3 =
      'Chi tieu,Nam,Gia tri\nT\u00fb s\u00e8 gi\u00edi t\u00ddnh khi sinh Kh\u00b8nh H\u00b5a Nh\u00b5 n\u00b8c,2020,1\n';
    expect(run(new Uint8Array([...tcvn3].map((c) => c.charCodeAt(0) & 0xff)))).toMatchObject({
      ok: false,
      error: 'legacy_tcvn3',
    });
    const vni =
      'Chi tieu,Nam,Gia tri\nTyû soá giôùi tính khi sinh; Khaùnh Hoøa; Vieät Nam,2020,1\n';
    expect(run(new Uint8Array([...vni].map((c) => c.charCodeAt(0) & 0xff)))).toMatchObject({
      ok: false,
      error: 'legacy_vni',
    });
  });
});

describe('layouts and delimiters', () => {
  it('semicolons, decimal comma, percent sign, note and blank rows', () => {
    const text =
      'BÁO CÁO 6 THÁNG\n\nChỉ tiêu;Năm;Giá trị\nTỷ lệ lao động nữ làm công hưởng lương;2024;45,5%\n(Ghi chú: số liệu sơ bộ)\n';
    const r = ok(run(utf8(text)));
    expect(r.delimiter).toBe(';');
    expect(r.accepted).toEqual([
      {
        row: 4,
        indicator_id: 'female_wage_employment_pct',
        area_id: '63-56',
        year: 2024,
        value: 45.5,
      },
    ]);
    expect(r.skipped).toEqual([
      { row: 1, reason: 'note' },
      { row: 2, reason: 'blank' },
      { row: 5, reason: 'note' },
    ]);
  });
  it('wide layout: indicators as rows, years as columns', () => {
    const text =
      'Chỉ tiêu,Đơn vị tính,2021,2022,2023\nTỷ số giới tính khi sinh,bé trai/100 bé gái,"112,1",,"111,8"\nTy le lao dong nu lam cong huong luong,%,40,41,42\n';
    const r = ok(run(utf8(text)));
    expect(r.layout).toBe('wide');
    expect(r.accepted.map((a) => [a.indicator_id, a.year, a.value])).toEqual([
      ['sex_ratio_at_birth', 2021, 112.1],
      ['sex_ratio_at_birth', 2023, 111.8],
      ['female_wage_employment_pct', 2021, 40],
      ['female_wage_employment_pct', 2022, 41],
      ['female_wage_employment_pct', 2023, 42],
    ]);
  });
});

describe('validation: every problem with row, column and reason', () => {
  const rows = [
    'Chỉ tiêu,Tỉnh/Thành phố,Năm,Giá trị',
    'Tỷ số giới tính khi sinh,Atlantis,2023,111', // 2 unknown province
    'Tỷ số giới tính khi sinh,Ninh Thuận,2026,110', // 3 old province after the merger
    'Tỷ số giới tính khi sinh,Khánh Hòa,2023,111', // 4 ok
    'Tỷ số giới tính khi sinh,Khánh Hòa,2023,112', // 5 duplicate of 4
    'Tỷ số giới tính khi sinh,Khánh Hòa,2022,311', // 6 out of range
    'Chỉ tiêu không có,Khánh Hòa,2022,1', // 7 unknown indicator
    '=HYPERLINK("http://evil"),Khánh Hòa,2022,1', // 8 formula cell: data, unknown indicator
    '<img src=x onerror=alert(1)>,Khánh Hòa,2022,1', // 9 HTML in a name: data, unknown
    'Tỷ số giới tính khi sinh,Khánh Hòa,20x2,1', // 10 bad year
    'Tỷ số giới tính khi sinh,Khánh Hòa,2021,abc', // 11 bad value
    'Tỷ số giới tính khi sinh,Khánh Hòa,2020,"1,234"', // 12 ambiguous value
    'Tỷ số giới tính sinh,Khánh Hòa,2019,110', // 13 uncertain indicator (missing word)
  ].join('\n');
  const r = ok(run(utf8(rows)));
  it('accepts only the good row', () => {
    expect(r.accepted).toEqual([
      { row: 4, indicator_id: 'sex_ratio_at_birth', area_id: '63-56', year: 2023, value: 111 },
    ]);
  });
  it('rejects every other row with the right reason', () => {
    expect(r.rejected.map((x) => [x.row, x.column, x.reason])).toEqual([
      // Columns named as in the user's file.
      [2, 'Tỉnh/Thành phố', 'unknown_area'],
      [3, 'Tỉnh/Thành phố', 'merged_area'],
      [5, 'Chỉ tiêu', 'duplicate'],
      [6, 'Giá trị', 'out_of_range'],
      [7, 'Chỉ tiêu', 'unknown_indicator'],
      [8, 'Chỉ tiêu', 'unknown_indicator'],
      [9, 'Chỉ tiêu', 'unknown_indicator'],
      [10, 'Năm', 'bad_year'],
      [11, 'Giá trị', 'bad_value'],
      [12, 'Giá trị', 'ambiguous_value'],
      [13, 'Chỉ tiêu', 'uncertain_indicator'],
    ]);
    expect(r.rejected.find((x) => x.row === 3)!.detail.into).toBe('Khánh Hòa');
    expect(r.rejected.find((x) => x.row === 13)!.detail.proposal).toBe('sex_ratio_at_birth');
  });
  it('a confirmed proposal is then accepted', () => {
    const again = ok(run(utf8(rows), { 'Tỷ số giới tính sinh': 'sex_ratio_at_birth' }));
    expect(again.accepted.map((a) => a.row)).toEqual([4, 13]);
  });
});

describe('broken and extreme files', () => {
  it('empty file, header-less file, truncated quote, binary', () => {
    expect(run(new Uint8Array())).toEqual({ ok: false, error: 'empty' });
    expect(run(utf8('\n\n  \n'))).toEqual({ ok: false, error: 'empty' });
    expect(run(utf8('a,b,c\n1,2,3\n'))).toEqual({ ok: false, error: 'no_header' });
    expect(run(utf8('Chỉ tiêu,Năm,Giá trị\n"Tỷ số giới tính,2020,1\n'))).toEqual({
      ok: false,
      error: 'truncated',
    });
    // A ZIP (an .xlsx saved as .csv) read as text: its NUL bytes make it binary, refused as such.
    expect(run(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0, 0, 0, 0]))).toEqual({
      ok: false,
      error: 'binary',
    });
  });
  it('100 k rows are parsed and validated', () => {
    const lines = ['Chỉ tiêu,Tỉnh/Thành phố,Năm,Giá trị'];
    const names = areas.filter((a) => a.vintage === 63).map((a) => a.name_vi);
    expect(names).toHaveLength(63);
    // Row i: province i mod 63, year 1990 + (⌊i / 63⌋ mod 100), value 2,0–2,9 (in range).
    const provinceOf = (i: number) => names[i % 63]!;
    const yearOf = (i: number) => 1990 + (Math.floor(i / 63) % 100);
    for (let i = 0; i < 100_000; i++)
      lines.push(`total_fertility_rate,${provinceOf(i)},${yearOf(i)},"2,${i % 10}"`);
    // What the rules make of that: every year is within 1990–2100 (no bad_year); after 2025 a
    // pre-2025 name is refused as merged unless one of the 34 provinces still bears it; the
    // first row of a (province, year) is accepted and every later one is a duplicate.
    const kept = new Set(areas.filter((a) => a.vintage === 34).map((a) => a.name_vi));
    const expected = { accepted: 0, duplicate: 0, merged_area: 0 };
    const seen = new Set<string>();
    const acceptedRows: number[] = [];
    for (let i = 0; i < 100_000; i++) {
      const key = `${provinceOf(i)}|${yearOf(i)}`;
      if (yearOf(i) > 2025 && !kept.has(provinceOf(i))) expected.merged_area++;
      else if (seen.has(key)) expected.duplicate++;
      else {
        seen.add(key);
        expected.accepted++;
        acceptedRows.push(i + 2); // the header is row 1
      }
    }
    // The fixture exercises all three outcomes.
    expect(Object.values(expected).every((n) => n > 0)).toBe(true);
    const bytes = utf8(lines.join('\n'));
    const progress: number[] = [];
    const r = ok(
      importBytes(
        input(bytes),
        (done, total) => {
          expect(total).toBe(bytes.byteLength);
          progress.push(done);
        },
        256 * 1024,
      ),
    );
    // Streamed in 256 kB slices: progress after each, ending at the file's size.
    expect(progress.length).toBe(Math.ceil(bytes.byteLength / (256 * 1024)));
    expect(progress.at(-1)).toBe(bytes.byteLength);
    expect(progress.every((p, i) => i === 0 || p > progress[i - 1]!)).toBe(true);
    expect(r.accepted.length + r.rejected.length).toBe(100_000);
    const byReason: Record<string, number> = {};
    for (const x of r.rejected) byReason[x.reason] = (byReason[x.reason] ?? 0) + 1;
    expect({ accepted: r.accepted.length, ...byReason }).toEqual(expected);
    expect(r.accepted.map((a) => a.row)).toEqual(acceptedRows);
    // "2,d" is read with the decimal comma the whole file shows.
    expect(r.accepted.every((a) => a.value === 2 + ((a.row - 2) % 10) / 10)).toBe(true);
  }, 60_000);
});

describe('streaming', () => {
  // Multi-byte letters, CRLF, a quoted field with a line break, notes, blank rows, a wide sheet.
  const tricky = [
    'BÁO CÁO NĂM 2024 — Sở Y tế',
    '',
    'Chỉ tiêu;Tỉnh/Thành phố;Năm;Giá trị',
    'Tỷ số giới tính khi sinh;Khánh Hòa;2021;"112,1"',
    '"Tỷ lệ lao động nữ làm công hưởng lương";Khánh Hòa;2022;"41,5%"',
    '"Ghi chú: dòng này',
    'xuống dòng trong ô";;;',
    'Tỷ số giới tính khi sinh;Ninh Thuận;2023;"111,9"',
    'Tỷ số giới tính khi sinh;Khánh Hòa;2021;"112,1"',
    '',
    'Người lập biểu',
    '',
  ];
  const whole = (text: string) => run(utf8(text));
  const inSlices = (text: string, size: number) => importBytes(input(utf8(text)), undefined, size);

  it('gives the same result whatever the slice size (every split point, LF and CRLF)', () => {
    for (const newline of ['\n', '\r\n']) {
      const text = tricky.join(newline);
      const expected = ok(whole(text));
      // Rows as a spreadsheet counts them: the cell with a line break is one row (6).
      expect(expected.accepted.map((a) => a.row)).toEqual([4, 5, 7]);
      expect(expected.rejected.map((x) => [x.row, x.reason])).toEqual([[8, 'duplicate']]);
      expect(expected.skipped).toEqual([
        { row: 1, reason: 'note' },
        { row: 2, reason: 'blank' },
        { row: 6, reason: 'note' },
        { row: 9, reason: 'blank' },
        { row: 10, reason: 'note' },
      ]);
      for (let size = 1; size <= 40; size++) expect(inSlices(text, size)).toEqual(expected);
    }
  });

  it('splitting a letter across slices never mangles it (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 64 }), fc.integer({ min: 0, max: 3 }), (size, pad) => {
        const text = `${' '.repeat(pad)}${tricky.join('\n')}`;
        const r = ok(inSlices(text, size));
        expect(r.accepted).toEqual(ok(whole(text)).accepted);
      }),
    );
  });

  it('bytes that stop being UTF-8 late in the file restart as Windows-1258', () => {
    const head = utf8(`Chi tieu;Tinh;Nam;Gia tri\n${'sex_ratio_at_birth;Ha Noi;2022;112,5\n'}`);
    const tail = new Uint8Array([...utf8('sex_ratio_at_birth;Ha Nam;2022;110\nGhi ch'), 0xfa]);
    const bytes = new Uint8Array([...head, ...tail]);
    const r = ok(importBytes(input(bytes), undefined, 8));
    expect(r.encoding).toBe('windows-1258');
    expect(r.accepted.map((a) => a.area_id)).toEqual(['63-01', '63-35']);
    expect(r.skipped).toEqual([{ row: 4, reason: 'note' }]);
  });

  it('a File read in slices in the browser gives the same result as bytes in memory', async () => {
    const text = tricky.join('\r\n');
    const fromBlob = await importSource(blobSource(new Blob([utf8(text)]), 7), input(utf8(text)));
    expect(fromBlob).toEqual(ok(whole(text)));
    // ASCII until a Windows-1258 byte near the end: read again from the start in that encoding.
    const late = new Uint8Array([
      ...utf8('Chi tieu;Tinh;Nam;Gia tri\nsex_ratio_at_birth;Ha Noi;2022;112,5\nGhi ch'),
      0xfa,
    ]);
    const restarted = await importSource(blobSource(new Blob([late]), 16), input(late));
    expect(restarted).toMatchObject({
      ok: true,
      encoding: 'windows-1258',
      accepted: [{ area_id: '63-01', value: 112.5 }],
    });
  });

  it('a quote left open at the end is a truncated file, whatever the slices', () => {
    const text =
      'Chỉ tiêu,Năm,Giá trị\nTỷ số giới tính khi sinh,2020,111\n"Tỷ số giới tính,2021,1\n';
    expect(inSlices(text, 5)).toEqual({ ok: false, error: 'truncated' });
  });
});

describe('template', () => {
  it('round-trips: download, fill, upload', () => {
    const area = areas.find((a) => a.id === '63-56')!;
    const targets = [
      {
        id: 'VN-sex_ratio_at_birth-2025',
        indicator_id: 'sex_ratio_at_birth',
        area_id: 'VN',
        year: 2025,
        comparator: '<=' as const,
        value: 111,
        baseline_value: null,
        baseline_year: null,
        plan_start_year: 2021,
        legal_ref: 'NQ28',
        legal_ref_en: 'Resolution 28',
        source_id: 'S10',
        note: '',
        plan_id: '',
        provisional: false,
        lead_agency_vi: '',
        lead_agency_basis: '',
      },
    ];
    const csv = templateCsv({
      area,
      year: 2024,
      indicators,
      targets,
      crosswalk,
      today: '2026-12-02',
    });
    expect(csv.startsWith('\uFEFFMẫu báo cáo')).toBe(true);
    expect(csv).toContain(
      '\r\n\r\nMã chỉ tiêu,Chỉ tiêu,Đơn vị tính,Mục tiêu,Thời hạn,Loại mục tiêu,Căn cứ,Cơ quan báo cáo,Tỉnh/Thành phố,Tử số,Mẫu số,Năm,Giá trị\r\n',
    );
    const filled = csv.replace(/(sex_ratio_at_birth,.*,2024,)\r\n/, '$1"110,9"\r\n');
    const r = ok(run(utf8(filled)));
    expect(r.accepted).toEqual([
      {
        row: expect.any(Number),
        indicator_id: 'sex_ratio_at_birth',
        area_id: '63-56',
        year: 2024,
        value: 110.9,
        // The row's "Cơ quan báo cáo": the agency the value is reported by.
        agency: 'Sở Y tế',
      },
    ]);
    expect(r.rejected).toEqual([]);
  });
});

describe('parseLocaleNumber', () => {
  it.each([
    ['111,4', 111.4],
    ['1.234,5', 1234.5],
    ['1,234.5', 1234.5],
    ['1.234.567', 1234567],
    ['45%', 45],
    [' 12 ', 12],
    ['−3', -3],
  ])('%j → %d', (text, value) => {
    const r = parseLocaleNumber(text);
    expect(r.ok && r.value).toBe(value);
  });
  it.each(['', 'abc', '1,2,3', '1..2', '1,234'])('%j is refused', (text) => {
    expect(parseLocaleNumber(text).ok).toBe(false);
  });
  it('reads back any number written the Vietnamese way (property)', () => {
    fc.assert(
      fc.property(fc.double({ min: -1e6, max: 1e6, noNaN: true }), (v) => {
        const rounded = Math.round(v * 100) / 100;
        const vi = new Intl.NumberFormat('vi-VN', {
          maximumFractionDigits: 2,
          useGrouping: false,
        }).format(rounded);
        const r = parseLocaleNumber(vi);
        if (/^-?\d{1,3},\d{3}$/.test(vi)) return; // three decimals after a lone comma: refused as ambiguous
        expect(r.ok && r.value + 0).toBe(rounded + 0);
      }),
    );
  });
});

describe('numbers: a thousands separator only where the file shows its style', () => {
  const MMR = 'maternal_mortality_ratio'; // plausible 0–1000
  const values = (r: ImportResult) => ok(r).accepted.map((a) => [a.row, a.value]);
  const problems = (r: ImportResult) =>
    ok(r).rejected.map((x) => [x.row, x.column, x.reason, x.detail]);

  it('a decimal-comma file reads "1.000" as a thousand, and "1.500" is not 1.5', () => {
    // Semicolons, decimals written "2,1": the dot can only group thousands.
    const text = [
      'Chỉ tiêu;Năm;Giá trị',
      `${MMR};2021;1.000`, // 2: before the file has shown its style
      'total_fertility_rate;2021;2,1', // 3: decimal comma
      `${MMR};2022;1.500`, // 4: 1500, outside 0–1000, never 1.5
    ].join('\n');
    const r = ok(run(utf8(text)));
    expect(r.numberStyle).toBe('decimal_comma');
    expect(values(r)).toEqual([
      [2, 1000],
      [3, 2.1],
    ]);
    expect(problems(r)).toEqual([
      [4, 'Giá trị', 'out_of_range', { text: '1.500', min: '0', max: '1000' }],
    ]);
  });

  it('a decimal-point file reads "1,000" as a thousand and "1.500" as 1.5', () => {
    const text = [
      'Chỉ tiêu,Năm,Giá trị',
      `${MMR},2021,"1,000"`,
      'total_fertility_rate,2021,2.1',
      `${MMR},2022,1.500`,
    ].join('\n');
    const r = ok(run(utf8(text)));
    expect(r.numberStyle).toBe('decimal_point');
    expect(values(r)).toEqual([
      [2, 1000],
      [3, 2.1],
      [4, 1.5],
    ]);
  });

  it('without a style, or with both, "1.000" and "1,234" are problems asking which was meant', () => {
    const silent = ['Chỉ tiêu;Năm;Giá trị', `${MMR};2021;1.000`, `${MMR};2022;12`].join('\n');
    const a = ok(run(utf8(silent)));
    expect(a.numberStyle).toBeNull();
    expect(values(a)).toEqual([[3, 12]]);
    expect(problems(a)).toEqual([
      [2, 'Giá trị', 'ambiguous_value', { text: '1.000', thousands: '1000', decimal: '1' }],
    ]);
    const mixed = [
      'Chỉ tiêu;Năm;Giá trị',
      'total_fertility_rate;2020;2,1',
      'total_fertility_rate;2021;2.1',
      `${MMR};2021;"1,234"`,
    ].join('\n');
    const b = ok(run(utf8(mixed)));
    expect(b.numberStyle).toBeNull();
    expect(problems(b)).toEqual([
      [4, 'Giá trị', 'ambiguous_value', { text: '1,234', thousands: '1234', decimal: '1.234' }],
    ]);
  });

  it('the held values come back in file order, whatever the slice size', () => {
    const text = [
      'Chỉ tiêu;Năm;Giá trị',
      `${MMR};2019;1.000`,
      `${MMR};2020;abc`,
      `${MMR};2021;2.000`,
      'total_fertility_rate;2021;2,1',
    ].join('\n');
    const whole = ok(run(utf8(text)));
    expect(values(whole)).toEqual([
      [2, 1000],
      [5, 2.1],
    ]);
    expect(whole.rejected.map((x) => [x.row, x.reason])).toEqual([
      [3, 'bad_value'],
      [4, 'out_of_range'],
    ]);
    for (const size of [1, 7, 33])
      expect(importBytes(input(utf8(text)), undefined, size)).toEqual(whole);
  });

  it('an unquoted "110,5" in a comma-separated file is a problem naming the row, not 110', () => {
    const text = [
      'Chỉ tiêu,Tỉnh/Thành phố,Năm,Giá trị',
      'Tỷ số giới tính khi sinh,Khánh Hòa,2023,110,5',
      'Tỷ số giới tính khi sinh,Khánh Hòa,2022,"110,5"',
      'Tỷ số giới tính khi sinh,Khánh Hòa,2021,111,,', // empty extra fields: nothing cut
    ].join('\n');
    const r = ok(run(utf8(text)));
    expect(values(r)).toEqual([
      [3, 110.5],
      [4, 111],
    ]);
    expect(problems(r)).toEqual([
      [2, '', 'extra_fields', { fields: '5', columns: '4', extra: '5' }],
    ]);
  });

  it.each([
    ['1.000', 'decimal_comma', 1000],
    ['1.000', 'decimal_point', 1],
    ['1,234', 'decimal_comma', 1.234],
    ['1,234', 'decimal_point', 1234],
    ['0,500', null, 0.5],
    ['1234,567', null, 1234.567],
    ['-1.500', 'decimal_comma', -1500],
  ] as const)('%j in a %s file → %d', (text, style, value) => {
    const r = parseLocaleNumber(text, style);
    expect(r.ok && r.value).toBe(value);
  });
  it.each(['1.000', '1,234', '-2.500', '999,999'])('%j with no style is ambiguous', (text) => {
    expect(parseLocaleNumber(text)).toMatchObject({ ok: false, reason: 'ambiguous' });
  });
  it.each(['1.23,5', '12,34.5', '1,2.3,4', '12.'])('%j is not a number', (text) => {
    expect(parseLocaleNumber(text)).toMatchObject({ ok: false, reason: 'not_a_number' });
  });
});

describe('wide layout: each problem names its year column, once', () => {
  it('a problem of the row is listed once with its years; a value problem names its year', () => {
    const text = [
      'Chỉ tiêu,Tỉnh/Thành phố,2025,2026,2027',
      'Chỉ tiêu không có,Khánh Hòa,1,2,3',
      'Tỷ số giới tính khi sinh,Khánh Hòa,112,abc,311',
      'Tỷ số giới tính khi sinh,Ninh Thuận,111,112,113',
    ].join('\n');
    const r = ok(run(utf8(text)));
    expect(r.rejected.map((x) => [x.row, x.column, x.reason, x.years])).toEqual([
      [2, 'Chỉ tiêu', 'unknown_indicator', ['2025', '2026', '2027']],
      [3, '2026', 'bad_value', ['2026']],
      [3, '2027', 'out_of_range', ['2027']],
      // Ninh Thuận existed in 2025; from 2026 it is part of Khánh Hòa.
      [4, 'Tỉnh/Thành phố', 'merged_area', ['2026', '2027']],
    ]);
    expect(r.accepted.map((a) => [a.row, a.year, a.value])).toEqual([
      [3, 2025, 112],
      [4, 2025, 111],
    ]);
  });
});
