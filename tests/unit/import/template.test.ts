// The templates as an officer receives them: the optional counts columns for shares, the
// notes (the decimal comma, percentages, counts, the agency) in both formats, the target "= có"
// shown as written (no guard apostrophe), each agency's file naming it, the file of targets no
// agency is known to report explained, and the Excel file laid out for print.
import { describe, expect, it } from 'vitest';
import { buildDataset } from '../../../scripts/data/build-dataset.ts';
import { cellText, type Cell } from '../../../src/lib/import/cells.ts';
import { importBytes, importWorkbook } from '../../../src/lib/import/pipeline.ts';
import {
  NO_AGENCY,
  slug,
  TEMPLATE_COLUMNS,
  templateCsv,
  templateFiles,
  templateNotes,
  type TemplateInput,
} from '../../../src/lib/import/template.ts';
import { templateXlsx } from '../../../src/lib/import/template-xlsx.ts';
import { Workbook } from '../../../src/lib/import/xlsx.ts';
import { readCentralDirectory, inflateEntry, InflateBudget } from '../../../src/lib/import/zip.ts';
import { ok, utf8 } from './context.ts';

const data = buildDataset('data');
const KH34 = data.areas.find((a) => a.id === '34-56')!;
const input: TemplateInput = {
  area: KH34,
  year: 2025,
  indicators: data.indicators,
  targets: data.targets,
  crosswalk: data.crosswalk,
  today: '2026-01-15',
};
const ctx = {
  indicators: data.indicators,
  areas: data.areas,
  crosswalk: data.crosswalk,
  defaultAreaId: '34-56',
  confirmed: {},
};
const files = templateFiles(input);
const file = (agency: string) => files.find((f) => f.agency === agency)!;

async function sheetRows(bytes: Uint8Array): Promise<string[][]> {
  const book = new Workbook(bytes);
  const rows: string[][] = [];
  book.readSheet(book.sheets[0]!, ({ gap, rows: batch }) => {
    for (let i = 0; i < gap; i++) rows.push([]);
    rows.push(...batch.map((r: Cell[]) => Array.from(r, (c) => cellText(c))));
  });
  return rows;
}
const xlsxBytes = async (f?: (typeof files)[number]) =>
  new Uint8Array(await (await templateXlsx(input, f)).arrayBuffer());

function part(bytes: Uint8Array, name: string): string {
  const entry = readCentralDirectory(bytes).find((e) => e.name === name)!;
  let text = '';
  inflateEntry(
    bytes,
    entry,
    new InflateBudget(1 << 24),
    (c) => (text += new TextDecoder().decode(c)),
  );
  return text;
}

describe('columns and rows', () => {
  it('the counts columns come before the year and the value, which stay last', () => {
    expect(TEMPLATE_COLUMNS.slice(-4)).toEqual(['Tử số', 'Mẫu số', 'Năm', 'Giá trị']);
  });
  it('each agency’s file names that agency in its rows; the unassigned file leaves it to fill', () => {
    expect(files.map((f) => f.agency)).toContain('Sở Nội vụ');
    for (const f of files)
      for (const r of f.rows)
        expect(r['Cơ quan báo cáo']).toBe(f.agency === NO_AGENCY ? '' : f.agency);
    expect(templateNotes(input, NO_AGENCY)).toContain(
      'Cơ quan báo cáo: chưa xác định — cơ quan điền mẫu này ghi tên mình vào cột “Cơ quan báo cáo”',
    );
  });
  it('file names are ASCII slugs of the agency', () => {
    expect(slug('Sở Văn hóa, Thể thao và Du lịch')).toBe('so-van-hoa-the-thao-va-du-lich');
    expect(slug(NO_AGENCY)).toBe('chua-xac-dinh-co-quan-bao-cao');
  });
});

describe('the target "= có" is shown as written', () => {
  const education = file('Sở Giáo dục và Đào tạo');
  it('in the Excel file: a text cell, no apostrophe', async () => {
    const rows = await sheetRows(await xlsxBytes(education));
    const header = rows.findIndex((r) => r[0] === 'Mã chỉ tiêu');
    const target = rows[header]!.indexOf('Mục tiêu');
    const yesNo = rows.filter((r) => r[0] === 'gender_content_in_national_curriculum');
    expect(yesNo.map((r) => r[target])).toEqual(['= có']);
  });
  it('in the CSV: a leading space keeps it text in a spreadsheet, and no apostrophe', () => {
    const csv = templateCsv(input, education);
    expect(csv).toContain(',"1 = có, 0 = không", = có,');
    expect(csv).not.toContain("'=");
  });
});

describe('the Excel file reads like the CSV: notes, then the table', () => {
  it('the notes (decimal comma, percentages, counts, agency) above a bold header', async () => {
    const f = file('Sở Nội vụ');
    const rows = await sheetRows(await xlsxBytes(f));
    const notes = templateNotes(input, f.agency);
    expect(rows.slice(0, notes.length).map((r) => r[0])).toEqual(notes);
    expect(notes.join('\n')).toMatch(/dấu phẩy thập phân, ví dụ 52,5/);
    expect(notes.join('\n')).toMatch(/không ghi 0,313/);
    expect(notes.join('\n')).toMatch(/Tử số, Mẫu số/);
    expect(rows[notes.length]).toEqual([]);
    expect(rows[notes.length + 1]).toEqual([...TEMPLATE_COLUMNS]);
    expect(rows.slice(notes.length + 2).map((r) => r[0])).toEqual(
      f.rows.map((r) => r['Mã chỉ tiêu']),
    );
  });
  it('uploaded unfilled: every note skipped, no value, the agency read from the notes', async () => {
    const f = file('Sở Y tế');
    const r = ok(importWorkbook(await xlsxBytes(f), ctx));
    expect(r.accepted).toEqual([]);
    expect(r.rejected).toEqual([]);
    expect(r.skipped.filter((s) => s.reason === 'note')).toHaveLength(
      templateNotes(input, f.agency).length,
    );
    expect(r.skipped.filter((s) => s.reason === 'no_value')).toHaveLength(f.rows.length);
  });
  it('printed A4 landscape, one page wide, the header repeated', async () => {
    const bytes = await xlsxBytes(file('Sở Nội vụ'));
    const sheet = part(bytes, 'xl/worksheets/sheet1.xml');
    expect(sheet).toMatch(/<sheetPr><pageSetUpPr fitToPage="1"\/><\/sheetPr>/);
    expect(sheet).toMatch(
      /<pageSetup [^>]*fitToWidth="1" fitToHeight="0"[^>]*orientation="landscape"/,
    );
    const headerRow = templateNotes(input, 'Sở Nội vụ').length + 2;
    expect(part(bytes, 'xl/workbook.xml')).toContain(
      `<definedName name="_xlnm.Print_Titles" localSheetId="0">'Mẫu báo cáo 2025'!$${headerRow}:$${headerRow}</definedName>`,
    );
    // No attribute is written twice on one element (a spreadsheet refuses such a file).
    for (const name of ['xl/worksheets/sheet1.xml', 'xl/workbook.xml'])
      for (const tag of part(bytes, name).match(/<[a-zA-Z][^>]*>/g) ?? []) {
        const names = [...tag.matchAll(/\s([\w:]+)="/g)].map((m) => m[1]);
        expect(new Set(names).size, tag).toBe(names.length);
      }
  });
});

describe('the CSV template round-trips with counts', () => {
  it('counts typed in a share’s row give its value', () => {
    const csv = templateCsv(input, file('Sở Nội vụ')).replace(
      /^(female_key_leader_agencies_pct,.*),,,2025,\r$/m,
      '$1,14,30,2025,\r',
    );
    const r = ok(importBytes({ ...ctx, bytes: utf8(csv), fileName: 'noi-vu.csv' }));
    expect(r.rejected).toEqual([]);
    expect(r.accepted).toEqual([
      expect.objectContaining({
        indicator_id: 'female_key_leader_agencies_pct',
        area_id: '34-56',
        year: 2025,
        value: 46.6666666667,
        numerator: 14,
        denominator: 30,
        agency: 'Sở Nội vụ',
        fromCounts: true,
      }),
    ]);
  });
});
