// The annex as a printable workbook (write-excel-file): A4 landscape, fitted to the page's width,
// the header rows repeated on every printed page (print titles) and frozen on screen, wrapped
// text, objective rows, numbers kept as numbers in a Vietnamese number format ("111,5"), text
// typed as text and neutralised where a spreadsheet could read it as a formula. What the library
// has no option for (fit to width, margins, page numbers, print titles) a small "feature" adds.
// The library is loaded on demand: never part of a page's JS.
import type { Feature, SheetData } from 'write-excel-file/universal';
import { neutraliseCell } from '../export/csv.ts';
import type { Annex } from './annex.ts';
import { ANNEX_COLUMNS, AnnexText, type AnnexColumn, type Cell } from './annex-text.ts';

export const ANNEX_SHEET = 'Phu luc';

/** Column widths (characters of Times New Roman 10): together they fit A4 landscape. */
export const ANNEX_WIDTHS: Record<AnnexColumn, number> = {
  number: 8,
  target: 30,
  unit: 12,
  goal: 10,
  deadline: 7,
  previous: 10,
  current: 12,
  assessment: 16,
  note: 22,
  source: 24,
  lead: 14,
};

/** Rows above the table (title, heading, attached to, what, note), then the header rows. */
export const TITLE_ROWS = 5;
export const HEADER_ROWS = 2;

/** Excel's language code for Vietnamese: the format shows 111.5 as "111,5", 1234 as "1.234". */
const VI = '[$-42A]';

const quoted = (s: string) => (s ? `"${s.replace(/"/g, '')}"` : '');

/** The number format of a number cell: its words around a Vietnamese number. */
export function numberFormat(cell: Extract<Cell, { kind: 'number' }>): string {
  const digits = cell.decimals ? `.${'0'.repeat(cell.decimals)}` : '';
  return `${VI}${quoted(cell.prefix)}${cell.grouping ? '#,##0' : '0'}${digits}${quoted(cell.suffix)}`;
}

/**
 * Lines a text takes in a column (Times New Roman 10 fits about one letter per unit of width;
 * words wrap whole, so a little is kept spare). Spreadsheets do not size a row to its wrapped
 * text on opening a file, so every row says its height.
 */
export function linesIn(text: string, width: number): number {
  const perLine = Math.max(1, Math.floor(width * 0.95) - 1);
  return text.split('\n').reduce((n, part) => {
    let lines = 1;
    let used = 0;
    for (const word of part.split(/\s+/).filter(Boolean)) {
      const len = word.length + (used ? 1 : 0);
      if (used + len > perLine && used > 0) {
        lines += Math.ceil(word.length / perLine);
        used = word.length % perLine;
      } else used += len;
    }
    return n + lines;
  }, 0);
}

const LINE_POINTS = 13;
const rowHeight = (lines: number) => Math.max(1, lines) * LINE_POINTS + 3;

const border = { borderStyle: 'thin' as const, borderColor: '#000000' };

/** A4 landscape fitted to one page wide, narrow margins, page numbers, print titles. */
export function printFeature(sheetName: string, titleRows: [number, number]): Feature<Blob> {
  return {
    files: {
      transform: {
        'xl/worksheets/sheet{id}.xml': {
          transform(xml) {
            let out = xml;
            if (!out.includes('<sheetPr'))
              out = out.replace(
                /(<worksheet\b[^>]*>)/,
                '$1<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>',
              );
            out = out.replace(
              /<pageMargins\b[^>]*\/>/,
              '<pageMargins left="0.4" right="0.4" top="0.55" bottom="0.55" header="0.25" footer="0.25"/>',
            );
            out = out.replace(
              /<pageSetup\b([^>]*)\/>/,
              '<pageSetup$1 fitToWidth="1" fitToHeight="0"/><headerFooter><oddFooter>&amp;C&amp;"Times New Roman,Regular"&amp;9Trang &amp;P/&amp;N</oddFooter></headerFooter>',
            );
            return out;
          },
        },
        'xl/workbook.xml': {
          transform(xml) {
            const name = `<definedName name="_xlnm.Print_Titles" localSheetId="0">'${sheetName}'!$${titleRows[0]}:$${titleRows[1]}</definedName>`;
            if (/<definedNames\s*\/>/.test(xml))
              return xml.replace(/<definedNames\s*\/>/, `<definedNames>${name}</definedNames>`);
            if (xml.includes('<definedNames>'))
              return xml.replace('<definedNames>', `<definedNames>${name}`);
            return xml.replace(
              /(<calcPr\b|<\/workbook>)/,
              `<definedNames>${name}</definedNames>$1`,
            );
          },
        },
      },
    },
  };
}

function cellData(cell: Cell, column: AnnexColumn) {
  const base = {
    ...border,
    wrap: true,
    alignVertical: 'top' as const,
    align: (['number', 'unit', 'goal', 'deadline', 'previous', 'current'].includes(column)
      ? 'center'
      : 'left') as 'center' | 'left',
  };
  if (cell.kind === 'number')
    return {
      ...base,
      value: cell.value,
      type: Number,
      format: numberFormat(cell),
    };
  return { ...base, value: neutraliseCell(cell.text), type: String };
}

function targetRow(cells: Record<AnnexColumn, Cell>) {
  const height = rowHeight(
    Math.max(...ANNEX_COLUMNS.map((c) => linesIn(cells[c].text, ANNEX_WIDTHS[c]))),
  );
  return ANNEX_COLUMNS.map((c, i) => ({ ...cellData(cells[c], c), ...(i ? {} : { height }) }));
}

export function annexSheetData(annex: Annex, text = new AnnexText('vi')): SheetData {
  const table = text.table(annex);
  const span = ANNEX_COLUMNS.length;
  const line = (value: string, style: Record<string, unknown> = {}) => [
    {
      value: neutraliseCell(value),
      type: String,
      columnSpan: span,
      align: 'center',
      wrap: true,
      ...style,
    },
    ...Array<null>(span - 1).fill(null),
  ];
  const headHeight = rowHeight(
    Math.max(...ANNEX_COLUMNS.map((c) => linesIn(table.headers[c], ANNEX_WIDTHS[c]))),
  );
  const head = ANNEX_COLUMNS.map((c) => ({
    height: headHeight,
    value: table.headers[c],
    type: String,
    fontWeight: 'bold' as const,
    align: 'center' as const,
    alignVertical: 'center' as const,
    wrap: true,
    backgroundColor: '#E7E6E6',
    ...border,
  }));
  const numbers = ANNEX_COLUMNS.map((_, i) => ({
    value: `(${i + 1})`,
    type: String,
    fontStyle: 'italic' as const,
    align: 'center' as const,
    ...border,
  }));
  const body = table.rows.map((r) =>
    r.kind === 'group'
      ? [
          {
            value: neutraliseCell(r.text),
            type: String,
            columnSpan: span,
            fontWeight: 'bold' as const,
            backgroundColor: '#F2F2F2',
            ...border,
          },
          ...Array<null>(span - 1).fill(null),
        ]
      : targetRow(r.cells),
  );
  return [
    line(table.title, { fontWeight: 'bold', fontSize: 12 }),
    line(table.heading, { fontWeight: 'bold', fontSize: 12, height: 32 }),
    line(table.attached, { fontStyle: 'italic' }),
    line(table.meta),
    line(table.halfYearNote ?? '', { fontStyle: 'italic' }),
    head,
    numbers,
    ...body,
  ] as SheetData;
}

/** The annex workbook (bytes as a Blob; Node tests read it with arrayBuffer()). */
export async function annexXlsx(annex: Annex): Promise<Blob> {
  const { default: writeXlsxFile } = await import('write-excel-file/universal');
  return writeXlsxFile(
    annexSheetData(annex),
    {
      sheet: ANNEX_SHEET,
      orientation: 'landscape',
      stickyRowsCount: TITLE_ROWS + HEADER_ROWS,
      columns: ANNEX_COLUMNS.map((c) => ({ width: ANNEX_WIDTHS[c] })),
    },
    {
      fontFamily: 'Times New Roman',
      fontSize: 10,
      features: [printFeature(ANNEX_SHEET, [TITLE_ROWS + 1, TITLE_ROWS + HEADER_ROWS])],
    },
  ).toBlob();
}
