// Workbooks written here, part by part, as Excel writes them (shared strings, inline strings,
// formula cells with their cached result or an error, number formats in the styles, merged
// ranges, sheets in any number): fixtures for the reader, never files in data/. Used by the unit
// tests and the e2e tests.
import { strToU8, zipSync } from 'fflate';

export type FixtureCell =
  | string
  | number
  | null
  /** A formula whose cached result is an error, e.g. { formula: '1/0', error: '#DIV/0!' }. */
  | { formula: string; error: string }
  /** A formula saved without its result (as some generators write them). */
  | { formula: string }
  /**
   * A styled cell: a number with a number format (a built-in id such as 9 "0%" or 14, a date, or
   * a custom code such as "0.0%"), text kept as text ("'110,5" as Excel stores it: the text
   * with quotePrefix), or text written inline instead of in the shared strings.
   */
  | { value: number | string; format?: number | string; quotePrefix?: boolean; inline?: boolean }
  /** A date cell as some writers store it (t="d", an ISO date). */
  | { isoDate: string };

export interface FixtureSheet {
  name: string;
  rows: FixtureCell[][];
  /** 1-based number of the first row (rows above are absent from the sheet). */
  firstRow?: number;
  /** Merged ranges, e.g. "C1:D1" (written after the rows, as Excel does). */
  merges?: string[];
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
  // Cell formats (cellXfs) in order of first use; index 0 is the default. Custom codes get the
  // ids from 164, as Excel numbers them.
  const xfs: { numFmtId: number; quotePrefix: boolean }[] = [{ numFmtId: 0, quotePrefix: false }];
  const customCodes = new Map<string, number>();
  const styleOf = (format: number | string | undefined, quotePrefix = false) => {
    let id = 0;
    if (typeof format === 'number') id = format;
    else if (typeof format === 'string') {
      if (!customCodes.has(format)) customCodes.set(format, 164 + customCodes.size);
      id = customCodes.get(format)!;
    }
    let at = xfs.findIndex((x) => x.numFmtId === id && x.quotePrefix === quotePrefix);
    if (at < 0) at = xfs.push({ numFmtId: id, quotePrefix }) - 1;
    return at;
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
          if ('isoDate' in c) return `<c r="${ref}" t="d"><v>${c.isoDate}</v></c>`;
          if ('value' in c) {
            const s = styleOf(c.format, c.quotePrefix);
            const style = s ? ` s="${s}"` : '';
            if (typeof c.value === 'number') return `<c r="${ref}"${style}><v>${c.value}</v></c>`;
            if (c.inline)
              return `<c r="${ref}"${style} t="inlineStr"><is><t>${esc(c.value)}</t></is></c>`;
            return `<c r="${ref}"${style} t="s"><v>${shared(c.value)}</v></c>`;
          }
          if ('error' in c)
            return `<c r="${ref}" t="e"><f>${esc(c.formula)}</f><v>${esc(c.error)}</v></c>`;
          return `<c r="${ref}"><f>${esc(c.formula)}</f></c>`;
        })
        .join('');
      return `<row r="${r}">${xml}</row>`;
    });
    const merges = sheet.merges?.length
      ? `<mergeCells count="${sheet.merges.length}">${sheet.merges.map((m) => `<mergeCell ref="${m}"/>`).join('')}</mergeCells>`
      : '';
    parts[`xl/worksheets/sheet${n + 1}.xml`] =
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="${NS}"><sheetData>${rows.join('')}</sheetData>${merges}</worksheet>`;
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
  const numFmts = customCodes.size
    ? `<numFmts count="${customCodes.size}">${[...customCodes]
        .map(([code, id]) => `<numFmt numFmtId="${id}" formatCode="${esc(code)}"/>`)
        .join('')}</numFmts>`
    : '';
  parts['xl/styles.xml'] =
    `<?xml version="1.0" encoding="UTF-8"?><styleSheet xmlns="${NS}">${numFmts}<fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts><fills count="1"><fill><patternFill patternType="none"/></fill></fills><borders count="1"><border/></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="${xfs.length}">${xfs
      .map(
        (x) =>
          `<xf numFmtId="${x.numFmtId}" fontId="0" fillId="0" borderId="0" xfId="0"${x.numFmtId ? ' applyNumberFormat="1"' : ''}${x.quotePrefix ? ' quotePrefix="1"' : ''}/>`,
      )
      .join(
        '',
      )}</cellXfs><cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>`;
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
