// Workbooks written here, part by part, as Excel writes them (shared strings, formula cells with
// their cached result or an error, sheets in any number): fixtures for the reader, never files
// in data/. Used by the unit tests and the e2e tests.
import { strToU8, zipSync } from 'fflate';

export type FixtureCell =
  | string
  | number
  | null
  /** A formula whose cached result is an error, e.g. { formula: '1/0', error: '#DIV/0!' }. */
  | { formula: string; error: string }
  /** A formula saved without its result (as some generators write them). */
  | { formula: string };

export interface FixtureSheet {
  name: string;
  rows: FixtureCell[][];
  /** 1-based number of the first row (rows above are absent from the sheet). */
  firstRow?: number;
}

const esc = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const columnName = (i: number): string =>
  i < 26 ? String.fromCharCode(65 + i) : columnName(Math.floor(i / 26) - 1) + columnName(i % 26);

const NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

/** The workbook's parts (name → XML text), to be zipped or altered first. */
export function xlsxParts(sheets: FixtureSheet[]): Record<string, string> {
  const strings: string[] = [];
  const index = new Map<string, number>();
  const shared = (s: string) => {
    if (!index.has(s)) index.set(s, strings.push(s) - 1);
    return index.get(s)!;
  };
  const parts: Record<string, string> = {};
  sheets.forEach((sheet, n) => {
    const rows = sheet.rows.map((cells, i) => {
      const r = (sheet.firstRow ?? 1) + i;
      const xml = cells
        .map((c, k) => {
          const ref = `${columnName(k)}${r}`;
          if (c === null) return '';
          if (typeof c === 'number') return `<c r="${ref}"><v>${c}</v></c>`;
          if (typeof c === 'string') return `<c r="${ref}" t="s"><v>${shared(c)}</v></c>`;
          if ('error' in c)
            return `<c r="${ref}" t="e"><f>${esc(c.formula)}</f><v>${esc(c.error)}</v></c>`;
          return `<c r="${ref}"><f>${esc(c.formula)}</f></c>`;
        })
        .join('');
      return `<row r="${r}">${xml}</row>`;
    });
    parts[`xl/worksheets/sheet${n + 1}.xml`] =
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="${NS}"><sheetData>${rows.join('')}</sheetData></worksheet>`;
  });
  parts['[Content_Types].xml'] =
    `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/></Types>`;
  parts['_rels/.rels'] =
    `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`;
  parts['xl/workbook.xml'] =
    `<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="${NS}" xmlns:r="${REL}"><sheets>${sheets
      .map((s, n) => `<sheet name="${esc(s.name)}" sheetId="${n + 1}" r:id="rId${n + 1}"/>`)
      .join('')}</sheets></workbook>`;
  parts['xl/_rels/workbook.xml.rels'] =
    `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${sheets
      .map(
        (_, n) =>
          `<Relationship Id="rId${n + 1}" Type="${REL}/worksheet" Target="worksheets/sheet${n + 1}.xml"/>`,
      )
      .join(
        '',
      )}<Relationship Id="rIdS" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/><Relationship Id="rIdT" Type="${REL}/styles" Target="styles.xml"/></Relationships>`;
  parts['xl/styles.xml'] =
    `<?xml version="1.0" encoding="UTF-8"?><styleSheet xmlns="${NS}"><cellXfs count="1"><xf numFmtId="0"/></cellXfs></styleSheet>`;
  parts['xl/sharedStrings.xml'] =
    `<?xml version="1.0" encoding="UTF-8"?><sst xmlns="${NS}" count="${strings.length}">${strings
      .map((s) => `<si><t xml:space="preserve">${esc(s)}</t></si>`)
      .join('')}</sst>`;
  return parts;
}

export function zipParts(parts: Record<string, string | Uint8Array>): Uint8Array {
  return zipSync(
    Object.fromEntries(
      Object.entries(parts).map(([k, v]) => [k, typeof v === 'string' ? strToU8(v) : v]),
    ),
  );
}

export const makeXlsx = (sheets: FixtureSheet[]): Uint8Array => zipParts(xlsxParts(sheets));

/**
 * Rewrites the uncompressed size the central directory declares for one entry (the archive then
 * lies about its size, as a crafted zip bomb does).
 */
export function declareSize(zip: Uint8Array, entryName: string, size: number): Uint8Array {
  const out = zip.slice();
  const view = new DataView(out.buffer);
  const name = new TextEncoder().encode(entryName);
  for (let at = 0; at + 46 < out.length; at++) {
    if (view.getUint32(at, true) !== 0x02014b50) continue;
    const length = view.getUint16(at + 28, true);
    const here = out.subarray(at + 46, at + 46 + length);
    if (length === name.length && here.every((b, i) => b === name[i])) {
      view.setUint32(at + 24, size, true);
      return out;
    }
  }
  throw new Error(`no entry ${entryName}`);
}
