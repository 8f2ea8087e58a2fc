// Reads every source file in data/, builds and validates the model. Pure of output: the caller
// writes the database and downloads. Throws DatasetError listing every problem found.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Indicator, Source } from '../../src/lib/domain/types.ts';
import { buildActuals, type ActualRecord } from '../../src/lib/dataset/actuals.ts';
import { buildAreas } from '../../src/lib/dataset/areas.ts';
import {
  buildIndicators,
  buildMappings,
  buildTargets,
  type TargetRecord,
} from '../../src/lib/dataset/catalog.ts';
import { checkContrib, CONTRIB_DIR, isContribFile } from '../../src/lib/dataset/contrib.ts';
import { parseCsv, type SourceRecord } from '../../src/lib/dataset/csv.ts';
import { formatError, type SourceError } from '../../src/lib/dataset/errors.ts';
import { indexAreas } from '../../src/lib/dataset/names.ts';
import { buildGovernmentAssessments } from '../../src/lib/dataset/government.ts';
import { buildOtherTargets } from '../../src/lib/dataset/other-targets.ts';
import { buildPlans } from '../../src/lib/dataset/plans.ts';
import { buildReportDeadlines } from '../../src/lib/dataset/report-deadlines.ts';
import { assignRegions } from '../../src/lib/dataset/regions.ts';
import {
  buildCatalogSources,
  buildWebSources,
  webSource,
} from '../../src/lib/dataset/sources.ts';

export const INPUT_FILES = {
  indicators: 'catalog/indicators.csv',
  indicatorMap: 'catalog/indicator_map.csv',
  targets: ['catalog/targets.csv', 'catalog/targets_provinces.csv'],
  sources: 'catalog/sources.csv',
  webSources: 'catalog/web_sources.csv',
  regions: 'catalog/regions.csv',
  regionMembers: 'catalog/region_members.csv',
  plans: 'catalog/plans.csv',
  commitments: 'catalog/seed_commitments.csv',
  governmentAssessments: 'catalog/government_assessments.csv',
  otherTargets: 'catalog/other_targets.csv',
  reportDeadlines: 'catalog/report_deadlines.csv',
  crosswalk: 'geo/crosswalk_63_to_34.csv',
  actuals: [
    'actuals/actuals.csv',
    'actuals/actuals_round2.csv',
    'actuals/actuals_round3.csv',
    'actuals/actuals_round4.csv',
    'actuals/actuals_round5.csv',
    'actuals/actuals_from_reviews.csv',
  ],
} as const;

/** Contributed files (a province's reviewed figures, data/contrib/README.md), in name order. */
export function contribFiles(dataDir: string): string[] {
  const dir = join(dataDir, CONTRIB_DIR);
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.toLowerCase().endsWith('.csv'))
    .sort()
    .map((f) => `${CONTRIB_DIR}/${f}`);
}

export class DatasetError extends Error {
  constructor(readonly errors: SourceError[]) {
    super(`The dataset has ${errors.length} problem(s):\n${errors.map(formatError).join('\n')}`);
  }
}

export function readRecords(dataDir: string, file: string): SourceRecord[] {
  return parseCsv(file, readFileSync(join(dataDir, file), 'utf8')).records;
}

export function buildDataset(dataDir: string, maxYear = new Date().getUTCFullYear() + 1) {
  const read = (f: string) => readRecords(dataDir, f);
  const errors: SourceError[] = [];

  const { indicators, errors: e1 } = buildIndicators(read(INPUT_FILES.indicators));
  const { mappings, errors: e2 } = buildMappings(read(INPUT_FILES.indicatorMap));
  const areaModel = buildAreas(read(INPUT_FILES.crosswalk), read(INPUT_FILES.regions));
  errors.push(...e1, ...e2, ...areaModel.errors);
  const areaIndex = indexAreas(areaModel.areas, areaModel.aliases);
  const regionModel = assignRegions(
    areaModel.areas,
    areaModel.crosswalk,
    read(INPUT_FILES.regionMembers),
    areaIndex,
  );
  errors.push(...regionModel.errors);
  const indicatorById = new Map<string, Indicator>(indicators.map((i) => [i.id, i]));

  // Web pages values were read from: display publisher and title per URL (web_sources.csv).
  const web = buildWebSources(read(INPUT_FILES.webSources));
  errors.push(...web.errors);
  // A province's contributed report describes itself: its document and agency are the source's
  // title and publisher (the provenance columns every contributed row must fill).
  const contribRecords = contribFiles(dataDir).flatMap((f) => read(f));
  for (const r of contribRecords) {
    const url = (r.values.source_url ?? '').trim();
    if (!url || web.byUrl.has(url)) continue;
    web.byUrl.set(url, {
      url,
      publisher: r.values.agency ?? '',
      title: r.values.document ?? '',
      kind_vi: 'báo cáo của tỉnh (đóng góp qua data/contrib)',
      kind_en: 'provincial report (contributed through data/contrib)',
      language: 'vi',
      source_quality: r.values.source_quality ?? '',
      line: r.line,
    });
  }
  const urlSources = new Map<string, Source>();
  const sourceIdForUrl = (url: string) => {
    let s = urlSources.get(url);
    if (!s) {
      const id = `U${createHash('sha256').update(url).digest('hex').slice(0, 10)}`;
      const page = web.byUrl.get(url);
      // A URL missing from web_sources.csv is reported below, at the value's own line.
      if (page) s = webSource(id, page);
      else return id;
      urlSources.set(url, s);
    }
    return s.id;
  };


  errors.push(...checkContrib(contribRecords, new Date().toISOString().slice(0, 10)));
  const actualRecords = [...INPUT_FILES.actuals.flatMap((f) => read(f)), ...contribRecords];
  const {
    actuals,
    sources: actualSources,
    errors: e3,
    excluded,
  } = buildActuals(actualRecords, {
    mappings,
    indicators: indicatorById,
    areaIndex,
    sourceIdForUrl,
    maxYear,
    ownIds: isContribFile,
  });
  const {
    plans,
    commitments,
    errors: e5,
  } = buildPlans(read(INPUT_FILES.plans), read(INPUT_FILES.commitments), areaIndex);
  // Reporting deadlines quoted from the plans held in data/plans (checked against their text).
  const planText = (file: string) => {
    const path = join(dataDir, 'plans', file);
    return existsSync(path) ? readFileSync(path, 'utf8') : null;
  };
  const { deadlines: reportDeadlines, errors: e6 } = buildReportDeadlines(
    read(INPUT_FILES.reportDeadlines),
    areaIndex,
    plans,
    planText,
  );
  errors.push(...e6);
  const planRefs = new Map(plans.map((p) => [p.id, { id: p.id, start_year: p.start_year }]));
  const { targets, errors: e4 } = buildTargets(
    INPUT_FILES.targets.flatMap((f) => read(f)),
    indicatorById,
    areaIndex,
    planRefs,
  );
  errors.push(...e3, ...e4, ...e5);
  // The Government's own classification of the targets, and targets set outside the plans: both
  // shown beside the verdicts, neither ever used by one.
  const government = buildGovernmentAssessments(read(INPUT_FILES.governmentAssessments), {
    webSources: web.byUrl,
    maxYear,
    webSourcesFile: INPUT_FILES.webSources,
  });
  const other = buildOtherTargets(read(INPUT_FILES.otherTargets), {
    indicators: indicatorById,
    areaIndex,
    webSources: web.byUrl,
    webSourcesFile: INPUT_FILES.webSources,
    planTargets: new Set(targets.map((t) => `${t.indicator_id}|${t.area_id}|${t.year}`)),
  });
  errors.push(...government.errors, ...other.errors);
  // Every source of a value is a listed web page, with the same source quality.
  for (const a of actualSources) {
    const page = web.byUrl.get(a.source_url);
    const at = { file: a.source_file, line: a.source_line };
    if (!page)
      errors.push({
        ...at,
        column: 'source_url',
        reason: `URL not listed in ${INPUT_FILES.webSources}: ${a.source_url}`,
      });
    else if (page.source_quality !== a.source_quality)
      errors.push({
        ...at,
        column: 'source_quality',
        reason: `"${a.source_quality}" differs from "${page.source_quality}" in ${INPUT_FILES.webSources}:${page.line}`,
      });
  }
  // How readers see each value's page: its publisher, title and language (web_sources.csv).
  for (const a of [...actuals, ...actualSources]) {
    const page = web.byUrl.get(a.source_url);
    a.source_publisher = page?.publisher ?? '';
    a.source_page_title = page?.title ?? '';
    a.source_language = page?.language ?? '';
  }
  const catalog = buildCatalogSources(
    read(INPUT_FILES.sources),
    new Map(plans.filter((p) => p.text_file).map((p) => [p.text_file, p.download_file])),
  );
  errors.push(...catalog.errors);
  const sources: Source[] = catalog.sources;
  if (errors.length) throw new DatasetError(errors);

  const withTargets = new Set(targets.map((t) => t.indicator_id));
  for (const i of indicators) i.has_target = withTargets.has(i.id);
  const allSources = [
    ...sources,
    ...[...urlSources.values()].sort((a, b) => a.id.localeCompare(b.id)),
  ];
  return {
    indicators,
    areas: regionModel.areas,
    areaRegions: regionModel.areaRegions,
    crosswalk: areaModel.crosswalk,
    targets: targets as TargetRecord[],
    actuals: actuals as ActualRecord[],
    actualSources,
    sources: allSources,
    plans,
    commitments,
    governmentAssessments: government.assessments,
    otherTargets: other.otherTargets,
    reportDeadlines,
    excluded,
  };
}

export type Dataset = ReturnType<typeof buildDataset>;
