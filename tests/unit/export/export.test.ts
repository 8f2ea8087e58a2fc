import fc from 'fast-check';
import Papa from 'papaparse';
import readXlsxFile from 'read-excel-file/node';
import { describe, expect, it } from 'vitest';
import { citation } from '../../../src/lib/export/citation.ts';
import { downloadName, MAX_SLUG } from '../../../src/lib/export/filename.ts';
import { neutraliseCell, toCsvText } from '../../../src/lib/export/csv.ts';
import { extractColumns, extractRows } from '../../../src/lib/figure/rows.ts';
import { toXlsx } from '../../../src/lib/export/xlsx.ts';

describe('CSV', () => {
  it('starts with a BOM, quotes per RFC 4180 and keeps Vietnamese intact', () => {
    const csv = toCsvText(
      ['a', 'b'],
      [
        { a: 'Khánh Hòa, "cũ"', b: 111.4 },
        { a: 'x\ny', b: null },
      ],
    );
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv).toBe('\uFEFFa,b\r\n"Khánh Hòa, ""cũ""",111.4\r\n"x\ny",\r\n');
  });

  it.each(['=1+1', '+1', '-1', '@SUM(A1)', '\tx', '\rx'])('neutralises %j', (cell) => {
    expect(neutraliseCell(cell)).toBe(`'${cell}`);
  });

  it('leaves real numbers, including negatives, as numbers', () => {
    expect(neutraliseCell(-3.5)).toBe('-3.5');
    expect(neutraliseCell('Hà Nội')).toBe('Hà Nội');
  });

  it('no text cell can start a formula, and parsing returns the text (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.string(), { minLength: 1, maxLength: 5 }), (cells) => {
        const cols = cells.map((_, i) => `c${i}`);
        const row = Object.fromEntries(cells.map((c, i) => [`c${i}`, c]));
        const csv = toCsvText(cols, [row]).slice(1);
        const parsed =
          Papa.parse<string[]>(csv, { delimiter: ',', newline: '\r\n', skipEmptyLines: false })
            .data[1] ?? [];
        cells.forEach((c, i) => {
          const out = parsed[i] ?? '';
          expect(/^[=+\-@\t\r]/.test(out)).toBe(false);
          expect(out === c || out === `'${c}`).toBe(true);
        });
      }),
      { numRuns: 2000 },
    );
  });
});

describe('XLSX', () => {
  it('round-trips: numbers stay numbers, Vietnamese intact, formulas stay text', async () => {
    const blob = await toXlsx([
      {
        name: 'Dữ liệu',
        columns: [
          { key: 'area', header: 'Địa bàn' },
          { key: 'value', header: 'Giá trị' },
        ],
        rows: [
          { area: 'Khánh Hòa', value: 111.4 },
          { area: '=HYPERLINK("x")', value: -2 },
        ],
      },
    ]);
    const buffer = Buffer.from(await blob.arrayBuffer());
    const sheets = await readXlsxFile(buffer);
    const rows = sheets[0]!.data;
    expect(rows).toEqual([
      ['Địa bàn', 'Giá trị'],
      ['Khánh Hòa', 111.4],
      ['\'=HYPERLINK("x")', -2],
    ]);
  });
});

describe('citation', () => {
  const accessed = new Date(Date.UTC(2026, 10, 23));
  it('gives title, URL and access date in each language', () => {
    expect(
      citation({ title: 'Tỷ số giới tính khi sinh', url: 'https://x/y/', accessed, locale: 'vi' }),
    ).toBe(
      'Bình đẳng giới: mục tiêu và thực tế — Tỷ số giới tính khi sinh. https://x/y/ (truy cập ngày 23/11/2026).',
    );
    expect(
      citation({ title: 'Sex ratio at birth', url: 'https://x/y/', accessed, locale: 'en' }),
    ).toBe(
      'Gender equality: targets and actuals — Sex ratio at birth. https://x/y/ (accessed 23 November 2026).',
    );
  });
});

describe('file names', () => {
  it('makes ASCII file names', () => {
    expect(downloadName('Tỷ số giới tính khi sinh: Đà Nẵng', 'csv')).toBe(
      'ty-so-gioi-tinh-khi-sinh-da-nang.csv',
    );
    expect(downloadName('', 'png')).toBe('data.png');
    expect(downloadName('***', 'csv', 'full')).toBe('data-full.csv');
  });

  it('a long title is cut at a word and keeps what the file is ("-full"), never "-2025-.csv"', () => {
    // A map's title: the old rule cut it at 80 characters after adding "-full", leaving
    // "…-1-7-2025-.csv" for the full data, a name that did not say "full" and ended in "-".
    const title =
      'Tỷ lệ nữ tham gia cấp ủy Đảng các cấp, năm 2025: bản đồ theo tỉnh · 34 tỉnh, thành (từ 1/7/2025)';
    const shown = downloadName(title, 'csv');
    const full = downloadName(title, 'csv', 'full');
    expect(full).toMatch(/-full\.csv$/);
    expect(full).not.toMatch(/--|-\.csv$/);
    expect(shown).not.toMatch(/-\.csv$/);
    expect(full.replace(/-full\.csv$/, '.csv')).toBe(shown);
    // Cut at a word: the name is the whole slug up to a word boundary, no longer than MAX_SLUG.
    const base = 'Tỷ số giới tính khi sinh năm 2021';
    const slug = 'ty-so-gioi-tinh-khi-sinh-nam-2021';
    const cut = downloadName(Array(5).fill(base).join(' '), 'csv').replace(/\.csv$/, '');
    expect(cut.length).toBeLessThanOrEqual(MAX_SLUG);
    expect(cut.length).toBeGreaterThan(MAX_SLUG / 2);
    expect(`${Array(5).fill(slug).join('-')}`.startsWith(`${cut}-`)).toBe(true);
  });

  it('never ends a name in "-" nor doubles one, whatever the title', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), fc.constantFrom('', 'full'), (title, suffix) => {
        const name = downloadName(title, 'csv', suffix);
        expect(name).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*\.csv$/);
        expect(name.length).toBeLessThanOrEqual(MAX_SLUG + '-full.csv'.length);
        if (suffix) expect(name).toMatch(/-full\.csv$/);
      }),
    );
  });
});

describe('extract', () => {
  it('every row carries its source URL', () => {
    const rows = extractRows(
      [
        {
          indicator_id: 'x',
          area_id: 'VN',
          year: 2024,
          series: 'survey',
          sex: 'all',
          value: 1,
          value_low: null,
          value_high: null,
          low_inclusive: false,
          high_inclusive: false,
          preliminary: false,
          derived: false,
          uncertain_year: false,
          approximate: false,
          source_id: 'S',
          source_url: 'https://e.org/a',
          source_quality: 'official',
          n_sources: 1,
          conflict: false,
          note: '',
          source_title: 'T',
          unit: '%',
        },
      ],
      { indicator: () => 'X', area: () => 'Toàn quốc' },
    );
    expect(rows[0]).toMatchObject({ area_name: 'Toàn quốc', source_url: 'https://e.org/a' });
    expect(extractColumns('vi').map((c) => c.key)).toContain('source_url');
  });
});

describe('XLSX downloads print as a reader expects', () => {
  it('every sheet is A4 landscape, one page wide, with its header row kept in view', async () => {
    const { unzipSync, strFromU8 } = await import('fflate');
    const columns = [
      { key: 'a', header: 'Tỉnh' },
      { key: 'b', header: 'Giá trị' },
    ];
    const blob = await toXlsx([
      { name: 'Ma trận', columns, rows: [{ a: 'Khánh Hòa', b: 1 }] },
      { name: 'Đếm', columns, rows: [{ a: 'Hà Nội', b: 2 }] },
    ]);
    const files = unzipSync(new Uint8Array(await blob.arrayBuffer()));
    for (const name of ['xl/worksheets/sheet1.xml', 'xl/worksheets/sheet2.xml']) {
      const xml = strFromU8(files[name]!);
      expect(xml, name).toContain('<pageSetUpPr fitToPage="1"/>');
      expect(xml, name).toMatch(/<pageSetup[^>]*orientation="landscape"[^>]*fitToWidth="1"/);
      expect(xml, name).toMatch(/<pane [^>]*ySplit="1"[^>]*state="frozen"/);
    }
  });
});
