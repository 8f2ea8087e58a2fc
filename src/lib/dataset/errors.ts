/** A problem in a source file, precise enough to fix: file, line, column and why. */
export interface SourceError {
  file: string;
  line: number;
  column: string;
  reason: string;
  /** What kind of problem, for a reader that words it in its own language (the compile page). */
  code?: string;
}

export function formatError(e: SourceError): string {
  return `${e.file}:${e.line} [${e.column}] ${e.reason}`;
}
