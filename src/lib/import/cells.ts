// A cell as the readers hand it on: what the spreadsheet stored, with what its format says about
// it. A number in a cell formatted as a percentage is kept apart from a plain number (the sheet
// shows 0.255 as 25.5 %), a date apart from a number, and a cell hidden under merged cells apart
// from an empty one, so the rules that read values can tell them apart and say why.

/** A spreadsheet cell whose formula gave an error ("#DIV/0!"), or `null` when it was never computed. */
export interface CellError {
  error: string | null;
}

/** A number in a cell formatted as a percentage: the stored fraction (0.255 is shown as 25.5 %). */
export interface PercentCell {
  percent: number;
}

/** A cell holding a date or a time (a date-formatted number, or a date value), as ISO text. */
export interface DateCell {
  date: string;
}

/** A cell hidden under merged cells: the merged range ("C1:D1") and the text of its first cell. */
export interface CoveredCell {
  merged: string;
  anchor: string;
}

/** A cell as read: text (CSV, or text in a sheet), a number typed in a sheet, … or nothing. */
export type Cell =
  string | number | CellError | PercentCell | DateCell | CoveredCell | null | undefined;

/** What a record's value can be once errors are set apart. */
export type RawValue = string | number | PercentCell | DateCell | CoveredCell;

const isObject = (c: Cell): c is CellError | PercentCell | DateCell | CoveredCell =>
  typeof c === 'object' && c !== null;
export const isError = (c: Cell): c is CellError => isObject(c) && 'error' in c;
export const isPercentCell = (c: Cell): c is PercentCell => isObject(c) && 'percent' in c;
export const isDateCell = (c: Cell): c is DateCell => isObject(c) && 'date' in c;
export const isCovered = (c: Cell): c is CoveredCell => isObject(c) && 'merged' in c;

/** A stored fraction as the sheet shows it in per cent: 0.313 → 31.3 (no 31.299999999999997). */
export const percentOf = (fraction: number): number => Number((fraction * 100).toPrecision(12));

/** The cell as text: what a header or a name column reads (a covered cell reads as its anchor). */
export function cellText(c: Cell): string {
  if (typeof c === 'string') return c.trim();
  if (typeof c === 'number') return String(c);
  if (!isObject(c)) return '';
  if ('percent' in c) return `${percentOf(c.percent)}%`;
  if ('date' in c) return c.date;
  if ('merged' in c) return c.anchor;
  return '';
}

/** Nothing typed in it: a covered cell is empty (its text belongs to the first cell of the range). */
export const isEmpty = (c: Cell): boolean =>
  c === null || c === undefined || isCovered(c) || (!isObject(c) && cellText(c) === '');

/** The record's value as read: a number, a percentage, a date, a covered cell, or text. */
export function rawValue(c: Cell): RawValue {
  if (typeof c === 'number') return c;
  if (isPercentCell(c) || isDateCell(c) || isCovered(c)) return c;
  return cellText(c);
}

/** "A", "B", … "Z", "AA": a 0-based column index as a spreadsheet names it. */
export function columnName(index: number): string {
  let name = '';
  for (let i = index + 1; i > 0; i = Math.floor((i - 1) / 26))
    name = String.fromCharCode(65 + ((i - 1) % 26)) + name;
  return name;
}

/** Column letters of a cell reference ("AB12") → 0-based index, or -1 without letters. */
export function columnOf(ref: string | undefined): number {
  if (!ref) return -1;
  let col = 0;
  let i = 0;
  for (; i < ref.length; i++) {
    const c = ref.charCodeAt(i) | 0x20;
    if (c < 97 || c > 122) break;
    col = col * 26 + (c - 96);
  }
  return i === 0 ? -1 : col - 1;
}
