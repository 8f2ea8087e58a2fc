// The import page's report panel as state: the annex of the chosen area, year and period, made
// from the kept upload and the official data the page's function returns (the data layer stays
// with the page), and the three downloads. The writers (write-excel-file, docx) are loaded only
// when a file is asked for. A run started for an older choice never overwrites a newer one.
import type { StatusRow } from '../domain/attainment/evaluate.ts';
import type { ReportPeriod } from '../domain/report-period.ts';
import type { ActualRow, Area, CrosswalkRow, Indicator, Target } from '../domain/types.ts';
import { buildAnnex, type Annex, type KeptValues } from './annex.ts';

/** The area's official actuals and verdicts for year − 1 and year; null when the engine failed. */
export type OfficialData = (
  areaId: string,
  year: number,
) => Promise<{ status: StatusRow[]; actuals: ActualRow[] } | null>;

export interface ReportChoice {
  area: Area;
  year: number;
  period: ReportPeriod;
  kept: KeptValues | null;
}

export interface ReportCatalog {
  indicators: readonly Indicator[];
  targets: readonly Target[];
  crosswalk: readonly CrosswalkRow[];
}

export type ReportFile = 'annex-xlsx' | 'annex-docx' | 'report-docx';

export type PanelState =
  | { kind: 'idle' }
  | { kind: 'loading' }
  | { kind: 'ready'; annex: Annex }
  | { kind: 'error'; message: string };

/** A file name every system can store: report or annex, area, year, and the period when 6-month. */
export function reportFileName(file: ReportFile, annex: Pick<Annex, 'area' | 'year' | 'period'>) {
  const stem = file === 'report-docx' ? 'bao-cao' : 'phu-luc';
  const period = annex.period === 'h1' ? '-6-thang' : '';
  return `${stem}-${annex.area.id}-${annex.year}${period}.${file === 'annex-xlsx' ? 'xlsx' : 'docx'}`;
}

/** The file's bytes, from the writer loaded on demand. */
export async function writeReportFile(file: ReportFile, annex: Annex): Promise<Blob> {
  if (file === 'annex-xlsx') return (await import('./annex-xlsx.ts')).annexXlsx(annex);
  const docx = await import('./docx.ts');
  return file === 'annex-docx' ? docx.annexDocx(annex) : docx.reportDocx(annex);
}

const sameChoice = (a: ReportChoice, b: ReportChoice) =>
  a.area.id === b.area.id && a.year === b.year && a.period === b.period && a.kept === b.kept;

export class ReportKit {
  state: PanelState = $state({ kind: 'idle' });
  #run = 0;
  #current: { choice: ReportChoice; promise: Promise<Annex | null> } | null = null;
  // A cache, never read reactively: a plain Map.
  // eslint-disable-next-line svelte/prefer-svelte-reactivity
  #official = new Map<string, Promise<{ status: StatusRow[]; actuals: ActualRow[] } | null>>();

  constructor(
    private readonly catalog: () => ReportCatalog,
    private readonly official: OfficialData,
  ) {}

  get annex(): Annex | null {
    return this.state.kind === 'ready' ? this.state.annex : null;
  }

  /**
   * The annex of a choice: made once per choice (asking again for the same choice, while it is
   * being made or once made, gets the same annex); the official data of an area and year is
   * asked for once.
   */
  prepare(choice: ReportChoice, today: string, noEngine: string): Promise<Annex | null> {
    const current = this.#current;
    if (current && sameChoice(current.choice, choice) && this.state.kind !== 'error')
      return current.promise;
    const promise = this.#make(choice, today, noEngine);
    this.#current = { choice, promise };
    return promise;
  }

  async #make(choice: ReportChoice, today: string, noEngine: string): Promise<Annex | null> {
    const run = ++this.#run;
    this.state = { kind: 'loading' };
    const key = `${choice.area.id}|${choice.year}`;
    let pending = this.#official.get(key);
    if (!pending) {
      pending = this.official(choice.area.id, choice.year).catch(() => null);
      this.#official.set(key, pending);
    }
    try {
      const data = await pending;
      if (!data) {
        this.#official.delete(key);
        if (run === this.#run) this.state = { kind: 'error', message: noEngine };
        return null;
      }
      const annex = buildAnnex({ ...this.catalog(), ...choice, ...data, today });
      // A newer choice was asked for meanwhile: this annex is still this choice's, not shown.
      if (run === this.#run) this.state = { kind: 'ready', annex };
      return annex;
    } catch (error) {
      if (run === this.#run)
        this.state = {
          kind: 'error',
          message: error instanceof Error ? error.message : String(error),
        };
      return null;
    }
  }
}
