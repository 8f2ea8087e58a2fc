// Rows as a page ships them inline: the column names once, then one array of values per row (a
// page's data is serialised with every key of every object otherwise: a status row's 30 names
// cost more than its values). Pure; the page unpacks them as it draws.

type Column<T> = keyof T & string;

/** Rows of one shape: the first row's keys are the columns. */
export interface PackedRows<T extends object> {
  columns: Column<T>[];
  values: T[Column<T>][][];
}

export function packRows<T extends object>(rows: readonly T[]): PackedRows<T> {
  const columns = (rows.length ? Object.keys(rows[0]!) : []) as Column<T>[];
  return { columns, values: rows.map((r) => columns.map((c) => r[c])) };
}

export function unpackRows<T extends object>(packed: PackedRows<T>): T[] {
  return packed.values.map((values) => {
    const row: Partial<T> = {};
    packed.columns.forEach((c, i) => (row[c] = values[i]));
    return row as T;
  });
}
