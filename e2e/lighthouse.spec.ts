import { chromium } from '@playwright/test';
import lighthouse from 'lighthouse';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromiumArgs } from '../playwright.config';
import { buildDemoPlant } from '../src/domain';
import { TabletPage } from './pages/TabletPage';
import { findChromium } from './support/find-chromium.mjs';
import { expect, test } from './support/fixtures';

// Lighthouse on the built app's main screens, with a profile for the tablets Gemba runs on: a
// mid-range Android tablet (CPU slowed 4×, 1024×768 touch screen) on plant Wi-Fi (40 ms RTT,
// 10 Mbit/s). Lighthouse's default phone-on-slow-4G profile is not where these screens are used.
const tabletProfile = {
  extends: 'lighthouse:default',
  settings: {
    formFactor: 'mobile' as const,
    screenEmulation: { mobile: true, width: 1024, height: 768, deviceScaleFactor: 1, disabled: false },
    throttlingMethod: 'simulate' as const,
    throttling: { rttMs: 40, throughputKbps: 10 * 1024, cpuSlowdownMultiplier: 4, requestLatencyMs: 0, downloadThroughputKbps: 0, uploadThroughputKbps: 0 },
    onlyCategories: ['performance', 'accessibility', 'best-practices'],
    // Keep the signed-in person and the tablet's data between runs, as on a real tablet.
    disableStorageReset: true,
  },
};

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

// Accessibility and best practices are properties of the page and are held at ≥ 95 here.
// Performance is a timing: on a shared 2-core machine it moves with load (76–95 seen for the same
// build), so it is printed, not asserted — a timed gate would fail on noise (DEVELOPERS.md).
// Issue 9's ≥ 95 for performance is not met yet: total blocking time from evaluating the first
// screen's ~190 KB of gzipped JavaScript and starting RxDB on a 4× slowed CPU (issue 10's work).
const minimumScore = { accessibility: 95, 'best-practices': 95 } as const;

test('main screens: accessibility and best practices ≥ 95 (performance printed)', async ({ server }) => {
  test.setTimeout(300_000);
  const port = await freePort();
  const profile = mkdtempSync(join(tmpdir(), 'gemba-lighthouse-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: findChromium() ?? undefined,
    args: [...chromiumArgs, `--remote-debugging-port=${port}`],
    headless: true,
    baseURL: server.url,
  });
  try {
    const tablet = new TabletPage(context.pages()[0] ?? (await context.newPage()));
    await tablet.open();
    await tablet.waitForOfflineReady();
    const rows: string[] = [];
    const failures: string[] = [];
    const audit = async (name: string, path: string): Promise<void> => {
      const result = await lighthouse(`${server.url}${path}`, { port, output: 'json', logLevel: 'error' }, tabletProfile);
      const categories = result?.lhr.categories ?? {};
      const scores = (['performance', 'accessibility', 'best-practices'] as const).map((id) => Math.round((categories[id]?.score ?? 0) * 100));
      const audits = result?.lhr.audits ?? {};
      const metrics = ['first-contentful-paint', 'largest-contentful-paint', 'total-blocking-time', 'speed-index', 'cumulative-layout-shift']
        .map((id) => audits[id]?.displayValue ?? '–')
        .join(' | ');
      rows.push(`| ${name.padEnd(12)} | ${scores.map((s) => String(s).padStart(3)).join(' | ')} | ${metrics} |`);
      (['accessibility', 'best-practices'] as const).forEach((id, i) => {
        if (scores[i + 1]! < minimumScore[id]) failures.push(`${name}: ${id} ${scores[i + 1]} < ${minimumScore[id]}`);
      });
    };
    await audit('sign-in', '/');
    await tablet.signInWithBadge(buildDemoPlant().users.find((u) => u.id === 'u-anna')!.badge);
    await expect(tablet.syncStatus()).toContainText(/all saved on the server/i);
    for (const [name, path] of [['kanban pull', '/operator'], ['production', '/operator/production'], ['sync panel', '/sync']] as const) {
      await audit(name, path);
    }
    console.log(['| screen       | perf | a11y | best | FCP | LCP | TBT | SI | CLS |', '|---|---|---|---|---|---|---|---|---|', ...rows].join('\n'));
    expect(failures).toEqual([]);
  } finally {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  }
});
