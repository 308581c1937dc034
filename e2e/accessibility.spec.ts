import AxeBuilder from '@axe-core/playwright';
import { buildDemoPlant } from '../src/domain';
import { expect, test } from './support/fixtures';
import type { TabletPage } from './pages/TabletPage';
import { PersistentTablet } from './support/persistent-tablet';

// axe-core on every screen, as each role sees it: no violations of WCAG 2.1 A/AA.
const plant = buildDemoPlant();
const badge = (id: string): string => plant.users.find((u) => u.id === id)!.badge;

async function expectNoViolations(page: TabletPage, screen: string): Promise<void> {
  const results = await new AxeBuilder({ page: page.page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  const summary = results.violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  expect(summary, `axe violations on ${screen}`).toEqual([]);
}

test('every screen passes axe for each role', async ({ openTablet }) => {
  test.setTimeout(120_000);
  const tablet = await openTablet();
  const { page } = tablet;
  await page.waitForPlantData();
  await expectNoViolations(page, 'sign-in');
  await page.page.goto('/sync');
  await expect(page.page.getByRole('heading', { name: /sync and storage/i })).toBeVisible();
  await expectNoViolations(page, 'sync panel');
  await page.page.goto('/');

  const screensByUser: [string, string[]][] = [
    ['u-anna', ['/operator', '/operator/production', '/operator/andon', '/settings/scanner']],
    ['u-marco', ['/handler', '/handler/wip']],
    ['u-sarah', ['/leader']],
  ];
  for (const [user, paths] of screensByUser) {
    await page.signInWithBadge(badge(user));
    for (const path of paths) {
      await page.page.goto(path);
      await expect(page.page.getByRole('heading', { level: 1 }).first()).toBeVisible();
      await expectNoViolations(page, `${path} as ${user}`);
    }
    await page.page.getByTestId('session-bar').getByRole('button').click();
  }
  // A feedback banner is part of every screen after a scan: check it too.
  await page.signInWithBadge(badge('u-anna'));
  await page.page.goto('/operator');
  await expect(page.page.getByRole('heading', { name: /kanban pull/i })).toBeVisible();
  await page.scan('NOT-A-CARD');
  await page.expectFeedback('error');
  await expectNoViolations(page, 'operator with an error banner');
});

test('the app is installable (manifest, icons, service worker)', async ({ server }) => {
  // Chromium never offers installation in an incognito context, so this uses a real profile.
  const tablet = new PersistentTablet(server.url);
  try {
    const page = await tablet.start();
    await page.waitForOfflineReady();
    const cdp = await tablet.context!.newCDPSession(page.page);
    const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
    await cdp.detach();
    expect(installabilityErrors).toEqual([]);
    const manifest = (await (await page.page.request.get('/manifest.webmanifest')).json()) as { display: string; icons: { purpose?: string }[] };
    expect(manifest.display).toBe('standalone');
    expect(manifest.icons.some((i) => i.purpose === 'maskable')).toBe(true);
  } finally {
    await tablet.dispose();
  }
});
