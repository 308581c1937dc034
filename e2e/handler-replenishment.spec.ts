import { buildDemoPlant, makeGembaCode } from '../src/domain';
import { FloorPage } from './pages/FloorPage';
import { expect, test } from './support/fixtures';

// Operator pulls on tablet A, the handler picks and delivers on tablet B: the card is full again on both.
const plant = buildDemoPlant();
const operator = plant.users.find((u) => u.id === 'u-anna')!;
const handler = plant.users.find((u) => u.role === 'handler')!;
const [first, second] = plant.cards.filter((c) => c.loop === 'LP-P1001').map((c) => c.id);
const lineSide = makeGembaCode('location', 'L1-10-IN');

test('operator pulls → handler picks and delivers (both scan orders) → cards are full again on both tablets', async ({ openTablet }) => {
  const a = await openTablet();
  const b = await openTablet();
  await a.page.waitForOfflineReady();
  await b.page.waitForOfflineReady();
  await a.page.signInWithBadge(operator.badge);
  await b.page.signInWithBadge(handler.badge);
  const floor = new FloorPage(b.page);

  for (const card of [first!, second!]) {
    await a.page.scan(card);
    await a.page.expectFeedback('success', card);
  }
  await expect(a.page.queueRows(/waiting for delivery/i)).toHaveCount(2);

  const queue = floor.queueTables();
  await expect(queue).toHaveCount(1, { timeout: 10_000 });
  await expect(queue).toHaveAccessibleName(/Supermarket A → Assembly line 1/);
  await expect(queue.locator('tbody tr')).toHaveCount(2);

  // At the supermarket: scan both cards to pick them.
  await b.page.scan(first!);
  await b.page.expectFeedback('success', `Card ${first} picked`);
  await b.page.scan(second!);
  await b.page.expectFeedback('success', `Card ${second} picked`);
  await expect(queue.locator('tbody tr').filter({ hasText: /picked/i })).toHaveCount(2);

  // At the line: card then location…
  await b.page.scan(first!);
  await expect(floor.nextStep()).toContainText(`Card ${first} is in your hands`);
  await b.page.scan(lineSide);
  await b.page.expectFeedback('success', `Card ${first} delivered to Pressing line side`);
  // …and location then card.
  await b.page.scan(lineSide);
  await expect(floor.nextStep()).toContainText('At Pressing line side');
  await b.page.scan(second!);
  await b.page.expectFeedback('success', `Card ${second} delivered to Pressing line side`);

  await expect(b.page.page.getByText(/no cards are waiting/i)).toBeVisible();
  await expect(a.page.page.getByText(/no open pulls/i)).toBeVisible({ timeout: 10_000 });
  await expect(b.page.syncStatus()).toContainText(/all saved on the server/i);
});
