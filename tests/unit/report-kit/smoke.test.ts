import { writeFileSync } from 'node:fs';
import { it } from 'vitest';
import { buildAnnex } from '../../../src/lib/report-kit/annex.ts';
import { annexXlsx } from '../../../src/lib/report-kit/annex-xlsx.ts';
import { areaOf, catalog, official } from './real.ts';

it('smoke', async () => {
  const area = areaOf('34-56');
  const annex = buildAnnex({
    area, year: 2025, period: 'annual', ...catalog, ...official('34-56', 2025),
    kept: {
      accepted: [
        { row: 12, file: 'so-noi-vu.xlsx', sheet: 'Mẫu', indicator_id: 'female_key_leader_agencies_pct', area_id: '34-56', year: 2025, value: 46.67, numerator: 14, denominator: 30, agency: 'Sở Nội vụ' },
        { row: 13, file: 'so-y-te.xlsx', indicator_id: 'sex_ratio_at_birth', area_id: '34-56', year: 2025, value: 111.5 },
        { row: 14, file: 'so-y-te.xlsx', indicator_id: 'sex_ratio_at_birth', area_id: '34-56', year: 2024, value: 112.1 },
      ],
      conflicts: [{ indicator_id: 'maternal_mortality_ratio', area_id: '34-56', year: 2025, entries: [{ file: 'a.xlsx', row: 3, value: 40 }, { file: 'b.xlsx', row: 5, value: 44 }] }],
      files: ['so-noi-vu.xlsx', 'so-y-te.xlsx'],
    },
    today: '2025-12-05',
  });
  console.log(annex.counts, annex.rows.map((r) => [r.number, r.indicator.id, r.status, r.current?.value]));
  writeFileSync('/tmp/rk/annex.xlsx', Buffer.from(await (await annexXlsx(annex)).arrayBuffer()));
});
import { annexDocx, reportDocx } from '../../../src/lib/report-kit/docx.ts';
it('docx smoke', async () => {
  const area = areaOf('34-56');
  const annex = buildAnnex({
    area, year: 2025, period: 'annual', ...catalog, ...official('34-56', 2025),
    kept: {
      accepted: [
        { row: 12, file: 'so-noi-vu.xlsx', sheet: 'Mẫu', indicator_id: 'female_key_leader_agencies_pct', area_id: '34-56', year: 2025, value: 46.67, numerator: 14, denominator: 30, agency: 'Sở Nội vụ' },
        { row: 13, file: 'so-y-te.xlsx', indicator_id: 'sex_ratio_at_birth', area_id: '34-56', year: 2025, value: 111.5 },
        { row: 14, file: 'so-y-te.xlsx', indicator_id: 'sex_ratio_at_birth', area_id: '34-56', year: 2024, value: 112.1 },
        { row: 15, file: 'so-y-te.xlsx', indicator_id: 'female_wage_employment_pct', area_id: '34-56', year: 2025, value: 52.5 },
      ],
      conflicts: [{ indicator_id: 'maternal_mortality_ratio', area_id: '34-56', year: 2025, entries: [{ file: 'a.xlsx', row: 3, value: 40 }, { file: 'b.xlsx', row: 5, value: 44 }] }],
      files: ['so-noi-vu.xlsx', 'so-y-te.xlsx'],
    },
    today: '2025-12-05',
  });
  writeFileSync('/tmp/rk/annex.docx', Buffer.from(await (await annexDocx(annex)).arrayBuffer()));
  writeFileSync('/tmp/rk/report.docx', Buffer.from(await (await reportDocx(annex)).arrayBuffer()));
});
