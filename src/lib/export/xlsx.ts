// Excel export through write-excel-file (maintained, no known advisories; the registry's `xlsx`
// 0.18.5 has unpatched ones). Numbers stay numbers; text is always typed as text, never a formula,
// and formula-looking text is neutralised as in CSV for consistency.
import type { Feature, SheetData } from 'write-excel-file/universal';
import { neutraliseCell } from './csv.ts';

export interface Sheet {
  name: string;
  /** `width` in characters; by default the header's length (10 to 60). */
  columns: { key: string; header: string; width?: number }[];
  rows: Record<string, string | number | boolean | null>[];
}

export function sheetName(name: string): string {
  return name.replace(/[\\/?*[\]:]/g, ' ').slice(0, 31) || 'Sheet';
}

export function sheetData(sheet: Sheet): SheetData {
  const header = sheet.columns.map((c) => ({ value: c.header, fontWeight: 'bold' as const }));
  const body = sheet.rows.map((row) =>
    sheet.columns.map((c) => {
      const v = row[c.key];
      if (v === null || v === undefined) return null;
      if (typeof v === 'number') return { value: v, type: Number };
      return { value: neutraliseCell(v), type: String };
    }),
  );
  return [header, ...body];
}

/** Printed, every sheet is A4 landscape and one page wide (long sheets run on in height). */
const FIT_TO_WIDTH: Feature<Blob> = {
  files: {
    transform: {
      'xl/worksheets/sheet{id}.xml': {
        transform(xml) {
          const out = xml.includes('<sheetPr')
            ? xml
            : xml.replace(
                /(<worksheet\b[^>]*>)/,
                '$1<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>',
              );
          return out.replace(
            /<pageSetup\b([^>]*)\/>/,
            '<pageSetup$1 fitToWidth="1" fitToHeight="0"/>',
          );
        },
      },
    },
  },
};

/** Build the workbook as bytes (works in the browser and in Node for tests). */
export async function toXlsx(sheets: Sheet[]): Promise<Blob> {
  const { default: writeXlsxFile } = await import('write-excel-file/universal');
  return writeXlsxFile(
    sheets.map((s) => ({
      data: sheetData(s),
      sheet: sheetName(s.name),
      orientation: 'landscape' as const,
      // The header row stays in view on screen.
      stickyRowsCount: 1,
      columns: s.columns.map((c) => ({
        width: c.width ?? Math.min(60, Math.max(10, c.header.length + 4)),
      })),
    })),
    { features: [FIT_TO_WIDTH] },
  ).toBlob();
}
