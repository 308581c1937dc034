import { buildDemoPlant, demoStationCodes } from '../src/domain';
import { FloorPage } from './pages/FloorPage';
import { expect, test } from './support/fixtures';

const plant = buildDemoPlant();
const operator = plant.users.find((u) => u.id === 'u-anna')!;
const leader = plant.users.find((u) => u.role === 'leader')!;

test('andon raised offline on tablet A → escalation alarm on the leader tablet → acknowledged, arrived by station scan, resolved', async ({ openTablet }) => {
  const a = await openTablet();
  const b = await openTablet();
  // The leader tablet runs on a clock the test can move (installed before the app boots, so the
  // app's own clock reads it); the operator tablet keeps real time.
  const start = Date.now();
  await b.page.page.clock.setFixedTime(start);
  await b.page.page.reload();
  await a.page.waitForOfflineReady();
  await b.page.waitForOfflineReady();
  await a.page.signInWithBadge(operator.badge);
  // On the tablet with a test-controlled clock, key timing is not a scanner's, so codes are typed.
  await b.page.typeCode(/badge code/i, leader.badge);
  await expect(b.page.page.getByRole('button', { name: /sign out/i })).toBeVisible();
  const op = new FloorPage(a.page);
  const lead = new FloorPage(b.page);
  await lead.expectScreen(/andon board/i);

  await op.goTo(/^andon$/i);
  await a.page.page.getByRole('button', { name: 'Pressing (L1-10)' }).click();
  await a.context.setOffline(true);
  await a.page.page.getByRole('radio', { name: /material/i }).check();
  await a.page.page.getByRole('radio', { name: 'Material shortage' }).check();
  await a.page.page.getByRole('textbox', { name: /note/i }).fill('Bolts run out in 5 min');
  await a.page.page.getByRole('button', { name: 'Raise andon' }).click();
  await a.page.expectFeedback('success', /material andon raised/i);
  const stationCalls = a.page.page.getByRole('table', { name: /open andon calls at this station/i });
  await expect(stationCalls).toContainText('Waiting for response');
  await expect(stationCalls).toContainText('Tier 1 · Material handler');

  await a.context.setOffline(false);
  const board = b.page.page.getByRole('table', { name: /open andon calls/i });
  await expect(board).toContainText('Pressing', { timeout: 15_000 });
  // Tier 1 of a material call goes to handlers, not to the leader.
  await expect(b.page.page.getByRole('alert', { name: /andon alarm/i })).toHaveCount(0);

  // Eleven minutes later on the leader's tablet (its own clock, no server involved): tier 2 → leader.
  await b.page.page.clock.setFixedTime(start + 11 * 60_000);
  const alarm = b.page.page.getByRole('alert', { name: /andon alarm/i });
  await expect(alarm).toContainText(/Pressing: Material Material shortage — escalated to you \(tier 2\)/, { timeout: 15_000 });

  await b.page.page.getByRole('button', { name: 'Acknowledge andon at Pressing' }).click();
  await b.page.expectFeedback('success', /andon acknowledged/i);
  await expect(stationCalls).toContainText('Acknowledged', { timeout: 15_000 });

  await b.page.typeCode(/station code/i, demoStationCodes['L1-10']!);
  await b.page.expectFeedback('success', /arrival at pressing recorded/i);
  await expect(alarm).toHaveCount(0);
  await expect(stationCalls).toContainText('Responder at station', { timeout: 15_000 });

  await b.page.page.getByRole('button', { name: 'Resolve andon at Pressing' }).click();
  await b.page.expectFeedback('success', /andon resolved/i);
  await expect(b.page.page.getByText('No open andon calls.')).toBeVisible();
  await expect(a.page.page.getByText('No open andon calls at this station.')).toBeVisible({ timeout: 15_000 });
});
