// The SQL panel's sandbox: an analyst's own SQL runs on a DuckDB instance of its own (in the browser
// a DuckDB-WASM worker of its own: sql-sandbox-browser.ts), never on explore's connection. What the
// text may do is decided by DuckDB, not by a prefix check:
// - the database is attached READ_ONLY, then network and file access, extension install and
//   autoload are switched off and the configuration is locked, so no statement can turn them back;
// - the text is wrapped as a subquery (`SELECT * FROM (<text>) … LIMIT n`) and *prepared*: DuckDB
//   refuses several statements in one prepare, and only a query parses inside the parentheses;
// - a row limit (one row more is fetched to know the result was cut, then the rows are counted),
//   a time limit and a stop that ends the engine (a fresh one is started for the next query).
// The text and DuckDB's errors: sql-sandbox-text.ts.
import {
  EngineFailedError,
  classifyError,
  countQuery,
  scanSql,
  wrapQuery,
  type SandboxError,
} from './sql-sandbox-text.ts';

export interface SandboxLimits {
  rows: number;
  timeMs: number;
  memory: string;
  resultBytes: number;
  startMs: number;
}

/** Limits of the sandbox; the panel states them. */
export const SANDBOX_LIMITS: Readonly<SandboxLimits> = {
  /** Rows kept (shown and downloadable); the rest is counted, not kept. */
  rows: 5000,
  /** Time of one query (the count of a cut result included) before the engine is ended. */
  timeMs: 30_000,
  /** DuckDB's memory limit for the sandbox's operators (joins, sorts, aggregates). */
  memory: '256MB',
  /** Largest result brought to the page: a 300 MB string stops here, not in the page's memory. */
  resultBytes: 32 * 1024 * 1024,
  /** A wrong MIME type on the wasm makes instantiate() hang forever: fail after this. */
  startMs: 60_000,
};

/** Name under which the engine holds the published browser database. */
export const SANDBOX_DATABASE_FILE = 'gender.duckdb';

/**
 * The sandbox's set-up, in order: attach the database read-only (while file access is still on),
 * then switch off everything that reaches outside, then lock the configuration. Errors come as
 * JSON (type, message, byte position) so they can be classified and placed in the user's text.
 */
export function sandboxSetup(
  file: string = SANDBOX_DATABASE_FILE,
  memory: string = SANDBOX_LIMITS.memory,
): string[] {
  if (!/^\d+(\.\d+)?\s*[KMG]i?B$/.test(memory)) throw new Error(`Invalid memory limit: ${memory}`);
  return [
    `ATTACH '${file.replace(/'/g, "''")}' AS gender (READ_ONLY)`,
    'USE gender',
    'SET autoinstall_known_extensions = false',
    'SET autoload_known_extensions = false',
    'SET allow_community_extensions = false',
    `SET memory_limit = '${memory}'`,
    'SET errors_as_json = true',
    'SET enable_external_access = false',
    'SET lock_configuration = true',
  ];
}

/** One column of a result: its name and what kind of value it holds (for display). */
export type ColumnKind =
  | 'integer'
  | 'decimal'
  | 'text'
  | 'boolean'
  | 'date'
  | 'timestamp'
  | 'other';
export interface SandboxColumn {
  name: string;
  kind: ColumnKind;
}
export type SandboxCell = string | number | boolean | null;

/** A decoded result as an engine returns it. */
export interface SandboxTable {
  columns: SandboxColumn[];
  rows: SandboxCell[][];
}

/** One DuckDB instance the sandbox drives (a worker in the browser, node-api in tests). */
export interface SandboxEngine {
  /** Prepare exactly one statement and run it. */
  run(sql: string): Promise<SandboxTable>;
  /** End the engine now: a call in flight may never settle (the sandbox has moved on). */
  terminate(): void;
}

// ---------------------------------------------------------------------------------------------
// The sandbox: one engine at a time, one query at a time

export interface SandboxResult extends SandboxTable {
  /** Every row of the query when its rows were cut; null when counting took too long. */
  total: number | null;
  /** Whether more rows than `limit` came back (then `rows` holds the first `limit`). */
  cut: boolean;
  limit: number;
}

export type SandboxOutcome = { ok: true; result: SandboxResult } | { ok: false; error: SandboxError };

export type SandboxState = 'idle' | 'starting' | 'ready' | 'running';

class Ended extends Error {
  constructor(readonly kind: 'stopped' | 'timeout') {
    super(kind === 'stopped' ? 'Stopped by the user.' : 'The time limit was reached.');
  }
}

/**
 * Runs the analyst's queries on engines it starts on demand. A query runs against its time limit
 * and the Stop button; either ends the engine (the next query starts a fresh one), so a runaway
 * query never outlives its click.
 */
export class SqlSandbox {
  #engine: Promise<SandboxEngine> | null = null;
  #end: ((reason: Ended) => void) | null = null;
  #state: SandboxState = 'idle';
  readonly limits: SandboxLimits;

  constructor(
    private readonly startEngine: () => Promise<SandboxEngine>,
    limits: Partial<SandboxLimits> = {},
    private readonly onState: (state: SandboxState) => void = () => undefined,
  ) {
    this.limits = { ...SANDBOX_LIMITS, ...limits };
  }

  get state(): SandboxState {
    return this.#state;
  }

  #set(state: SandboxState) {
    this.#state = state;
    this.onState(state);
  }

  /** Start an engine now (e.g. when the panel opens), so the first query does not wait for it. */
  warmUp(): void {
    if (this.#engine || this.#end) return;
    this.#set('starting');
    void this.#engineOrStart().then(
      () => this.#state === 'starting' && this.#set('ready'),
      () => this.#state === 'starting' && this.#set('idle'),
    );
  }

  #engineOrStart(): Promise<SandboxEngine> {
    if (!this.#engine) {
      const starting = this.startEngine();
      this.#engine = starting;
      starting.catch(() => {
        if (this.#engine === starting) this.#engine = null; // a later query retries
      });
    }
    return this.#engine;
  }

  #discardEngine() {
    const engine = this.#engine;
    this.#engine = null;
    void engine?.then((e) => e.terminate()).catch(() => undefined);
  }

  /** Stop the running query at once (its engine is ended). */
  stop(): void {
    this.#end?.(new Ended('stopped'));
  }

  /** End the engine (the panel is gone). */
  dispose(): void {
    this.stop();
    this.#discardEngine();
  }

  async run(text: string): Promise<SandboxOutcome> {
    const { body } = scanSql(text);
    if (!body.trim()) return { ok: false, error: { kind: 'empty', detail: '' } };
    if (this.#end) throw new Error('A query is already running.');
    const limit = this.limits.rows;
    let ended: Ended | null = null;
    const endedPromise = new Promise<never>((_, reject) => {
      this.#end = (reason) => {
        if (ended) return;
        ended = reason;
        this.#discardEngine(); // the query stops with its engine
        reject(reason);
      };
    });
    endedPromise.catch(() => undefined);
    const guard = <T>(p: Promise<T>) => Promise.race([p, endedPromise]);
    this.#set('running');
    let timer: ReturnType<typeof setTimeout> | undefined;
    try {
      const engine = await guard(this.#engineOrStart());
      // The time limit counts the query, not the engine's start.
      timer = setTimeout(() => this.#end?.(new Ended('timeout')), this.limits.timeMs);
      const table = await guard(engine.run(wrapQuery(body, limit + 1)));
      const cut = table.rows.length > limit;
      const rows = cut ? table.rows.slice(0, limit) : table.rows;
      let total: number | null = cut ? null : rows.length;
      if (cut) total = await this.#count(engine, body, guard);
      return { ok: true, result: { columns: table.columns, rows, total, cut, limit } };
    } catch (error) {
      if (error instanceof Ended) return { ok: false, error: { kind: error.kind, detail: '' } };
      if (error instanceof EngineFailedError) this.#discardEngine();
      return { ok: false, error: classifyError(error, text) };
    } finally {
      clearTimeout(timer);
      this.#end = null;
      this.#set(this.#engine ? 'ready' : 'idle');
    }
  }

  /**
   * Count a cut result's rows. If that fails (out of time: the engine is ended; out of memory: an
   * endless recursive query), the kept rows still show, uncounted; a Stop stops everything.
   */
  async #count(
    engine: SandboxEngine,
    body: string,
    guard: <T>(p: Promise<T>) => Promise<T>,
  ): Promise<number | null> {
    try {
      const counted = await guard(engine.run(countQuery(body)));
      const n = counted.rows[0]?.[0];
      return typeof n === 'number' ? n : typeof n === 'string' ? Number(n) : null;
    } catch (error) {
      if (error instanceof Ended && error.kind === 'stopped') throw error;
      if (error instanceof EngineFailedError) this.#discardEngine();
      return null;
    }
  }
}
