import { buildDemoPlant } from '../src/domain';
import { expect, test } from './support/fixtures';
import { serverEvents } from './support/server-docs';

// A whole shift offline: three tablets record 1,000 pulls over a simulated 12-hour shift (fast
// clock) with no network, then the network returns and everything reaches the server exactly once.
const plant = buildDemoPlant();
const operators = plant.users.filter((u) => u.role === 'operator');
const cards = plant.cards.map((c) => c.id);
const totalPulls = Number(process.env.PULLS ?? 1000);
const shiftMs = 12 * 60 * 60 * 1000;

test('1,000 events recorded offline on 3 tablets over 12 hours all reach the server exactly once and converge', async ({ openTablet, server, request }) => {
  test.setTimeout(300_000);
  expect(operators).toHaveLength(3);
  const tablets = [];
  for (const operator of operators) {
    const tablet = await openTablet();
    await tablet.page.page.clock.install({ time: Date.parse('2026-11-23T06:00:00+01:00') });
    await tablet.page.page.reload();
    await tablet.page.waitForOfflineReady();
    await tablet.page.signInWithBadge(operator.badge);
    await expect(tablet.page.syncStatus()).toHaveAttribute('data-pending', '0');
    const device = await tablet.page.page.evaluate(() => localStorage.getItem('gemba.device') ?? '');
    await tablet.context.setOffline(true);
    tablets.push({ ...tablet, device });
  }

  const perTablet = tablets.map((_, i) => Math.floor(totalPulls / 3) + (i < totalPulls % 3 ? 1 : 0));
  const rounds = Math.max(...perTablet);
  const roundsPerStep = 10; // the clock jumps every 10 scans: 12 h spread over the shift
  const stepMs = Math.floor((shiftMs / rounds) * roundsPerStep);
  for (let round = 0; round < rounds; round += 1) {
    await Promise.all(
      tablets.map(async (tablet, i) => {
        if (round >= perTablet[i]!) return;
        // Typed, not wedge-scanned: under a fake clock key timestamps are not real time.
        await tablet.page.enterCode(cards[(round * 3 + i) % cards.length]!);
        if (round % roundsPerStep === roundsPerStep - 1) await tablet.page.page.clock.fastForward(stepMs);
      }),
    );
  }
  // Every pull is committed on its tablet and waiting (the sign-ins synced before the outage); none reached the server.
  for (const [i, tablet] of tablets.entries()) {
    await expect(tablet.page.syncStatus()).toHaveAttribute('data-pending', String(perTablet[i]!), { timeout: 60_000 });
  }
  expect((await serverEvents(request, server.url)).filter((e) => e.type === 'kanban.pulled')).toHaveLength(0);

  const backOnline = Date.now();
  await Promise.all(tablets.map((t) => t.context.setOffline(false)));
  for (const tablet of tablets) await expect(tablet.page.syncStatus()).toHaveAttribute('data-pending', '0', { timeout: 120_000 });
  const drainMs = Date.now() - backOnline;

  const pulls = (await serverEvents(request, server.url)).filter((e) => e.type === 'kanban.pulled');
  expect(pulls).toHaveLength(totalPulls);
  expect(new Set(pulls.map((e) => e._id)).size).toBe(totalPulls);
  for (const [i, tablet] of tablets.entries()) {
    expect(pulls.filter((e) => e.device === tablet.device).length, `tablet ${i}`).toBe(perTablet[i]);
  }

  // Converged: every tablet shows the same open pulls (card and state), from all three tablets' events.
  const views = [];
  for (const tablet of tablets) {
    const rows = tablet.page.page.locator('table tbody tr');
    await expect.poll(async () => rows.count(), { timeout: 30_000 }).toBe(new Set(pulls.map((p) => p.payload.card)).size);
    views.push((await rows.locator('td:first-child').allTextContents()).sort());
  }
  expect(views[1]).toEqual(views[0]);
  expect(views[2]).toEqual(views[0]);
  console.log(`offline shift: ${totalPulls} pulls on 3 tablets over 12 h; drained to the server in ${(drainMs / 1000).toFixed(1)} s after the network returned`);
});
