import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { evaluate } from '../../../src/lib/domain/attainment/evaluate.ts';
import { explain } from '../../../src/lib/i18n/explain.ts';
import { toCsvText } from '../../../src/lib/export/csv.ts';
import {
  legalRefsFor,
  statusExtractColumns,
  statusExtractRows,
} from '../../../src/lib/export/status-extract.ts';
import { actual, target } from '../attainment/fixtures.ts';

const srbTarget = target({ id: 'T-srb', legal_ref: 'Nghị quyết 28/NQ-CP, MT5 CT1' });
const row = evaluate({
  target: srbTarget,
  role: 'own',
  areaId: 'VN',
  evalYear: 2024,
  actuals: [
    actual(2021, 112.1),
    actual(2024, 111.4, { source_url: 'https://gso.gov.vn/x', preliminary: true }),
  ],
});
const names = { indicator: () => 'Tỷ số giới tính khi sinh', area: () => 'Toàn quốc' };

describe('status extract', () => {
  it('carries the judged value, the target with its legal reference and the value source', () => {
    const [out] = statusExtractRows([row], names, legalRefsFor([row], [srbTarget], 'vi'), 'vi');
    expect(out).toMatchObject({
      indicator_name: 'Tỷ số giới tính khi sinh',
      area_name: 'Toàn quốc',
      status_code: 'off_track',
      status: 'Chưa đạt, chậm lộ trình',
      series_code: 'survey',
      series: 'điều tra thống kê',
      actual_value: 111.4,
      actual_year: 2024,
      preliminary: 'có',
      uncertain_year: 'không',
      comparator: '≤',
      target_value: 111,
      target_year: 2025,
      target_role: 'mục tiêu quốc gia (Nghị quyết 28/NQ-CP)',
      target_legal_ref: 'Nghị quyết 28/NQ-CP, MT5 CT1',
      baseline_year: 2021,
      baseline_value: 112.1,
      source_url: 'https://gso.gov.vn/x',
      explanation: explain(row, 'vi'),
    });
  });

  it('never writes true/false or a bare "=" that a spreadsheet would run', () => {
    const eq = evaluate({
      target: target({ id: 'T-eq', comparator: '=', value: 1 }),
      role: 'national',
      areaId: '63-56',
      evalYear: 2023,
      actuals: [actual(2023, 0)],
    });
    const [vi] = statusExtractRows([eq], names, { 'T-eq': 'x' }, 'vi', new Set(['x']));
    const [en] = statusExtractRows([eq], names, { 'T-eq': 'x' }, 'en', new Set(['x']));
    expect(vi!.comparator).toBe('bằng');
    expect(en!.comparator).toBe('equals');
    expect(Object.values(vi!)).not.toContain(true);
    expect(Object.values(vi!)).not.toContain(false);
    expect(String(vi!.explanation)).toMatch(/^không \(2023/);
  });

  it('labels in the reader’s language', () => {
    const [vi] = statusExtractRows([row], names, { 'T-srb': 'x' }, 'vi');
    const [en] = statusExtractRows([row], names, { 'T-srb': 'x' }, 'en');
    expect(vi!.status).toBe('Chưa đạt, chậm lộ trình');
    expect(en!.status).toBe('Not yet met, off track');
    expect(en!.explanation).toBe(explain(row, 'en'));
    expect(statusExtractColumns('vi').find((c) => c.key === 'target_legal_ref')!.header).toBe(
      'can_cu_phap_ly',
    );
  });

  it('refuses a row whose target has no legal reference rather than leaving it blank', () => {
    expect(() => statusExtractRows([row], names, {}, 'en')).toThrow(/T-srb/);
  });

  it('ships only the references of the targets used', () => {
    const other = target({ id: 'T-other', legal_ref: 'QĐ 1' });
    expect(legalRefsFor([row], [srbTarget, other], 'vi')).toEqual({
      'T-srb': 'Nghị quyết 28/NQ-CP, MT5 CT1',
    });
    // English pages cite the English gloss of the same reference.
    expect(legalRefsFor([row], [srbTarget, other], 'en')).toEqual({ 'T-srb': 'Resolution 28' });
  });

  it('round-trips through the CSV writer with one line per row and every column', () => {
    const cols = statusExtractColumns('en');
    const rows = statusExtractRows([row, row], names, { 'T-srb': '=cmd' }, 'en');
    const csv = toCsvText(
      cols.map((c) => c.key),
      rows,
      cols.map((c) => c.header),
    );
    const parsed = Papa.parse<string[]>(csv.slice(1), { skipEmptyLines: true }).data;
    expect(parsed).toHaveLength(3);
    expect(parsed[0]).toEqual(cols.map((c) => c.header));
    // A legal reference that looks like a formula is neutralised, not executed.
    expect(parsed[1]![cols.findIndex((c) => c.key === 'target_legal_ref')]).toBe("'=cmd");
  });
});
