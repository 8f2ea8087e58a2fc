// The Government's own assessment beside the site's verdicts on the national annual pages and the
// indicator pages (stable ids: gov-assessment with data-target and data-status as in
// data/catalog/government_assessments.csv), and the plans' commitments in the page's language.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, test } from 'node:test';
import Papa from 'papaparse';
import { axe, openSession, siteUrl, type Session } from './harness.ts';

let session: Session;
before(async () => {
  session = await openSession();
});
after(async () => {
  await session.close();
});

const csv = (file: string) =>
  Papa.parse<Record<string, string>>(readFileSync(`data/${file}`, 'utf8'), {
    header: true,
    skipEmptyLines: true,
  }).data;
const ASSESSMENTS = csv('catalog/government_assessments.csv');

const HEADLINE = { 2022: 9, 2023: 11, 2024: 13 } as const;

for (const locale of ['vi', 'en'] as const) {
  for (const [yearText, count] of Object.entries(HEADLINE)) {
    const year = Number(yearText);
    const path = `${locale === 'en' ? '/en' : ''}/provinces/VN/${year}/`;
    test(`${path}: the Government's count ${count} of 20 beside the site's, every row of the file`, async () => {
      const page = await session.newPage();
      await page.goto(siteUrl(session, path));
      const section = page.getByTestId('gov-year');
      await section.waitFor();
      const headline = section.locator(
        '[data-testid="gov-assessment"][data-target="ALL"][data-status="met_count"]',
      );
      assert.equal(await headline.getAttribute('data-value'), String(count));
      assert.equal(await headline.getAttribute('data-of'), '20');
      const words = await headline.innerText();
      assert.ok(
        words.includes(locale === 'vi' ? `${count}/20 chỉ tiêu` : `${count} of 20 targets`),
        words,
      );
      // The site's own count of the year, the same as the page's summary line.
      const site = section.getByTestId('site-count');
      const met = Number(await site.getAttribute('data-met'));
      const total = Number(await site.getAttribute('data-total'));
      assert.ok(total >= 15 && met <= total, `${met} of ${total}`);
      const summary = await page.getByTestId('summary-line').innerText();
      assert.ok(summary.includes(String(total)), summary);
      // Why they differ: at least the different list and the targets without a public value.
      const reasons = section.getByTestId('count-reasons').locator('li');
      assert.ok((await reasons.count()) >= 2);
      const reasonText = await section.getByTestId('count-reasons').innerText();
      assert.match(
        reasonText,
        locale === 'vi' ? /Chính phủ tính 20 chỉ tiêu/ : /counts the Strategy's 20/,
      );
      // One element per row of the file for the year, with the status as the file writes it.
      const rows = ASSESSMENTS.filter((r) => r.report_year === yearText);
      const shown = await section
        .locator('[data-testid="gov-assessment"]')
        .evaluateAll((els) =>
          els.map((e) => `${e.getAttribute('data-target')}|${e.getAttribute('data-status')}`),
        );
      assert.deepEqual(
        [...shown].sort(),
        rows.map((r) => `${r.target_code}|${r.government_status}`).sort(),
      );
      await page.close();
    });
  }
}

test('2023: each classification beside the site’s verdict, differences with their reason', async () => {
  const page = await session.newPage();
  await page.goto(siteUrl(session, '/provinces/VN/2023/'));
  const cell = (target: string) =>
    page.locator(`[data-testid="gov-assessment"][data-target="${target}"]`).first();
  const row = (target: string) => page.locator('tr', { has: cell(target) });
  const agreement = async (target: string) =>
    row(target).getByTestId('gov-compare').getAttribute('data-agreement');
  assert.equal(await cell('MT2 CT1').getAttribute('data-status'), 'met');
  assert.equal(await agreement('MT2 CT1'), 'agree');
  assert.equal(
    await row('MT2 CT1')
      .locator('[data-testid="site-verdict"] [data-status]')
      .first()
      .getAttribute('data-status'),
    'met',
  );
  // The 2020 value the Government counts as met; the site: before the plan period.
  assert.equal(await cell('MT2 CT3').getAttribute('data-status'), 'met');
  assert.equal(await agreement('MT2 CT3'), 'differ');
  assert.match(
    await row('MT2 CT3').getByTestId('gov-compare').innerText(),
    /năm 2020, trước kỳ kế hoạch/,
  );
  assert.equal(
    await row('MT2 CT3')
      .locator('[data-testid="site-verdict"] [data-status]')
      .first()
      .getAttribute('data-reason'),
    'before_plan',
  );
  // Not met by the Government, no public value on the site.
  assert.equal(await agreement('MT4 CT4'), 'differ');
  // A value without a classification: the value, and none inferred.
  assert.equal(await cell('MT3 CT1').getAttribute('data-status'), '');
  assert.equal(await agreement('MT3 CT1'), 'not_stated');
  assert.match(await cell('MT3 CT1').innerText(), /Không nêu xếp loại/);
  assert.match(await cell('MT3 CT1').innerText(), /1,8/);
  // The draft's 12 is shown as a draft.
  assert.equal(
    await page
      .locator('[data-testid="gov-assessment"][data-target="ALL"][data-status="met_count_draft"]')
      .getAttribute('data-value'),
    '12',
  );
  assert.deepEqual(await axe(page), []);
  await page.setViewportSize({ width: 390, height: 844 });
  assert.deepEqual(await axe(page), [], 'no axe violation at 390 px');
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - innerWidth);
  assert.ok(overflow <= 1, `no horizontal scroll at 390 px (${overflow})`);
  await page.close();
});

for (const year of [2021, 2025]) {
  test(`/en/provinces/VN/${year}/ says no Government report was found`, async () => {
    const page = await session.newPage();
    await page.goto(siteUrl(session, `/en/provinces/VN/${year}/`));
    assert.match(
      await page.getByTestId('gov-not-found').innerText(),
      new RegExp(`No Government report on the results of ${year}`),
    );
    assert.equal(await page.locator('[data-testid="gov-assessment"]').count(), 0);
    await page.close();
  });
}

test('a province page has no Government section', async () => {
  const page = await session.newPage();
  await page.goto(siteUrl(session, '/provinces/63-56/2024/'));
  assert.equal(await page.getByTestId('gov-year').count(), 0);
  await page.close();
});

test('the indicator page of a classified target shows each year beside the national verdict', async () => {
  for (const locale of ['vi', 'en'] as const) {
    const page = await session.newPage();
    await page.goto(
      siteUrl(
        session,
        `${locale === 'en' ? '/en' : ''}/indicators/female_enterprise_coop_heads_pct/`,
      ),
    );
    const section = page.getByTestId('gov-indicator');
    const cells = section.locator('[data-testid="gov-assessment"]');
    assert.deepEqual(
      await cells.evaluateAll((els) =>
        els.map((e) => [
          e.getAttribute('data-year'),
          e.getAttribute('data-target'),
          e.getAttribute('data-status'),
        ]),
      ),
      [
        ['2023', 'MT2 CT3', 'met'],
        ['2024', 'MT2 CT3', ''],
      ],
    );
    const compare = section.getByTestId('gov-compare');
    assert.equal(await compare.nth(0).getAttribute('data-agreement'), 'differ');
    assert.equal(await compare.nth(1).getAttribute('data-agreement'), 'not_stated');
    // Each year links to its national page.
    assert.match(
      (await section.locator('a', { hasText: '2023' }).first().getAttribute('href')) ?? '',
      /\/provinces\/VN\/2023\/$/,
    );
    assert.deepEqual(await axe(page), []);
    await page.close();
  }
});

test('Sơn La’s SRB target is context on the indicator page, not a plan target', async () => {
  const page = await session.newPage();
  await page.goto(siteUrl(session, '/indicators/sex_ratio_at_birth/'));
  const other = page.getByTestId('other-targets');
  assert.match(await other.innerText(), /Sơn La \(63\): ≤ 113,4 vào năm 2025/);
  assert.match(await other.innerText(), /Không phải mục tiêu trong kế hoạch/);
  // The plan targets table does not list it.
  assert.doesNotMatch(await page.locator('table').first().innerText(), /113,4/);
  await page.close();
});

// The plans' commitments: the Vietnamese of the plan on vi pages, its translation on en pages.
const COMMITMENTS = csv('catalog/seed_commitments.csv');
const PROVINCES = [
  '63-56',
  '34-24',
  '34-51',
  '34-52',
  '34-56',
  '34-75',
  '63-24',
  '63-27',
  '63-51',
  '63-64',
  '63-70',
];
const english = [
  ...new Set(
    COMMITMENTS.flatMap((c) => [c.description_en, c.date_or_value_en, c.where_in_plan_en]).filter(
      (x): x is string => !!x && /[a-z]{3}/.test(x),
    ),
  ),
];
const vietnamese = new Set(COMMITMENTS.map((c) => c.description_vi));

for (const id of PROVINCES) {
  test(`/provinces/${id}/: the commitments table is Vietnamese; /en/ has no DOLISA`, async () => {
    const page = await session.newPage();
    await page.goto(siteUrl(session, `/provinces/${id}/`));
    const table = page.getByTestId('commitments');
    const cells = await table.locator('tbody td').allInnerTexts();
    assert.ok(cells.length >= 4, `${id}: a commitments table`);
    for (const cell of cells)
      for (const en of english)
        assert.ok(!cell.includes(en), `${id}: English "${en.slice(0, 50)}" in a vi cell`);
    const descriptions = await table.locator('tbody tr td:nth-child(2)').allInnerTexts();
    for (const d of descriptions) assert.ok(vietnamese.has(d.trim()), `${id}: "${d.slice(0, 60)}"`);
    assert.equal(await table.locator('[lang="en"]').count(), 0);
    await page.goto(siteUrl(session, `/en/provinces/${id}/`));
    assert.doesNotMatch(await page.getByTestId('commitments').innerText(), /DOLISA|MOLISA/);
    await page.close();
  });
}

test('no console errors and no request left localhost', () => {
  assert.deepEqual(session.errors, []);
  assert.deepEqual(session.external, []);
});
