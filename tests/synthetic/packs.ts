// SYNTHETIC data packs for the compile page's tests and screenshots: one pack per province of a
// vintage, with made-up values, every pack and every row marked SYNTHETIC (document, agency,
// period note, file name). Never shipped in static/ and never shown as real: tests write them
// into a temporary folder (scripts/synthetic-packs.ts writes them where asked).
import { encodePack, type PackRow } from '../../src/lib/dataset/contrib.ts';
import type { Area } from '../../src/lib/domain/types.ts';

export const SYNTHETIC = 'SYNTHETIC';

export interface SyntheticPack {
  name: string;
  text: string;
}

/** The made-up value of one indicator for the province at `i` (deterministic; null: not given). */
export const SYNTHETIC_VALUES: Record<string, (i: number) => number | null> = {
  // Some provinces at or above the national 50 % of 2025, the others below.
  female_wage_employment_pct: (i) => 40 + ((i * 7) % 20) + 0.5,
  female_agri_employment_share_pct: (i) => 20 + ((i * 5) % 20),
  sex_ratio_at_birth: (i) => 105 + ((i * 3) % 10) + 0.2,
  // Only every other province reports it: the others count as "no report".
  gbv_victims_accessing_support_pct: (i) => (i % 2 === 0 ? 70 + ((i * 11) % 30) : null),
  // Facilities piloting LGBT health services: one province in three has one or two.
  provincial_lgbt_health_pilot_facilities: (i) => (i % 3 === 0 ? 1 + (i % 2) : 0),
  female_committee_chair: (i) => (i % 5 === 0 ? 1 : 0),
};

export interface SyntheticOptions {
  year?: number;
  /** The index of the pack written without its `agency` column (refused as not a pack). */
  broken?: number | null;
  /** The index of the pack with one value outside the plausible range (that row refused). */
  badRow?: number | null;
}

export function syntheticPacks(provinces: readonly Area[], opts: SyntheticOptions = {}) {
  const year = opts.year ?? 2025;
  const broken = opts.broken === undefined ? provinces.length - 1 : opts.broken;
  const badRow = opts.badRow === undefined ? 5 : opts.badRow;
  return provinces.map((p, i): SyntheticPack => {
    const rows: PackRow[] = [];
    for (const [indicator, valueOf] of Object.entries(SYNTHETIC_VALUES)) {
      const value = i === badRow && indicator === 'female_wage_employment_pct' ? 250 : valueOf(i);
      if (value === null) continue;
      rows.push({
        indicator,
        province: p.name_vi,
        year,
        value,
        unit: '',
        period_note: `${SYNTHETIC} – số liệu giả lập cho kiểm thử; không phải số liệu thật`,
        source_title: `${SYNTHETIC} Báo cáo giả lập ${i + 1}/BC-UBND`,
        source_url: 'https://synthetic.example.invalid/report',
        quote_hint: '',
        vintage: String(p.vintage ?? ''),
        series: 'admin_register',
        flags: '',
        source_quality: 'official',
        document: `${SYNTHETIC} Báo cáo giả lập ${i + 1}/BC-UBND`,
        agency: `${SYNTHETIC} UBND ${p.name_vi}`,
        document_date: `${year + 1}-01-15`,
      });
    }
    let text = encodePack(rows);
    if (i === broken) {
      // Drop the `agency` column (the 15th): the build would refuse such a file.
      const drop = 14;
      text = text
        .split('\r\n')
        .map((line) =>
          line
            .split(',')
            .filter((_, k) => k !== drop)
            .join(','),
        )
        .join('\r\n');
    }
    return { name: `${SYNTHETIC}-pack-${p.id}-${year}.csv`, text };
  });
}
