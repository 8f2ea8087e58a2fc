// What the page of one area draws (/provinces/{id}/), from its loader's data (src/lib/pages/
// province-page.ts) and the user's own figures kept in this browser. Pure.
import { identityRegistry, OWN_AREA } from '../charts/identity.ts';
import { buildScorecard, scorecardCounts, type ScorecardLine } from '../domain/scorecard.ts';
import type { Locale } from '../domain/types.ts';
import { provincePage } from '../i18n/messages/province.ts';
import { areaNamer, indicatorName } from '../i18n/names.ts';
import { translator } from '../i18n/translate.ts';
import { formatValue } from '../i18n/values.ts';
import { ownRows, type OwnRow } from '../import/own-figures.ts';
import type { ProvincePageData } from '../pages/province-page.ts';
import type { OwnFiguresInput } from './page-own-figures.svelte.ts';

export interface ProvincePageModel {
  title: string;
  nameOf: (id: string) => string;
  nameOfIndicator: (id: string) => string;
  yesNoIndicators: Set<string>;
  /** The region sentence: regions are defined for the 63 provinces, a 34's through its predecessors. */
  region: string | null;
  scorecard: { lines: ScorecardLine[]; counts: ReturnType<typeof scorecardCounts> };
  /** The latest value of each context indicator, as text. */
  context: { id: string; name: string; value: string; year: number }[];
  own: { input: OwnFiguresInput; rows: OwnRow[]; color: string } | null;
}

export function provincePageModel(
  data: ProvincePageData,
  locale: Locale,
  own: OwnFiguresInput | null,
): ProvincePageModel {
  const t = translator(provincePage, locale);
  const nameOf = areaNamer(data.areaNames, locale);
  const byId = new Map(data.indicators.map((i) => [i.id, i]));
  const nameOfIndicator = (id: string) => {
    const i = byId.get(id);
    return i ? indicatorName(i, locale) : id;
  };
  const lines = buildScorecard(data.status, data.indicators);
  const regionKey =
    data.regions[0]?.basis === 'legal'
      ? 'regionLegal'
      : data.mergedFrom.length === 1
        ? 'regionPredecessor'
        : 'regionPredecessors';
  const ownList = own
    ? ownRows(
        data.applied,
        own.values,
        data.area.id,
        data.evalYear,
        own.files[0] ?? '',
        own.conflicts,
      )
    : [];
  return {
    title: data.area.kind === 'national' ? t('national') : nameOf(data.area.id),
    nameOf,
    nameOfIndicator,
    yesNoIndicators: new Set(
      data.indicators.filter((i) => i.value_type === 'yes_no').map((i) => i.id),
    ),
    region: data.regions.length
      ? t(regionKey, { region: data.regions.map((m) => nameOf(m.region_id)).join(t('regionAnd')) })
      : null,
    scorecard: { lines, counts: scorecardCounts(lines) },
    context: data.context.map((a) => ({
      id: a.indicator_id,
      name: nameOfIndicator(a.indicator_id),
      value: formatValue(
        {
          value: a.value,
          low: a.value_low,
          high: a.value_high,
          lowInclusive: a.low_inclusive,
          highInclusive: a.high_inclusive,
        },
        locale,
        { yesNo: byId.get(a.indicator_id)?.value_type === 'yes_no', approximate: a.approximate },
      ),
      year: a.year,
    })),
    own:
      own && ownList.length
        ? {
            input: own,
            rows: ownList,
            color: identityRegistry({ focus: null, others: [] }).get(OWN_AREA, 'own').color,
          }
        : null,
  };
}
