// The Government's own assessment beside the site's verdicts: a stated classification is compared,
// an unstated one never inferred, a part of a target never compared as the whole, every difference
// kept with its reason; the headline count beside the site's with the reasons they differ.
import { describe, expect, it } from 'vitest';
import type { StatusRow } from '../../../src/lib/domain/attainment/evaluate.ts';
import {
  compareVerdict,
  governmentForTarget,
  governmentYear,
  nationalVerdict,
  NQ28_CODES,
  parseTargetCode,
  siteVerdicts,
  strategyCode,
  type GovernmentAssessment,
  type SiteVerdict,
} from '../../../src/lib/domain/government-assessment.ts';
import {
  countReasonText,
  differenceText,
  governmentValueText,
} from '../../../src/lib/i18n/government.ts';
import { target } from '../attainment/fixtures.ts';
import { indicator, statusRow } from './fixtures.ts';

const row = (over: Partial<GovernmentAssessment>): GovernmentAssessment => ({
  report_year: 2023,
  target_code: 'MT2 CT1',
  government_status: 'met',
  value: '50.9',
  count_value: null,
  count_of: null,
  value_year: null,
  label_vi: 'nhãn',
  label_en: 'label',
  unit_vi: '%',
  unit_en: '%',
  note_vi: '',
  note_en: '',
  report_vi: 'Báo cáo',
  report_en: 'Report',
  report_date: '2024-05-22',
  source_url: 'https://example.org/a',
  source_publisher: 'P',
  source_page_title: '',
  source_language: 'vi',
  quote: 'q',
  ...over,
});
const count = (n: number, status: 'met_count' | 'met_count_draft' = 'met_count') =>
  row({
    target_code: 'ALL',
    government_status: status,
    value: String(n),
    count_value: n,
    count_of: 20,
  });

/** A site verdict for an NQ28 code (and part) with the given status. */
const site = (
  code: string,
  over: Partial<StatusRow> = {},
  part: string | null = null,
): SiteVerdict => {
  const ind = {
    ...indicator(`i_${code}_${part ?? ''}`),
    strategy_ref: `NQ28 ${code}${part ? ` (${part})` : ''}`,
  };
  return {
    code,
    part,
    indicator: ind,
    verdict: statusRow({ indicator_id: ind.id, eval_year: 2023, ...over }),
  };
};
const met = { status: 'met' as const, reason: '' as const, actual_value: 50.9, actual_year: 2023 };
const offTrack = { status: 'off_track' as const, reason: '' as const };
const noData = {
  status: 'no_data' as const,
  reason: '' as const,
  actual_year: null,
  actual_value: null,
};
const beforePlan = {
  status: 'not_assessable' as const,
  reason: 'before_plan' as const,
  actual_value: 27.2,
  actual_year: 2020,
};

describe('codes', () => {
  it('the Strategy has 20 numbered targets, MT1 alone in its objective', () => {
    expect(NQ28_CODES).toHaveLength(20);
    expect(NQ28_CODES.slice(0, 2)).toEqual(['MT1', 'MT2 CT1']);
    expect(NQ28_CODES.at(-1)).toBe('MT6 CT4');
  });
  it.each([
    ['ALL', { kind: 'count', nq28: null }],
    ['REPORT', { kind: 'report', nq28: null }],
    ['MT2 CT3', { kind: 'target', nq28: 'MT2 CT3' }],
    ['MT1 (component)', { kind: 'component', nq28: 'MT1' }],
    ['MT2 CT9', null],
    ['MT7 CT1', null],
    ['mt2 ct1', null],
    ['MT1 CT1', null],
  ])('target code %j', (code, expected) => expect(parseTargetCode(code)).toEqual(expected));
  it.each([
    ['NQ28 MT1 CT', { code: 'MT1', part: null }],
    ['NQ28 MT3 CT2 (a)', { code: 'MT3 CT2', part: 'a' }],
    ['NQ28 MT4 CT1', { code: 'MT4 CT1', part: null }],
    ['NQ28 MT4 CT4 (provincial form)', null],
    ['', null],
  ])('strategy ref %j', (ref, expected) => expect(strategyCode(ref)).toEqual(expected));
});

describe('one target: the Government’s classification against the site’s verdict', () => {
  it.each([
    ['met', met, null],
    ['met', offTrack, 'site_not_met'],
    ['met', noData, 'site_no_value'],
    ['met', beforePlan, 'site_not_assessable'],
    ['not_met', offTrack, null],
    ['not_met', met, 'site_met'],
    ['approaching', { status: 'not_yet_met' as const, reason: 'no_baseline' as const }, null],
    ['approaching', met, 'site_met'],
    ['on_track', { status: 'on_track' as const, reason: '' as const }, null],
    ['on_track', met, null],
    ['on_track', offTrack, 'site_behind_path'],
    ['on_track', { status: 'not_met' as const, reason: '' as const }, 'site_behind_path'],
  ] as const)('Government %s, site %o → %s', (stated, verdict, expected) => {
    const d = compareVerdict(stated, { actual_year: 2023, ...verdict });
    expect(d?.kind ?? null).toBe(expected);
  });
  it('a value before the plan period keeps its year as the reason', () => {
    expect(compareVerdict('met', beforePlan)).toEqual({
      kind: 'site_not_assessable',
      reason: 'before_plan',
      valueYear: 2020,
    });
    expect(differenceText(compareVerdict('met', beforePlan)!, 'vi')).toContain('năm 2020');
  });
});

describe('a year of the Government’s assessment beside the site', () => {
  const assessments = [
    count(11),
    count(12, 'met_count_draft'),
    row({ target_code: 'MT2 CT1' }),
    row({ target_code: 'MT2 CT3', value: '28.2', value_year: 2020 }),
    row({ target_code: 'MT4 CT4', government_status: 'not_met', value: '' }),
    row({ target_code: 'MT3 CT1', government_status: '', value: '1.8' }),
    row({ target_code: 'MT1 (component)', government_status: 'approaching', value: '50' }),
    row({ target_code: 'MT1 (component)', government_status: '', value: '37.7 / 31.77' }),
    row({ target_code: 'MT5 CT3', government_status: 'met' }),
    row({
      report_year: 2022,
      target_code: 'ALL',
      government_status: 'met_count',
      count_value: 9,
      count_of: 20,
    }),
  ];
  const sites = [
    site('MT1', noData),
    site('MT2 CT1', met),
    site('MT2 CT3', beforePlan),
    site('MT3 CT1', offTrack),
    site('MT3 CT2', noData, 'a'),
    site('MT3 CT2', noData, 'b'),
    site('MT4 CT4', noData),
    site('MT4 CT2', beforePlan),
  ];
  const y = governmentYear(2023, assessments, sites);
  const byCode = (code: string) => y.targets.filter((t) => t.assessment.target_code === code);

  it('takes only the year’s rows, targets in the Strategy’s order', () => {
    expect(y.found).toBe(true);
    expect(y.targets.map((t) => t.assessment.target_code)).toEqual([
      'MT1 (component)',
      'MT1 (component)',
      'MT2 CT1',
      'MT2 CT3',
      'MT3 CT1',
      'MT4 CT4',
      'MT5 CT3',
    ]);
  });

  it.each([
    ['MT2 CT1', 0, 'met', 'agree'],
    ['MT2 CT3', 0, 'met', 'differ'],
    ['MT4 CT4', 0, 'not_met', 'differ'],
    ['MT3 CT1', 0, null, 'not_stated'],
    ['MT1 (component)', 0, 'approaching', 'part_only'],
    ['MT1 (component)', 1, null, 'not_stated'],
    ['MT5 CT3', 0, 'met', 'not_in_site_list'],
  ] as const)('%s (#%i): stated %s → %s', (code, i, stated, agreement) => {
    const t = byCode(code)[i]!;
    expect(t.stated).toBe(stated);
    expect(t.agreement).toBe(agreement);
  });

  it('a row with a value and no status shows the value and no classification, never one inferred', () => {
    const t = byCode('MT3 CT1')[0]!;
    expect(t.stated).toBeNull();
    expect(t.differences).toEqual([]);
    expect(t.site[0]!.verdict.status).toBe('off_track');
    expect(t.assessment.value).toBe('1.8');
  });

  it('the disagreement says why: a 2020 value the site does not judge; no public value', () => {
    expect(byCode('MT2 CT3')[0]!.differences.map((d) => d.difference)).toEqual([
      { kind: 'site_not_assessable', reason: 'before_plan', valueYear: 2020 },
    ]);
    expect(byCode('MT4 CT4')[0]!.differences.map((d) => d.difference)).toEqual([
      { kind: 'site_no_value' },
    ]);
  });

  it('counts: the Government’s final and draft beside the site’s own, with the reasons', () => {
    const c = y.count!;
    expect(c.final?.count_value).toBe(11);
    expect(c.draft?.count_value).toBe(12);
    expect(c.site).toEqual({ met: 1, total: 8, notMet: 1, notAssessable: 2, noData: 4 });
    const kinds = c.reasons.map((r) => r.kind);
    expect(kinds).toEqual(['target_list', 'no_public_value', 'before_plan', 'named']);
    const list = c.reasons[0]!;
    expect(list).toMatchObject({ governmentOf: 20, siteTotal: 8, split: ['MT3 CT2'] });
    expect(list.kind === 'target_list' && list.missing).toHaveLength(20 - 7);
    expect(c.reasons[1]).toEqual({
      kind: 'no_public_value',
      codes: ['MT1', 'MT3 CT2 (a)', 'MT3 CT2 (b)', 'MT4 CT4'],
    });
    expect(c.reasons[2]).toEqual({
      kind: 'before_plan',
      codes: ['MT2 CT3', 'MT4 CT2'],
      countedMet: [{ code: 'MT2 CT3', valueYear: 2020 }],
    });
    // MT5 CT3 is named as met too (the site has no target for it).
    expect(c.reasons[3]).toEqual({
      kind: 'named',
      named: ['MT2 CT1', 'MT2 CT3', 'MT5 CT3'],
      count: 11,
    });
  });

  it('the reasons read as sentences in both languages', () => {
    const text = (l: 'vi' | 'en') =>
      y.count!.reasons.flatMap((r) => countReasonText(r, l)).join(' ');
    expect(text('vi')).toContain('Chính phủ tính 20 chỉ tiêu');
    expect(text('vi')).toContain('4 chỉ tiêu không có giá trị công khai');
    expect(text('vi')).toContain('Chính phủ vẫn tính MT2 CT3 là đạt, dựa trên giá trị năm 2020');
    expect(text('en')).toContain('4 targets have no public value');
    expect(text('en')).toContain('objective 2, target 3 as met all the same, on a value for 2020');
  });

  it('sites and Government agreeing on everything: no reason but the list and the names', () => {
    const g = governmentYear(
      2023,
      [count(1), row({ target_code: 'MT2 CT1' })],
      [site('MT2 CT1', met)],
    );
    expect(g.count!.site.met).toBe(1);
    expect(g.count!.reasons.map((r) => r.kind)).toEqual(['target_list']);
  });

  it('a site verdict that differs where both judge is a reason of its own', () => {
    const g = governmentYear(
      2024,
      [
        row({
          report_year: 2024,
          target_code: 'ALL',
          government_status: 'met_count',
          count_value: 13,
          count_of: 20,
        }),
        row({ report_year: 2024, target_code: 'MT3 CT1', government_status: 'on_track' }),
      ],
      [site('MT3 CT1', offTrack)],
    );
    expect(g.count!.reasons.find((r) => r.kind === 'verdicts_differ')).toEqual({
      kind: 'verdicts_differ',
      codes: ['MT3 CT1'],
    });
  });

  it('a year without any row: not found, nothing else', () => {
    const g = governmentYear(2021, assessments, sites);
    expect(g).toEqual({ year: 2021, found: false, reports: [], count: null, targets: [] });
  });
});

describe('one indicator, year by year', () => {
  it('every year’s row of its code (and the parts of it), beside the verdict of that year', () => {
    const ind = { ...indicator('female_director'), strategy_ref: 'NQ28 MT2 CT3' };
    const rows = governmentForTarget(
      [
        row({ report_year: 2024, target_code: 'MT2 CT3', government_status: '', value: '28.2' }),
        row({ report_year: 2023, target_code: 'MT2 CT3', value: '28.2', value_year: 2020 }),
        row({ report_year: 2023, target_code: 'MT2 CT1' }),
      ],
      { code: 'MT2 CT3', part: null, indicator: ind },
      (year) => statusRow({ eval_year: year, ...beforePlan }),
    );
    expect(rows.map((r) => [r.assessment.report_year, r.agreement])).toEqual([
      [2023, 'differ'],
      [2024, 'not_stated'],
    ]);
  });

  it('the national verdict is the one the national page of the year shows', () => {
    const targets = [
      target({ id: 'VN-x-2025', indicator_id: 'x', year: 2025 }),
      target({ id: 'VN-x-2030', indicator_id: 'x', year: 2030 }),
    ];
    const status = [
      statusRow({
        indicator_id: 'x',
        target_id: 'VN-x-2025',
        eval_year: 2023,
        status: 'met',
        series: 'survey',
      }),
      statusRow({
        indicator_id: 'x',
        target_id: 'VN-x-2030',
        eval_year: 2023,
        status: 'off_track',
      }),
      statusRow({
        indicator_id: 'x',
        target_id: 'VN-x-2025',
        eval_year: 2022,
        status: 'off_track',
      }),
    ];
    expect(nationalVerdict(targets, [], status, 'x', 2023)?.status).toBe('met');
    expect(nationalVerdict(targets, [], status, 'x', 2022)?.status).toBe('off_track');
    expect(nationalVerdict(targets, [], status, 'y', 2023)).toBeNull();
  });

  it('site verdicts leave out indicators outside the Strategy’s numbering', () => {
    const a = { ...indicator('a'), strategy_ref: 'NQ28 MT4 CT1' };
    const b = { ...indicator('b'), strategy_ref: 'NQ28 MT4 CT4 (provincial form)' };
    const v = siteVerdicts([
      { indicator: a, verdict: statusRow() },
      { indicator: b, verdict: statusRow() },
    ]);
    expect(v.map((s) => s.code)).toEqual(['MT4 CT1']);
  });
});

it('values as the report gives them take the locale’s decimal mark', () => {
  expect(governmentValueText('59 / 12.5 / 76.19 (48/63)', 'vi')).toBe('59 / 12,5 / 76,19 (48/63)');
  expect(governmentValueText('59 / 12.5 / 76.19 (48/63)', 'en')).toBe('59 / 12.5 / 76.19 (48/63)');
});
