// The province's report, end to end in Chromium: Khánh Hòa (34)'s template for 2025 downloaded
// from /import, filled, uploaded; the annex (XLSX, DOCX) and the report draft (DOCX) downloaded by
// their test ids; each converted to PDF by LibreOffice (a fresh profile per run) and read with
// pdftotext: every target present with its assessment. A conversion that fails or gives an empty
// PDF fails the test (LibreOffice converts only what it opens without repair).
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { after, before, test } from 'node:test';
import type { Page } from 'playwright-core';
import { openNodeClient } from '../../src/lib/data/node-client.ts';
import {
  listAreas,
  listAreasActuals,
  listCrosswalk,
  listIndicators,
  listTargets,
} from '../../src/lib/data/queries.ts';
import { computeStatusTable } from '../../src/lib/domain/attainment/evaluate.ts';
import { buildAnnex, type Annex } from '../../src/lib/report-kit/annex.ts';
import { AnnexText } from '../../src/lib/report-kit/annex-text.ts';
import type { UserValue } from '../../src/lib/import/validate.ts';
import { axe, openSession, siteUrl, type Session } from './harness.ts';

let session: Session;
const work = mkdtempSync(join(tmpdir(), 'e2e-report-kit-'));
before(async () => {
  session = await openSession();
});
after(async () => {
  await session.close();
  rmSync(work, { recursive: true, force: true });
});

const FILE = 'mau-bao-cao-34-56-2025.csv';
/** The figures typed into the template (SYNTHETIC test values), with the row each goes to. */
const FILLED: Record<string, string> = {
  female_key_leader_agencies_pct: '46,67',
  female_wage_employment_pct: '52,5',
  sex_ratio_at_birth: '111,5',
};

/** LibreOffice headless with a fresh profile: the PDF's text, one space between words. */
function pdfText(file: string): string {
  const profile = mkdtempSync(join(tmpdir(), 'lo-profile-'));
  const out = mkdtempSync(join(work, 'pdf-'));
  try {
    execFileSync(
      'soffice',
      [
        `-env:UserInstallation=file://${profile}`,
        '--headless',
        '--convert-to',
        'pdf',
        '--outdir',
        out,
        file,
      ],
      { stdio: 'pipe', timeout: 120_000 },
    );
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
  const pdf = join(out, basename(file).replace(/\.\w+$/, '.pdf'));
  assert.ok(existsSync(pdf), `LibreOffice converted ${basename(file)}`);
  assert.ok(statSync(pdf).size > 1000, `${basename(file)}: a PDF with content`);
  const pages = Number(
    /Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }))?.[1],
  );
  assert.ok(pages >= 1, `${basename(file)}: pages`);
  return execFileSync('pdftotext', ['-raw', pdf, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
}

/** The annex the page should have made: the same model on the built dataset and the same values. */
async function expectedAnnex(values: UserValue[]): Promise<Annex> {
  const db = await openNodeClient('.dataset/dataset.duckdb', { readOnly: true });
  try {
    const [indicators, areas, crosswalk, targets, actuals] = await Promise.all([
      listIndicators(db),
      listAreas(db),
      listCrosswalk(db),
      listTargets(db),
      listAreasActuals(db, ['34-56']),
    ]);
    const area = areas.find((a) => a.id === '34-56')!;
    return buildAnnex({
      area,
      year: 2025,
      period: 'annual',
      indicators,
      targets,
      crosswalk,
      status: computeStatusTable({
        targets,
        actuals,
        areas: [area],
        crosswalk,
        fromYear: 2024,
        toYear: 2025,
      }),
      actuals,
      kept: { accepted: values, conflicts: [], files: [FILE] },
      today: new Date().toISOString().slice(0, 10),
    });
  } finally {
    await db.close();
  }
}

async function download(page: Page, testId: string) {
  const [file] = await Promise.all([
    // The engine may still be starting: the panel prepares the annex before writing the file.
    page.waitForEvent('download', { timeout: 120_000 }),
    page.getByTestId(testId).click(),
  ]);
  const path = join(work, file.suggestedFilename());
  await file.saveAs(path);
  return path;
}

test('Khánh Hòa (34) 2025: template → upload → annex XLSX, annex DOCX, report DOCX, read back through LibreOffice', async () => {
  const page = await session.newPage();
  // As a new user: from the home page, by its entry for the provincial office.
  await page.goto(siteUrl(session, '/'));
  await page.getByTestId('entry-province-report').click();
  await page.waitForURL(/\/import\/$/);
  await page.getByTestId('import-area').waitFor();
  await page.locator('body[data-hydrated="true"]').waitFor();
  await page.getByTestId('import-area').selectOption('34-56');
  assert.equal(await page.getByTestId('import-area').inputValue(), '34-56');
  await page.getByTestId('template-year').selectOption('2025');
  const template = readFileSync(await download(page, 'template-csv'), 'utf8');
  let filled = template;
  for (const [id, value] of Object.entries(FILLED)) {
    const next = filled.replace(new RegExp(`^(${id},.*),2025,\\r$`, 'm'), `$1,2025,"${value}"\r`);
    assert.notEqual(next, filled, `the template has a row for ${id}`);
    filled = next;
  }
  await page.getByTestId('import-file').setInputFiles({
    name: FILE,
    mimeType: 'text/csv',
    buffer: Buffer.from(filled, 'utf8'),
  });
  await page.getByTestId('import-summary').waitFor();
  assert.match(
    await page.getByTestId('import-summary').innerText(),
    /Nhận 3 giá trị, 0 dòng có vấn đề/,
  );

  // The panel says what the report will say, from the kept values and the public ones.
  const panel = page.getByTestId('report-panel');
  await panel.getByTestId('report-counts').waitFor({ timeout: 90_000 });
  // (The row a value came from is not what is compared here.)
  const values: UserValue[] = Object.entries(FILLED).map(([id, value]) => ({
    row: 0,
    file: FILE,
    indicator_id: id,
    area_id: '34-56',
    year: 2025,
    value: Number(value.replace(',', '.')),
  }));
  const annex = await expectedAnnex(values);
  const vi = new AnnexText('vi');
  assert.equal(annex.origins.own, 3);
  assert.match(
    await panel.getByTestId('report-counts').innerText(),
    new RegExp(
      `^${annex.rows.length} chỉ tiêu: ${annex.classes.met} đạt, ${annex.classes.not_met} chưa đạt, ${annex.classes.not_assessable} không đánh giá được, ${annex.classes.no_data} chưa có số liệu\\.`,
    ),
  );
  assert.equal(
    await panel.getByTestId('report-missing').locator('li').count(),
    annex.missing.length,
  );
  assert.match(await panel.getByTestId('report-for').innerText(), /Khánh Hòa \(34\), năm 2025/);
  assert.deepEqual(await axe(page), [], 'no serious or critical axe violations');

  const files = {
    'annex-xlsx': await download(page, 'annex-xlsx'),
    'annex-docx': await download(page, 'annex-docx'),
    'report-docx': await download(page, 'report-docx'),
  };
  assert.deepEqual(
    Object.values(files).map((f) => basename(f)),
    ['phu-luc-34-56-2025.xlsx', 'phu-luc-34-56-2025.docx', 'bao-cao-34-56-2025.docx'],
  );
  for (const [kind, file] of Object.entries(files)) {
    const text = pdfText(file);
    for (const row of annex.rows) {
      assert.ok(text.includes(vi.indicatorName(row)), `${kind}: ${row.indicator.id}`);
      assert.ok(text.includes(vi.assessment(row, annex)), `${kind}: ${row.indicator.id} assessed`);
    }
    // The province's figures, in Vietnamese number format.
    assert.ok(text.includes('111,5'), `${kind}: 111,5`);
    assert.ok(text.includes('52,5'), `${kind}: 52,5`);
    if (kind === 'report-docx')
      for (const heading of [
        'BÁO CÁO',
        'Kết quả thực hiện mục tiêu quốc gia về bình đẳng giới năm 2025',
        'II. KẾT QUẢ THỰC HIỆN CÁC MỤC TIÊU, CHỈ TIÊU',
        'TM. ỦY BAN NHÂN DÂN',
        'PHỤ LỤC',
      ])
        assert.ok(text.includes(heading), heading);
  }
  assert.deepEqual(session.external, [], 'nothing requested outside localhost');
  await page.close();
});

test('English page: the documents are said to be Vietnamese; the period can be chosen; publishing needs no git', async () => {
  const page = await session.newPage();
  await page.goto(siteUrl(session, '/en/import/?a=34-56'));
  await page.locator('body[data-hydrated="true"]').waitFor();
  const panel = page.getByTestId('report-panel');
  await panel.waitFor();
  assert.equal(await page.getByTestId('annex-xlsx').innerText(), 'Annex (Vietnamese), XLSX');
  assert.equal(await page.getByTestId('annex-docx').innerText(), 'Annex (Vietnamese), DOCX');
  assert.equal(
    await page.getByTestId('report-docx').innerText(),
    'Report draft with annex (Vietnamese), DOCX',
  );
  await page.getByTestId('report-period').selectOption('h1');
  assert.match(await panel.getByTestId('report-for').innerText(), /first six months of/);
  // The six-month draft is a file of its own.
  await page.getByTestId('template-year').selectOption('2025');
  const file = await download(page, 'report-docx');
  assert.equal(basename(file), 'bao-cao-34-56-2025-6-thang.docx');
  const text = pdfText(file);
  assert.ok(
    text.includes('Kết quả thực hiện mục tiêu quốc gia về bình đẳng giới 6 tháng đầu năm 2025'),
  );
  assert.ok(text.includes('BÌNH ĐẲNG GIỚI 6 THÁNG ĐẦU NĂM 2025'), 'the annex title');
  assert.ok(text.includes('Kết quả 6 tháng đầu năm 2025'), 'the column of six-month figures');

  // The period is the page's: the six-month slot keeps nothing, so the publishing steps are those
  // of the annual figures the first test kept for 2025.
  await page.getByTestId('report-period').selectOption('annual');
  assert.equal(await page.getByTestId('import-period').inputValue(), 'annual');

  // Publishing: numbered steps in plain words, the contribution form prefilled — no git.
  const steps = page.getByTestId('publish-steps');
  assert.match(await steps.innerText(), /Open the contribution form/);
  assert.match(await steps.innerText(), /Attach the file you downloaded/);
  assert.doesNotMatch(await page.getByTestId('data-pack').innerText(), /data\/contrib|repository/);
  const href = (await page.getByTestId('contribution-link').getAttribute('href'))!;
  assert.match(
    href,
    /\/issues\/new\?title=S%E1%BB%91\+li%E1%BB%87u\+c%E1%BB%A7a\+Kh%C3%A1nh\+H%C3%B2a/,
  );
  assert.match(decodeURIComponent(href.replace(/\+/g, ' ')), /contrib-34-56-2025-/);
  await page.close();
});
