// Exports a journalist copies: the standalone image's layout (every text within the image at any
// chart width, legend with the chart's markers, sources and URL present), downloads in the page's
// language, the embed code, the citation and the language switch keeping the query.
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import type { ActualRow } from '../../../src/lib/data/queries.ts';
import { markerPath, seriesIdentity } from '../../../src/lib/figure/identity.ts';
import { accessedText, citation } from '../../../src/lib/export/citation.ts';
import { toCsvText } from '../../../src/lib/export/csv.ts';
import { EMBED_HEIGHT_MESSAGE, embedCode, resizeScript } from '../../../src/lib/export/embed.ts';
import {
  comparatorCell,
  extractColumns,
  extractRows,
  materialise,
} from '../../../src/lib/figure/rows.ts';
import {
  composeStandalone,
  standaloneText,
  wrapText,
  type Measure,
} from '../../../src/lib/export/standalone.ts';
import { groupStyles } from '../../../src/lib/figure/groups.ts';
import { DEFAULT_PALETTE, swatchSvg, type LegendEntry } from '../../../src/lib/figure/legend.ts';
import { createLookup, sourceName } from '../../../src/lib/figure/lookup.ts';
import type { Source } from '../../../src/lib/domain/types.ts';
import { switchLocalePath, switchLocaleUrl } from '../../../src/lib/i18n/locale.ts';

// A deterministic stand-in for text measurement: every character 0.6 em, bold 0.65 em.
const measure: Measure = (text, size, weight) =>
  [...text].length * size * (weight > 400 ? 0.65 : 0.6);

const URL_LONG =
  'https://example.org/x/explore/?v=3&i=total_fertility_rate,sex_ratio_at_birth&a=63-56%2CVN%2C63-01%2C63-79&from=2005&to=2024&view=trend';

function texts(svg: string) {
  return [
    ...svg.matchAll(
      /<text x="([\d.]+)" y="([\d.]+)" font-size="(\d+)"(?: font-weight="(\d+)")? fill="[^"]+" data-export="(\w+)">([^<]*)<\/text>/g,
    ),
  ].map((m) => ({
    x: Number(m[1]),
    y: Number(m[2]),
    size: Number(m[3]),
    weight: Number(m[4] ?? 400),
    role: m[5]!,
    text: m[6]!
      .replace(/&amp;/g, '&')
      .replace(/&apos;/g, "'")
      .replace(/&quot;/g, '"'),
  }));
}

const series = (label: string, color: string): LegendEntry => ({
  kind: 'series',
  label,
  identity: { ...seriesIdentity('VN', 'survey'), color },
});

describe('standalone image', () => {
  for (const chartWidth of [300, 358, 720, 1100]) {
    it(`keeps every text inside the image for a ${chartWidth}px chart`, () => {
      const out = composeStandalone(
        {
          chart: {
            markup: '<rect width="10" height="10"/>',
            box: { x: -4, y: 0, width: chartWidth, height: chartWidth / 2 },
          },
          title:
            'Tỷ lệ nữ đại biểu Hội đồng nhân dân cấp tỉnh nhiệm kỳ 2021–2026 so với mục tiêu của Chiến lược quốc gia',
          subtitle: 'phần trăm · 2011–2024 · 63 tỉnh (trước 1/7/2025) và 34 tỉnh (từ 1/7/2025)',
          legend: [
            series('Khánh Hòa (63), điều tra thống kê', '#08519c'),
            series('Toàn quốc, điều tra thống kê', '#1a1a1a'),
            series(
              'Một tên rất dài của một chuỗi số liệu để kiểm tra việc xuống dòng trong chú giải khi hình hẹp',
              '#a63603',
            ),
            { kind: 'target', label: 'Mục tiêu' },
            { kind: 'zone', label: 'Vùng đạt mục tiêu' },
          ],
          sourcesLabel: 'Nguồn',
          sources: [
            'Tổng cục Thống kê — Điều tra biến động dân số và kế hoạch hóa gia đình thời điểm 1/4/2023',
            'Báo Tuyên Quang — 21 tỉnh, thành phố có tỷ lệ mất cân bằng giới tính cao nhất',
          ],
          footer: [`Bình đẳng giới: mục tiêu và thực tế · ${URL_LONG} · truy cập ngày 02/12/2026`],
        },
        measure,
      );
      expect(out.svg).toMatch(new RegExp(`viewBox="0 0 ${out.width} ${out.height}"`));
      const all = texts(out.svg);
      for (const t of all) {
        expect(t.x).toBeGreaterThanOrEqual(0);
        expect(t.x + measure(t.text, t.size, t.weight)).toBeLessThanOrEqual(out.width);
        expect(t.y - t.size).toBeGreaterThanOrEqual(0);
        expect(t.y + t.size * 0.3).toBeLessThanOrEqual(out.height);
      }
      const roles = new Set(all.map((t) => t.role));
      expect([...roles].sort()).toEqual(['footer', 'legend', 'source', 'subtitle', 'title']);
      // Nothing is lost to wrapping: the text read back equals the text given.
      const joined = (role: string, sep = ' ') =>
        all
          .filter((t) => t.role === role)
          .map((t) => t.text)
          .join(sep);
      expect(joined('footer', '').replace(/\s/g, '')).toContain(URL_LONG);
      expect(joined('source')).toContain('Tổng cục Thống kê — Điều tra biến động');
      expect(joined('title')).toContain('so với mục tiêu của Chiến lược quốc gia');
      // The legend draws the real markers, one item per entry, inside the image.
      const items = [
        ...out.svg.matchAll(
          /<g transform="translate\(([\d.]+),([\d.]+)\)" data-export="legend-item" data-legend-kind="(\w+)">/g,
        ),
      ];
      expect(items.map((m) => m[3])).toEqual(['series', 'series', 'series', 'target', 'zone']);
      for (const m of items) expect(Number(m[1]) + 34).toBeLessThanOrEqual(out.width);
      expect(out.svg).toContain(`d="${markerPath('circle', 9)}"`);
      expect(out.svg).toContain('stroke-dasharray="8 4"');
    });
  }

  it('escapes text: a hostile title stays text', () => {
    const out = composeStandalone(
      {
        chart: { markup: '', box: { x: 0, y: 0, width: 500, height: 200 } },
        title: '<script>alert(1)</script> & "x"',
        subtitle: '',
        legend: [],
        sourcesLabel: 'Nguồn',
        sources: [],
        footer: [],
      },
      measure,
    );
    expect(out.svg).not.toContain('<script>');
    expect(out.svg).toContain('&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;x&quot;');
  });

  it('breaks a word longer than a line and never returns nothing', () => {
    const lines = wrapText(URL_LONG, 120, 11, 400, measure);
    expect(lines.join('')).toBe(URL_LONG);
    expect(lines.every((l) => measure(l, 11, 400) <= 120)).toBe(true);
    expect(wrapText('', 100, 11, 400, measure)).toEqual(['']);
  });

  it('draws each legend kind as the page legend does', () => {
    const swatch = (e: LegendEntry) => swatchSvg(e, DEFAULT_PALETTE, 'x');
    expect(swatch(series('A', '#123456'))).toContain('fill="#123456"');
    expect(swatch({ kind: 'target', label: 'Mục tiêu' })).toContain('M17,2L23,8L17,14L11,8Z');
    expect(swatch({ kind: 'path', label: 'Lộ trình' })).toContain('stroke-dasharray="4 3"');
  });
});

const actual = (over: Partial<ActualRow> = {}): ActualRow => ({
  indicator_id: 'sex_ratio_at_birth',
  area_id: 'VN',
  year: 2024,
  series: 'survey',
  sex: 'all',
  value: 111.4,
  value_low: null,
  value_high: null,
  low_inclusive: false,
  high_inclusive: false,
  preliminary: true,
  derived: false,
  uncertain_year: false,
  approximate: false,
  source_id: 'U1',
  source_url: 'https://gso.gov.vn/a',
  source_quality: 'official',
  n_sources: 1,
  conflict: false,
  note: '',
  source_title: 'GSO 2024 (raw curator title)',
  unit: 'boys per 100 girls',
  ...over,
});

const source = (over: Partial<Source> = {}): Source => ({
  id: 'U1',
  kind: 'web',
  title: 'Thông cáo báo chí dân số 2024',
  title_en: '',
  url: 'https://gso.gov.vn/a',
  file: '',
  publisher: 'Tổng cục Thống kê',
  publisher_vi: 'Tổng cục Thống kê',
  publisher_en: 'Tổng cục Thống kê',
  kind_vi: 'cổng thông tin chính thức',
  kind_en: 'official portal',
  language: 'vi',
  source_quality: 'official',
  host: 'gso.gov.vn',
  licence: 'cited; © publisher',
  what_it_confirms_vi: '',
  what_it_confirms_en: '',
  ...over,
});

const lookup = createLookup(
  [
    {
      id: 'sex_ratio_at_birth',
      unit_vi: 'bé trai/100 bé gái',
      unit_en: 'boys per 100 girls (live births)',
      value_type: 'number',
    },
  ],
  [source()],
);
const names = { indicator: () => 'Tỷ số giới tính khi sinh', area: () => 'Toàn quốc' };

describe('downloads in the page’s language', () => {
  const rows = extractRows(
    [
      actual(),
      actual({
        year: 2021,
        series: 'moh_group',
        value: null,
        value_low: 112,
        low_inclusive: false,
        preliminary: false,
        source_url: 'https://unknown.example/b',
      }),
    ],
    names,
  );

  it('Vietnamese: the indicator’s unit, words for codes, codes kept in *_code columns', () => {
    const cells = materialise(extractColumns('vi'), rows, { locale: 'vi', lookup });
    expect(cells[0]).toMatchObject({
      unit: 'bé trai/100 bé gái',
      series_code: 'survey',
      series: 'điều tra thống kê',
      sex_code: 'all',
      sex: 'chung hai giới',
      preliminary: 'có',
      derived: 'không',
      source_quality_code: 'official',
      source_quality: 'Công bố chính thức',
      source_publisher: 'Tổng cục Thống kê',
      source_title: 'Thông cáo báo chí dân số 2024',
      value_text: '111,4',
    });
    expect(cells[1]).toMatchObject({ series: 'nhóm của Bộ Y tế', value_text: 'trên 112' });
    // A source the lookup does not know keeps the curator's title rather than a blank.
    expect(cells[1]!.source_title).toBe('GSO 2024 (raw curator title)');
    const csv = toCsvText(
      extractColumns('vi').map((c) => c.key),
      cells,
      extractColumns('vi').map((c) => c.header),
    );
    const parsed = Papa.parse<string[]>(csv.slice(1), { skipEmptyLines: true }).data;
    expect(parsed[0]).toContain('don_vi');
    expect(parsed.flat()).not.toContain('true');
    expect(parsed.flat()).not.toContain('false');
    expect(parsed.flat()).not.toContain('boys per 100 girls');
  });

  it('English: the English unit and words', () => {
    const [en] = materialise(extractColumns('en'), rows, { locale: 'en', lookup });
    expect(en).toMatchObject({
      unit: 'boys per 100 girls (live births)',
      series: 'statistical survey',
      sex: 'both sexes',
      preliminary: 'yes',
      source_quality: 'Official publication',
    });
    expect(extractColumns('en').find((c) => c.key === 'unit')!.header).toBe('unit');
  });

  it('booleans never reach a file as true/false, even in a column without a cell rule', () => {
    const out = materialise([{ key: 'flag', header: 'flag' }], [{ flag: true }, { flag: false }], {
      locale: 'vi',
      lookup,
    });
    expect(out).toEqual([{ flag: 'có' }, { flag: 'không' }]);
  });

  it('the "=" comparator is written out', () => {
    expect(comparatorCell('=', 'vi')).toBe('bằng');
    expect(comparatorCell('=', 'en')).toBe('equals');
    expect(comparatorCell('>=', 'vi')).toBe('≥');
  });

  it('names a source by publisher and title, never by a bare URL when it is known', () => {
    expect(sourceName(source(), 'https://gso.gov.vn/a', 'vi')).toBe(
      'Tổng cục Thống kê — Thông cáo báo chí dân số 2024',
    );
    expect(sourceName(source({ title: '' }), 'https://gso.gov.vn/a', 'en')).toBe(
      'Tổng cục Thống kê (official portal)',
    );
    expect(sourceName(null, 'https://www.unknown.example/b', 'vi')).toBe('unknown.example');
  });
});

describe('citation and language switch', () => {
  it('the access date in each language', () => {
    const d = new Date(Date.UTC(2026, 1, 3));
    expect(accessedText(d, 'vi')).toBe('truy cập ngày 03/02/2026');
    expect(accessedText(d, 'en')).toBe('accessed 3 February 2026');
    expect(citation({ title: 'T', url: 'https://x/?a=1&b=2', accessed: d, locale: 'vi' })).toBe(
      'Bình đẳng giới: mục tiêu và thực tế — T. https://x/?a=1&b=2 (truy cập ngày 03/02/2026).',
    );
  });

  it('keeps the path, the query and the fragment', () => {
    expect(switchLocaleUrl('/explore/', 'en', '?v=3&i=x&a=63-56%2CVN', '#chart')).toBe(
      '/en/explore/?v=3&i=x&a=63-56%2CVN#chart',
    );
    expect(switchLocaleUrl('/en/explore/', 'vi', '?v=3&from=2010')).toBe('/explore/?v=3&from=2010');
    expect(switchLocaleUrl('/en/', 'vi', '', '')).toBe('/');
    expect(switchLocaleUrl('/about/', 'en', '?', '#')).toBe('/en/about/');
    expect(switchLocalePath('/en/indicators/x/', 'vi')).toBe('/indicators/x/');
  });
});

describe('embed code', () => {
  it('is an iframe with a default height and a listener that only trusts the embed’s origin', () => {
    const code = embedCode('https://site.example/x/embed/indicators/a/?v=1&b=2', 'Tỷ số "x" <b>');
    expect(code).toMatch(
      /^<iframe src="https:\/\/site\.example\/x\/embed\/indicators\/a\/\?v=1&amp;b=2" title="Tỷ số &quot;x&quot; &lt;b&gt;" width="100%" height="640"/,
    );
    expect(code).toContain('data-gender-embed');
    expect(code).toContain(`var o="https://site.example"`);
    expect(code).toContain(EMBED_HEIGHT_MESSAGE);
    expect(code).toContain('e.origin!==o');
  });

  it('an origin cannot close the script element', () => {
    expect(resizeScript('https://a</script><b>')).not.toMatch(/a<\/script>/);
  });
});

describe('legend swatches: the legend draws what the chart draws', () => {
  const swatch = (e: LegendEntry) => swatchSvg(e, DEFAULT_PALETTE, 'k');
  it('a series of ranges (MoH groups) is a box as in the chart, never a line with a marker', () => {
    const groups = seriesIdentity('VN', 'moh_group');
    const box = swatch({
      kind: 'series',
      label: 'Toàn quốc, nhóm',
      identity: groups,
      ranges: true,
    });
    expect(box).toContain('data-marker="range"');
    expect(box).not.toContain('<line');
    expect(box).not.toContain('stroke-dasharray');
    // Every range preliminary: the box is dashed and pale, as the chart draws it.
    const hollow = swatch({
      kind: 'series',
      label: 'x',
      identity: groups,
      ranges: true,
      hollow: true,
    });
    expect(hollow).toContain('stroke-dasharray="3 2"');
    expect(hollow).toContain('fill-opacity="0.15"');
    // A line of point values keeps its dash, width and marker with the area's pip.
    const line = swatch({
      kind: 'series',
      label: 'y',
      identity: seriesIdentity('63-58', 'survey'),
    });
    expect(line).toContain('stroke-dasharray="7 3 2 3"');
    expect(line).toContain('data-marker="circle"');
    expect(line).toContain('data-pip="dot"');
  });

  it('a group swatch carries its colour and pattern; the marked province its outline', () => {
    const [style] = groupStyles(3);
    const g = swatch({ kind: 'group', label: 'trên 112 (21)', style: style! });
    expect(g).toContain(`<pattern id="k-p"`);
    expect(g).toContain(`fill="${style!.color}"`);
    expect(g).toContain('fill="url(#k-p)"');
    const m = swatch({ kind: 'marked', label: 'Đang chọn: Khánh Hòa (63)', color: '#08519c' });
    expect(m).toContain('stroke="#08519c"');
    expect(swatch({ kind: 'band', label: '104–106' })).toContain(DEFAULT_PALETTE.band);
  });

  it('escapes colours and dashes it is given', () => {
    const bad = { ...seriesIdentity('VN', 'survey'), color: '"/><script>' };
    expect(swatch({ kind: 'series', label: 'x', identity: bad })).not.toContain('<script>');
  });
});

describe('the texts of an image come from its figure', () => {
  const figure = {
    title: 'Tỷ số giới tính khi sinh',
    subtitle: 'bé trai/100 bé gái · 2021 · 63 tỉnh',
    legend: [{ kind: 'nodata' as const, label: 'Không có dữ liệu' }],
    sources: [
      'https://gso.gov.vn/a',
      ...Array.from({ length: 8 }, (_, i) => `https://x${i}.example/`),
    ],
    notes: ['Ranh giới: geoBoundaries.org'],
  };
  it('sources by name, the most used first, six and how many more; notes then site · URL · date', () => {
    const text = standaloneText({
      figure,
      locale: 'vi',
      lookup,
      url: 'https://site.example/x/indicators/sex_ratio_at_birth/?y=2021&vt=63',
      accessed: new Date(Date.UTC(2026, 11, 2)),
    });
    expect(text.title).toBe(figure.title);
    expect(text.legend).toBe(figure.legend);
    expect(text.sources[0]).toBe('Tổng cục Thống kê — Thông cáo báo chí dân số 2024');
    expect(text.sources).toHaveLength(7);
    expect(text.sources[6]).toBe('và 3 nguồn khác (xem tệp CSV)');
    expect(text.footer).toEqual([
      'Ranh giới: geoBoundaries.org',
      'Bình đẳng giới: mục tiêu và thực tế · https://site.example/x/indicators/sex_ratio_at_birth/?y=2021&vt=63 · truy cập ngày 02/12/2026',
    ]);
  });
});
