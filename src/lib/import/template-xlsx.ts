// The Excel template: the same notes and table as the CSV (template.ts), laid out as a form an
// officer fills in Excel or LibreOffice: the notes above, a bold header frozen under them, the
// cells to fill shaded (the counts only on rows that are shares), long texts wrapped, and the
// page A4 landscape, fitted to its width with the header repeated on every printed page.
// Texts are typed as text: a spreadsheet never runs a text cell as a formula, so the target
// "= có" needs no guard here (the CSV needs one, see templateCsv).
import type { Cell, Feature, SheetData } from 'write-excel-file/universal';
import {
  NO_AGENCY,
  shareIndicators,
  TEMPLATE_COLUMNS,
  templateNotes,
  templateRows,
  templateSheetName,
  type TemplateFile,
  type TemplateInput,
} from './template.ts';

type Column = (typeof TEMPLATE_COLUMNS)[number];

/** Column widths in characters, and the columns whose text wraps. */
const WIDTH: Record<Column, number> = {
  'Mã chỉ tiêu': 22,
  'Chỉ tiêu': 36,
  'Đơn vị tính': 14,
  'Mục tiêu': 9,
  'Thời hạn': 8,
  'Loại mục tiêu': 15,
  'Căn cứ': 34,
  'Cơ quan báo cáo': 16,
  'Tỉnh/Thành phố': 13,
  'Tử số': 8,
  'Mẫu số': 8,
  Năm: 7,
  'Giá trị': 10,
};
const WRAPPED = new Set<Column>([
  'Mã chỉ tiêu',
  'Chỉ tiêu',
  'Đơn vị tính',
  'Loại mục tiêu',
  'Căn cứ',
  'Cơ quan báo cáo',
  'Tỉnh/Thành phố',
]);
/** Points per line of 10 pt text, and characters of a column's width one line holds. */
const LINE = 12.75;
const lines = (text: string, width: number) =>
  Math.max(1, Math.ceil(text.length / Math.max(1, width - 1)));
/** Rows are given their height: spreadsheets do not grow a row for wrapped text on opening. */
const heightOf = (row: Record<Column, string>) =>
  Math.max(...[...WRAPPED].map((c) => lines(row[c], WIDTH[c]))) * LINE + 3;

const TO_FILL = '#FFF2CC';
const HEADER_FILL = '#D9E2F3';
const BORDER = '#808080';

/** A4 landscape, one page wide, the header row repeated on every printed page. */
function printLayout(headerRow: number, sheetName: string): Feature<Blob> {
  const quoted = `'${sheetName.replace(/'/g, "''")}'`;
  return {
    files: {
      transform: {
        'xl/worksheets/sheet{id}.xml': {
          transform: (xml) =>
            xml
              .replace(
                /(<worksheet\b[^>]*>)(?!\s*<sheetPr)/,
                '$1<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>',
              )
              .replace(/<pageSetup\b/, '<pageSetup fitToWidth="1" fitToHeight="0"'),
        },
        'xl/workbook.xml': {
          transform: (xml) => {
            const titles = `<definedName name="_xlnm.Print_Titles" localSheetId="0">${quoted}!$${headerRow}:$${headerRow}</definedName>`;
            if (xml.includes('<definedNames/>'))
              return xml.replace('<definedNames/>', `<definedNames>${titles}</definedNames>`);
            if (xml.includes('<definedNames>'))
              return xml.replace('<definedNames>', `<definedNames>${titles}`);
            return xml.replace('</sheets>', `</sheets><definedNames>${titles}</definedNames>`);
          },
        },
      },
    },
  };
}

export function templateSheetData(input: TemplateInput, file?: TemplateFile): SheetData {
  const rows = file ? file.rows : templateRows(input);
  const notes = templateNotes(input, file ? file.agency : null);
  const shares = shareIndicators(input);
  const border = { borderColor: BORDER, borderStyle: 'thin' as const };
  const title: Cell = { value: notes[0]!, type: String, fontWeight: 'bold', fontSize: 13 };
  const noteCells: Cell[][] = notes.slice(1).map((n) => [
    {
      value: n,
      type: String,
      ...(n.startsWith('Cơ quan báo cáo') ? { fontWeight: 'bold' } : {}),
    },
  ]);
  const header: Cell[] = TEMPLATE_COLUMNS.map((c) => ({
    value: c,
    type: String,
    fontWeight: 'bold',
    wrap: true,
    alignVertical: 'center',
    backgroundColor: HEADER_FILL,
    height: 2 * LINE + 3,
    ...border,
  }));
  const body: Cell[][] = rows.map((row) => {
    const share = shares.has(row['Mã chỉ tiêu']);
    const height = heightOf(row);
    return TEMPLATE_COLUMNS.map((c, k): Cell => {
      const toFill =
        c === 'Giá trị' ||
        ((c === 'Tử số' || c === 'Mẫu số') && share) ||
        (c === 'Cơ quan báo cáo' && file?.agency === NO_AGENCY);
      return {
        value: row[c],
        type: String,
        alignVertical: 'top',
        ...(k === 0 ? { height } : {}),
        ...(WRAPPED.has(c) ? { wrap: true } : {}),
        ...(toFill ? { backgroundColor: TO_FILL } : {}),
        ...border,
      };
    });
  });
  return [[title], ...noteCells, [], header, ...body];
}

export async function templateXlsx(input: TemplateInput, file?: TemplateFile): Promise<Blob> {
  const { default: writeXlsxFile } = await import('write-excel-file/universal');
  // The notes (the first is the title), a blank row, then the header.
  const headerRow = templateNotes(input, file ? file.agency : null).length + 2;
  const sheet = templateSheetName(input);
  return writeXlsxFile(
    [
      {
        data: templateSheetData(input, file),
        sheet,
        columns: TEMPLATE_COLUMNS.map((c) => ({ width: WIDTH[c] })),
        orientation: 'landscape',
        stickyRowsCount: headerRow,
      },
    ],
    { fontFamily: 'Arial', fontSize: 10, features: [printLayout(headerRow, sheet)] },
  ).toBlob();
}
