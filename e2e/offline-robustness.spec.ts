import { buildDemoPlant } from '../src/domain';
import { expect, test } from './support/fixtures';
import { PersistentTablet } from './support/persistent-tablet';
import { serverEvents } from './support/server-docs';

// Tablets are rebooted, lose the network, meet a stopped server and a full disk: nothing is lost.
const plant = buildDemoPlant();
const anna = plant.users.find((u) => u.id === 'u-anna')!;
const cards = plant.cards.map((c) => c.id);

test('boots offline from a cold browser start, records, and syncs when the network returns', async ({ server, request }) => {
  const tablet = new PersistentTablet(server.url);
  try {
    // First day: the tablet is set up online once (app shell and plant data).
    let page = await tablet.start();
    await page.waitForOfflineReady();
    await page.waitForPlantData();
    await tablet.close();

    // Reboot with no network at all.
    page = await tablet.start({ offline: true });
    await expect(page.syncStatus()).toContainText(/offline/i);
    await page.signInWithBadge(anna.badge);
    for (const card of cards.slice(0, 2)) {
      await page.scan(card);
      await page.expectFeedback('success', card);
    }
    await expect(page.syncStatus()).toContainText(/3 events waiting to sync/i); // sign-in + 2 pulls
    expect((await serverEvents(request, server.url)).length).toBe(0);

    await tablet.context!.setOffline(false);
    await expect(page.syncStatus()).toContainText(/all saved on the server/i);
    const onServer = await serverEvents(request, server.url);
    expect(onServer.filter((e) => e.type === 'kanban.pulled').map((e) => e.payload.card).sort()).toEqual(cards.slice(0, 2).sort());
  } finally {
    await tablet.dispose();
  }
});

test('keeps working while the server is stopped and resumes sync by itself when it is back', async ({ server, openTablet, request }) => {
  const a = await openTablet();
  await a.page.signInWithBadge(anna.badge);
  await expect(a.page.syncStatus()).toContainText(/all saved on the server/i);

  await server.kill();
  await a.page.scan(cards[3]!);
  await a.page.expectFeedback('success', cards[3]);
  await expect(a.page.syncStatus()).toContainText(/server unreachable/i);
  await expect(a.page.syncStatus()).toContainText(/1 event waiting to sync/i);

  await server.restart();
  // No reload: replication backs off and retries on its own.
  await expect(a.page.syncStatus()).toContainText(/all saved on the server/i, { timeout: 60_000 });
  const pulls = (await serverEvents(request, server.url)).filter((e) => e.type === 'kanban.pulled');
  expect(pulls.map((e) => e.payload.card)).toEqual([cards[3]]);
});

test('a full storage is said plainly, nothing is shown as saved, and the record is kept and saved later', async ({ server, openTablet, request }) => {
  const a = await openTablet();
  await a.page.signInWithBadge(anna.badge);
  await expect(a.page.syncStatus()).toContainText(/all saved on the server/i);

  // A full disk, simulated where the browser reports it: IndexedDB writes fail with QuotaExceededError.
  // (Chromium's DevTools quota override is fixed once an origin has stored anything, so it cannot
  // fill the disk of a tablet that is already working.)
  await a.page.page.evaluate(simulateFullDisk, true);
  await a.page.scan(cards[5]!);
  await a.page.expectFeedback('error', /storage is full: this record is NOT saved yet/i);
  await expect(a.page.syncStatus()).toContainText(/1 record NOT saved — storage full/i);
  await expect(a.page.page.getByText(/no open pulls/i)).toBeVisible();
  await a.page.page.getByRole('link', { name: /sync details/i }).click();
  await expect(a.page.page.getByTestId('panel-unsaved')).toHaveText('1');
  await a.page.page.goBack();

  // Space comes back: the held record is committed, shown, and synced.
  await a.page.page.evaluate(simulateFullDisk, false);
  await expect(a.page.syncStatus()).not.toContainText(/NOT saved/i, { timeout: 20_000 });
  await expect(a.page.queueRows(/waiting for delivery/i).filter({ hasText: cards[5]! })).toHaveCount(1);
  await expect(a.page.syncStatus()).toContainText(/all saved on the server/i);
  const pulls = (await serverEvents(request, server.url)).filter((e) => e.type === 'kanban.pulled');
  expect(pulls.map((e) => e.payload.card)).toEqual([cards[5]]);
});

/** Runs in the page: makes every IndexedDB write fail the way a full disk does, or stops doing so. */
function simulateFullDisk(isFull: boolean): void {
  type Patched = { __originalPut?: IDBObjectStore['put']; __originalAdd?: IDBObjectStore['add'] };
  const proto = IDBObjectStore.prototype as IDBObjectStore & Patched;
  // Kept unbound on purpose: they are put back on the prototype and called with their store as `this`.
  // eslint-disable-next-line @typescript-eslint/unbound-method
  proto.__originalPut ??= proto.put;
  // eslint-disable-next-line @typescript-eslint/unbound-method
  proto.__originalAdd ??= proto.add;
  const fail = (): never => {
    throw new DOMException('The current transaction exceeded its quota limitations.', 'QuotaExceededError');
  };
  proto.put = isFull ? fail : proto.__originalPut;
  proto.add = isFull ? fail : proto.__originalAdd;
}
