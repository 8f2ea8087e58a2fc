// OpenDocument spreadsheets written here as LibreOffice writes them (content.xml with typed cells,
// repeated rows and columns, spanned and covered cells; the "mimetype" entry first, stored):
// fixtures for the ODS reader, never files in data/.
import { strToU8, zipSync } from 'fflate';

const esc = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const repeat = (n: number | undefined) =>
  n && n > 1 ? ` table:number-columns-repeated="${n}"` : '';
const p = (text: string) => `<text:p>${esc(text)}</text:p>`;

/** Cells as content.xml writes them. */
export const cell = {
  str: (text: string, n?: number) =>
    `<table:table-cell office:value-type="string" calcext:value-type="string"${repeat(n)}>${p(text)}</table:table-cell>`,
  float: (value: number, shown = String(value).replace('.', ','), n?: number) =>
    `<table:table-cell office:value-type="float" office:value="${value}" calcext:value-type="float"${repeat(n)}>${p(shown)}</table:table-cell>`,
  percent: (fraction: number, shown: string) =>
    `<table:table-cell table:style-name="ce2" office:value-type="percentage" office:value="${fraction}" calcext:value-type="percentage">${p(shown)}</table:table-cell>`,
  currency: (value: number, shown: string) =>
    `<table:table-cell office:value-type="currency" office:currency="VND" office:value="${value}" calcext:value-type="currency">${p(shown)}</table:table-cell>`,
  date: (iso: string, shown: string) =>
    `<table:table-cell table:style-name="ce3" office:value-type="date" office:date-value="${iso}" calcext:value-type="date">${p(shown)}</table:table-cell>`,
  time: (duration: string, shown: string) =>
    `<table:table-cell office:value-type="time" office:time-value="${duration}" calcext:value-type="time">${p(shown)}</table:table-cell>`,
  bool: (value: boolean) =>
    `<table:table-cell office:value-type="boolean" office:boolean-value="${value}" calcext:value-type="boolean">${p(value ? 'TRUE' : 'FALSE')}</table:table-cell>`,
  /** A formula with its saved result (a number). */
  formula: (formula: string, value: number, shown: string) =>
    `<table:table-cell table:formula="of:=${esc(formula)}" office:value-type="float" office:value="${value}" calcext:value-type="float">${p(shown)}</table:table-cell>`,
  /** A formula whose result is an error, as LibreOffice saves it. */
  formulaError: (formula: string, error: string) =>
    `<table:table-cell table:formula="of:=${esc(formula)}" office:value-type="string" office:string-value="" calcext:value-type="error">${p(error)}</table:table-cell>`,
  /** A formula saved without a result (no value type). */
  formulaNoResult: (formula: string) => `<table:table-cell table:formula="of:=${esc(formula)}"/>`,
  /** The first cell of a merged range. */
  span: (text: string, columns: number, rows = 1) =>
    `<table:table-cell office:value-type="string" calcext:value-type="string" table:number-columns-spanned="${columns}" table:number-rows-spanned="${rows}">${p(text)}</table:table-cell>`,
  covered: (n?: number) => `<table:covered-table-cell${repeat(n)}/>`,
  empty: (n?: number) => `<table:table-cell${repeat(n)}/>`,
  /** Raw markup, for what the helpers do not cover. */
  raw: (xml: string) => xml,
};

export const row = (cells: string[], repeated?: number) =>
  `<table:table-row table:style-name="ro1"${repeated && repeated > 1 ? ` table:number-rows-repeated="${repeated}"` : ''}>${cells.join('')}</table:table-row>`;

/** LibreOffice's way of ending a sheet: the rest of the rows, empty, repeated. */
export const restOfSheet = (rows: number) => row([cell.empty(16384)], rows);

export interface OdsSheet {
  name: string;
  rows: string[];
}

export function odsContent(sheets: OdsSheet[]): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:calcext="urn:org:documentfoundation:names:experimental:calc:xmlns:calcext:1.0" xmlns:dc="http://purl.org/dc/elements/1.1/" office:version="1.3"><office:body><office:spreadsheet>${sheets
    .map(
      (s) =>
        `<table:table table:name="${esc(s.name)}" table:style-name="ta1"><table:table-column table:number-columns-repeated="16384"/>${s.rows.join('')}</table:table>`,
    )
    .join(
      '',
    )}<table:named-expressions/></office:spreadsheet></office:body></office:document-content>`;
}

export function odsParts(sheets: OdsSheet[]): Record<string, string> {
  return {
    mimetype: 'application/vnd.oasis.opendocument.spreadsheet',
    'content.xml': odsContent(sheets),
    'META-INF/manifest.xml': `<?xml version="1.0" encoding="UTF-8"?><manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.3"><manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/><manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/></manifest:manifest>`,
  };
}

export function zipOds(parts: Record<string, string>): Uint8Array {
  const { mimetype, ...rest } = parts;
  return zipSync({
    // First and stored, as the format requires.
    ...(mimetype === undefined ? {} : { mimetype: [strToU8(mimetype), { level: 0 }] }),
    ...Object.fromEntries(Object.entries(rest).map(([k, v]) => [k, strToU8(v)])),
  });
}

export const makeOds = (sheets: OdsSheet[]): Uint8Array => zipOds(odsParts(sheets));
