// `npm run test:e2e`: build the site under a sub-path (BASE_PATH=/x), then run every *.e2e.ts file
// with node's test runner in Debian Chromium.
import { execSync, spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';

const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
if (!existsSync(chromium)) {
  console.error(
    `Chromium not found at ${chromium}. Install Debian's package: apt-get install -y chromium`,
  );
  process.exit(1);
}
const base = process.env.E2E_BASE_PATH ?? '/x';
if (!process.argv.includes('--no-build')) {
  execSync('npm run build', { stdio: 'inherit', env: { ...process.env, BASE_PATH: base } });
}
const files = readdirSync('tests/e2e')
  .filter((f) => f.endsWith('.e2e.ts'))
  .map((f) => `tests/e2e/${f}`);
const result = spawnSync(
  'npx',
  ['tsx', '--test', '--test-concurrency=1', '--test-reporter=spec', ...files],
  { stdio: 'inherit', env: { ...process.env, E2E_BASE_PATH: base } },
);
process.exit(result.status ?? 1);
