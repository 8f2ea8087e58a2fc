// The compilation's two files: the compiled annex (XLSX, Vietnamese, one row per province and
// target, formula-safe through the project's writer) and one combined data pack (the same codec
// the import page writes and the build reads). Pure up to the writer.
import { encodePack, type PackRow } from '../dataset/contrib.ts';
import { formatTargetValue, formatValue } from '../i18n/values.ts';
import { compileMessages } from '../i18n/messages/compile.ts';
import { VOCABULARY, roleLabel } from '../i18n/messages/vocabulary.ts';
import { translator } from '../i18n/translate.ts';
import { COMPARATOR_SYMBOL } from '../domain/vocabulary.ts';
import { mergeSources } from '../import/merge.ts';
import type { Sheet } from '../export/xlsx.ts';
import { COMPILE_CLASSES, type Compilation, type FileResult } from './compile.ts';

const t = translator(compileMessages, 'vi');
const vocab = VOCABULARY.vi;

/** The annex's sheets: the matrix as rows, the counts per target, the national values built. */
export function compiledSheets(c: Compilation): Sheet[] {
  const rows: Sheet['rows'] = [];
  for (const p of c.provinces)
    for (const col of c.columns) {
      const cell = c.cells.get(`${p.id}|${col.indicator.id}`);
      if (!cell) continue;
      const v = cell.own?.verdict;
      const yesNo = col.indicator.value_type === 'yes_no';
      const target = cell.applied.target;
      rows.push({
        province: `${p.name_vi} (${p.vintage})`,
        areaId: p.id,
        evalYear: c.year,
        number: col.number,
        indicator: col.indicator.name_vi,
        target: `${COMPARATOR_SYMBOL[target.comparator]} ${formatTargetValue(target.value, 'vi', yesNo)} (${target.year}) – ${target.legal_ref}`,
        role: roleLabel({ target_role: cell.applied.role, target_area_id: target.area_id }, 'vi'),
        // The number itself (a spreadsheet sums it); a yes/no or a range as words.
        value:
          v && v.actual_value !== null && !yesNo
            ? v.actual_value
            : v && v.actual_year !== null
              ? formatValue(
                  {
                    value: v.actual_value,
                    low: v.actual_low,
                    high: v.actual_high,
                    lowInclusive: v.actual_low_inclusive,
                    highInclusive: v.actual_high_inclusive,
                  },
                  'vi',
                  { yesNo },
                )
              : null,
        valueYear: v?.actual_year ?? null,
        verdict: v && v.status !== 'no_data' ? vocab.status[v.status] : t('cls_no_report'),
        class: t(`cls_${cell.cls}`),
        file: cell.own?.from?.file ?? '',
      });
    }
  // Wide enough to read the names and verdicts in a spreadsheet without resizing.
  const WIDTHS: Record<string, number> = {
    province: 22,
    number: 12,
    indicator: 50,
    target: 40,
    role: 28,
    verdict: 22,
    class: 18,
    file: 36,
    from: 50,
    yes: 40,
    no: 40,
    missing: 40,
  };

  const key = (k: string) => ({
    key: k,
    header: t(`x_${k}` as Parameters<typeof t>[0]),
    ...(WIDTHS[k] ? { width: WIDTHS[k] } : {}),
  });
  const counts = c.columns.map((col) => {
    const n = c.counts.get(col.indicator.id)!;
    return {
      number: col.number,
      indicator: col.indicator.name_vi,
      ...Object.fromEntries(COMPILE_CLASSES.map((k) => [k, n[k]])),
      total: COMPILE_CLASSES.reduce((s, k) => s + n[k], 0),
    };
  });
  const name = (id: string) => {
    const a = c.provinces.find((p) => p.id === id);
    return a ? a.name_vi : id;
  };
  const list = (ids: readonly string[]) => ids.map(name).join('; ');
  const rollups = c.rollups.map((r) => ({
    indicator: r.indicator.name_vi,
    from: r.from.name_vi,
    // As the page writes them: one decimal (the exact counts are in the lists beside them).
    value: r.value === null ? null : Math.round(r.value * 10) / 10,
    low: Math.round(r.low * 10) / 10,
    high: Math.round(r.high * 10) / 10,
    total: r.total,
    yes: list(r.yes),
    no: list(r.no),
    missing: list(r.missing),
    verdict: r.verdict ? vocab.status[r.verdict.status] : '',
  }));
  return [
    {
      name: t('x_sheet'),
      columns: [
        'province',
        'areaId',
        'evalYear',
        'number',
        'indicator',
        'target',
        'role',
        'value',
        'valueYear',
        'verdict',
        'class',
        'file',
      ].map(key),
      rows,
    },
    {
      name: t('x_countsSheet'),
      columns: [
        key('number'),
        key('indicator'),
        ...COMPILE_CLASSES.map((k) => ({ key: k, header: t(`cls_${k}`) })),
        key('total'),
      ],
      rows: counts,
    },
    {
      name: t('x_rollupSheet'),
      columns: [
        key('indicator'),
        key('from'),
        key('value'),
        key('low'),
        key('high'),
        key('total'),
        key('yes'),
        key('no'),
        key('missing'),
        key('verdict'),
      ],
      rows: rollups,
    },
  ];
}

/**
 * Every usable value of the loaded files as one pack: the rows as the packs wrote them, in file
 * order, without the keys the files give differently (the office decides those, never this page).
 */
export function combinedPackRows(files: readonly FileResult[]): PackRow[] {
  const loaded = files.filter((f) => f.refusal === null);
  const { conflicts } = mergeSources(loaded.map((f) => ({ file: f.file, values: f.values })));
  const conflicted = new Set(conflicts.map((x) => `${x.indicator_id}|${x.area_id}|${x.year}`));
  return loaded.flatMap((f) =>
    f.rows.filter((_, i) => {
      const v = f.values[i]!;
      return !conflicted.has(`${v.indicator_id}|${v.area_id}|${v.year}`);
    }),
  );
}

export const combinedPack = (files: readonly FileResult[]) => encodePack(combinedPackRows(files));

export const compiledFileName = (c: Pick<Compilation, 'year' | 'vintage'>, today: string) =>
  `tong-hop-${c.vintage}-tinh-${c.year}-${today}`;
