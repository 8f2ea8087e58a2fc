// Targets a province set outside its plan for the Strategy (catalog/other_targets.csv: Sơn La's
// sex ratio at birth of 113.4 by 2025, from its SRB-reduction work). Shown as context beside the
// plan targets, never judged: they are not in `targets`, so no verdict can use them. Validated
// like a target (indicator, area, year, comparator, value, source) plus their kind and notes.
import {
  OTHER_TARGET_KINDS,
  type Indicator,
  type OtherTarget,
  type OtherTargetKind,
} from '../domain/types.ts';
import { COMPARATORS, isComparator, type Comparator } from '../domain/vocabulary.ts';
import { TARGET_YEARS } from './catalog.ts';
import type { SourceRecord } from './csv.ts';
import type { SourceError } from './errors.ts';
import { matchArea, type AreaIndex } from './names.ts';
import type { WebSource } from './sources.ts';

export function buildOtherTargets(
  records: readonly SourceRecord[],
  ctx: {
    indicators: ReadonlyMap<string, Indicator>;
    areaIndex: AreaIndex;
    webSources: ReadonlyMap<string, WebSource>;
    webSourcesFile: string;
    /** `indicator|area|year` of every plan target: a context target may not repeat one. */
    planTargets: ReadonlySet<string>;
  },
): { otherTargets: OtherTarget[]; errors: SourceError[] } {
  const errors: SourceError[] = [];
  const otherTargets: OtherTarget[] = [];
  for (const r of records) {
    const before = errors.length;
    const text = (column: string) => (r.values[column] ?? '').trim();
    const err = (column: string, reason: string) =>
      errors.push({ file: r.file, line: r.line, column, reason });
    const indicator = ctx.indicators.get(text('indicator'));
    if (!indicator) err('indicator', `unknown indicator "${text('indicator')}"`);
    // Set before the 2025 merger: the province as it was then.
    const area = matchArea(text('scope'), ctx.areaIndex, { vintage: 63 });
    if (!area) err('scope', `no area matches "${text('scope')}"`);
    const year = Number(text('target_year'));
    if (!/^\d{4}$/.test(text('target_year')) || year < TARGET_YEARS.min || year > TARGET_YEARS.max)
      err(
        'target_year',
        `target year "${text('target_year')}" is not between ${TARGET_YEARS.min} and ${TARGET_YEARS.max}`,
      );
    const comparator = text('comparator_legal');
    if (!isComparator(comparator))
      err('comparator_legal', `comparator "${comparator}" must be one of ${COMPARATORS.join(' ')}`);
    const value = Number(text('target_value'));
    if (text('target_value') === '' || !Number.isFinite(value))
      err('target_value', `target value "${text('target_value')}" is not a number`);
    else if (indicator && (value < indicator.min_plausible || value > indicator.max_plausible))
      err(
        'target_value',
        `target value ${value} is outside the plausible range ${indicator.min_plausible}–${indicator.max_plausible}`,
      );
    const kind = text('kind');
    if (!(OTHER_TARGET_KINDS as readonly string[]).includes(kind))
      err('kind', `kind "${kind}" must be one of ${OTHER_TARGET_KINDS.join(', ')}`);
    const url = text('source_url');
    const page = ctx.webSources.get(url);
    if (!page) err('source_url', `URL not listed in ${ctx.webSourcesFile}: ${url}`);
    for (const column of ['source_document', 'note_vi', 'note_en', 'quote'])
      if (!text(column)) err(column, `${column} is empty`);
    if (indicator && area && ctx.planTargets.has(`${indicator.id}|${area.id}|${year}`))
      err(
        'indicator',
        `a plan target of ${indicator.id} for ${area.id} in ${year} exists: a context target may not stand beside it as a second target`,
      );
    if (errors.length > before) continue;
    otherTargets.push({
      indicator_id: indicator!.id,
      area_id: area!.id,
      year,
      comparator: comparator as Comparator,
      value,
      kind: kind as OtherTargetKind,
      source_document: text('source_document'),
      source_url: url,
      source_publisher: page!.publisher,
      source_page_title: page!.title,
      source_language: page!.language,
      quote: text('quote'),
      note_vi: text('note_vi'),
      note_en: text('note_en'),
      source_file: r.file,
      source_line: r.line,
    });
  }
  return { otherTargets, errors };
}
