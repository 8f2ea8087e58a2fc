// The periods a province reports on the national gender-equality targets: the annual report
// (deadline 10/12 in most provincial plans) and the 6-month report (30/5 or 05/6). Figures,
// templates, kept uploads and the annex are per (province, year, period).
export const REPORT_PERIODS = ['annual', 'h1'] as const;
export type ReportPeriod = (typeof REPORT_PERIODS)[number];

export function isReportPeriod(value: string): value is ReportPeriod {
  return (REPORT_PERIODS as readonly string[]).includes(value);
}
