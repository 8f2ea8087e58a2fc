// The compile page's words in the page's language: file problems, names, numbers, verdict classes.
import type { Area, Indicator, Locale } from '../domain/types.ts';
import { formatNumber } from '../i18n/format.ts';
import { compileMessages } from '../i18n/messages/compile.ts';
import { importMessages } from '../i18n/messages/import.ts';
import { areaName, indicatorName } from '../i18n/names.ts';
import { translator, type Translate } from '../i18n/translate.ts';
import { ImportText } from '../import/explain.ts';
import type { Rejected } from '../import/validate.ts';
import type { PackProblem } from './compile.ts';

export type CompileKey = keyof (typeof compileMessages)['vi'];

export class CompileText {
  readonly t: Translate<CompileKey>;
  readonly it: Translate<keyof (typeof importMessages)['vi']>;
  private readonly importText: ImportText;
  private readonly areaById: Map<string, Area>;
  private readonly indicatorById: Map<string, Indicator>;

  constructor(
    readonly locale: Locale,
    areas: readonly Area[],
    indicators: readonly Indicator[],
  ) {
    this.t = translator(compileMessages, locale);
    this.it = translator(importMessages, locale);
    this.areaById = new Map(areas.map((a) => [a.id, a]));
    this.indicatorById = new Map(indicators.map((i) => [i.id, i]));
    this.importText = new ImportText(locale, this.indicatorName);
  }

  n = (value: number, digits = 2) => formatNumber(value, this.locale, digits);

  areaName = (id: string) => {
    const a = this.areaById.get(id);
    return a ? areaName(a, this.locale) : id;
  };

  indicatorName = (id: string, short = false) => {
    const i = this.indicatorById.get(id);
    return i ? indicatorName(i, this.locale, short) : id;
  };

  /** A list of provinces by name, in the locale's order. */
  areaList = (ids: readonly string[]) =>
    ids.length
      ? ids
          .map(this.areaName)
          .sort((a, b) => a.localeCompare(b, this.locale))
          .join(', ')
      : this.t('none');

  packProblem(p: PackProblem): string {
    return this.t(`p_${p.code}`, { line: p.line, column: p.column, text: p.text });
  }

  rowProblem(r: Rejected): string {
    return this.importText.problem(r);
  }
}
