// The header row of an uploaded table: which column is the indicator, the province, the year,
// the value (or the counts a share is computed from), in Vietnamese or English, and the layout
// (long: one value per row; wide: years as columns). A header an officer made over two rows
// ("Giá trị" above "Tử số" and "Mẫu số", "Số liệu" above the years) is read as one; a header
// where two columns claim the same thing (often one cell merged across both) is refused, naming
// the row and the columns, instead of reading one of them and dropping the other.
import { nameKey } from '../dataset/names.ts';
import { cellText, columnName, isCovered, isEmpty, type Cell } from './cells.ts';

export type Field =
  'indicator' | 'area' | 'year' | 'value' | 'unit' | 'numerator' | 'denominator' | 'agency';

const HEADERS: Record<Field, string[]> = {
  indicator: ['chi tieu', 'ten chi tieu', 'indicator', 'ma chi tieu', 'indicator id', 'noi dung'],
  area: [
    'tinh/thanh pho',
    'tinh',
    'tinh thanh',
    'tinh, thanh pho',
    'dia ban',
    'province',
    'area',
    'dia phuong',
  ],
  year: ['nam', 'year', 'ky bao cao'],
  value: ['gia tri', 'value', 'so lieu', 'ket qua', 'thuc hien'],
  unit: ['don vi tinh', 'don vi', 'dvt', 'unit'],
  numerator: ['tu so', 'numerator'],
  denominator: ['mau so', 'denominator'],
  agency: ['co quan bao cao', 'reporting agency', 'agency'],
};

/** Fields one column at most may hold (an indicator may be named by code and by name). */
const UNIQUE: readonly Field[] = ['area', 'year', 'value', 'numerator', 'denominator'];

export function fieldOf(header: string): Field | null {
  const key = nameKey(header).replace(/\s*\(.*\)$/, '');
  for (const [field, names] of Object.entries(HEADERS) as [Field, string[]][]) {
    if (names.includes(key)) return field;
  }
  return null;
}

export const YEAR = /^(19|20)\d{2}$/;

/** A header cell's text names a column (a field or a year). */
const isHeaderWord = (text: string) => fieldOf(text) !== null || YEAR.test(text);

export interface Header {
  /** Column names as the file has them (a cell under a merge: the text of the merged range). */
  names: string[];
  /** The first column of a field, -1 when absent. */
  col: (f: Field) => number;
  yearColumns: number[];
  layout: 'long' | 'wide';
}

export function findHeader(cells: readonly Cell[]): Header | null {
  const names = Array.from(cells, (c) => cellText(c));
  const fields = names.map(fieldOf);
  if (!fields.includes('indicator')) return null;
  const col = (f: Field) => fields.indexOf(f);
  const yearColumns = names.map((h, i) => (YEAR.test(h) ? i : -1)).filter((i) => i >= 0);
  // The value, or the two counts it is computed from.
  const values = col('value') >= 0 || (col('numerator') >= 0 && col('denominator') >= 0);
  if (!values && yearColumns.length === 0) return null;
  const layout = values && col('year') >= 0 ? 'long' : 'wide';
  if (layout === 'wide' && yearColumns.length === 0) return null;
  return { names, col, yearColumns, layout };
}

/**
 * The header a row and the row just below it make together, when the lower one only adds header
 * words under the upper one (sub-headers under a merged or centred cell); otherwise null.
 */
export function twoRowHeader(upper: readonly Cell[], lower: readonly Cell[]): Cell[] | null {
  // Both rows must give the header something: the lower a label, the upper a label of its own
  // over an empty (or merged-down) cell. A title above a full header gives it nothing.
  let added = 0;
  let kept = 0;
  const width = Math.max(upper.length, lower.length);
  const cells: Cell[] = [];
  for (let k = 0; k < width; k++) {
    const below = lower[k];
    if (isEmpty(below) || (isCovered(below) && cellText(below) === cellText(upper[k]))) {
      if (!isEmpty(upper[k])) kept++;
      cells.push(upper[k]);
      continue;
    }
    if (!isHeaderWord(cellText(below))) return null;
    if (!isCovered(below)) added++;
    cells.push(below);
  }
  return added > 0 && kept > 0 ? cells : null;
}

/** Why a header cannot be read: two columns for the same field. */
export interface DuplicateColumns {
  /** The header's text for the field, as the first of the columns has it. */
  text: string;
  /** Column letters, e.g. "C, D". */
  columns: string;
  /** The merged range the columns share, when a merge made them alike. */
  merged: string | null;
}

export function duplicateColumns(header: Header, cells: readonly Cell[]): DuplicateColumns | null {
  const seen = new Map<string, number[]>();
  header.names.forEach((name, k) => {
    const field = fieldOf(name);
    const key = field && UNIQUE.includes(field) ? field : YEAR.test(name) ? name : null;
    if (key === null) return;
    seen.set(key, [...(seen.get(key) ?? []), k]);
  });
  for (const ks of seen.values()) {
    if (ks.length < 2) continue;
    const covered = ks.map((k) => cells[k]).find(isCovered);
    return {
      text: header.names[ks[0]!]!,
      columns: ks.map(columnName).join(', '),
      merged: covered ? covered.merged : null,
    };
  }
  return null;
}
