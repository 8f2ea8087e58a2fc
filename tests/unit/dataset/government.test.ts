// The new validation rules of round 5, each proven on a bad fixture: the Government's assessment,
// targets set outside the plans, commitments in both languages, a page's language. The error names
// file, line, column and reason, and the bad row is not loaded.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildAreas } from '../../../src/lib/dataset/areas.ts';
import { buildIndicators } from '../../../src/lib/dataset/catalog.ts';
import { parseCsv } from '../../../src/lib/dataset/csv.ts';
import { buildGovernmentAssessments } from '../../../src/lib/dataset/government.ts';
import { indexAreas } from '../../../src/lib/dataset/names.ts';
import { buildOtherTargets } from '../../../src/lib/dataset/other-targets.ts';
import { buildPlans } from '../../../src/lib/dataset/plans.ts';
import { buildWebSources } from '../../../src/lib/dataset/sources.ts';

const read = (f: string) => parseCsv(f, readFileSync(`data/${f}`, 'utf8')).records;
const csv = (file: string, lines: string[]) => parseCsv(file, lines.join('\n')).records;
const web = buildWebSources(
  csv('web.csv', [
    'url,publisher,title,kind_vi,kind_en,language,source_quality',
    'https://a.example/1,Báo A,T,báo,newspaper,vi,press_official',
  ]),
).byUrl;
const where = (errors: { line: number; column: string; reason: string }[]) =>
  errors.map((e) => `${e.line}:${e.column}`);

describe('government_assessments.csv', () => {
  const HEADER =
    'report_year,target_code,target_text,value,unit,government_status,note,source_url,quote,label_vi,label_en,unit_vi,unit_en,note_vi,note_en,report_vi,report_en,report_date,value_year';
  const TAIL = 'nhãn,label,%,%,,,Báo cáo,Report,2024-05-22,';
  const ok = (head: string, tail = TAIL) => `${head},https://a.example/1,trích,${tail}`;
  const build = (...lines: string[]) =>
    buildGovernmentAssessments(csv('gov.csv', [HEADER, ...lines]), {
      webSources: web,
      maxYear: 2026,
      webSourcesFile: 'catalog/web_sources.csv',
    });

  it('accepts a classified target, an unclassified one, a part, a count and a report', () => {
    const r = build(
      ok('2023,MT2 CT1,t,50.9,%,met,'),
      ok('2023,MT3 CT1,t,1.8,times,,no status'),
      ok('2022,MT1 (component),t,37.7 / 31.77,%,,'),
      ok('2023,ALL,t,11,of 20 targets,met_count,', 'nhãn,label,,,,,Báo cáo,Report,,'),
      ok('2024,REPORT,t,,,report_exists,', 'nhãn,label,,,,,Báo cáo,Report,2025-02-15,'),
    );
    expect(r.errors).toEqual([]);
    expect(r.assessments.map((a) => [a.target_code, a.government_status])).toEqual([
      ['MT2 CT1', 'met'],
      ['MT3 CT1', ''],
      ['MT1 (component)', ''],
      ['ALL', 'met_count'],
      ['REPORT', 'report_exists'],
    ]);
    expect(r.assessments[3]).toMatchObject({ count_value: 11, count_of: 20 });
    expect(r.assessments[0]).toMatchObject({ source_publisher: 'Báo A', source_language: 'vi' });
  });

  it.each([
    ['2020,MT2 CT1,t,1,%,met,', 'report_year', 'not between 2021 and 2026'],
    ['2023,MT7 CT1,t,1,%,met,', 'target_code', 'not an NQ28 code'],
    ['2023,MT1 CT1,t,1,%,met,', 'target_code', 'not an NQ28 code'],
    ['2023,MT2 CT1,t,1,%,achieved,', 'government_status', 'unknown status "achieved"'],
    ['2023,MT2 CT1,t,1,%,met_count,', 'government_status', 'does not fit target code "MT2 CT1"'],
    ['2023,ALL,t,11,of 20 targets,met,', 'government_status', 'does not fit target code "ALL"'],
    ['2023,ALL,t,11,of 20 targets,,', 'government_status', 'needs met_count'],
    ['2023,ALL,t,eleven,of 20 targets,met_count,', 'value', 'whole number'],
    ['2023,ALL,t,11,targets,met_count,', 'unit', '"of N targets"'],
    ['2023,ALL,t,21,of 20 targets,met_count,', 'value', '21 targets counted out of 20'],
    ['2024,REPORT,t,,,,', 'government_status', 'report_exists'],
  ])('%s → %s', (head, column, reason) => {
    const r = build(ok('2023,MT2 CT1,t,50.9,%,met,'), ok(head));
    expect(r.assessments).toHaveLength(1);
    expect(r.errors).toHaveLength(1);
    expect(r.errors[0]).toMatchObject({ file: 'gov.csv', line: 3, column });
    expect(r.errors[0]!.reason).toContain(reason);
  });

  it.each([
    ['2023,MT2 CT1,t,1,%,met,,https://b.example/2,q,' + TAIL, 'source_url', 'not listed'],
    ['2023,MT2 CT1,t,1,%,met,,https://a.example/1,,' + TAIL, 'quote', 'missing quote'],
    ['2023,MT2 CT1,t,1,%,met,,https://a.example/1,q,,label,%,%,,,B,R,,', 'label_vi', 'empty'],
    ['2023,MT2 CT1,t,1,%,met,,https://a.example/1,q,n,l,%,,,,B,R,,', 'unit_en', 'go together'],
    [
      '2023,MT2 CT1,t,1,%,met,,https://a.example/1,q,n,l,%,%,,,B,R,22/5/2024,',
      'report_date',
      'YYYY-MM-DD',
    ],
    ['2023,MT2 CT1,t,1,%,met,,https://a.example/1,q,n,l,%,%,,,B,R,,20', 'value_year', 'not a year'],
  ])('%s → %s', (line, column, reason) => {
    const r = build(line);
    expect(r.assessments).toEqual([]);
    expect(where(r.errors)).toEqual([`2:${column}`]);
    expect(r.errors[0]!.reason).toContain(reason);
  });

  it('a row repeated is a duplicate', () => {
    const line = ok('2023,MT2 CT1,t,50.9,%,met,');
    expect(where(build(line, line).errors)).toEqual(['3:target_code']);
  });

  it('the curated file passes, with 20 rows and the three headline counts', () => {
    const webAll = buildWebSources(read('catalog/web_sources.csv')).byUrl;
    const r = buildGovernmentAssessments(read('catalog/government_assessments.csv'), {
      webSources: webAll,
      maxYear: 2026,
      webSourcesFile: 'catalog/web_sources.csv',
    });
    expect(r.errors).toEqual([]);
    expect(r.assessments).toHaveLength(20);
    expect(
      r.assessments
        .filter((a) => a.target_code === 'ALL')
        .map((a) => [a.report_year, a.government_status, a.count_value, a.count_of]),
    ).toEqual([
      [2022, 'met_count', 9, 20],
      [2023, 'met_count', 11, 20],
      [2023, 'met_count_draft', 12, 20],
      [2024, 'met_count', 13, 20],
    ]);
    // No status was filled in where the text states none: row by row as curated.
    const curated = read('catalog/government_assessments.csv').map(
      (x) => x.values.government_status,
    );
    expect(r.assessments.map((a) => a.government_status)).toEqual(curated);
    expect(curated.filter((s) => s === '')).toHaveLength(7);
  });
});

describe('other_targets.csv: targets outside the plans', () => {
  const areas = buildAreas(read('geo/crosswalk_63_to_34.csv'), read('catalog/regions.csv'));
  const areaIndex = indexAreas(areas.areas, areas.aliases);
  const indicators = new Map(
    buildIndicators(read('catalog/indicators.csv')).indicators.map((i) => [i.id, i]),
  );
  const HEADER =
    'indicator,scope,target_year,target_value,source_document,source_url,kind,comparator_legal,note_vi,note_en,quote';
  const GOOD =
    'sex_ratio_at_birth,Sơn La,2025,113.4,doc,https://a.example/1,outside_nq28_plan,reduce_to,ghi chú,note,q';
  const build = (planTargets: string[], ...lines: string[]) =>
    buildOtherTargets(csv('other.csv', [HEADER, ...lines]), {
      indicators,
      areaIndex,
      webSources: web,
      webSourcesFile: 'catalog/web_sources.csv',
      planTargets: new Set(planTargets),
    });

  it('accepts Sơn La’s target as context for the province as it was (63)', () => {
    const r = build([], GOOD);
    expect(r.errors).toEqual([]);
    expect(r.otherTargets[0]).toMatchObject({ area_id: '63-14', year: 2025, value: 113.4 });
  });

  it.each([
    [GOOD.replace('outside_nq28_plan', 'plan'), 'kind', 'must be one of outside_nq28_plan'],
    [GOOD.replace('reduce_to', 'less'), 'comparator_legal', 'must be one of'],
    [GOOD.replace('113.4', '1130'), 'target_value', 'outside the plausible range'],
    [GOOD.replace('https://a.example/1', 'https://b.example/9'), 'source_url', 'not listed'],
    [GOOD.replace('Sơn La', 'Atlantis'), 'scope', 'no area matches'],
    [GOOD.replace(',ghi chú,', ',,'), 'note_vi', 'empty'],
  ])('%s → %s', (line, column, reason) => {
    const r = build([], line);
    expect(r.otherTargets).toEqual([]);
    expect(where(r.errors)).toEqual([`2:${column}`]);
    expect(r.errors[0]!.reason).toContain(reason);
  });

  it('may not stand beside a plan target of the same indicator, area and year', () => {
    const r = build(['sex_ratio_at_birth|63-14|2025'], GOOD);
    expect(where(r.errors)).toEqual(['2:indicator']);
  });
});

describe('seed_commitments.csv: both languages', () => {
  const areas = buildAreas(read('geo/crosswalk_63_to_34.csv'), read('catalog/regions.csv'));
  const areaIndex = indexAreas(areas.areas, areas.aliases);
  const plans = read('catalog/plans.csv');
  const HEADER =
    'seed_file,item_type,description_vi,description_en,date_or_value,date_or_value_vi,date_or_value_en,where_in_plan_vi,where_in_plan_en';
  const F = '004_03423e82c8fe3694.txt';
  const build = (...lines: string[]) =>
    buildPlans(plans, csv('commitments.csv', [HEADER, ...lines]), areaIndex);

  it('accepts a row with both languages', () => {
    const r = build(
      `${F},event,Hằng năm,Every year,15/11-15/12,từ 15/11,from 15/11,Mục V,Section V`,
    );
    expect(r.errors).toEqual([]);
    expect(r.commitments[0]).toMatchObject({
      area_id: '63-56',
      date_or_value_vi: 'từ 15/11',
      where_in_plan_en: 'Section V',
    });
  });

  it.each([
    [`${F},event,,Every year,,,,Mục V,Section V`, 'description_vi'],
    [`${F},event,Hằng năm,Every year,15/11-15/12,,from 15/11,Mục V,Section V`, 'date_or_value_vi'],
    [`${F},event,Hằng năm,Every year,,từ 15/11,from 15/11,Mục V,Section V`, 'date_or_value_vi'],
    [`${F},event,Hằng năm,Every year,,,,Mục V,`, 'where_in_plan_en'],
  ])('%s → %s', (line, column) => {
    const r = build(line);
    expect(r.commitments).toEqual([]);
    expect(where(r.errors)[0]).toBe(`2:${column}`);
    expect(r.errors[0]!.file).toBe('commitments.csv');
  });

  it('the curated file gives every row its Vietnamese and no DOLISA', () => {
    const r = buildPlans(plans, read('catalog/seed_commitments.csv'), areaIndex);
    expect(r.errors).toEqual([]);
    expect(r.commitments).toHaveLength(23);
    for (const c of r.commitments) {
      expect(c.description_vi).not.toBe('');
      expect(c.description_en).not.toMatch(/DOLISA|MOLISA/);
    }
    const khanhHoa = r.commitments.filter((c) => c.area_id === '63-56');
    expect(khanhHoa.map((c) => c.date_or_value_vi)).toContain('hằng năm, trước ngày 10/12');
  });
});

it('a page’s language is one of vi, en, ja', () => {
  const r = buildWebSources(
    csv('web.csv', [
      'url,publisher,title,kind_vi,kind_en,language,source_quality',
      'https://a.example/1,A,T,báo,newspaper,ja,official',
      'https://a.example/2,A,T,báo,newspaper,fr,official',
    ]),
  );
  expect(where(r.errors)).toEqual(['3:language']);
  expect(r.errors[0]!.reason).toContain('must be one of vi, en, ja');
});
