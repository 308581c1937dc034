import { defineConfig } from '@playwright/test';
import { findChromium } from './e2e/support/find-chromium.mjs';

// The system Chromium, with the flags this network needs (no background calls to Google services).
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export default defineConfig({
  testDir: 'e2e',
  // Separate runs (e.g. two checkouts on one machine) can keep their artifacts apart.
  outputDir: process.env.GEMBA_E2E_OUTPUT ?? 'test-results',
  testMatch: '**/*.spec.ts',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 15_000 },
  reporter: process.env.CI ? [['list']] : [['list']],
  use: {
    headless: true,
    launchOptions: { executablePath: findChromium() ?? undefined, args: chromiumArgs },
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
});
