// Indicators, targets, sources, plans and commitments from data/catalog, validated.
import { isNational } from '../domain/national.ts';
import type { Direction, Indicator, Target } from '../domain/types.ts';
import { COMPARATORS, isComparator } from '../domain/vocabulary.ts';
import type { SourceRecord } from './csv.ts';
import type { SourceError } from './errors.ts';
import type { IndicatorMapping } from './actuals.ts';
import { matchArea, type AreaIndex } from './names.ts';

const DIRECTIONS: readonly Direction[] = ['at_least', 'at_most', 'none'];
export const TARGET_YEARS = { min: 2021, max: 2030 };

export function buildIndicators(records: readonly SourceRecord[]): {
  indicators: Indicator[];
  errors: SourceError[];
} {
  const errors: SourceError[] = [];
  const indicators: Indicator[] = [];
  const seen = new Map<string, number>();
  for (const r of records) {
    const v = r.values;
    const err = (column: string, reason: string) =>
      errors.push({ file: r.file, line: r.line, column, reason });
    const id = v.id ?? '';
    if (!/^[a-z0-9_]+$/.test(id)) {
      err('id', `indicator id "${id}" must be lower-case letters, digits and _`);
      continue;
    }
    if (seen.has(id)) {
      err('id', `duplicate indicator id "${id}" (first on line ${seen.get(id)})`);
      continue;
    }
    seen.set(id, r.line);
    const direction = (v.direction ?? '') as Direction;
    if (!DIRECTIONS.includes(direction))
      err('direction', `direction "${v.direction}" must be at_least, at_most or none`);
    for (const col of ['name_vi', 'name_en', 'short_vi', 'short_en', 'unit_vi', 'unit_en'] as const)
      if (!(v[col] ?? '').trim()) err(col, `${col} is empty`);
    const min = Number(v.min_plausible);
    const max = Number(v.max_plausible);
    if (!Number.isFinite(min) || !Number.isFinite(max) || min >= max)
      err('min_plausible', 'plausible range must be two numbers with min < max');
    const valueType = v.value_type ?? '';
    if (valueType !== 'number' && valueType !== 'yes_no')
      err('value_type', `value_type "${valueType}" must be number or yes_no`);
    checkLeadAgencies(v, err);
    const refLow = optionalNumber(v.reference_low);
    const refHigh = optionalNumber(v.reference_high);
    if (Number.isNaN(refLow) || Number.isNaN(refHigh))
      err('reference_low', 'reference band bounds must be numbers or empty');
    else if ((refLow === null) !== (refHigh === null) || (refLow !== null && refLow >= refHigh!))
      err('reference_low', 'a reference band needs both bounds, low < high');
    else if (refLow !== null && !(v.reference_vi ?? '').trim())
      err('reference_vi', 'a reference band needs its label (reference_vi, reference_en)');
    indicators.push({
      id,
      name_vi: v.name_vi ?? '',
      name_en: v.name_en ?? '',
      short_vi: v.short_vi ?? '',
      short_en: v.short_en ?? '',
      domain: v.domain ?? '',
      unit_vi: v.unit_vi ?? '',
      unit_en: v.unit_en ?? '',
      direction,
      definition_vi: v.definition_vi ?? '',
      definition_en: v.definition_en ?? '',
      lead_agency_vi: (v.lead_agency_vi ?? '').trim(),
      lead_agency_en: (v.lead_agency_en ?? '').trim(),
      lead_agency_2025_vi: (v.lead_agency_2025_vi ?? '').trim(),
      lead_agency_2025_en: (v.lead_agency_2025_en ?? '').trim(),
      lead_agency_2025_basis: (v.lead_agency_2025_basis ?? '').trim(),
      strategy_ref: v.strategy_ref ?? '',
      has_target: false,
      value_type: valueType === 'yes_no' ? 'yes_no' : 'number',
      min_plausible: min,
      max_plausible: max,
      reference_low: Number.isNaN(refLow) ? null : refLow,
      reference_high: Number.isNaN(refHigh) ? null : refHigh,
      reference_vi: v.reference_vi ?? '',
      reference_en: v.reference_en ?? '',
    });
  }
  return { indicators, errors };
}

/** How a 2025 lead agency was established: read in a source, or inferred (with the evidence). */
export const LEAD_AGENCY_BASES = ['READ', 'INFERRED'] as const;

/**
 * Lead agencies of an indicator: a Vietnamese name needs its English (and the reverse); the
 * post-01/3/2025 agency comes as vi, en and a basis that starts "READ:" or "INFERRED:".
 */
function checkLeadAgencies(
  v: Record<string, string>,
  err: (column: string, reason: string) => void,
): void {
  const has = (c: string) => (v[c] ?? '').trim() !== '';
  if (has('lead_agency_vi') !== has('lead_agency_en'))
    err(
      has('lead_agency_vi') ? 'lead_agency_en' : 'lead_agency_vi',
      'a lead agency needs both its Vietnamese and its English name (lead_agency_vi, lead_agency_en)',
    );
  const later = ['lead_agency_2025_vi', 'lead_agency_2025_en', 'lead_agency_2025_basis'];
  const given = later.filter(has);
  if (given.length && given.length < later.length)
    err(
      later.find((c) => !has(c))!,
      'the lead agency after 01/3/2025 needs lead_agency_2025_vi, lead_agency_2025_en and lead_agency_2025_basis together',
    );
  const basis = (v.lead_agency_2025_basis ?? '').trim();
  if (basis && !LEAD_AGENCY_BASES.some((b) => basis.startsWith(`${b}:`)))
    err(
      'lead_agency_2025_basis',
      `the basis must start with ${LEAD_AGENCY_BASES.map((b) => `"${b}:"`).join(' or ')} and give the evidence`,
    );
}

/** '' → null, a number → the number, anything else → NaN (reported by the caller). */
function optionalNumber(text: string | undefined): number | null {
  const t = (text ?? '').trim();
  if (t === '') return null;
  const n = Number(t);
  return Number.isFinite(n) ? n : NaN;
}

export function buildMappings(records: readonly SourceRecord[]): {
  mappings: Map<string, IndicatorMapping>;
  errors: SourceError[];
} {
  const mappings = new Map<string, IndicatorMapping>();
  const errors: SourceError[] = [];
  for (const r of records) {
    const v = r.values;
    const include = v.include === 'yes';
    if (v.include !== 'yes' && v.include !== 'no')
      errors.push({
        file: r.file,
        line: r.line,
        column: 'include',
        reason: 'include must be yes or no',
      });
    if (!include && !(v.reason ?? '').trim())
      errors.push({
        file: r.file,
        line: r.line,
        column: 'reason',
        reason: 'an excluded source indicator needs a documented reason',
      });
    mappings.set(v.source_indicator ?? '', {
      source_indicator: v.source_indicator ?? '',
      indicator_id: v.indicator_id ?? '',
      sex: (v.sex || 'all') as IndicatorMapping['sex'],
      include,
      reason: v.reason ?? '',
    });
  }
  return { mappings, errors };
}

export interface TargetRecord extends Target {
  comparator_reason: string;
  source_document: string;
  source_ref: string;
  /** Public copy of the document the target was read from, when there is one. */
  source_url: string;
}

/** A provincial plan as the targets see it: its id and first year. */
export interface PlanRef {
  id: string;
  start_year: number;
}

export function buildTargets(
  records: readonly SourceRecord[],
  indicators: ReadonlyMap<string, Indicator>,
  areaIndex: AreaIndex,
  plans: ReadonlyMap<string, PlanRef> = new Map(),
): { targets: TargetRecord[]; errors: SourceError[] } {
  const errors: SourceError[] = [];
  const targets: TargetRecord[] = [];
  const seen = new Map<string, number>();
  for (const r of records) {
    const v = r.values;
    const err = (column: string, reason: string) =>
      errors.push({ file: r.file, line: r.line, column, reason });
    const indicator = indicators.get(v.indicator ?? '');
    if (!indicator) {
      err('indicator', `unknown indicator "${v.indicator}"`);
      continue;
    }
    // Provincial plans apply to the province as it was when adopted (63 vintage for 2021–2025).
    const area = matchArea(v.scope ?? '', areaIndex, { vintage: 63 });
    if (!area) {
      err('scope', `no area matches "${v.scope}"`);
      continue;
    }
    const yearText = (v.target_year ?? '').trim();
    const year = Number(yearText);
    if (!/^\d{4}$/.test(yearText) || year < TARGET_YEARS.min || year > TARGET_YEARS.max) {
      err(
        'target_year',
        `target year "${yearText}" is not between ${TARGET_YEARS.min} and ${TARGET_YEARS.max}`,
      );
      continue;
    }
    const comparator = v.comparator_legal ?? '';
    if (!isComparator(comparator)) {
      err(
        'comparator_legal',
        `comparator "${v.comparator_legal}" must be one of ${COMPARATORS.join(' ')}`,
      );
      continue;
    }
    const legal = (v.legal_ref ?? '').trim();
    if (!legal || !(v.source_document ?? '').trim()) {
      err(
        'legal_ref',
        'target without legal reference (legal_ref and source_document are required)',
      );
      continue;
    }
    const legalEn = (v.legal_ref_en ?? '').trim();
    if (!legalEn) {
      err('legal_ref_en', 'target without its legal reference in English (legal_ref_en)');
      continue;
    }
    const value = Number(v.target_value);
    if ((v.target_value ?? '').trim() === '' || !Number.isFinite(value)) {
      err('target_value', `target value "${v.target_value}" is not a number`);
      continue;
    }
    if (value < indicator.min_plausible || value > indicator.max_plausible) {
      err(
        'target_value',
        `target value ${value} is outside the plausible range of ${indicator.id}`,
      );
      continue;
    }
    const id = `${area.id}-${indicator.id}-${year}`;
    if (seen.has(id)) {
      err(
        'indicator',
        `duplicate target for ${indicator.id}, ${v.scope}, ${year} (first on line ${seen.get(id)})`,
      );
      continue;
    }
    seen.set(id, r.line);
    const baselineValue = (v.baseline_value ?? '').trim() === '' ? null : Number(v.baseline_value);
    const baselineYear = (v.baseline_year ?? '').trim() === '' ? null : Number(v.baseline_year);
    // National targets come from NQ28; a provincial target names the plan that set it.
    const planId = (v.plan_id ?? '').trim();
    const plan = planId ? plans.get(planId) : undefined;
    if (!isNational(area.id) && !plan) {
      err(
        'plan_id',
        planId ? `no plan "${planId}" in plans.csv` : 'a provincial target needs plan_id',
      );
      continue;
    }
    const provisional = (v.provisional ?? '').trim();
    if (provisional !== '' && provisional !== 'yes' && provisional !== 'no') {
      err('provisional', 'provisional must be yes, no or empty');
      continue;
    }
    const leadAgency = (v.lead_agency_vi ?? '').trim();
    const leadBasis = (v.lead_agency_basis ?? '').trim();
    if (leadAgency && !leadBasis) {
      err('lead_agency_basis', 'a lead agency read from a plan needs lead_agency_basis (where)');
      continue;
    }
    if (leadAgency && isNational(area.id)) {
      err('lead_agency_vi', 'a national target takes its lead agency from indicators.csv');
      continue;
    }
    targets.push({
      id,
      indicator_id: indicator.id,
      area_id: area.id,
      year,
      comparator,
      value,
      baseline_value: baselineValue,
      baseline_year: baselineYear,
      plan_start_year: plan?.start_year ?? 2021,
      legal_ref: legal,
      legal_ref_en: legalEn,
      source_id: plan ? plan.id : 'S10',
      note: v.note ?? '',
      plan_id: plan?.id ?? '',
      provisional: provisional === 'yes',
      lead_agency_vi: leadAgency,
      lead_agency_basis: leadBasis,
      comparator_reason: v.comparator_reason ?? '',
      source_document: v.source_document ?? '',
      source_ref: v.source_ref ?? '',
      source_url: (v.source_url ?? '').trim(),
    });
  }
  return { targets, errors };
}
