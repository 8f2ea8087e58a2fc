// CSV for people: UTF-8 with a BOM (so Excel shows Vietnamese), RFC 4180 quoting, and text that a
// spreadsheet would execute (starting with = + - @ tab CR) neutralised with a leading apostrophe.
// Genuine numbers stay numbers. Used by the data build and by every download button.
type Cell = string | number | boolean | null | undefined;

const FORMULA_START = /^[=+\-@\t\r]/;

export function neutraliseCell(value: Cell): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  return FORMULA_START.test(value) ? `'${value}` : value;
}

function quote(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * Columns whose values come from a closed vocabulary (a comparator is `=`, `<`…, never user text):
 * a value of the vocabulary is written as it is; anything else is still neutralised.
 */
export type CsvVocabularies = Readonly<Record<string, readonly string[]>>;

/** CSV text; `headers` default to the column keys. */
export function toCsvText(
  columns: readonly string[],
  rows: readonly Record<string, Cell>[],
  headers: readonly string[] = columns,
  vocabularies: CsvVocabularies = {},
): string {
  const cell = (column: string, value: Cell) =>
    typeof value === 'string' && vocabularies[column]?.includes(value)
      ? value
      : neutraliseCell(value);
  const lines = [headers.map((h) => quote(neutraliseCell(h))).join(',')];
  for (const row of rows) lines.push(columns.map((c) => quote(cell(c, row[c]))).join(','));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
