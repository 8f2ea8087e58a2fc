// Round 5 in the built dataset (data/actuals/actuals_round5.csv, catalog/other_targets.csv): the
// rows that enter and those left out, the vague periods judged "cannot be assessed — uncertain
// year", the 2020 female-director disagreement kept as two sources, Lào Cai's 2025 council status
// apart from old Lào Cai's election line, Sơn La's target never a plan target.
import Papa from 'papaparse';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildDataset } from '../../../scripts/data/build-dataset.ts';
import { computeStatusTable } from '../../../src/lib/domain/attainment/evaluate.ts';

const data = buildDataset('data');
const status = computeStatusTable({
  targets: data.targets,
  actuals: data.actuals,
  areas: data.areas,
  crosswalk: data.crosswalk,
  toYear: Math.max(...data.actuals.map((a) => a.year)),
});
const FILE = 'actuals/actuals_round5.csv';
const curated = Papa.parse<Record<string, string>>(readFileSync(`data/${FILE}`, 'utf8'), {
  header: true,
  skipEmptyLines: true,
}).data;
const round5 = data.actualSources.filter((s) => s.source_file === FILE);
const actualOf = (indicator: string, area: string, year: number) =>
  data.actuals.filter((a) => a.indicator_id === indicator && a.area_id === area && a.year === year);

describe('round 5 in the dataset', () => {
  it('17 curated rows: 15 values enter, the 2 person counts are excluded by their indicator', () => {
    expect(curated).toHaveLength(17);
    expect(round5).toHaveLength(15);
    expect(data.excluded.get('female_party_standing_committee_members')).toBeGreaterThanOrEqual(1);
    expect(data.excluded.get('female_party_deputy_secretary_count')).toBeGreaterThanOrEqual(1);
    // The shared file's two 2022 key-leader rows repeat actuals.csv (same key, URL and value).
    expect(curated.some((r) => r.indicator === 'female_key_leader_share')).toBe(false);
    expect(actualOf('female_key_leader_provincial_pc_pct', 'VN', 2022)[0]!.value).toBe(37.7);
  });

  it('the curated series, flags and source quality reach every value', () => {
    const byKey = new Map(round5.map((s) => [`${s.indicator_id}|${s.area_id}|${s.year}`, s]));
    expect(byKey.get('gbv_perpetrators_counselled_pct|34-38|2025')).toMatchObject({
      series: 'admin_register',
      value: 86.25,
      source_quality: 'press_official',
    });
    expect(byKey.get('unpaid_care_hours_ratio_f_to_m|VN|2024')).toMatchObject({
      series: 'survey',
      source_quality: 'compilation',
    });
    const uncertain = data.actuals
      .filter((a) => a.source_file === FILE && a.uncertain_year)
      .map((a) => `${a.indicator_id}|${a.area_id}`)
      .sort();
    expect(uncertain).toEqual([
      'gbv_perpetrators_counselled_pct|34-38',
      'gbv_victims_accessing_support_pct|34-75',
      'maternal_mortality_ratio|34-75',
      'population_basic_gender_knowledge_pct|34-38',
      'population_basic_gender_knowledge_pct|34-75',
    ]);
    expect(actualOf('unpaid_care_hours_ratio_f_to_m', 'VN', 2024)[0]!.preliminary).toBe(true);
  });

  it('a vague period is never judged on a guessed year: cannot be assessed — uncertain year', () => {
    const cells = status.filter(
      (r) =>
        ['34-38', '34-75'].includes(r.area_id) &&
        r.eval_year === 2025 &&
        r.series === 'admin_register' &&
        r.actual_year === 2025,
    );
    expect(cells.length).toBeGreaterThanOrEqual(5);
    for (const r of cells)
      expect([r.status, r.reason]).toEqual(['not_assessable', 'uncertain_year']);
  });

  it('the 2020 female-director share: two sources disagree, both kept, flagged, never averaged', () => {
    const [value] = actualOf('female_enterprise_coop_heads_pct', 'VN', 2020);
    expect(value).toMatchObject({ series: 'census', n_sources: 2, conflict: true });
    expect([27.2, 28.2]).toContain(value!.value);
    const sources = data.actualSources
      .filter(
        (s) =>
          s.indicator_id === 'female_enterprise_coop_heads_pct' &&
          s.area_id === 'VN' &&
          s.year === 2020,
      )
      .map((s) => [s.value, s.preferred, s.source_file])
      .sort();
    expect(sources).toEqual([
      [27.2, true, 'actuals/actuals.csv'],
      [28.2, false, FILE],
    ]);
  });

  it('Lào Cai’s 35% is the merged council’s 2025 status, apart from old Lào Cai’s 2021 election', () => {
    const pc = data.actuals.filter(
      (a) => a.indicator_id === 'female_pc_deputies_pct' && ['34-15', '63-10'].includes(a.area_id),
    );
    expect(pc.map((a) => [a.area_id, a.year, a.series, a.value]).sort()).toEqual([
      ['34-15', 2025, 'admin_register', 35],
      ['63-10', 2021, 'election', 38.18],
    ]);
    expect(pc.find((a) => a.area_id === '34-15')!.period_note).toMatch(/not an election result/);
    // No target of this indicator, hence no verdict compares the two.
    expect(status.some((r) => r.indicator_id === 'female_pc_deputies_pct')).toBe(false);
  });

  it('Sơn La’s 113.4 is context, never a plan target', () => {
    expect(data.targets.some((t) => t.area_id === '63-14')).toBe(false);
    expect(status.some((r) => r.area_id === '63-14' && r.target_value === 113.4)).toBe(false);
    expect(data.otherTargets).toEqual([
      expect.objectContaining({
        indicator_id: 'sex_ratio_at_birth',
        area_id: '63-14',
        year: 2025,
        value: 113.4,
        kind: 'outside_nq28_plan',
      }),
    ]);
  });

  it('every round-5 URL is a listed page with publisher and language', () => {
    for (const s of round5) {
      expect(s.source_publisher, s.source_url).not.toBe('');
      expect(['vi', 'en', 'ja']).toContain(s.source_language);
    }
    // Lạng Sơn's share was read from vietnam.vn's Japanese machine translation.
    expect(round5.find((s) => s.area_id === '34-20')).toMatchObject({ source_language: 'ja' });
  });
});
