// The SQL panel's sandbox, the user's text: where its code ends (trailing semicolons and comments
// dropped), the statement actually prepared (the text as a subquery: only a query parses there),
// and DuckDB's errors read (as JSON: errors_as_json) and placed back in the user's text. The
// scanner shapes messages only; what may run is decided by DuckDB (sql-sandbox.ts).
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
