// Percentages as the spreadsheet shows them: a cell formatted as a percentage stores 0.255 and
// shows 25.5 %, and is read as 25.5 for an indicator whose unit is a percentage; a bare fraction
// for such an indicator is never accepted without the user saying which it is.
import { describe, expect, it } from 'vitest';
import { isPercentIndicator } from '../../../src/lib/domain/units.ts';
import { importBytes, importWorkbook } from '../../../src/lib/import/pipeline.ts';
import { fractionKey } from '../../../src/lib/import/validate.ts';
import { numberKindOf } from '../../../src/lib/import/xlsx.ts';
import { context, indicators, ok, utf8 } from './context.ts';
import { makeXlsx, type FixtureCell } from './make-xlsx.ts';

const LEADERS = 'female_key_leader_agencies_pct'; // unit %, plausible 0–100
const SRB = 'sex_ratio_at_birth'; // boys per 100 girls
const HEADER = ['Chỉ tiêu', 'Năm', 'Giá trị'];

describe('which indicators are percentages: the catalog’s unit, in one rule', () => {
  const byId = (id: string) => indicators.find((i) => i.id === id)!;
  it.each([
    [LEADERS, true], // %
    ['female_wage_employment_pct', true], // "% lao động nữ có việc làm"
    ['provinces_with_lgbt_health_pilot_pct', true], // "% tỉnh, thành"
    [SRB, false], // bé trai/100 bé gái
    ['adolescent_birth_rate', false], // per 1,000
    ['gender_content_in_national_curriculum', false], // yes/no
  ])('%s → %s', (id, expected) => {
    expect(isPercentIndicator(byId(id))).toBe(expected);
  });
  it('per mille is not per cent', () => {
    const mille = indicators.find((i) => i.unit_vi.startsWith('‰'));
    expect(mille).toBeDefined();
    expect(isPercentIndicator(mille!)).toBe(false);
  });
});

describe('number formats: built-in ids and custom codes', () => {
  it.each([
    [9, undefined, 'percent'], // 0%
    [10, undefined, 'percent'], // 0.00%
    [14, undefined, 'date'],
    [22, undefined, 'date'],
    [0, undefined, null],
    [2, undefined, null], // 0.00
    [49, undefined, null], // @ (text)
    [165, '0.0%', 'percent'],
    [165, '0.00%;[Red]-0.00%', 'percent'],
    [165, '[$-42A]#,##0.0%', 'percent'],
    [165, '0"%"', null], // a quoted % is literal text: the number is not scaled
    [165, '0\\%', null], // so is an escaped one
    [165, '#,##0 "₫"', null],
    [165, 'dd/mm/yyyy', 'date'],
    [165, '[h]:mm', 'date'],
    [165, 'General', null],
    [165, '_-* #,##0.00_-', null],
  ] as const)('id %i, code %j → %s', (id, code, kind) => {
    expect(numberKindOf(id, code)).toBe(kind);
  });
});

describe('XLSX cells formatted as percentages', () => {
  const read = (value: FixtureCell, confirmed: Record<string, string> = {}, indicator = LEADERS) =>
    ok(
      importWorkbook(
        makeXlsx([{ name: 'S', rows: [HEADER, [indicator, 2024, value]] }]),
        context(confirmed),
      ),
    );

  it.each([
    ['built-in 0%', { value: 0.26, format: 9 }, 26],
    ['built-in 0.00%', { value: 0.2555, format: 10 }, 25.55],
    ['custom 0.0%', { value: 0.313, format: '0.0%' }, 31.3],
    ['LibreOffice’s 0.00%', { value: 0.313, format: '0.00%' }, 31.3],
    ['a whole 100 %', { value: 1, format: 9 }, 100],
    ['0 %', { value: 0, format: 9 }, 0],
  ] as const)('%s: stored %j, read as %d', (_label, value, expected) => {
    const r = read(value);
    expect(r.rejected).toEqual([]);
    expect(r.accepted.map((a) => a.value)).toEqual([expected]);
  });
  it('a percentage cell for an indicator that is not a percentage is a problem, not 111.2', () => {
    const r = read({ value: 1.112, format: 10 }, {}, SRB);
    expect(r.accepted).toEqual([]);
    expect(r.rejected.map((x) => [x.row, x.column, x.reason, x.detail])).toEqual([
      [2, 'Giá trị', 'percent_not_unit', { text: '111.2%', unit: 'bé trai/100 bé gái' }],
    ]);
  });
});

describe('a bare fraction for a percentage indicator is held as a question', () => {
  const read = (value: FixtureCell, confirmed: Record<string, string> = {}) =>
    ok(
      importWorkbook(
        makeXlsx([{ name: 'S', rows: [HEADER, [LEADERS, 2024, value]] }]),
        context(confirmed),
      ),
    );
  const key = fractionKey({ sheet: 'S', row: 2, valueColumn: 'Giá trị' }, LEADERS, '0.313');

  it('0.313 in a plain number cell: a problem that says what was read and what it would mean', () => {
    const r = read(0.313);
    expect(r.accepted).toEqual([]);
    expect(r.rejected.map((x) => [x.row, x.column, x.reason, x.detail, x.indicator_id])).toEqual([
      [2, 'Giá trị', 'percent_fraction', { text: '0.313', value: '0.313', key }, LEADERS],
    ]);
  });
  it('answered "it is 0.313 %": kept as written; answered "it is 31.3 %": read so', () => {
    expect(read(0.313, { [key]: 'as_written' }).accepted.map((a) => a.value)).toEqual([0.313]);
    expect(read(0.313, { [key]: 'percent' }).accepted.map((a) => a.value)).toEqual([31.3]);
    // An answer about another row or value does not apply.
    expect(read(0.5, { [key]: 'percent' }).accepted).toEqual([]);
  });
  it.each([
    ['0', 0], // zero is zero either way
    ['1,5', 1.5], // above 1: a percentage
    ['31,3', 31.3],
    ['31,3%', 31.3], // typed with its sign, as text
    ["'31,3", 31.3], // kept as text with the apostrophe
  ])('text %j in a CSV → %d, no question', (text, value) => {
    const r = ok(
      importBytes({
        ...context(),
        bytes: utf8(`Chỉ tiêu;Năm;Giá trị\n${LEADERS};2024;${text}\n`),
        fileName: 'f.csv',
      }),
    );
    expect(r.rejected).toEqual([]);
    expect(r.accepted.map((a) => a.value)).toEqual([value]);
  });
  it.each(['0,313', '1', '0,05'])('text %j in a CSV is asked about', (text) => {
    const r = ok(
      importBytes({
        ...context(),
        bytes: utf8(`Chỉ tiêu;Năm;Giá trị\n${LEADERS};2024;${text}\n`),
        fileName: 'f.csv',
      }),
    );
    expect(r.accepted).toEqual([]);
    expect(r.rejected.map((x) => x.reason)).toEqual(['percent_fraction']);
  });
  it('a fraction for an indicator that is not a percentage is an ordinary value', () => {
    const r = ok(
      importBytes({
        ...context(),
        bytes: utf8('Chỉ tiêu;Năm;Giá trị\nunpaid_care_hours_ratio_f_to_m;2024;0,9\n'),
        fileName: 'f.csv',
      }),
    );
    expect(r.rejected).toEqual([]);
    expect(r.accepted.map((a) => a.value)).toEqual([0.9]);
  });
});
