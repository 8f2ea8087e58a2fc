// The one interface every query goes through, whichever engine runs it (Node at build/test time,
// DuckDB-WASM in the browser). Values are always bound parameters; SQL text never contains data.

export type SqlParam = string | number | boolean | null;

/** A row as plain JS values: BIGINT/HUGEINT become number, DATE becomes 'YYYY-MM-DD'. */
export type Row = Record<string, string | number | boolean | null>;

export interface SqlClient {
  /** Run one statement with positional parameters ($1, $2, …) and return plain rows. */
  query<T = Row>(sql: string, params?: readonly SqlParam[]): Promise<T[]>;
  /** Run statements that return nothing (DDL, COPY). Parameters are bound as for `query`. */
  exec(sql: string, params?: readonly SqlParam[]): Promise<void>;
  close(): Promise<void>;
}

/** Quote an identifier strictly: only [A-Za-z_][A-Za-z0-9_]* is accepted, anything else throws. */
export function ident(name: string): string {
  if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(name)) throw new Error(`Invalid SQL identifier: ${name}`);
  return `"${name}"`;
}

/** Convert engine values to plain JS: bigint → number (all our counts fit), Date → ISO day. */
export function plainValue(v: unknown): string | number | boolean | null {
  if (v === null || v === undefined) return null;
  if (typeof v === 'bigint') return Number(v);
  if (typeof v === 'number' || typeof v === 'string' || typeof v === 'boolean') return v;
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  return String(v);
}
