// The one interface every query goes through, whichever engine runs it (Node at build/test time,
// DuckDB-WASM in the browser). Values are always bound parameters; SQL text never contains data.

export type SqlParam = string | number | boolean | null;

/** A row as plain JS values: BIGINT/HUGEINT become number, DATE becomes 'YYYY-MM-DD'. */
export type Row = Record<string, string | number | boolean | null>;

export interface QueryOptions {
  /** Abandon the query: a superseded explore state, or a remote engine's request cancelled. */
  signal?: AbortSignal;
  /** Refuse results with more rows than this (RowLimitError), so a view never pulls a table. */
  maxRows?: number;
}

/**
 * The engine-neutral client every query goes through: in-browser DuckDB-WASM today, and the same
 * interface a remote DuckDB behind a query endpoint would implement (see README, scale path).
 */
export interface SqlClient {
  /** Run one statement with positional parameters ($1, $2, …) and return plain rows. */
  query<T = Row>(sql: string, params?: readonly SqlParam[], options?: QueryOptions): Promise<T[]>;
  /** Run statements that return nothing (DDL, COPY). Parameters are bound as for `query`. */
  exec(sql: string, params?: readonly SqlParam[]): Promise<void>;
  close(): Promise<void>;
}

/** A client whose engine runs in this tab: it can also read a file the user chose, locally. */
export interface LocalSqlClient extends SqlClient {
  /**
   * Make a text file readable by SQL under `name` (e.g. for read_csv), without it ever becoming
   * part of a statement. Used to load an analyst's own upload in one step; never sent anywhere.
   */
  registerText(name: string, text: string): Promise<void>;
}

export class RowLimitError extends Error {
  constructor(readonly maxRows: number) {
    super(`The query returned more than ${maxRows} rows.`);
    this.name = 'RowLimitError';
  }
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
