// Every sheet of an uploaded XLSX workbook as rows of cells, read as the zip is inflated: text,
// numbers as typed, numbers in cells formatted as percentages (the sheet stores 0.255 and shows
// 25.5 %), dates, cells hidden under merged cells, and formula errors ("#DIV/0!", "#N/A", or a
// formula never computed) kept as errors so they can be reported, not turned into empty cells.
// The archive is unpacked under a size limit (see zip.ts).
import { columnOf, type Cell, type CellError } from './cells.ts';
import { MAX_MERGES, MergeFill, parseRange, TooManyMerges, type MergeRange } from './merges.ts';
import { XmlStream, type XmlHandler } from './xml.ts';
import {
  checkDeclaredSize,
  inflateEntry,
  InflateBudget,
  MAX_INFLATED_BYTES,
  readCentralDirectory,
  ZipError,
  type ZipEntry,
} from './zip.ts';

export interface SheetInfo {
  name: string;
  /** The part in the archive, or null when the workbook names a sheet it does not contain. */
  path: string | null;
}

/** A sheet's rows, in batches: `gap` rows absent from the sheet come before `rows`. */
export type RowsHandler = (batch: { gap: number; rows: Cell[][] }) => void;

const BATCH_ROWS = 2000;
const MAX_ROW = 1_048_576;
const MAX_COLUMN = 16_384;

const unreadable = (message: string): never => {
  throw new ZipError('unreadable', message);
};

/** Resolves a relationship target against the folder of the part that names it. */
function resolvePath(base: string, target: string): string {
  const parts = target.startsWith('/') ? [] : base.split('/').slice(0, -1);
  for (const p of target.replace(/^\//, '').split('/')) {
    if (p === '..') parts.pop();
    else if (p !== '.' && p !== '') parts.push(p);
  }
  return parts.join('/');
}

const relsPathOf = (part: string) => {
  const slash = part.lastIndexOf('/');
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
};

/** What a cell's number format says about the number it holds. */
type NumberKind = 'date' | 'percent' | null;

/** Excel's built-in number formats that show dates and times. */
const DATE_FORMATS = new Set([
  14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 45, 46, 47, 50, 51,
  52, 53, 54, 55, 56, 57, 58,
]);

/** Excel's built-in percentage formats: 0% and 0.00%. */
const PERCENT_FORMATS = new Set([9, 10]);

/**
 * A custom format code without its literal parts: quoted text, escaped characters, [colour],
 * [$currency-locale] and the padding (_x) and fill (*x) characters.
 */
const bareFormat = (code: string) =>
  code
    .replace(/"[^"]*"/g, '')
    .replace(/\\./g, '')
    .replace(/\[[^\]]*\]/g, '')
    .replace(/[_*]./g, '');

export function numberKindOf(id: number, code: string | undefined): NumberKind {
  if (code === undefined)
    return DATE_FORMATS.has(id) ? 'date' : PERCENT_FORMATS.has(id) ? 'percent' : null;
  const bare = bareFormat(code);
  if (/[dmyhs]/i.test(bare) && !/^general$/i.test(bare.trim())) return 'date';
  // An unquoted % multiplies by 100 for display: the cell stores the fraction.
  return bare.includes('%') ? 'percent' : null;
}

/** Serial day number → ISO date, as Excel counts (1900 or 1904 system). */
function serialToIso(serial: number, epoch1904: boolean): string {
  const base = epoch1904 ? Date.UTC(1904, 0, 1) : Date.UTC(1899, 11, 30);
  const date = new Date(base + Math.round(serial * 86_400_000));
  return Number.isNaN(date.getTime()) ? String(serial) : date.toISOString().slice(0, 10);
}

export class Workbook {
  private readonly entries = new Map<string, ZipEntry>();
  private readonly budget: InflateBudget;
  readonly sheets: SheetInfo[] = [];
  private sharedStrings: string[] = [];
  private numberKinds: NumberKind[] = [];
  private epoch1904 = false;

  /** Reads the archive's directory and the workbook's small parts; throws ZipError. */
  constructor(
    private readonly bytes: Uint8Array,
    limit = MAX_INFLATED_BYTES,
  ) {
    const entries = readCentralDirectory(bytes);
    checkDeclaredSize(entries, limit);
    this.budget = new InflateBudget(limit);
    for (const e of entries) if (!this.entries.has(e.name)) this.entries.set(e.name, e);

    const rootRels = this.relationships('_rels/.rels', '');
    const workbookPath =
      rootRels.find((r) => r.type.endsWith('/officeDocument'))?.target ?? 'xl/workbook.xml';
    if (!this.entries.has(workbookPath)) unreadable('no workbook part');
    const rels = this.relationships(relsPathOf(workbookPath), workbookPath);
    const byId = new Map(rels.map((r) => [r.id, r]));
    const declared: { name: string; rel: string }[] = [];
    this.parse(workbookPath, {
      open: (name, a) => {
        if (name === 'workbookPr') this.epoch1904 = a.date1904 === '1' || a.date1904 === 'true';
        else if (name === 'sheet') declared.push({ name: a.name ?? '', rel: a.id ?? '' });
      },
      close: () => {},
      text: () => {},
    });
    for (const d of declared) {
      const rel = byId.get(d.rel);
      const isSheet = rel?.type.endsWith('/worksheet') && this.entries.has(rel.target);
      this.sheets.push({ name: d.name, path: isSheet ? rel!.target : null });
    }
    const partOf = (kind: string, fallback: string) =>
      rels.find((r) => r.type.endsWith(`/${kind}`))?.target ?? resolvePath(workbookPath, fallback);
    this.readSharedStrings(partOf('sharedStrings', 'sharedStrings.xml'));
    this.readStyles(partOf('styles', 'styles.xml'));
  }

  /** Streams a part's XML through a handler; a missing part is read as empty when optional. */
  private parse(path: string, handler: XmlHandler, optional = false): void {
    const entry = this.entries.get(path);
    if (!entry) {
      if (optional) return;
      unreadable(`missing part ${path}`);
    }
    const decoder = new TextDecoder('utf-8');
    const xml = new XmlStream(handler);
    try {
      inflateEntry(this.bytes, entry!, this.budget, (chunk) =>
        xml.push(decoder.decode(chunk, { stream: true })),
      );
      xml.push(decoder.decode());
      xml.end();
    } catch (e) {
      if (e instanceof ZipError) throw e;
      unreadable(`${path}: ${e instanceof Error ? e.message : String(e)}`);
    }
  }

  private relationships(path: string, base: string) {
    const rels: { id: string; type: string; target: string }[] = [];
    this.parse(
      path,
      {
        open: (name, a) => {
          if (name === 'Relationship' && a.TargetMode !== 'External')
            rels.push({
              id: a.Id ?? '',
              type: a.Type ?? '',
              target: resolvePath(base, a.Target ?? ''),
            });
        },
        close: () => {},
        text: () => {},
      },
      true,
    );
    return rels;
  }

  private readSharedStrings(path: string): void {
    let current: string | null = null;
    let inText = false;
    let phonetic = 0;
    this.parse(
      path,
      {
        open: (name) => {
          if (name === 'si') current = '';
          else if (name === 't') inText = true;
          else if (name === 'rPh') phonetic++;
        },
        close: (name) => {
          if (name === 'si') {
            this.sharedStrings.push(current ?? '');
            current = null;
          } else if (name === 't') inText = false;
          else if (name === 'rPh') phonetic--;
        },
        // Ruby text (phonetic runs) is not part of the cell's value.
        text: (text) => {
          if (current !== null && inText && phonetic === 0) current += text;
        },
      },
      true,
    );
  }

  private readStyles(path: string): void {
    const custom = new Map<number, string>();
    const formats: number[] = [];
    let inCellXfs = false;
    this.parse(
      path,
      {
        open: (name, a) => {
          if (name === 'numFmt') custom.set(Number(a.numFmtId), a.formatCode ?? '');
          else if (name === 'cellXfs') inCellXfs = true;
          else if (name === 'xf' && inCellXfs) formats.push(Number(a.numFmtId ?? 0));
        },
        close: (name) => {
          if (name === 'cellXfs') inCellXfs = false;
        },
        text: () => {},
      },
      true,
    );
    this.numberKinds = formats.map((id) => numberKindOf(id, custom.get(id)));
  }

  /**
   * The merged ranges of a sheet. Excel writes them after the rows, so the part is inflated once
   * more before its rows are read (only looking for them; under a budget of its own, so a sheet
   * read twice is not refused for it).
   */
  private mergesOf(path: string): MergeRange[] {
    const entry = this.entries.get(path);
    if (!entry) return [];
    const ranges: MergeRange[] = [];
    const decoder = new TextDecoder('latin1');
    let carry = '';
    const scan = (text: string, final: boolean) => {
      const s = carry + text;
      let consumed = 0;
      if (s.includes('mergeCell')) {
        const tag = /<(?:[\w.-]+:)?mergeCell\s[^>]*>/g;
        for (let m = tag.exec(s); m; m = tag.exec(s)) {
          const ref = /\bref\s*=\s*["']([^"']*)["']/.exec(m[0]);
          const range = ref && parseRange(ref[1]!);
          if (range) ranges.push(range);
          if (ranges.length > MAX_MERGES) unreadable(`more than ${MAX_MERGES} merged ranges`);
          consumed = tag.lastIndex;
        }
      }
      // A tag cut at the end of this piece is carried over to the next.
      const open = s.lastIndexOf('<');
      carry = !final && open >= consumed && s.length - open < 1024 ? s.slice(open) : '';
    };
    try {
      inflateEntry(this.bytes, entry, new InflateBudget(this.budget.limit), (chunk) =>
        scan(decoder.decode(chunk, { stream: true }), false),
      );
    } catch (e) {
      if (e instanceof ZipError) throw e;
      unreadable(`${path}: ${e instanceof Error ? e.message : String(e)}`);
    }
    scan(decoder.decode(), true);
    return ranges;
  }

  /** Reads one sheet, handing its rows on in batches as the part is inflated. */
  readSheet(sheet: SheetInfo, onRows: RowsHandler): void {
    if (!sheet.path) return;
    const fill = new MergeFill();
    try {
      for (const range of this.mergesOf(sheet.path)) fill.add(range);
    } catch (e) {
      if (e instanceof TooManyMerges) unreadable(e.message);
      throw e;
    }
    let batch: Cell[][] = [];
    let gap = 0;
    let lastRow = 0;
    let row: Cell[] | null = null;
    let rowNumber = 0;
    let column = -1;
    let cell: { t: string; s: number; column: number } | null = null;
    let value: string | null = null;
    let inline: string | null = null;
    let formula = false;
    let inValue = false;
    let inText = false;
    let phonetic = 0;
    const flush = () => {
      if (batch.length || gap) onRows({ gap, rows: batch });
      batch = [];
      gap = 0;
    };
    const cellValue = (): Cell => {
      const { t, s } = cell!;
      if (t === 'e') return { error: value ?? '' } satisfies CellError;
      if (t === 'inlineStr') return inline ?? '';
      if (value === null) return formula ? ({ error: null } satisfies CellError) : null;
      if (t === 's') {
        const text = this.sharedStrings[Number(value)];
        return text ?? unreadable(`shared string ${value} missing`);
      }
      if (t === 'str') return value;
      if (t === 'b') return value === '1' ? 'TRUE' : 'FALSE';
      if (t === 'd') return { date: value.slice(0, 10) };
      if (value.trim() === '') return null;
      const n = Number(value);
      if (!Number.isFinite(n)) return value;
      const kind = this.numberKinds[s];
      if (kind === 'date') return { date: serialToIso(n, this.epoch1904) };
      return kind === 'percent' ? { percent: n } : n;
    };
    this.parse(sheet.path, {
      open: (name, a) => {
        if (name === 'row') {
          rowNumber = a.r ? Number(a.r) : lastRow + 1;
          if (!Number.isInteger(rowNumber) || rowNumber <= lastRow || rowNumber > MAX_ROW)
            unreadable(`row ${a.r} out of order`);
          if (rowNumber > lastRow + 1) {
            // Rows the sheet does not store come before this one: hand on what came before.
            if (batch.length) flush();
            gap += rowNumber - lastRow - 1;
          }
          row = [];
          column = -1;
        } else if (name === 'c' && row) {
          const at = columnOf(a.r);
          column = at >= 0 ? at : column + 1;
          if (column >= MAX_COLUMN) unreadable(`column of ${a.r} out of range`);
          cell = { t: a.t ?? 'n', s: Number(a.s ?? 0), column };
          value = null;
          inline = null;
          formula = false;
        } else if (cell) {
          if (name === 'v') {
            inValue = true;
            value ??= '';
          } else if (name === 'f') formula = true;
          else if (name === 'is') inline = '';
          else if (name === 't') inText = true;
          else if (name === 'rPh') phonetic++;
        }
      },
      close: (name) => {
        if (name === 'row' && row) {
          fill.apply(rowNumber, row);
          batch.push(row);
          lastRow = rowNumber;
          row = null;
          if (batch.length >= BATCH_ROWS) flush();
        } else if (name === 'c' && cell && row) {
          const v = cellValue();
          // Sparse: a cell far to the right does not fill the row with empty cells.
          if (v !== null && v !== '') row[cell.column] = v;
          cell = null;
        } else if (name === 'v') inValue = false;
        else if (name === 't') inText = false;
        else if (name === 'rPh') phonetic--;
      },
      text: (text) => {
        if (!cell) return;
        if (inValue) value = (value ?? '') + text;
        else if (inline !== null && inText && phonetic === 0) inline += text;
      },
    });
    flush();
  }
}
