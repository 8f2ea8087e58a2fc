// The annex and the report draft as Word documents (the maintained `docx` package, never hand-built
// XML). Times New Roman; the report on A4 portrait with the margins of Decree 30/2020/NĐ-CP (top
// and bottom 20 mm, left 30 mm, right 15 mm), page numbers at the top from page 2; the annex in a
// landscape section with its header rows repeated on every page. This module is loaded on demand
// (dynamic import on click): it never weighs on a page's load.
import {
  AlignmentType,
  BorderStyle,
  Document,
  Header,
  Packer,
  PageNumber,
  PageOrientation,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlign,
  WidthType,
  type ISectionOptions,
} from 'docx';
import type { Annex } from './annex.ts';
import { ANNEX_COLUMNS, AnnexText, type AnnexColumn, type AnnexTable } from './annex-text.ts';
import { reportDraft, type Block, type ReportDraft, type Run } from './report-draft.ts';

const FONT = 'Times New Roman';
/** Millimetres in twips, rounded (A4 is 11906 × 16838 twips). */
const mm = (millimetres: number) => Math.round((millimetres * 1440) / 25.4);
/** A4 in portrait (the library turns it for landscape sections). */
const A4 = { width: mm(210), height: mm(297) };
const pt = (points: number) => points * 2;

const NO_BORDER = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };
const NO_BORDERS = {
  top: NO_BORDER,
  bottom: NO_BORDER,
  left: NO_BORDER,
  right: NO_BORDER,
  insideHorizontal: NO_BORDER,
  insideVertical: NO_BORDER,
};

/** Relative widths of the annex's columns on A4 landscape (they add up to 100). */
const ANNEX_SHARE: Record<AnnexColumn, number> = {
  number: 7,
  target: 16,
  unit: 7,
  goal: 6,
  deadline: 5,
  previous: 7,
  current: 8,
  assessment: 11,
  note: 12,
  source: 12,
  lead: 9,
};

function run(r: Run, size = 14): TextRun {
  return new TextRun({
    text: r.text,
    bold: r.bold,
    italics: r.italic,
    size: pt(size),
    font: FONT,
    ...(r.placeholder ? { highlight: 'yellow' } : {}),
  });
}

const line = (
  text: string,
  options: { bold?: boolean; italic?: boolean; size?: number; align?: 'center' | 'left' } = {},
) =>
  new Paragraph({
    alignment: options.align === 'left' ? AlignmentType.LEFT : AlignmentType.CENTER,
    spacing: { before: 0, after: 0 },
    children: [run({ text, bold: options.bold, italic: options.italic }, options.size ?? 13)],
  });

/** A short centred rule under a heading (Decree 30: under the issuing body and the motto). */
const rule = (indentMm: number) =>
  new Paragraph({
    spacing: { before: 0, after: 60 },
    indent: { left: mm(indentMm), right: mm(indentMm) },
    border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: '000000', space: 1 } },
    children: [],
  });

function cell(
  children: Paragraph[],
  widthTwips: number,
  options: Partial<{ span: number; fill: string }> = {},
) {
  return new TableCell({
    children,
    width: { size: widthTwips, type: WidthType.DXA },
    columnSpan: options.span,
    verticalAlign: VerticalAlign.TOP,
    margins: { top: 40, bottom: 40, left: 60, right: 60 },
    ...(options.fill ? { shading: { fill: options.fill } } : {}),
  });
}

/** The annex table: header and numbering rows repeated on every page, objective rows, targets. */
export function annexDocxTable(table: AnnexTable, widthTwips: number): Table {
  const widths = ANNEX_COLUMNS.map((c) => Math.round((ANNEX_SHARE[c] / 100) * widthTwips));
  const text = (value: string, o: { bold?: boolean; italic?: boolean; center?: boolean } = {}) =>
    new Paragraph({
      alignment: o.center ? AlignmentType.CENTER : AlignmentType.LEFT,
      spacing: { before: 0, after: 0 },
      children: [run({ text: value, bold: o.bold, italic: o.italic }, 10)],
    });
  const centred = new Set<AnnexColumn>([
    'number',
    'unit',
    'goal',
    'deadline',
    'previous',
    'current',
  ]);
  const header = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: ANNEX_COLUMNS.map((c, i) =>
      cell([text(table.headers[c], { bold: true, center: true })], widths[i]!, { fill: 'E7E6E6' }),
    ),
  });
  const numbers = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: ANNEX_COLUMNS.map((_, i) =>
      cell([text(`(${i + 1})`, { italic: true, center: true })], widths[i]!),
    ),
  });
  const body = table.rows.map((r) =>
    r.kind === 'group'
      ? new TableRow({
          cantSplit: true,
          children: [
            cell([text(r.text, { bold: true })], widthTwips, {
              span: ANNEX_COLUMNS.length,
              fill: 'F2F2F2',
            }),
          ],
        })
      : new TableRow({
          cantSplit: true,
          children: ANNEX_COLUMNS.map((c, i) =>
            cell([text(r.cells[c].text, { center: centred.has(c) })], widths[i]!),
          ),
        }),
  );
  return new Table({
    width: { size: widthTwips, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    rows: [header, numbers, ...body],
  });
}

/** The annex as a landscape section: its title lines, then the table. */
export function annexSection(annex: Annex, text: AnnexText): ISectionOptions {
  const table = text.table(annex);
  const margin = mm(15);
  const width = A4.height - 2 * margin;
  return {
    properties: {
      page: {
        size: { ...A4, orientation: PageOrientation.LANDSCAPE },
        margin: { top: mm(20), bottom: margin, left: margin, right: margin, header: mm(8) },
      },
    },
    children: [
      line(table.title, { bold: true }),
      line(table.heading, { bold: true, size: 12 }),
      line(table.attached, { italic: true, size: 12 }),
      line(table.meta, { size: 11 }),
      ...(table.halfYearNote ? [line(table.halfYearNote, { italic: true, size: 11 })] : []),
      new Paragraph({ spacing: { after: 80 }, children: [] }),
      annexDocxTable(table, width),
    ],
  };
}

function block(b: Block): Paragraph {
  switch (b.kind) {
    case 'heading':
      return new Paragraph({
        spacing: { before: 120, after: 60 },
        indent: { firstLine: mm(10) },
        children: [run({ text: b.text, bold: true })],
      });
    case 'subheading':
      return new Paragraph({
        spacing: { before: 60, after: 60 },
        indent: { firstLine: mm(10) },
        children: [run({ text: b.text, bold: true, italic: true })],
      });
    case 'paragraph':
    case 'item':
      return new Paragraph({
        alignment: AlignmentType.JUSTIFIED,
        spacing: { before: 0, after: 100, line: 300 },
        indent: { firstLine: mm(10) },
        children: b.runs.map((r) => run(r)),
      });
  }
}

/** The header block: issuing body, number | national title, motto, place and date. */
function headerTable(d: ReportDraft, width: number): Table {
  const left = Math.round(width * 0.4);
  const right = width - left;
  return new Table({
    width: { size: width, type: WidthType.DXA },
    columnWidths: [left, right],
    layout: TableLayoutType.FIXED,
    borders: NO_BORDERS,
    rows: [
      new TableRow({
        children: [
          new TableCell({
            width: { size: left, type: WidthType.DXA },
            borders: NO_BORDERS,
            children: [
              line(d.header.committee, { bold: true }),
              line(d.header.body, { bold: true }),
              rule(20),
              line(d.header.number),
            ],
          }),
          new TableCell({
            width: { size: right, type: WidthType.DXA },
            borders: NO_BORDERS,
            children: [
              line(d.header.nation, { bold: true, size: 12 }),
              line(d.header.motto, { bold: true, size: 13 }),
              rule(20),
              new Paragraph({
                alignment: AlignmentType.CENTER,
                spacing: { before: 120, after: 0 },
                children: [run({ text: d.header.placeDate, italic: true }, 13)],
              }),
            ],
          }),
        ],
      }),
    ],
  });
}

/** Recipients (left) and the signature block (right). */
function signatureTable(d: ReportDraft, width: number): Table {
  const left = Math.round(width * 0.5);
  const right = width - left;
  const [heading, ...recipients] = d.recipients;
  return new Table({
    width: { size: width, type: WidthType.DXA },
    columnWidths: [left, right],
    layout: TableLayoutType.FIXED,
    borders: NO_BORDERS,
    rows: [
      new TableRow({
        children: [
          new TableCell({
            width: { size: left, type: WidthType.DXA },
            borders: NO_BORDERS,
            children: [
              line(heading ?? '', { bold: true, italic: true, size: 12, align: 'left' }),
              ...recipients.map((r) => line(r, { size: 11, align: 'left' })),
            ],
          }),
          new TableCell({
            width: { size: right, type: WidthType.DXA },
            borders: NO_BORDERS,
            children: [
              line(d.signature.onBehalf, { bold: true }),
              line(d.signature.forChair, { bold: true }),
              line(d.signature.title, { bold: true }),
              new Paragraph({
                spacing: { before: 600 },
                alignment: AlignmentType.CENTER,
                children: [run({ text: d.signature.seal, placeholder: true }, 13)],
              }),
              new Paragraph({
                spacing: { before: 600 },
                alignment: AlignmentType.CENTER,
                children: [run({ text: d.signature.name, bold: true, placeholder: true }, 14)],
              }),
            ],
          }),
        ],
      }),
    ],
  });
}

export function reportSection(d: ReportDraft): ISectionOptions {
  const margin = { top: mm(20), bottom: mm(20), left: mm(30), right: mm(15) };
  const width = A4.width - margin.left - margin.right;
  return {
    properties: { titlePage: true, page: { size: A4, margin } },
    headers: {
      // Decree 30: pages numbered at the top, centred, from the second page.
      default: new Header({
        children: [
          new Paragraph({
            alignment: AlignmentType.CENTER,
            children: [new TextRun({ children: [PageNumber.CURRENT], font: FONT, size: pt(13) })],
          }),
        ],
      }),
      first: new Header({ children: [] }),
    },
    children: [
      headerTable(d, width),
      new Paragraph({ spacing: { before: 240 }, children: [] }),
      line(d.title, { bold: true, size: 14 }),
      line(d.subject, { bold: true, size: 14 }),
      rule(55),
      new Paragraph({
        alignment: AlignmentType.CENTER,
        spacing: { before: 120, after: 240 },
        children: [run({ text: d.to })],
      }),
      ...d.blocks.map(block),
      new Paragraph({ spacing: { after: 120 }, children: [] }),
      signatureTable(d, width),
    ],
  };
}

const document = (sections: ISectionOptions[], title: string) =>
  new Document({
    title,
    creator: 'Bình đẳng giới: mục tiêu và thực tế',
    styles: { default: { document: { run: { font: FONT, size: pt(14) } } } },
    sections,
  });

/** The annex alone (Word). */
export async function annexDocx(annex: Annex): Promise<Blob> {
  const text = new AnnexText('vi');
  return Packer.toBlob(document([annexSection(annex, text)], text.table(annex).heading));
}

/** The report draft with its annex appended in a landscape section (Word). */
export async function reportDocx(annex: Annex): Promise<Blob> {
  const text = new AnnexText('vi');
  const draft = reportDraft(annex, text);
  return Packer.toBlob(
    document([reportSection(draft), annexSection(annex, text)], `${draft.title} ${draft.subject}`),
  );
}
