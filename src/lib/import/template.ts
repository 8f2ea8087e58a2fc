// Blank reporting templates for a province and year: the targets its annual page shows (the same
// rule, reportTargets), each with the target, its deadline and role, its legal reference and the
// agency that reports it; one file per agency, so the office can send each department its part
// and upload the returned files together. Fill "Giá trị" (or, for a share, "Tử số" and "Mẫu số")
// and upload. The Excel version is written by template-xlsx.ts.
import { reportTargets } from '../domain/area-year-report.ts';
import { reportingYear, validInYear } from '../domain/attainment/target-choice.ts';
import { leadAgencyOf, reportingAgencies } from '../domain/lead-agency.ts';
import type { Area, CrosswalkRow, Indicator, Target } from '../domain/types.ts';
import { isPercentIndicator } from '../domain/units.ts';
import { COMPARATOR_SYMBOL } from '../domain/vocabulary.ts';
import { asciiName } from '../dataset/names.ts';
import { toCsvText } from '../export/csv.ts';
import { VOCABULARY } from '../i18n/messages/vocabulary.ts';
import { areaName } from '../i18n/names.ts';

/** The template's columns (Vietnamese: the file goes to provincial departments). */
/** The column where the agency that fills a template writes its name (the file's own words). */
export const AGENCY_COLUMN = 'Cơ quan báo cáo';

export const TEMPLATE_COLUMNS = [
  'Mã chỉ tiêu',
  'Chỉ tiêu',
  'Đơn vị tính',
  'Mục tiêu',
  'Thời hạn',
  'Loại mục tiêu',
  'Căn cứ',
  AGENCY_COLUMN,
  'Tỉnh/Thành phố',
  // Optional, for shares; before the year and value, which stay the last two columns (a filled
  // template's rows end "…,2025,52,5").
  'Tử số',
  'Mẫu số',
  'Năm',
  'Giá trị',
] as const;

export type TemplateRow = Record<(typeof TEMPLATE_COLUMNS)[number], string>;

/** Targets with no known lead agency go in a file of their own, under this name. */
export const NO_AGENCY = 'Chưa xác định cơ quan báo cáo';

/** The notes line of that file: the agency that fills it writes its name in the rows. */
const NO_AGENCY_NOTE =
  'chưa xác định — cơ quan điền mẫu này ghi tên mình vào cột “Cơ quan báo cáo”';

export interface TemplateFile {
  /** The agency the file is for (one name), or NO_AGENCY. */
  agency: string;
  rows: TemplateRow[];
}

export interface TemplateInput {
  area: Area;
  year: number;
  indicators: readonly Indicator[];
  targets: readonly Target[];
  crosswalk: readonly CrosswalkRow[];
  /** The day the template is made (ISO): decides the agencies after the 1/3/2025 reorganisation. */
  today: string;
}

/** Years a template can be made for: the plan period up to the reporting year, area valid. */
export function templateYears(area: Area, today: Date, from = 2021): number[] {
  const last = reportingYear(area, today);
  const years: number[] = [];
  for (let y = from; y <= last; y++) if (validInYear(area, y)) years.push(y);
  return years;
}

const decimal = (n: number) => String(n).replace('.', ',');

function rowsOf(input: TemplateInput): { row: TemplateRow; agencies: string[]; share: boolean }[] {
  const { area, year } = input;
  const byId = new Map(input.indicators.map((i) => [i.id, i]));
  const v = VOCABULARY.vi;
  return reportTargets(input.targets, area.id, year, input.crosswalk, input.indicators).map(
    ({ target, role }) => {
      const indicator = byId.get(target.indicator_id)!;
      const lead = leadAgencyOf(indicator, target, input.today);
      const yesNo = indicator.value_type === 'yes_no';
      return {
        agencies: lead ? reportingAgencies(lead.vi) : [],
        share: isPercentIndicator(indicator),
        row: {
          'Mã chỉ tiêu': indicator.id,
          'Chỉ tiêu': indicator.name_vi,
          'Đơn vị tính': yesNo ? '1 = có, 0 = không' : indicator.unit_vi,
          'Mục tiêu': `${COMPARATOR_SYMBOL[target.comparator]} ${
            yesNo ? (target.value ? v.yes : v.no) : decimal(target.value)
          }`,
          'Thời hạn': String(target.year),
          'Loại mục tiêu': v.role[role],
          'Căn cứ': target.legal_ref,
          'Cơ quan báo cáo': lead?.vi ?? '',
          'Tỉnh/Thành phố': areaName(area, 'vi'),
          'Tử số': '',
          'Mẫu số': '',
          Năm: String(year),
          'Giá trị': '',
        },
      };
    },
  );
}

/** Every target of the page in one template, in the page's order. */
export function templateRows(input: TemplateInput): TemplateRow[] {
  return rowsOf(input).map((r) => r.row);
}

/** The targets that are shares (unit %): their rows take the optional "Tử số" and "Mẫu số". */
export function shareIndicators(input: Pick<TemplateInput, 'indicators'>): Set<string> {
  return new Set(input.indicators.filter(isPercentIndicator).map((i) => i.id));
}

/**
 * One template per reporting agency, agencies in the order their first target comes; a target
 * two agencies report is in both files (their values are compared when the files are merged).
 * Each file's rows name its agency (the agency that fills the file reports them); the file of
 * targets no agency is known to report leaves that column for the agency to fill.
 */
export function templateFiles(input: TemplateInput): TemplateFile[] {
  const files = new Map<string, TemplateRow[]>();
  for (const { row, agencies } of rowsOf(input))
    for (const agency of agencies.length ? agencies : [NO_AGENCY]) {
      const list = files.get(agency) ?? [];
      list.push({ ...row, 'Cơ quan báo cáo': agency === NO_AGENCY ? '' : agency });
      files.set(agency, list);
    }
  // The file of targets nobody is known to report comes last.
  return [...files.entries()]
    .map(([agency, rows]) => ({ agency, rows }))
    .sort((a, b) => Number(a.agency === NO_AGENCY) - Number(b.agency === NO_AGENCY));
}

/**
 * Lines above the table: what the file is, for whom, how to fill it; the upload skips them as
 * notes, except "Cơ quan báo cáo: …", which names the agency the file's values come from.
 */
export function templateNotes(input: TemplateInput, agency: string | null): string[] {
  return [
    'Mẫu báo cáo số liệu thực hiện mục tiêu bình đẳng giới (Nghị quyết 28/NQ-CP)',
    `Tỉnh/thành phố: ${areaName(input.area, 'vi')}`,
    `Năm báo cáo: ${input.year}`,
    ...(agency ? [`Cơ quan báo cáo: ${agency === NO_AGENCY ? NO_AGENCY_NOTE : agency}`] : []),
    `Lập ngày: ${input.today.split('-').reverse().join('/')}`,
    'Điền cột “Giá trị” (dấu phẩy thập phân, ví dụ 52,5); không đổi tên các cột.',
    'Chỉ tiêu tính bằng %: ghi số phần trăm, ví dụ 31,3 (hoặc 31,3%), không ghi 0,313.',
    'Tử số, Mẫu số (không bắt buộc, chỉ cho chỉ tiêu tính bằng %): ví dụ 14 cơ quan có lãnh đạo chủ chốt là nữ trên 30 cơ quan; nếu chỉ điền hai số này, giá trị được tính từ chúng.',
  ];
}

/**
 * The CSV template. A spreadsheet opening it would run a cell that starts with "=" (the target
 * "= có" shows "#NAME?"), and the usual guard, a leading apostrophe, would show in the cell: a
 * leading space keeps the template's own texts text in Excel and LibreOffice.
 */
export function templateCsv(input: TemplateInput, file?: TemplateFile): string {
  const asText = (row: TemplateRow) =>
    Object.fromEntries(Object.entries(row).map(([k, v]) => [k, /^[=+\-@]/.test(v) ? ` ${v}` : v]));
  const rows = (file ? file.rows : templateRows(input)).map(asText);
  const notes = templateNotes(input, file ? file.agency : null);
  const table = toCsvText([...TEMPLATE_COLUMNS], rows).replace(/^\uFEFF/, '');
  const quote = (s: string) => (/[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);
  return `\uFEFF${notes.map(quote).join('\r\n')}\r\n\r\n${table}`;
}

/** A file name a person can read and every system can store: ASCII, lower case, hyphens. */
export function slug(text: string): string {
  return asciiName(text)
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

export function templateFileName(
  input: Pick<TemplateInput, 'area' | 'year'>,
  agency: string | null,
  ext: 'csv' | 'xlsx' | 'zip',
): string {
  return `mau-bao-cao-${input.area.id}-${input.year}${agency ? `-${slug(agency)}` : ''}.${ext}`;
}

/** The template workbook's sheet name. */
export const templateSheetName = (input: Pick<TemplateInput, 'year'>) =>
  `Mẫu báo cáo ${input.year}`;
