// The SQL panel's sandbox: an analyst's own SQL runs on a DuckDB instance of its own (in the browser
// a DuckDB-WASM worker of its own: sql-sandbox-browser.ts), never on explore's connection. What the
// text may do is decided by DuckDB, not by a prefix check:
// - the database is attached READ_ONLY, then network and file access, extension install and
//   autoload are switched off and the configuration is locked, so no statement can turn them back;
// - the text is wrapped as a subquery (`SELECT * FROM (<text>) … LIMIT n`) and *prepared*: DuckDB
//   refuses several statements in one prepare, and only a query parses inside the parentheses;
// - a row limit (one row more is fetched to know the result was cut, then the rows are counted),
//   a time limit and a stop that ends the engine (a fresh one is started for the next query).
// The text scanner below only shapes messages (trailing semicolons, the first keyword); it decides
// nothing about safety.

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

/** Thrown by an engine for a result over `SANDBOX_LIMITS.resultBytes`. */
export class ResultTooLargeError extends Error {
  constructor(readonly bytes: number) {
    super(`The result is ${bytes} bytes.`);
    this.name = 'ResultTooLargeError';
  }
}

/** Thrown by an engine whose worker failed (crashed, out of memory) or could not start. */
export class EngineFailedError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'EngineFailedError';
  }
}

// ---------------------------------------------------------------------------------------------
// The user's text

const PREFIX = 'SELECT * FROM (\n';
/** An alias no analyst writes: a parser message quoting past the user's text is cut here. */
const ALIAS = 'sql_panel_result';
const SUFFIX_START = `\n) AS ${ALIAS}`;

export interface ScannedText {
  /** The text without trailing semicolons, whitespace and comments (offsets unchanged). */
  body: string;
  /** The first word of code (after comments), upper-cased, or '' when there is none. */
  firstKeyword: string;
}

/**
 * Find where the code of the text ends (strings, quoted names, dollar quotes and comments,
 * nested block comments included, are skipped) and its first keyword.
 */
export function scanSql(text: string): ScannedText {
  let lastCode = -1;
  let beforeSemicolons = -1;
  let firstKeyword = '';
  const code = (end: number) => {
    lastCode = end;
    beforeSemicolons = end;
  };
  let i = 0;
  while (i < text.length) {
    const c = text[i]!;
    const next = text[i + 1];
    if (c === '-' && next === '-') {
      const eol = text.indexOf('\n', i);
      i = eol < 0 ? text.length : eol;
    } else if (c === '/' && next === '*') {
      let depth = 1;
      i += 2;
      while (i < text.length && depth > 0) {
        const pair = text.slice(i, i + 2);
        if (pair === '/*' || pair === '*/') {
          depth += pair === '/*' ? 1 : -1;
          i += 2;
        } else i++;
      }
    } else if (c === "'" || c === '"') {
      const backslash = c === "'" && /[eE]/.test(text[i - 1] ?? '') && !/\w/.test(text[i - 2] ?? '');
      let j = i + 1;
      while (j < text.length) {
        if (backslash && text[j] === '\\') j += 2;
        else if (text[j] === c && text[j + 1] === c) j += 2;
        else if (text[j] === c) break;
        else j++;
      }
      code(Math.min(j, text.length - 1));
      i = j + 1;
    } else if (c === '$' && /^\$[A-Za-z_]*\$/.test(text.slice(i))) {
      const tag = text.slice(i).match(/^\$[A-Za-z_]*\$/)![0];
      const close = text.indexOf(tag, i + tag.length);
      const end = close < 0 ? text.length : close + tag.length;
      code(end - 1);
      i = end;
    } else if (/\s/.test(c)) {
      i++;
    } else if (c === ';') {
      lastCode = i;
      i++;
    } else {
      if (!firstKeyword && lastCode < 0 && /[A-Za-z_]/.test(c)) {
        firstKeyword = text.slice(i).match(/^[A-Za-z_]+/)![0].toUpperCase();
      }
      code(i);
      i++;
    }
  }
  return { body: text.slice(0, beforeSemicolons + 1), firstKeyword };
}

/** The statement the engine prepares: the user's query as a subquery, `limit` rows at most. */
export function wrapQuery(body: string, limit: number): string {
  return `${PREFIX}${body}${SUFFIX_START} LIMIT ${Math.floor(limit)}`;
}

/** The count of every row of the user's query (when its rows were cut). */
export function countQuery(body: string): string {
  return `SELECT count(*) AS n FROM (\n${body}${SUFFIX_START}`;
}

// ---------------------------------------------------------------------------------------------
// Errors

/** Where in the user's text (1-based line and column). */
export interface TextPosition {
  line: number;
  column: number;
}

export type SandboxErrorKind =
  | 'empty'
  | 'syntax'
  | 'notQuery'
  | 'severalStatements'
  | 'unknownTable'
  | 'unknownColumn'
  | 'unknownFunction'
  | 'extension'
  | 'fileAccess'
  | 'parameter'
  | 'conversion'
  | 'outOfRange'
  | 'memory'
  | 'tooLarge'
  | 'timeout'
  | 'stopped'
  | 'engine'
  | 'other';

export interface SandboxError {
  kind: SandboxErrorKind;
  /** In the user's text, when DuckDB says where; null for "at the end of the text". */
  at?: TextPosition | null;
  /** The text DuckDB points at (a syntax error's token). */
  near?: string;
  /** A table, column, function or extension name, a file, or a statement keyword. */
  name?: string;
  /** Names DuckDB suggests for an unknown column. */
  candidates?: string[];
  /** A too-large result's size in bytes. */
  bytes?: number;
  /** DuckDB's (or the sandbox's) own text, in English: shown on demand, never as the message. */
  detail: string;
}

/** Statements that are not queries: named as refused rather than as a syntax error. */
const NOT_QUERIES = new Set(
  (
    'ALTER ANALYZE ATTACH BEGIN CALL CHECKPOINT COMMENT COMMIT COPY CREATE DEALLOCATE DELETE ' +
    'DETACH DROP END EXECUTE EXPLAIN EXPORT FORCE GRANT IMPORT INSERT INSTALL LOAD MERGE PRAGMA ' +
    'PREPARE RESET REVOKE ROLLBACK SECRET SET START TRANSACTION TRUNCATE UNINSTALL UPDATE UPSERT ' +
    'USE VACUUM'
  ).split(' '),
);

interface DuckDBErrorFields {
  type: string;
  message: string;
  subtype?: string;
  /** Byte offset in the statement sent. */
  position?: number;
  name?: string;
  entryType?: string;
  candidates?: string;
}

/** Read DuckDB's error: JSON (errors_as_json), possibly after a "Parser Error: " prefix, or text. */
export function parseDuckDBError(raw: string): DuckDBErrorFields {
  const start = raw.indexOf('{"exception_type"');
  if (start >= 0) {
    try {
      const json = JSON.parse(raw.slice(start)) as Record<string, string | undefined>;
      const position = Number(json.position);
      return {
        type: json.exception_type ?? 'Unknown',
        message: json.exception_message ?? raw,
        subtype: json.error_subtype,
        position: json.position !== undefined && Number.isFinite(position) ? position : undefined,
        name: json.name,
        entryType: json.type,
        candidates: json.candidates,
      };
    } catch {
      // not JSON after all: read it as text
    }
  }
  const text = raw.replace(/^Error:\s*/, '');
  const m = text.match(/^([A-Z][A-Za-z ]*?) Error: ([\s\S]*)$/);
  return m ? { type: m[1]!, message: m[2]! } : { type: 'Unknown', message: text };
}

/** Line and column (1-based) of a character offset in the text. */
export function positionOf(text: string, offset: number): TextPosition {
  const before = text.slice(0, offset);
  const lines = before.split('\n');
  return { line: lines.length, column: lines[lines.length - 1]!.length + 1 };
}

/** The user-text position of a byte offset in the wrapped statement; null past the text's end. */
function userPosition(body: string, bytePosition: number | undefined) {
  if (bytePosition === undefined) return undefined;
  const sent = new TextEncoder().encode(PREFIX + body + SUFFIX_START);
  const chars = new TextDecoder().decode(sent.slice(0, bytePosition)).length - PREFIX.length;
  if (chars < 0) return undefined;
  if (chars >= body.length) return null;
  return positionOf(body, chars);
}

/** Classify an engine's error for the panel (the user's text is needed to place positions). */
export function classifyError(error: unknown, text: string): SandboxError {
  if (error instanceof ResultTooLargeError)
    return { kind: 'tooLarge', bytes: error.bytes, detail: error.message };
  if (error instanceof EngineFailedError) {
    return /out of memory|allocation/i.test(error.message)
      ? { kind: 'memory', detail: error.message }
      : { kind: 'engine', detail: error.message };
  }
  const raw = error instanceof Error ? error.message : String(error);
  const { body, firstKeyword } = scanSql(text);
  const e = parseDuckDBError(raw);
  const detail = `${e.type} Error: ${e.message}`;
  const at = userPosition(body, e.position);
  const base = { detail, ...(at !== undefined ? { at } : {}) };
  switch (e.type) {
    case 'Parser': {
      if (NOT_QUERIES.has(firstKeyword))
        return { kind: 'notQuery', name: firstKeyword, detail, at: undefined };
      const near = e.message.match(/at or near "([\s\S]*)"$/)?.[1]?.split(SUFFIX_START)[0];
      if (near === ';') return { ...base, kind: 'severalStatements' };
      return { ...base, kind: 'syntax', ...(near ? { near } : {}) };
    }
    case 'Invalid Input':
      if (/multiple statements/i.test(e.message)) return { ...base, kind: 'severalStatements' };
      if (/prepared statement parameters/i.test(e.message)) return { ...base, kind: 'parameter' };
      break;
    case 'Catalog': {
      const extension = e.message.match(/exists in the (\w+) extension/)?.[1];
      if (extension) return { ...base, kind: 'extension', name: extension };
      if (e.subtype === 'MISSING_ENTRY' && e.name) {
        if (e.entryType === 'Table') return { ...base, kind: 'unknownTable', name: e.name };
        if (/Function/.test(e.entryType ?? ''))
          return { ...base, kind: 'unknownFunction', name: e.name };
      }
      break;
    }
    case 'Binder':
      if (e.subtype === 'COLUMN_NOT_FOUND' && e.name) {
        const candidates = (e.candidates ?? '').split(',').filter(Boolean);
        return { ...base, kind: 'unknownColumn', name: e.name, candidates };
      }
      break;
    case 'Permission': {
      const file = e.message.match(/Cannot access (?:file|directory) "([^"]*)"/)?.[1];
      if (file !== undefined) return { ...base, kind: 'fileAccess', name: file };
      if (/extension/i.test(e.message)) return { ...base, kind: 'extension', name: '' };
      break;
    }
    case 'Conversion':
      return { ...base, kind: 'conversion' };
    case 'Out of Range':
      return { ...base, kind: 'outOfRange' };
    case 'Out of Memory':
      return { ...base, kind: 'memory' };
    case 'INTERRUPT':
    case 'Interrupt':
      return { ...base, kind: 'stopped' };
  }
  if (/out of memory/i.test(raw)) return { ...base, kind: 'memory' };
  return { ...base, kind: 'other' };
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
