// Sources in the dataset: web pages named by their display publisher and title
// (catalog/web_sources.csv), catalog documents with their English titles and Vietnamese notes, plan
// texts under readable names; validated, and shown in the reader's language.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildDataset, DatasetError } from '../../../scripts/data/build-dataset.ts';
import { dictionaryGaps } from '../../../src/lib/data/catalogue.ts';
import { parseCsv } from '../../../src/lib/dataset/csv.ts';
import {
  buildCatalogSources,
  buildWebSources,
  planDownloadName,
} from '../../../src/lib/dataset/sources.ts';
import {
  dropEnglishNotes,
  dropOutletPrefix,
  planTitleVi,
  sourceText,
  titleLanguage,
} from '../../../src/lib/i18n/sources.ts';

const data = buildDataset('data');
const csv = (file: string, text: string) => parseCsv(file, text).records;

describe('web sources', () => {
  const HEADER = 'url,publisher,title,kind_vi,kind_en,language,source_quality';
  it('rejects a duplicate URL, an unknown quality and a missing publisher, with line numbers', () => {
    const { errors } = buildWebSources(
      csv(
        'web.csv',
        [
          HEADER,
          'https://a.example/1,Báo A,T,báo,newspaper,vi,official',
          'https://a.example/1,Báo A,T,báo,newspaper,vi,official',
          'https://a.example/2,,T,báo,newspaper,vi,rumour',
          'not a url,Báo A,T,báo,newspaper,vi,official',
        ].join('\n'),
      ),
    );
    expect(errors.map((e) => `${e.line}:${e.column}`)).toEqual([
      '3:url',
      '4:publisher',
      '4:source_quality',
      '5:url',
    ]);
  });

  it('every value’s source is a listed page, named by publisher and title, with its quality', () => {
    const byUrl = new Map(data.sources.map((s) => [s.url, s]));
    for (const a of data.actualSources) {
      const s = byUrl.get(a.source_url);
      expect(s, a.source_url).toBeDefined();
      expect(s!.publisher_vi.length).toBeGreaterThan(0);
      expect(s!.source_quality).toBe(a.source_quality);
      expect(s!.kind_vi && s!.kind_en).toBeTruthy();
    }
    const web = parseCsv(
      'catalog/web_sources.csv',
      readFileSync('data/catalog/web_sources.csv', 'utf8'),
    ).records;
    const tuyenQuang = web.find((r) => r.values.publisher === 'Báo Tuyên Quang')!;
    expect(byUrl.get(tuyenQuang.values.url!)).toMatchObject({
      publisher_vi: 'Báo Tuyên Quang',
      title: tuyenQuang.values.title,
      kind_en: tuyenQuang.values.kind_en,
    });
  });

  it('the build fails, at the value’s line, on a URL web_sources.csv does not list', () => {
    const dir = mkdtempSync(join(tmpdir(), 'web-sources-'));
    try {
      cpSync('data', dir, { recursive: true });
      const file = join(dir, 'catalog/web_sources.csv');
      const lines = readFileSync(file, 'utf8').split('\n');
      const dropped = lines.find((l) => l.includes('baotuyenquang.com.vn/21-tinh'))!;
      writeFileSync(file, lines.filter((l) => l !== dropped).join('\n'));
      let message = '';
      try {
        buildDataset(dir);
      } catch (e) {
        message = e instanceof DatasetError ? e.message : String(e);
      }
      expect(message).toMatch(
        /actuals\/actuals(?:_round\d)?\.csv:\d+ \[source_url\] URL not listed in catalog\/web_sources\.csv: https:\/\/baotuyenquang/,
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('catalog sources', () => {
  const HEADER =
    'source_id,kind,title,url_or_file,what_it_confirms,title_en,publisher_vi,publisher_en,what_it_confirms_vi';
  it('needs English titles, publishers in both languages and the Vietnamese note', () => {
    const { errors } = buildCatalogSources(
      csv(
        'sources.csv',
        [HEADER, 'S1,web,Tên,https://a.example/x,checked,,Bộ Y tế,,đã đối chiếu'].join('\n'),
      ),
    );
    expect(errors.map((e) => e.column).sort()).toEqual(['publisher_en', 'title_en']);
  });

  it('a plan text is published under its readable name; a legal text has no URL, never a placeholder', () => {
    const seed = data.sources.find((s) => s.id === 'SEED004')!;
    expect(seed.file).toBe('khanh-hoa-11983-ubnd-kgvx-2021.txt');
    const legal = data.sources.find((s) => s.id === 'REG01')!;
    expect(legal.url).toBe('');
    expect(legal.publisher_vi).toBe('Quốc hội');
    for (const s of data.sources) {
      expect(`${s.publisher_vi} ${s.publisher_en}`).not.toMatch(
        /document cited by number|plan text \(data\/plans\)/,
      );
      expect(s.publisher_vi, s.id).not.toBe('');
    }
  });

  it('a seed that names no plan text is an error', () => {
    const { errors } = buildCatalogSources(
      csv(
        'sources.csv',
        [HEADER, 'SEED9,seed,Tên,missing.txt,checked,Title,UBND,PC,đã đối chiếu'].join('\n'),
      ),
      new Map([['000_x.txt', 'gia-lai-1-kh-2025.txt']]),
    );
    expect(errors.map((e) => e.column)).toEqual(['url_or_file']);
  });
});

describe('plan files', () => {
  it('are named by province, document number and year', () => {
    expect(
      planDownloadName({
        province: 'Khánh Hòa',
        document_number: '11983/UBND-KGVX',
        date: '2021-11-25',
        period: '2021–2025',
      }),
    ).toBe('khanh-hoa-11983-ubnd-kgvx-2021.txt');
    expect(
      planDownloadName({
        province: 'Quảng Ngãi',
        document_number: '(không ghi số; theo Tờ trình 80/TTr-SNV ngày 14/4/2025)',
        date: '2025-04-14',
        period: '2025',
      }),
    ).toBe('quang-ngai-ke-hoach-2025.txt');
    const names = data.plans.filter((p) => p.text_file).map((p) => p.download_file);
    expect(new Set(names).size).toBe(names.length);
    expect(names.every((n) => /^[a-z0-9-]+\.txt$/.test(n))).toBe(true);
  });
});

describe('sources in the reader’s language', () => {
  const plans = Object.fromEntries(data.plans.map((p) => [p.id, p]));
  it('a Vietnamese page shows no English working notes and no ids', () => {
    for (const s of data.sources.filter((x) => x.kind !== 'web' || x.title_en)) {
      const x = sourceText(s, 'vi', plans[s.id] ?? null);
      expect(x.title, s.id).not.toMatch(
        /\((?:[^()]*\b(?:English|citing|section|annex|draft)\b[^()]*)\)/,
      );
      expect(x.title).not.toMatch(/\bSEED\d+|\bS\d{2}\b/);
      expect(x.confirms.length).toBeGreaterThan(0);
      expect(x.publisher).toBe(s.publisher_vi);
    }
    // A plan's title comes from the plan itself, in Vietnamese.
    expect(
      sourceText(
        data.sources.find((s) => s.id === 'SEED002')!,
        'vi',
        plans.SEED002,
      ).title,
    ).toBe(
      'Kế hoạch thực hiện công tác bình đẳng giới năm 2025 (không ghi số; theo Tờ trình 80/TTr-SNV ngày 14/4/2025)',
    );
  });

  it('an English page shows the English title and publisher', () => {
    const s = data.sources.find((x) => x.id === 'S10')!;
    expect(sourceText(s, 'en')).toMatchObject({
      title: 'Resolution 28/NQ-CP of 2021 (summary header + full-text page)',
      publisher: 'Government of Viet Nam (text on Thư viện pháp luật)',
      titleLang: 'en',
    });
    // A page's own title stays as published, marked with its language.
    const page = data.sources.find((x) => x.kind === 'web' && !x.title_en && x.language === 'vi')!;
    expect(sourceText(page, 'en')).toMatchObject({ title: page.title, titleLang: 'vi' });
  });

  it('helpers', () => {
    expect(dropOutletPrefix('Dân trí – Từ năm 2025: tối thiểu 27%')).toBe(
      'Từ năm 2025: tối thiểu 27%',
    );
    expect(dropOutletPrefix('Nghị quyết 81 (sáu vùng kinh tế – xã hội)')).toBe(
      'Nghị quyết 81 (sáu vùng kinh tế – xã hội)',
    );
    expect(dropEnglishNotes('Nghị quyết 28 (English translation) (04/03/2021) (EVN)')).toBe(
      'Nghị quyết 28 (04/03/2021) (EVN)',
    );
    expect(
      planTitleVi({ title: 'Kế hoạch X', document_number: '1140/KH-UBND', date: '2025-04-29' }),
    ).toBe('Kế hoạch X, số 1140/KH-UBND ngày 29/4/2025');
    expect(titleLanguage('Gov’t Renews National Strategy')).toBe('en');
    expect(titleLanguage('Chiến lược quốc gia')).toBe('vi');
  });
});

describe('data page column dictionary', () => {
  it('describes every column of every published file exactly once', () => {
    expect(dictionaryGaps()).toEqual({ missing: [], duplicated: [], unused: [] });
  });
});
