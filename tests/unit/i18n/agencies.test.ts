// Lead agencies on English pages: the catalog's English where it has one, else each name of the
// plan's Vietnamese glossed, with the Vietnamese kept; Vietnamese alone when a name is unknown.
import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { reportingAgencies, type LeadAgency } from '../../../src/lib/domain/lead-agency.ts';
import { agencyNameText, agencyNamesEn, leadAgencyText } from '../../../src/lib/i18n/agencies.ts';

const csv = (file: string) =>
  Papa.parse<Record<string, string>>(readFileSync(`data/catalog/${file}`, 'utf8'), {
    header: true,
    skipEmptyLines: true,
  }).data;

const agency = (vi: string, en = ''): LeadAgency => ({ vi, en, basis: '', source: 'plan' });

describe('leadAgencyText', () => {
  it.each([
    ['vi', agency('Sở Y tế', 'Department of Health'), 'Sở Y tế', 'vi', null],
    ['en', agency('Sở Y tế', 'Department of Health'), 'Department of Health', 'en', null],
    ['en', agency('Sở Y tế'), 'Department of Health', 'en', 'Sở Y tế'],
    [
      'en',
      agency('Cục Thống kê tỉnh; Sở Nội vụ'),
      'Provincial Statistics Office; Department of Home Affairs',
      'en',
      'Cục Thống kê tỉnh; Sở Nội vụ',
    ],
    // One name outside the glossary: the plan's wording alone, marked as Vietnamese.
    ['en', agency('Sở Y tế; Sở Xây dựng'), 'Sở Y tế; Sở Xây dựng', 'vi', null],
  ] as const)('%s page, %o → %s', (locale, a, text, lang, original) => {
    expect(leadAgencyText(a, locale)).toEqual({ text, lang, original });
  });

  it('a plan agency named alone (a reporting template) is glossed only on English pages', () => {
    expect(agencyNameText('Sở Y tế', 'en')).toEqual({
      text: 'Department of Health',
      lang: 'en',
      original: 'Sở Y tế',
    });
    expect(agencyNameText('Sở Y tế', 'vi')).toEqual({
      text: 'Sở Y tế',
      lang: 'vi',
      original: null,
    });
  });

  it('an empty name has no English', () => {
    expect(agencyNamesEn(' ; ')).toBeNull();
  });
});

describe('the glossary covers the bundled data', () => {
  it("every plan target's lead agency has an English gloss", () => {
    const leads = [...csv('targets.csv'), ...csv('targets_provinces.csv')]
      .map((r) => r.lead_agency_vi?.trim() ?? '')
      .filter(Boolean);
    expect(leads.length).toBeGreaterThan(0);
    expect(leads.filter((l) => agencyNamesEn(l) === null)).toEqual([]);
  });

  it('every agency a reporting template is named after has an English gloss', () => {
    const rows = csv('indicators.csv');
    const leads = [
      ...rows.flatMap((r) => [r.lead_agency_vi, r.lead_agency_2025_vi]),
      ...[...csv('targets.csv'), ...csv('targets_provinces.csv')].map((r) => r.lead_agency_vi),
    ].filter((l): l is string => Boolean(l?.trim()));
    const names = [...new Set(leads.flatMap(reportingAgencies))];
    expect(names.length).toBeGreaterThan(5);
    expect(names.filter((n) => agencyNamesEn(n) === null)).toEqual([]);
  });
});
