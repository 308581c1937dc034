import { buildDemoPlant } from '../src/domain';
import { FloorPage } from './pages/FloorPage';
import { expect, test } from './support/fixtures';

const plant = buildDemoPlant();
const operator = plant.users.find((u) => u.id === 'u-anna')!;

test('a production report made offline survives a reload and reaches the server when back online', async ({ openTablet, server, request }) => {
  const a = await openTablet();
  await a.page.waitForOfflineReady();
  await a.page.signInWithBadge(operator.badge);
  const floor = new FloorPage(a.page);
  await floor.goTo(/production/i);
  await floor.expectScreen(/production report/i);
  await a.page.page.getByRole('button', { name: 'Pressing (L1-10)' }).click();
  await expect(a.page.page.getByText('Station: Pressing (L1-10)')).toBeVisible();

  await a.context.setOffline(true);
  await expect(a.page.syncStatus()).toContainText(/offline/i);
  const page = a.page.page;
  await page.getByRole('button', { name: 'Good +10' }).click();
  await page.getByRole('button', { name: 'Good +10' }).click();
  await page.getByRole('button', { name: 'Good +1', exact: true }).click();
  await page.getByRole('button', { name: 'Scrap +1', exact: true }).click();
  await page.getByRole('radio', { name: 'Dimension out of tolerance' }).check();
  await page.getByRole('button', { name: 'Report', exact: true }).click();
  await a.page.expectFeedback('success', /Reported at Pressing: 21 good, 1 scrap/);
  await expect(a.page.syncStatus()).toContainText(/1 event waiting to sync/i);

  // Offline reload: the station is remembered on the tablet, the report comes back from IndexedDB.
  await page.reload();
  await expect(page.getByText('Station: Pressing (L1-10)')).toBeVisible();
  await expect(page.getByRole('table', { name: /this shift's reports/i }).locator('tbody tr')).toHaveCount(1);
  expect(await FloorPage.serverEventTypes(request, server.url)).not.toContain('production.reported');

  await a.context.setOffline(false);
  await expect(a.page.syncStatus()).toContainText(/all saved on the server/i, { timeout: 15_000 });
  const res = await request.get(`${server.url}/couch/demo-events/_all_docs?include_docs=true`);
  const docs = ((await res.json()) as { rows: { doc: { type: string; payload: unknown; actor: string } }[] }).rows.map((r) => r.doc);
  const report = docs.find((d) => d.type === 'production.reported');
  expect(report).toMatchObject({ actor: 'u-anna', payload: { station: 'L1-10', part: 'P1001', good: 21, scrap: 1, scrapReason: 'dimension' } });
});
