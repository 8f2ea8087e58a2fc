// The template list as the page renders it (server-side render of the component): Excel offered
// first with the reason beside the CSV, the file of targets no agency is known to report
// explained, and the agency a link names brought forward and marked.
import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import { buildDataset } from '../../../scripts/data/build-dataset.ts';
import TemplateDownloads from '../../../src/lib/import/TemplateDownloads.svelte';
import { ImportText } from '../../../src/lib/import/explain.ts';
import type { TemplateInput } from '../../../src/lib/import/template.ts';

const data = buildDataset('data');
const input: TemplateInput = {
  area: data.areas.find((a) => a.id === '34-56')!,
  year: 2025,
  indicators: data.indicators,
  targets: data.targets,
  crosswalk: data.crosswalk,
  today: '2026-01-15',
};
const html = (locale: 'vi' | 'en', agency: string | null = null) =>
  render(TemplateDownloads, { props: { input, text: new ImportText(locale), agency } }).body;
const rowsOf = (body: string) =>
  [...body.matchAll(/<tr[^>]*data-testid="agency-template"[^>]*>/g)].map((m) => m[0]);

describe('the template list', () => {
  it('Excel before CSV in every row, and why, in both languages', () => {
    const vi = html('vi');
    expect(vi).toContain('Nên dùng tệp Excel');
    expect(vi.indexOf('data-testid="agency-xlsx"')).toBeLessThan(
      vi.indexOf('data-testid="agency-csv"'),
    );
    expect(html('en')).toContain('Prefer the Excel file');
  });
  it('the file of targets no agency is known to report is explained', () => {
    expect(html('vi')).toContain('data-testid="agency-none-explained"');
    expect(html('vi')).toContain('Sở Nội vụ chọn cơ quan nắm số liệu');
  });
  it('a link naming an agency marks that agency’s row, and only it', () => {
    const linked = rowsOf(html('vi', 'so-y-te')).filter((r) => r.includes('data-linked="true"'));
    expect(linked).toHaveLength(1);
    expect(linked[0]).toContain('data-slug="so-y-te"');
    expect(html('vi', 'so-y-te')).toContain('cơ quan báo cáo mục tiêu bạn vừa chọn');
    // An unknown slug marks nothing (and breaks nothing).
    expect(rowsOf(html('vi', 'khong-co')).some((r) => r.includes('data-linked'))).toBe(false);
    expect(rowsOf(html('vi')).some((r) => r.includes('data-linked'))).toBe(false);
  });
});
