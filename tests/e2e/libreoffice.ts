// LibreOffice in the e2e tests: the real spreadsheet an officer fills the templates in. The filling
// is done by libreoffice_fill.py (Python with Debian's python3-uno, driving Calc headless with a
// fresh profile set to Vietnamese); .ci/run installs both. Missing, the test fails saying what to
// install: it never passes without having run LibreOffice.
import { execFileSync } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** Debian's Python, the one python3-uno installs the uno module for. */
const PYTHON = '/usr/bin/python3';
const SCRIPT = join(import.meta.dirname, 'libreoffice_fill.py');

export interface FillJob {
  /** The template as downloaded (XLSX). */
  template: string;
  /** Path of the filled files without extension: .xlsx, .ods, -utf8.csv, -windows-1258.csv. */
  out: string;
  /** Indicator code → column name → the text typed into the cell, as typed ("31,3%", "'110,5"). */
  fill: Record<string, Record<string, string>>;
}

function check(): void {
  const missing: string[] = [];
  try {
    execFileSync('soffice', ['--version'], { stdio: 'ignore', timeout: 60_000 });
  } catch {
    missing.push('libreoffice-calc-nogui');
  }
  try {
    execFileSync(PYTHON, ['-c', 'import uno'], { stdio: 'ignore' });
  } catch {
    missing.push('python3-uno');
  }
  if (missing.length)
    throw new Error(
      `LibreOffice automation needs Debian's ${missing.join(' and ')} (apt-get install -y ${missing.join(' ')}; .ci/run does it)`,
    );
}

/** Fills each template in LibreOffice and saves it in the four formats; the files written. */
export function fillWithLibreOffice(jobs: FillJob[], workDir: string): string[] {
  check();
  const spec = join(workDir, 'jobs.json');
  writeFileSync(spec, JSON.stringify({ jobs }));
  const out = execFileSync(PYTHON, [SCRIPT, spec], { encoding: 'utf8', timeout: 300_000 });
  const written = JSON.parse(out.trim().split('\n').at(-1)!) as string[];
  for (const path of written)
    if (!existsSync(path)) throw new Error(`LibreOffice wrote no ${path}`);
  return written;
}
