// The /compile page's model: the files chosen (each read and checked once), the year and the
// 2025 division chosen, the compilation, the indicator drawn as a ranking and a map, and the two
// downloads. Components take it and draw it. Files are read with File.text() in the browser: no
// byte leaves it.
import type { ActualRow, Area, CrosswalkRow, Indicator, Locale, Target } from '../domain/types.ts';
import { MAX_FILE_BYTES } from '../import/pipeline.ts';
import {
  compile,
  compiledRows,
  rankableIndicators,
  readPackFile,
  vintagesOf,
  yearsOf,
  type CompileCatalog,
  type Compilation,
  type FileResult,
  type Vintage,
} from './compile.ts';

export interface CompilePageData {
  locale: Locale;
  indicators: Indicator[];
  areas: Area[];
  crosswalk: CrosswalkRow[];
  targets: Target[];
}

/** A file as the page reads it (the browser's File, or a stand-in in tests). */
export interface PickedFile {
  name: string;
  size: number;
  text(): Promise<string>;
}

export type LoadedFile = FileResult & { tooLarge?: boolean };

export class CompilePage {
  files: LoadedFile[] = $state.raw([]);
  reading = $state(0);
  pickedYear: number | null = $state(null);
  pickedVintage: Vintage | null = $state(null);
  onlyReported = $state(true);
  pickedIndicator: string | null = $state(null);

  readonly catalog: CompileCatalog = $derived.by(() => {
    const d = this.data();
    return { indicators: d.indicators, areas: d.areas, crosswalk: d.crosswalk, targets: d.targets };
  });
  readonly years = $derived(yearsOf(this.files));
  readonly year: number | null = $derived(
    this.pickedYear !== null && this.years.includes(this.pickedYear)
      ? this.pickedYear
      : (this.years[0] ?? null),
  );
  readonly vintages: Vintage[] = $derived(this.year === null ? [] : vintagesOf(this.year));
  readonly compilation: Compilation | null = $derived(
    this.year === null ? null : compile(this.files, this.catalog, this.year, this.pickedVintage),
  );
  readonly loaded = $derived(this.files.filter((f) => f.refusal === null).length);
  /** Targets shown as matrix columns (those some province reported, unless all are asked for). */
  readonly columns = $derived.by(() => {
    const c = this.compilation;
    if (!c) return [];
    return this.onlyReported
      ? c.columns.filter(
          (col) => (c.counts.get(col.indicator.id)?.no_report ?? 0) < c.provinces.length,
        )
      : c.columns;
  });
  /** Indicators the loaded files give values for in the year, to rank and map. */
  readonly rankable: Indicator[] = $derived.by(() =>
    this.compilation ? rankableIndicators(this.compilation, this.data().indicators) : [],
  );
  readonly rankIndicator: Indicator | null = $derived(
    this.rankable.find((i) => i.id === this.pickedIndicator) ?? this.rankable[0] ?? null,
  );
  /** The compiled values of that indicator as rows a ranking draws (their own series). */
  readonly rankRows: ActualRow[] = $derived(
    this.compilation && this.rankIndicator
      ? compiledRows(this.compilation, this.rankIndicator)
      : [],
  );

  constructor(
    readonly data: () => CompilePageData,
    /** Today, ISO (a report cannot be dated after it). */
    private readonly today: () => string,
  ) {}

  /** Reads the files (one after the other); a file of the same name replaces the earlier one. */
  async add(picked: readonly PickedFile[]): Promise<void> {
    if (!picked.length) return;
    this.reading += picked.length;
    const read: LoadedFile[] = [];
    for (const f of picked) {
      try {
        if (f.size > MAX_FILE_BYTES)
          read.push({ ...empty(f.name), refusal: 'not_text', tooLarge: true });
        else read.push(readPackFile(f.name, await f.text(), this.catalog, this.today()));
      } catch {
        read.push({ ...empty(f.name), refusal: 'not_text' });
      } finally {
        this.reading -= 1;
      }
    }
    const names = read.map((f) => f.file);
    this.files = [...this.files.filter((f) => !names.includes(f.file)), ...read];
  }

  remove(file: string): void {
    this.files = this.files.filter((f) => f.file !== file);
  }

  clear(): void {
    this.files = [];
  }
}

const empty = (file: string): FileResult => ({
  file,
  refusal: null,
  problems: [],
  rejected: [],
  values: [],
  rows: [],
  areaIds: [],
});
