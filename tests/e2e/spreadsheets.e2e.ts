// Uploads that survive a real spreadsheet. Khánh Hòa (34)'s per-agency templates for 2025 are
// downloaded from the built site in Chromium, filled by LibreOffice Calc (headless, set to
// Vietnamese: "31,3%" typed in a cell that becomes a percentage, "'110,5" kept as text, counts
// typed for two shares) and saved by Calc as XLSX, ODS and CSV in UTF-8 and in Windows-1258; all
// of them uploaded together must give every typed value exactly, with no problem row, and the
// annual page must show them as the user's figures. An Excel-style workbook (inline and shared
// strings, number formats in the styles) uploads cleanly, and a bare fraction for a percentage is
// asked about, then read as the user answers.
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { after, before, test } from 'node:test';
import type { Page } from 'playwright-core';
import { buildDataset } from '../../scripts/data/build-dataset.ts';
import { importBytes, importWorkbook } from '../../src/lib/import/pipeline.ts';
import { makeXlsx } from '../unit/import/make-xlsx.ts';
import { axe, openSession, siteUrl, type Session, deleteKeptUpload } from './harness.ts';
import { fillWithLibreOffice, type FillJob } from './libreoffice.ts';

let session: Session;
let work: string;
before(async () => {
  session = await openSession();
  work = mkdtempSync(join(tmpdir(), 'e2e-libreoffice-'));
});
after(async () => {
  await session.close();
  rmSync(work, { recursive: true, force: true });
});

/** What each agency types, by indicator code and column (as typed, in a Vietnamese Calc). */
const TYPED: Record<string, Record<string, Record<string, string>>> = {
  'Sở Nội vụ': {
    female_key_leader_agencies_pct: { 'Giá trị': '31,3%' },
    female_wage_employment_pct: { 'Giá trị': '52,5' },
    female_agri_employment_share_pct: { 'Giá trị': '28,4' },
    female_share_masters_pct: { 'Tử số': '14', 'Mẫu số': '30', 'Giá trị': '46,7' },
    female_share_doctorates_pct: { 'Tử số': '9', 'Mẫu số': '40' },
    population_basic_gender_knowledge_pct: { 'Giá trị': '61' },
  },
  'Sở Tài chính': { female_enterprise_coop_heads_pct: { 'Giá trị': '27,9' } },
  'Sở Văn hóa, Thể thao và Du lịch': {
    unpaid_care_hours_ratio_f_to_m: { 'Giá trị': '1,8' },
    gbv_victims_accessing_support_pct: { 'Giá trị': '85' },
    gbv_perpetrators_counselled_pct: { 'Giá trị': '40,5' },
  },
  'Sở Y tế': {
    sex_ratio_at_birth: { 'Giá trị': "'110,5" },
    maternal_mortality_ratio: { 'Giá trị': '35' },
    adolescent_birth_rate: { 'Giá trị': '21,4' },
    trafficking_returnees_supported_pct: { 'Giá trị': '100' },
    public_social_assistance_facilities_gbv_pct: { 'Giá trị': '50' },
  },
  'Sở Giáo dục và Đào tạo': {
    gender_content_in_national_curriculum: { 'Giá trị': '1' },
    gender_content_in_teacher_training: { 'Giá trị': '1' },
    ethnic_minority_primary_completion_pct: { 'Giá trị': '92,3' },
  },
};
/** The values those must give, exactly (the doctorates share computed from 9 of 40). */
const EXPECTED: Record<string, number> = {
  female_key_leader_agencies_pct: 31.3,
  female_wage_employment_pct: 52.5,
  female_agri_employment_share_pct: 28.4,
  female_share_masters_pct: 46.7,
  female_share_doctorates_pct: 22.5,
  population_basic_gender_knowledge_pct: 61,
  female_enterprise_coop_heads_pct: 27.9,
  unpaid_care_hours_ratio_f_to_m: 1.8,
  gbv_victims_accessing_support_pct: 85,
  gbv_perpetrators_counselled_pct: 40.5,
  sex_ratio_at_birth: 110.5,
  maternal_mortality_ratio: 35,
  adolescent_birth_rate: 21.4,
  trafficking_returnees_supported_pct: 100,
  public_social_assistance_facilities_gbv_pct: 50,
  gender_content_in_national_curriculum: 1,
  gender_content_in_teacher_training: 1,
  ethnic_minority_primary_completion_pct: 92.3,
};
/** As the vi annual page writes them. */
const SHOWN: Record<string, string> = {
  female_key_leader_agencies_pct: '31,3',
  sex_ratio_at_birth: '110,5',
  female_share_doctorates_pct: '22,5',
  female_share_masters_pct: '46,7',
  unpaid_care_hours_ratio_f_to_m: '1,8',
};

const mime = (path: string) =>
  path.endsWith('.xlsx')
    ? 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'
    : path.endsWith('.ods')
      ? 'application/vnd.oasis.opendocument.spreadsheet'
      : 'text/csv';

async function download(
  page: Page,
  click: () => Promise<void>,
): Promise<{ name: string; path: string }> {
  const [file] = await Promise.all([page.waitForEvent('download'), click()]);
  const path = join(work, file.suggestedFilename());
  await file.saveAs(path);
  return { name: file.suggestedFilename(), path };
}

test('Khánh Hòa (34) 2025: templates filled in LibreOffice, saved four ways, uploaded together', async () => {
  const page = await session.newPage();
  await page.goto(siteUrl(session, '/import/?a=34-56'));
  await page.locator('body[data-hydrated="true"]').waitFor();
  await page.getByTestId('template-year').selectOption('2025');
  const rows = page.getByTestId('agency-template');
  await rows.first().waitFor();

  // Every agency's Excel template, as the office downloads it.
  const jobs: FillJob[] = [];
  for (let i = 0; i < (await rows.count()); i++) {
    const agency = (await rows.nth(i).getAttribute('data-agency'))!;
    const typed = TYPED[agency];
    if (!typed) continue; // the file of targets no agency is known to report stays unfilled
    const file = await download(page, () => rows.nth(i).getByTestId('agency-xlsx').click());
    assert.match(file.name, /^mau-bao-cao-34-56-2025-[a-z-]+\.xlsx$/);
    jobs.push({ template: file.path, out: join(work, basename(file.name, '.xlsx')), fill: typed });
  }
  assert.equal(jobs.length, Object.keys(TYPED).length, 'one template per agency that types');

  const written = fillWithLibreOffice(jobs, work);
  assert.equal(written.length, 4 * jobs.length);

  // The files as LibreOffice wrote them: the Windows-1258 CSV really is not UTF-8, and the
  // percentage cell really holds the fraction.
  const health = (suffix: string) => written.find((p) => p.endsWith(`so-y-te${suffix}`))!;
  const legacy = readFileSync(health('-windows-1258.csv'));
  assert.throws(() => new TextDecoder('utf-8', { fatal: true }).decode(legacy));
  const home = readFileSync(
    written.find((p) => p.endsWith('so-noi-vu-utf8.csv'))!,
    'utf8',
  );
  assert.match(home, /female_key_leader_agencies_pct,.*,"31,30%"\r?\n/);

  // Read here by the site's own pipeline: every typed value exact, no problem, in every format.
  const data = buildDataset('data');
  const ctx = {
    indicators: data.indicators,
    areas: data.areas.filter((a) => a.kind !== 'region'),
    crosswalk: data.crosswalk,
    defaultAreaId: '34-56',
    confirmed: {},
  };
  for (const path of written) {
    const bytes = new Uint8Array(readFileSync(path));
    const r = /\.(xlsx|ods)$/.test(path)
      ? importWorkbook(bytes, ctx)
      : importBytes({ ...ctx, bytes, fileName: basename(path) });
    assert.ok(r.ok, `${basename(path)}: ${JSON.stringify(r)}`);
    assert.deepEqual(r.rejected, [], basename(path));
    assert.equal(
      r.encoding,
      path.endsWith('.xlsx')
        ? 'xlsx'
        : path.endsWith('.ods')
          ? 'ods'
          : path.endsWith('-utf8.csv')
            ? 'utf-8'
            : 'windows-1258',
    );
    for (const v of r.accepted) {
      assert.equal(v.value, EXPECTED[v.indicator_id], `${basename(path)} ${v.indicator_id}`);
      assert.equal(v.area_id, '34-56');
      assert.equal(v.year, 2025);
    }
  }

  // Uploaded together on /import.
  await page.getByTestId('import-file').setInputFiles(
    written.map((path) => ({
      name: basename(path),
      mimeType: mime(path),
      buffer: readFileSync(path),
    })),
  );
  const merged = page.getByTestId('merge-summary');
  await merged.waitFor({ timeout: 120_000 });
  const n = Object.keys(EXPECTED).length;
  assert.match(
    await merged.innerText(),
    new RegExp(`^Gộp ${written.length} tệp: giữ ${n} giá trị; 0 giá trị khác nhau giữa các tệp`),
  );
  const summaries = await page.getByTestId('import-summary').allInnerTexts();
  assert.equal(summaries.length, written.length);
  for (const s of summaries) assert.match(s, / 0 dòng có vấn đề/, s);
  assert.ok(
    summaries.some((s) => /WINDOWS-1258/.test(s)),
    'a CSV read as Windows-1258',
  );
  assert.ok(summaries.some((s) => /OpenDocument \(ODS\)/.test(s)));
  assert.ok(
    summaries.some((s) => /tính từ tử số và mẫu số.*dòng \d+/.test(s)),
    'the computed value is said',
  );
  assert.equal(await page.getByTestId('problems').count(), 0, 'no problem rows');
  await page
    .getByTestId('kept')
    .filter({ hasText: `${n} giá trị` })
    .waitFor({ timeout: 60_000 });

  // The annual page shows them as the user's figures.
  await page.goto(siteUrl(session, '/provinces/34-56/2025/'));
  await page.getByTestId('own-figures').waitFor({ timeout: 60_000 });
  for (const [id, shown] of Object.entries(SHOWN)) {
    const value = page.locator(
      `[data-testid="report-row"][data-indicator="${id}"] [data-testid="own-value"]`,
    );
    assert.match(await value.innerText(), new RegExp(`^${shown} \\(2025\\)`), id);
  }
  assert.deepEqual(await axe(page), []);
  // The upload is kept for Khánh Hòa's 2025 annual report: deleted from that slot.
  await page.goto(siteUrl(session, '/import/?a=34-56&y=2025&p=annual'));
  await page.locator('body[data-hydrated="true"]').waitFor();
  await deleteKeptUpload(page);
  await page.close();
});

test('an Excel-style workbook (inline and shared strings, formats in the styles) uploads cleanly', async () => {
  const page = await session.newPage();
  await page.goto(siteUrl(session, '/import/?a=34-56'));
  await page.locator('body[data-hydrated="true"]').waitFor();
  const book = makeXlsx([
    {
      name: 'Báo cáo',
      rows: [
        [{ value: 'BÁO CÁO SỐ LIỆU NĂM 2025', inline: true }],
        [],
        ['Mã chỉ tiêu', 'Tỉnh/Thành phố', 'Năm', 'Giá trị'],
        [
          'female_key_leader_agencies_pct',
          'Khánh Hòa (34)',
          { value: 2025, format: 1 },
          { value: 0.313, format: 10 },
        ],
        [
          { value: 'sex_ratio_at_birth', inline: true },
          'Khánh Hòa (34)',
          '2025',
          { value: '110,5', quotePrefix: true },
        ],
        [
          'female_wage_employment_pct',
          { value: 'Khánh Hòa (34)', inline: true },
          2025,
          { value: 52.5, format: '#,##0.0' },
        ],
      ],
    },
  ]);
  await page.getByTestId('import-file').setInputFiles({
    name: 'excel-style.xlsx',
    mimeType: mime('.xlsx'),
    buffer: Buffer.from(book),
  });
  const summary = page.getByTestId('import-summary');
  await summary.waitFor({ timeout: 60_000 });
  assert.match(await summary.innerText(), /Nhận 3 giá trị, 0 dòng có vấn đề/);
  await page.getByTestId('comparison').waitFor({ timeout: 60_000 });
  const comparison = await page.getByTestId('comparison').innerText();
  assert.match(comparison, /31,3/);
  assert.match(comparison, /110,5/);
  await deleteKeptUpload(page);
  await page.close();
});

test('a bare fraction for a percentage is asked about, with the indicator named, then read as answered', async () => {
  const page = await session.newPage();
  await page.goto(siteUrl(session, '/import/?a=34-56'));
  await page.locator('body[data-hydrated="true"]').waitFor();
  await page.getByTestId('import-file').setInputFiles({
    name: 'fraction.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(
      'Chỉ tiêu;Năm;Giá trị\nfemale_key_leader_agencies_pct;2025;0,313\n',
      'utf8',
    ),
  });
  const problems = page.getByTestId('problems');
  await problems.waitFor({ timeout: 60_000 });
  const row = problems.locator('tbody tr').first();
  assert.match(
    await row.getByTestId('problem-indicator').innerText(),
    /^Tỷ lệ cơ quan quản lý nhà nước/,
    'the indicator by its name, not only its code',
  );
  assert.match(
    await row.innerText(),
    /đọc được 0,313 cho chỉ tiêu tính bằng %: là 0,313 %, hay là tỷ lệ 0,313 tức 31,3 %\?/,
  );
  assert.match(
    await page.getByTestId('import-summary').innerText(),
    /Nhận 0 giá trị, 1 dòng có vấn đề/,
  );
  await row.getByTestId('fraction-percent').click();
  await page
    .getByTestId('import-summary')
    .filter({ hasText: 'Nhận 1 giá trị, 0 dòng có vấn đề' })
    .waitFor();
  await page.getByTestId('comparison').waitFor({ timeout: 60_000 });
  assert.match(await page.getByTestId('comparison').innerText(), /31,3/);
  await deleteKeptUpload(page);
  await page.close();
});

test('no console errors and no request left localhost', () => {
  assert.deepEqual(session.errors, []);
  assert.deepEqual(session.external, []);
});
