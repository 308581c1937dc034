#!/usr/bin/env node
// `npm run test:e2e`: build the PWA as users get it, then run Playwright in a real Chromium.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { findChromium } from '../e2e/support/find-chromium.mjs';

const root = join(import.meta.dirname, '..');
const chromium = findChromium();
if (!chromium) {
  console.error(
    [
      'e2e: no Chromium found.',
      'Install one and run again, e.g. on Debian/Ubuntu:  sudo apt-get install -y chromium',
      'or point CHROMIUM_PATH at a Chrome/Chromium binary:  CHROMIUM_PATH=/path/to/chrome npm test',
      '(`npx playwright install` is not needed: Gemba drives the system browser.)',
    ].join('\n'),
  );
  process.exit(1);
}

function run(cmd, args, env = process.env) {
  const result = spawnSync(cmd, args, { cwd: root, stdio: 'inherit', env });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

if (process.env.GEMBA_SKIP_BUILD !== '1') run('npx', ['vite', 'build', '--logLevel', 'warn']);
run('npx', ['playwright', 'test', ...process.argv.slice(2)], { ...process.env, CHROMIUM_PATH: chromium });
