// Domain types shared by the data build, the attainment engine, the pages and the tests.
// They mirror the tables of the built dataset (static/data/gender.duckdb); see data/README.md.
import type { Comparator, Series, SourceQuality } from './vocabulary.ts';

export type { Comparator, Series, SourceQuality } from './vocabulary.ts';

export type Locale = 'vi' | 'en';

/** Which way is better for an indicator. `none` = context indicator without a direction. */
export type Direction = 'at_least' | 'at_most' | 'none';

export interface Indicator {
  id: string;
  name_vi: string;
  name_en: string;
  /** Short names for grid headers and chart titles on small screens. */
  short_vi: string;
  short_en: string;
  /** NQ28 domain: politics, economy, family_gbv, health, education, communication, or `context`. */
  domain: string;
  unit_vi: string;
  unit_en: string;
  direction: Direction;
  definition_vi: string;
  definition_en: string;
  lead_agency_vi: string;
  /** The same in English; '' when no lead is known. */
  lead_agency_en: string;
  /**
   * The lead agency after the reorganisation of provincial departments of 1/3/2025 (vi, en), and
   * why ("READ: …" where a source names the transfer, "INFERRED: …" with the evidence); all three
   * '' when the catalog knows no lead.
   */
  lead_agency_2025_vi: string;
  lead_agency_2025_en: string;
  lead_agency_2025_basis: string;
  /** NQ28 reference such as "MT1 CT1"; empty for context indicators. */
  strategy_ref: string;
  /** true when at least one target exists for it. */
  has_target: boolean;
  /** `yes_no`: 1 = yes, 0 = no (shown as words, never as "0"); else a number. */
  value_type: 'number' | 'yes_no';
  /** Lower/upper bound of plausible values, used by validation and charts. */
  min_plausible: number;
  max_plausible: number;
  /**
   * A reference band drawn on charts (e.g. the natural sex ratio at birth 104–106), with its
   * label; null when the indicator has none.
   */
  reference_low: number | null;
  reference_high: number | null;
  reference_vi: string;
  reference_en: string;
}

/** The six objectives (Mục tiêu) of NQ28, by catalog domain; context indicators have none. */
export const OBJECTIVE_OF_DOMAIN: Record<string, number> = {
  politics: 1,
  economy: 2,
  family_gbv: 3,
  health: 4,
  education: 5,
  communication: 6,
};

export type AreaKind = 'national' | 'province' | 'region';

export interface Area {
  /** 'VN' (national), '63-56' (pre-2025 province, GSO code), '34-56' (post-2025 province), 'R-…' (region). */
  id: string;
  kind: AreaKind;
  /** 63 or 34 for provinces; null for national and regions. */
  vintage: 63 | 34 | null;
  /** Official 2-digit GSO code for provinces, '' otherwise. */
  code: string;
  name_vi: string;
  name_en: string;
  /** Socio-economic region id (area id of the region), '' when not applicable. */
  region_id: string;
  /** ISO dates; '' when open. 63-vintage provinces end 2025-06-30, 34-vintage start 2025-07-01. */
  valid_from: string;
  valid_to: string;
}

/**
 * A province's socio-economic region. `legal`: listed in Nghị quyết 81/2023/QH15 (63 provinces).
 * `predecessors`: a 2025 province linked to the regions of the provinces it was formed from (two
 * rows when it straddles regions).
 */
export interface AreaRegion {
  area_id: string;
  region_id: string;
  basis: 'legal' | 'predecessors';
  source_id: string;
}

/** Old (63) → new (34) province crosswalk, one row per old province. */
export interface CrosswalkRow {
  old_area_id: string;
  new_area_id: string;
}

export interface Target {
  id: string;
  indicator_id: string;
  /** Area the target is set for: 'VN' for national targets, '63-56' for Khánh Hòa's own plan. */
  area_id: string;
  /** Deadline year (the target must hold by the end of this year). */
  year: number;
  comparator: Comparator;
  value: number;
  baseline_value: number | null;
  baseline_year: number | null;
  /** First year of the plan that set the target (2021 for NQ28 and Khánh Hòa 2021–2025). */
  plan_start_year: number;
  /** Legal reference: document and article, e.g. "Nghị quyết 28/NQ-CP, MT2 CT3". Never empty. */
  legal_ref: string;
  /** The legal reference glossed in English (document numbers and dates as written). */
  legal_ref_en: string;
  source_id: string;
  note: string;
  /** The plan that set a provincial target (plans.id); '' for national targets. */
  plan_id: string;
  /** True while the target is read from a secondary report and its document is unconfirmed. */
  provisional: boolean;
  /** Lead agency the plan assigns to this target (Vietnamese, as written); '' when not stated. */
  lead_agency_vi: string;
  /** Where in the plan the lead agency was read (and any conflict in the plan); '' when none. */
  lead_agency_basis: string;
}

/** Sex disaggregation of a value: `all` for both sexes / not disaggregated. */
export type Sex = 'all' | 'female' | 'male';

export interface Actual {
  indicator_id: string;
  area_id: string;
  year: number;
  series: Series;
  sex: Sex;
  /** Point value; null when the source gives only a range (see value_low/value_high). */
  value: number | null;
  /** Range bounds for grouped values (e.g. MoH 2021 SRB group "109–112"); null when open or a point value. */
  value_low: number | null;
  value_high: number | null;
  /** Whether the bounds are inclusive. A group "> 112" has value_low 112, low_inclusive false. */
  low_inclusive: boolean;
  high_inclusive: boolean;
  preliminary: boolean;
  derived: boolean;
  uncertain_year: boolean;
  /** Printed as "khoảng"/about. */
  approximate: boolean;
  /** Source of the value shown; when several sources give the key, the preferred one. */
  source_id: string;
  source_url: string;
  source_quality: SourceQuality;
  /** How many sources give this key (indicator, area, year, series, sex); see actual_sources. */
  n_sources: number;
  /** True when those sources disagree beyond rounding (the value shown is the preferred one). */
  conflict: boolean;
  note: string;
}

/** One of the sources that give a value (several sources of one key are one value). */
export interface ValueSource {
  url: string;
  /** "Publisher: title", as the page names itself; marked with the page's language. */
  title: string;
  language: string;
  quality: SourceQuality;
  /** The value this source gives (it differs from the one shown when they conflict). */
  value: number | null;
  low: number | null;
  high: number | null;
  preferred: boolean;
}

/** An actual value as queries return it: with its source's title, unit and all its sources. */
export interface ActualRow extends Actual {
  source_title: string;
  unit: string;
  /** The page's publisher and title as readers see them (catalog/web_sources.csv), and its language. */
  source_publisher?: string;
  source_page_title?: string;
  source_language?: string;
  /** Every source of the value, when more than one gives it (see queries.ts attachSources). */
  sources?: ValueSource[];
}

/**
 * A source: a catalog document (legal text, provincial plan, page quoting targets) or a web page a
 * value was read from. Readers see the publisher and title in their language, never the id.
 */
export interface Source {
  id: string;
  /** 'seed' (a provincial plan kept as text), 'web' (a page), 'legal' (a document cited by number). */
  kind: string;
  /** Title as recorded, in the source's own language (Vietnamese for catalog documents). */
  title: string;
  /** English title of a catalog document; '' for web pages (their title stays as published). */
  title_en: string;
  /** '' when the source has no URL (a document cited by number). */
  url: string;
  /** A plan's text under /data/plans/ (its published name), '' otherwise. */
  file: string;
  /** The display publisher as the Vietnamese page names it (= publisher_vi; kept for old queries). */
  publisher: string;
  publisher_vi: string;
  publisher_en: string;
  /** What kind of page it is (web pages), e.g. "báo điện tử tỉnh" / "provincial online newspaper". */
  kind_vi: string;
  kind_en: string;
  /** Language of the page itself (web pages): 'vi' or 'en'. */
  language: string;
  /** Web pages: official | press_official | compilation (as curated); '' for catalog documents. */
  source_quality: string;
  host: string;
  licence: string;
  /** Catalog documents: what the project read in them. */
  what_it_confirms_vi: string;
  what_it_confirms_en: string;
}

/** Why a target is not a plan target (closed list). */
export const OTHER_TARGET_KINDS = ['outside_nq28_plan'] as const;
export type OtherTargetKind = (typeof OTHER_TARGET_KINDS)[number];

/**
 * A target a province set outside its plan for the Strategy (catalog/other_targets.csv): shown as
 * context beside the plan targets, never judged (it is not in `targets`).
 */
export interface OtherTarget {
  indicator_id: string;
  area_id: string;
  year: number;
  comparator: Comparator;
  value: number;
  kind: OtherTargetKind;
  source_document: string;
  source_url: string;
  source_publisher: string;
  source_page_title: string;
  source_language: string;
  quote: string;
  note_vi: string;
  note_en: string;
  source_file: string;
  source_line: number;
}
