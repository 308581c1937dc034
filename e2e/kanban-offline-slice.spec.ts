import { buildDemoPlant, makeGembaCode } from '../src/domain';
import { expect, test } from './support/fixtures';

// The first vertical slice, as two tablets on one plant server see it.
const plant = buildDemoPlant();
const operator = plant.users.find((u) => u.role === 'operator' && u.language !== 'zh-CN' && u.active !== false);
const handler = plant.users.find((u) => u.role === 'handler' && u.active !== false);
const cards = plant.cards.filter((c) => !c.retired).slice(0, 3).map((c) => c.id);

test('cards pulled offline on tablet A survive a reload and reach tablet B when back online', async ({ openTablet }) => {
  expect(operator && handler && cards.length === 3).toBeTruthy();
  const a = await openTablet();
  const b = await openTablet();
  await a.page.waitForOfflineReady();
  await a.page.signInWithBadge(operator!.badge);
  await b.page.signInWithBadge(handler!.badge);
  await expect(b.page.page.getByText(/no cards are waiting/i)).toBeVisible();

  await a.context.setOffline(true);
  await expect(a.page.syncStatus()).toContainText(/offline/i);
  for (const card of cards) {
    await a.page.scan(card);
    await a.page.expectFeedback('success', card);
  }
  await expect(a.page.syncStatus()).toContainText(/3 events waiting to sync/i);

  // Reload with no network at all: the service worker serves the app, IndexedDB the pulls.
  await a.page.page.reload();
  await expect(a.page.syncStatus()).toContainText(/offline/i);
  const pulls = a.page.queueRows(/waiting for delivery/i);
  await expect(pulls).toHaveCount(3);
  for (const card of cards) await expect(pulls.filter({ hasText: card })).toHaveCount(1);
  await expect(b.page.page.getByText(/no cards are waiting/i)).toBeVisible();

  await a.context.setOffline(false);
  const queue = b.page.queueRows(/replenishment queue/i);
  await expect(queue).toHaveCount(3, { timeout: 10_000 });
  for (const card of cards) await expect(queue.filter({ hasText: card })).toHaveCount(1);
  await expect(a.page.syncStatus()).toContainText(/all saved on the server/i, { timeout: 10_000 });
});

test('unknown card codes are refused with a clear message and nothing is recorded', async ({ openTablet, server, request }) => {
  const a = await openTablet();
  await a.page.signInWithBadge(operator!.badge);

  await a.page.typeCode(/card code/i, 'NOT-A-CARD');
  await a.page.expectFeedback('error', /“NOT-A-CARD” is not a Gemba code\. Nothing was recorded\./);
  await expect(a.page.page.getByRole('alert')).toBeVisible();

  // Well-formed, right check character, but no such card at this site.
  const unknownCard = makeGembaCode('card', '9999-1');
  await a.page.scan(unknownCard);
  await a.page.expectFeedback('error', `Card ${unknownCard} is not known at this site. Nothing was recorded.`);
  await expect(a.page.page.getByText(/no open pulls/i)).toBeVisible();

  // The sign-in reached the server; no pull ever did.
  await expect(a.page.syncStatus()).toContainText(/all saved on the server/i);
  const res = await request.get(`${server.url}/couch/demo-events/_all_docs?include_docs=true`);
  const types = ((await res.json()) as { rows: { doc: { type: string } }[] }).rows.map((r) => r.doc.type);
  expect(types).toContain('operator.signed-in');
  expect(types).not.toContain('kanban.pulled');
});
