// The house rules are enforced by lint: this test hands ESLint code that breaks them, placed
// where it would live, and expects the errors (and none for the same code where it is allowed).
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint();
async function messages(code: string, filePath: string) {
  const [result] = await eslint.lintText(code, { filePath });
  return result!.messages.map((m) => `${m.ruleId}: ${m.message}`);
}

const SQL_CALL = `export async function load(db: { query(s: string): Promise<unknown> }) {
  return db.query('SELECT * FROM actuals');
}
`;

describe('lint enforces the boundaries', () => {
  it('SQL text outside src/lib/data fails lint, in routes, lib modules and scripts', async () => {
    for (const file of [
      'src/routes/[[lang=lang]]/x/+page.server.ts',
      'src/lib/explore/x.ts',
      'scripts/x.ts',
    ]) {
      expect(await messages(SQL_CALL, file), file).toEqual([
        expect.stringMatching(/no-restricted-syntax: SQL runs only in src\/lib\/data/),
      ]);
    }
  });

  it('the same code is allowed in src/lib/data and the data build', async () => {
    expect(await messages(SQL_CALL, 'src/lib/data/x.ts')).toEqual([]);
    expect(await messages(SQL_CALL, 'scripts/build-data.ts')).toEqual([]);
  });

  it('a regular expression’s exec is not SQL', async () => {
    expect(
      await messages('export const m = (s: string) => /a(b)/.exec(s);\n', 'src/lib/import/x.ts'),
    ).toEqual([]);
  });

  it('charts and the domain never import the data layer', async () => {
    const code = "import { listAreas } from '$lib/data/queries';\nexport const f = listAreas;\n";
    for (const file of ['src/lib/charts/x.ts', 'src/lib/domain/x.ts']) {
      expect(await messages(code, file), file).toEqual([
        expect.stringMatching(/no-restricted-imports: .*never import the data layer/),
      ]);
    }
    expect(await messages(code, 'src/lib/explore/x.ts')).toEqual([]);
  });

  it('charts never import exports (no charts ↔ export cycle); exports may draw charts', async () => {
    const code =
      "import DownloadBar from '$lib/export/DownloadBar.svelte';\nexport const d = DownloadBar;\n";
    expect(await messages(code, 'src/lib/charts/x.ts')).toEqual([
      expect.stringMatching(/no-restricted-imports: .*Charts never import exports/),
    ]);
    const draw =
      "import FigureChart from '../charts/FigureChart.svelte';\nexport const f = FigureChart;\n";
    expect(await messages(draw, 'src/lib/export/x.ts')).toEqual([]);
  });

  it('the figure model imports neither charts nor exports nor the data layer', async () => {
    for (const code of [
      "import Legend from '../charts/Legend.svelte';\nexport const l = Legend;\n",
      "import { downloadName } from '../export/filename.ts';\nexport const n = downloadName;\n",
      "import { listAreas } from '../data/queries.ts';\nexport const f = listAreas;\n",
    ])
      expect(await messages(code, 'src/lib/figure/x.ts'), code).toEqual([
        expect.stringMatching(/no-restricted-imports: .*The figure model never imports/),
      ]);
  });

  it('the data layer never imports charts', async () => {
    const code =
      "import { projectProvinces } from '../charts/geo.ts';\nexport const p = projectProvinces;\n";
    expect(await messages(code, 'src/lib/data/x.ts')).toEqual([
      expect.stringMatching(/no-restricted-imports: .*The data layer never imports charts/),
    ]);
    expect(await messages(code, 'src/lib/explore/x.ts')).toEqual([]);
  });

  it('only src/lib/data may import DuckDB', async () => {
    const code = "import * as duckdb from '@duckdb/duckdb-wasm';\nexport const d = duckdb;\n";
    expect(await messages(code, 'src/lib/explore/x.ts')).toEqual([
      expect.stringMatching(/Only src\/lib\/data may import DuckDB/),
    ]);
    expect(await messages(code, 'src/lib/data/x.ts')).toEqual([]);
  });

  it("the nation's id is spelled once: 'VN' fails lint outside the domain and its wording", async () => {
    const code = "export const national = (id: string) => id === 'VN';\n";
    for (const file of ['src/lib/explore/x.ts', 'src/lib/report/x.ts', 'src/routes/x/+page.ts'])
      expect(await messages(code, file), file).toEqual([
        expect.stringMatching(/no-restricted-syntax: The nation's id is NATIONAL_ID/),
      ]);
    expect(await messages(code, 'src/lib/domain/x.ts')).toEqual([]);
    expect(await messages(code, 'src/lib/i18n/x.ts')).toEqual([]);
    // SQL text is still refused where the nation's rule applies too.
    expect(await messages(SQL_CALL, 'src/lib/explore/x.ts')).toEqual([
      expect.stringMatching(/no-restricted-syntax: SQL runs only in src\/lib\/data/),
    ]);
  });
});
