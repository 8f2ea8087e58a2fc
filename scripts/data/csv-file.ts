// CSV files for people: UTF-8 with a BOM (so Excel shows Vietnamese), RFC 4180 quoting, and text
// that a spreadsheet would execute (= + - @ tab CR) neutralised with a leading apostrophe.
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

export function toCsvText(
  columns: readonly string[],
  rows: readonly Record<string, Cell>[],
): string {
  const lines = [columns.map(quote).join(',')];
  for (const row of rows) lines.push(columns.map((c) => quote(neutraliseCell(row[c]))).join(','));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
