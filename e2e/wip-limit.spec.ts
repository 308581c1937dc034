import { buildDemoPlant, makeGembaCode } from '../src/domain';
import { FloorPage } from './pages/FloorPage';
import { expect, test } from './support/fixtures';

const plant = buildDemoPlant();
const handler = plant.users.find((u) => u.role === 'handler')!;
const from = makeGembaCode('location', 'L1-20-IN');
const buffer = makeGembaCode('location', 'L1-BUF'); // WIP limit 120 in the demo plant

test('a WIP move that would break the limit is warned, recorded only when confirmed, and synced', async ({ openTablet, server, request }) => {
  const b = await openTablet();
  await b.page.waitForOfflineReady();
  await b.page.signInWithBadge(handler.badge);
  const floor = new FloorPage(b.page);
  await floor.goTo(/wip move/i);
  await floor.expectScreen(/wip move/i);

  const move = async (qty: number) => {
    await b.page.scan(from);
    await b.page.expectFeedback('success', 'Location Welding line side set.');
    // A GS1 label in its bracketed form: part in AI 91, lot in AI 10, count in AI 30.
    await b.page.scan(`(91)P1005(10)LOT-9(30)${qty}`);
    await b.page.expectFeedback('success', 'Part P1005 Hinge pin 6 mm set.');
    await b.page.scan(buffer);
    await b.page.expectFeedback('success', 'Location Buffer before final assembly set.');
    await b.page.page.getByRole('button', { name: 'Move', exact: true }).click();
  };

  await move(100);
  await b.page.expectFeedback('success', 'Moved 100 × P1005 from Welding line side to Buffer before final assembly.');

  await move(30);
  const dialog = b.page.page.getByRole('alertdialog', { name: /over the wip limit/i });
  await expect(dialog).toContainText('puts Buffer before final assembly at 130, over its limit of 120');
  await b.page.page.getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog).toHaveCount(0);
  await b.page.page.getByRole('button', { name: 'Move', exact: true }).click();
  await b.page.page.getByRole('button', { name: 'Move anyway' }).click();
  await b.page.expectFeedback('warning', /is now over its WIP limit \(130 of 120\)/);

  await expect(b.page.syncStatus()).toContainText(/all saved on the server/i, { timeout: 15_000 });
  const types = await FloorPage.serverEventTypes(request, server.url);
  expect(types.filter((t) => t === 'wip.moved')).toHaveLength(2);
});

test('with the site setting wipLimitMode "block", a move over the limit is refused and nothing is recorded', async ({ openTablet, server, request }) => {
  // The plant admin changes the site setting on the server; tablets pull master data on their own.
  const auth = { Authorization: `Basic ${Buffer.from('admin:e2e-admin-password').toString('base64')}` };
  const url = `${server.url}/couch/demo-master/site-settings:demo`;
  const doc = (await (await request.get(url, { headers: auth })).json()) as { settings?: Record<string, unknown> };
  const put = await request.put(url, { headers: auth, data: { ...doc, settings: { ...doc.settings, wipLimitMode: 'block' } } });
  expect(put.ok()).toBeTruthy();

  const b = await openTablet();
  await b.page.waitForOfflineReady();
  await b.page.signInWithBadge(handler.badge);
  const floor = new FloorPage(b.page);
  await floor.goTo(/wip move/i);
  await expect(b.page.page.getByText(/does not allow moves over a location's WIP limit/i)).toBeVisible({ timeout: 15_000 });

  await b.page.typeCode(/scan a location or a part label/i, from);
  await b.page.typeCode(/scan a location or a part label/i, '(91)P1005(30)121');
  await b.page.typeCode(/scan a location or a part label/i, buffer);
  await b.page.page.getByRole('button', { name: 'Move', exact: true }).click();
  await b.page.expectFeedback('error', 'Not moved: Buffer before final assembly would hold 121, over its WIP limit of 120.');
  await expect(b.page.syncStatus()).toContainText(/all saved on the server/i);
  expect(await FloorPage.serverEventTypes(request, server.url)).not.toContain('wip.moved');
});
