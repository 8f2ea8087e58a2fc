// Merged cells, as both workbook formats describe them (XLSX lists the ranges, OpenDocument spans
// them from their first cell): every cell hidden under a range is handed on as a covered cell
// naming the range and the text of its first cell. A header merged across two rows or columns
// then reads as the officer sees it, and a value cell under a merge is told apart from an empty
// one (see read-table.ts and validate.ts: a value is never copied into the cells a merge hides).
import { cellText, columnName, columnOf, type Cell } from './cells.ts';

/** Rows 1-based, columns 0-based, both ends included. */
export interface MergeRange {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** Ranges a sheet may merge: more is not a table an officer made (and costs time per row). */
export const MAX_MERGES = 10_000;
/** Columns of one range that are filled: a range across a whole row is not a header. */
const MAX_FILL_COLUMNS = 256;

export class TooManyMerges extends Error {}

export function parseRange(ref: string): MergeRange | null {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})(?::\$?([A-Za-z]{1,3})\$?(\d{1,7}))?$/.exec(ref.trim());
  if (!m) return null;
  const left = columnOf(m[1]);
  const top = Number(m[2]);
  const right = m[3] ? columnOf(m[3]) : left;
  const bottom = m[4] ? Number(m[4]) : top;
  if (top < 1 || bottom < top || right < left) return null;
  return { top, left, bottom, right };
}

export const rangeName = (r: MergeRange): string =>
  `${columnName(r.left)}${r.top}:${columnName(r.right)}${r.bottom}`;

interface Active {
  range: MergeRange;
  name: string;
  anchor: string;
}

/** Fills the cells merges hide, row by row, as the rows are read in order. */
export class MergeFill {
  private readonly pending: MergeRange[] = [];
  private next = 0;
  private active: Active[] = [];
  private count = 0;

  /** A range: all of them before the first row (XLSX), or each as its first cell is read (ODS). */
  add(range: MergeRange): void {
    if (range.top === range.bottom && range.left === range.right) return;
    if (++this.count > MAX_MERGES) throw new TooManyMerges(`more than ${MAX_MERGES} merges`);
    // Kept in order of their first row; ODS adds them in that order already.
    let at = this.pending.length;
    while (at > this.next && this.pending[at - 1]!.top > range.top) at--;
    this.pending.splice(at, 0, range);
  }

  get empty(): boolean {
    return this.count === 0;
  }

  /** The row's covered cells, in place. */
  apply(row: number, cells: Cell[]): void {
    if (this.count === 0) return;
    while (this.next < this.pending.length && this.pending[this.next]!.top <= row) {
      const range = this.pending[this.next++]!;
      this.active.push({ range, name: rangeName(range), anchor: '' });
    }
    this.active = this.active.filter((a) => a.range.bottom >= row);
    for (const a of this.active) {
      const { top, left, right } = a.range;
      if (top === row) a.anchor = cellText(cells[left]);
      const last = Math.min(right, left + MAX_FILL_COLUMNS);
      for (let c = left; c <= last; c++)
        if (row !== top || c !== left) cells[c] = { merged: a.name, anchor: a.anchor };
    }
  }
}
