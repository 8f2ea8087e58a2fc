// The report draft's content, in the layout of a Vietnamese administrative report (Decree
// 30/2020/NĐ-CP): the issuing body and number, the national title and motto, place and date left
// for the officer, the title, the addressee, five sections — the results section written from the
// annex's verdicts (every figure comes from the annex model; nothing else is stated), the others
// clearly marked for the drafting office — the recipients and the signature block. Pure: the
// DOCX writer lays it out.
import { REORGANISATION_DATE } from '../domain/lead-agency.ts';
import type { Annex, AnnexRow } from './annex.ts';
import { AnnexText } from './annex-text.ts';

export interface Run {
  text: string;
  bold?: boolean;
  italic?: boolean;
  /** Text the drafting office replaces: bracketed and highlighted. */
  placeholder?: boolean;
}

export type Block =
  | { kind: 'heading'; text: string }
  | { kind: 'subheading'; text: string }
  | { kind: 'paragraph'; runs: Run[] }
  | { kind: 'item'; runs: Run[]; indicatorId: string };

export interface ReportDraft {
  header: {
    committee: string;
    body: string;
    number: string;
    nation: string;
    motto: string;
    placeDate: string;
  };
  title: string;
  subject: string;
  to: string;
  blocks: Block[];
  recipients: string[];
  signature: { onBehalf: string; forChair: string; title: string; seal: string; name: string };
}

const plain = (text: string): Run => ({ text });
const placeholder = (text: string): Run => ({ text, placeholder: true });

export function reportDraft(annex: Annex, text = new AnnexText('vi')): ReportDraft {
  const t = text.t;
  const n = (x: number) => String(x);
  const city = annex.issuer === 'city';
  const name = text.locale === 'vi' ? annex.area.name_vi : annex.area.name_en;
  const period = text.period(annex);
  const issuer = text.issuer(annex);

  const when = (row: AnnexRow) => {
    const v = row.current!;
    if (v.origin === 'own') return t(v.halfYear ? 'whenOwnH1' : 'whenOwn', { year: v.year });
    return t('whenPublic', {
      year: v.year,
      series: v.source.kind === 'public' ? text.vocabulary.series[v.source.series] : '',
    });
  };
  const base = (row: AnnexRow) => ({
    name: text.indicatorName(row),
    // "MT3 CT2 (a)" inside brackets reads "MT3 CT2a".
    number: text.number(row).replace(/ \((\w)\)$/, '$1'),
    goal: text.goalWords(row),
    deadline: row.target.year,
  });
  const conflict = (row: AnnexRow) =>
    row.conflict ? t('itemConflict', { values: text.conflictValues(row) }) : '';
  const notMetDetail = (row: AnnexRow) => {
    if (row.status === 'on_track') return ` (${t('assessOnTrack').replace(/^[^,]*,\s*/, '')})`;
    if (row.status === 'off_track') return ` (${t('assessOffTrack').replace(/^[^,]*,\s*/, '')})`;
    const detail = text.notMetDetail(row, annex);
    return detail ? ` (${detail})` : '';
  };

  // A share reads "52,5%" in a sentence, as the Government's reports write it.
  const value = (row: AnnexRow) => {
    const v = text.valueText(row.current, row);
    return /^%/.test(text.unit(row)) && /\d$/.test(v) ? `${v}%` : v;
  };
  const item = (row: AnnexRow): Block => {
    let sentence: string;
    switch (row.reportClass) {
      case 'met':
        sentence = t('itemMet', {
          ...base(row),
          value: value(row),
          when: when(row),
        });
        break;
      case 'not_met':
        sentence = t('itemNotMet', {
          ...base(row),
          value: value(row),
          when: when(row),
          detail: notMetDetail(row),
        });
        break;
      case 'not_assessable':
        sentence = t('itemNotAssessable', {
          ...base(row),
          value: value(row),
          when: when(row),
          reason: text.reason(row),
        });
        break;
      case 'no_data':
        sentence = t('itemNoData', { ...base(row), agencies: text.reporters(row) });
        break;
    }
    return {
      kind: 'item',
      indicatorId: row.indicator.id,
      runs: [plain(`- ${sentence}${conflict(row)}`)],
    };
  };

  const part = (
    key: 'partMet' | 'partNotMet' | 'partNotAssessable' | 'partNoData',
    rows: AnnexRow[],
  ): Block[] => [
    { kind: 'subheading', text: t(key, { n: n(rows.length) }) },
    ...(rows.length
      ? rows.map(item)
      : [{ kind: 'paragraph' as const, runs: [plain(t('partNone'))] }]),
  ];
  const ofClass = (c: AnnexRow['reportClass']) => annex.rows.filter((r) => r.reportClass === c);
  const { classes, counts } = annex;
  const track =
    counts.on_track + counts.off_track
      ? t('summaryTrack', { on: n(counts.on_track), off: n(counts.off_track) })
      : '';

  const blocks: Block[] = [
    {
      kind: 'paragraph',
      runs: [placeholder(t('introBasis')), plain(t('intro', { issuer, period }))],
    },
    { kind: 'heading', text: t('section1') },
    { kind: 'paragraph', runs: [placeholder(t('placeholder1'))] },
    { kind: 'heading', text: t('section2') },
    {
      kind: 'paragraph',
      runs: [
        plain(
          t(annex.period === 'h1' ? 'summaryH1' : 'summary', {
            year: annex.year,
            issuer,
            total: n(annex.rows.length),
            met: n(classes.met),
            notMet: n(classes.not_met),
            track,
            na: n(classes.not_assessable),
            none: n(classes.no_data),
            own: n(annex.origins.own),
            public: n(annex.origins.public),
          }),
        ),
      ],
    },
    ...part('partMet', ofClass('met')),
    ...part('partNotMet', ofClass('not_met')),
    ...part('partNotAssessable', ofClass('not_assessable')),
    ...part('partNoData', ofClass('no_data')),
    { kind: 'heading', text: t('section3') },
    { kind: 'paragraph', runs: [placeholder(t('placeholder3'))] },
    { kind: 'heading', text: t('section4') },
    { kind: 'paragraph', runs: [placeholder(t('placeholder4'))] },
    { kind: 'heading', text: t('section5') },
    { kind: 'paragraph', runs: [placeholder(t('placeholder5'))] },
  ];

  const level = t(city ? 'levelLowerCity' : 'levelLowerProvince');
  return {
    header: {
      committee: t('committee'),
      body: t('committeeOf', {
        level: t(city ? 'levelCity' : 'levelProvince'),
        name: name.toLocaleUpperCase(text.locale),
      }),
      number: t('docNumber'),
      nation: t('nation'),
      motto: t('motto'),
      placeDate: t('placeDate', { place: name }),
    },
    title: t('reportWord'),
    subject: t('reportSubject', { period }),
    // The ministry that receives the report on the day it is made (MOLISA's gender-equality
    // work moved to the Ministry of Home Affairs with the reorganisation of 1/3/2025).
    to: t('to', { ministry: t(annex.today >= REORGANISATION_DATE ? 'moha' : 'molisa') }),
    blocks,
    recipients: [
      t('recipients'),
      t('recipientAbove'),
      t('recipientParty', { party: t(city ? 'partyCity' : 'partyProvince') }),
      t('recipientCouncil', { level }),
      t('recipientChair', { level }),
      t('recipientHomeAffairs'),
      t('recipientFile'),
    ],
    signature: {
      onBehalf: t('signOnBehalf'),
      forChair: t('signFor'),
      title: t('signTitle'),
      seal: t('signSeal'),
      name: t('signName'),
    },
  };
}
