import { chromium, type Browser } from '@playwright/test';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { chromiumArgs } from '../playwright.config';
import { buildDemoPlant, demoStationCodes } from '../src/domain';
import { cameraCodes, writeCameraVideos } from './data/make-barcode-videos.mjs';
import { FloorPage } from './pages/FloorPage';
import { TabletPage } from './pages/TabletPage';
import { findChromium } from './support/find-chromium.mjs';
import { expect, test } from './support/fixtures';

// Chromium's fake camera plays a Y4M file made from real barcode symbols (e2e/data); the app reads
// it through getUserMedia and zxing (Debian's Chromium has no native BarcodeDetector), exactly as a
// tablet camera would.
const dataDir = join(import.meta.dirname, 'data');
if (!Object.keys(cameraCodes).every((file) => existsSync(join(dataDir, file)))) writeCameraVideos(dataDir);

const plant = buildDemoPlant();
const operator = plant.users.find((u) => u.id === 'u-anna')!;
const handler = plant.users.find((u) => u.role === 'handler')!;

// Each video needs its own browser (the fake camera file is a launch flag), so these tests launch
// their own Chromium next to the fixture's.
const browsers: Browser[] = [];
test.afterEach(async () => {
  await Promise.all(browsers.splice(0).map((b) => b.close()));
});

async function openCameraTablet(serverUrl: string, file: string): Promise<TabletPage> {
  const browser = await chromium.launch({
    executablePath: findChromium() ?? undefined,
    args: [...chromiumArgs, '--use-fake-device-for-media-stream', '--use-fake-ui-for-media-stream', `--use-file-for-fake-video-capture=${join(dataDir, file)}`],
  });
  browsers.push(browser);
  const context = await browser.newContext({ baseURL: serverUrl, viewport: { width: 1024, height: 768 } });
  const tablet = new TabletPage(await context.newPage());
  await tablet.open();
  await tablet.waitForOfflineReady();
  return tablet;
}

test.describe('Code 128 card', () => {
  test('the operator pulls a kanban card by showing it to the camera', async ({ server }) => {
    const a = { page: await openCameraTablet(server.url, 'code128-card.y4m') };
    await a.page.signInWithBadge(operator.badge);
    await a.page.page.getByRole('button', { name: 'Scan with camera' }).click();
    await expect(a.page.page.getByRole('status').filter({ hasText: /point the camera/i })).toContainText('software reader', { timeout: 15_000 });
    await a.page.expectFeedback('success', `Card ${cameraCodes['code128-card.y4m']!.text} pulled`);
    await a.page.page.getByRole('button', { name: 'Stop camera' }).click();
    await expect(a.page.queueRows(/waiting for delivery/i)).toHaveCount(1);
  });
});

test.describe('QR station code', () => {
  test('the production screen learns its station from a QR code seen by the camera', async ({ server }) => {
    expect(cameraCodes['qr-station.y4m']!.text).toBe(demoStationCodes['L1-20']);
    const a = { page: await openCameraTablet(server.url, 'qr-station.y4m') };
    await a.page.signInWithBadge(operator.badge);
    await new FloorPage(a.page).goTo(/production/i);
    await a.page.page.getByRole('button', { name: 'Scan with camera' }).click();
    await expect(a.page.page.getByText('Station: Welding (L1-20)')).toBeVisible({ timeout: 15_000 });
  });
});

test.describe('GS1 DataMatrix part label', () => {
  test('a GS1 DataMatrix label fills part, lot and quantity of a WIP move', async ({ server }) => {
    const b = { page: await openCameraTablet(server.url, 'datamatrix-gs1-part.y4m') };
    await b.page.signInWithBadge(handler.badge);
    await new FloorPage(b.page).goTo(/wip move/i);
    await b.page.page.getByRole('button', { name: 'Scan with camera' }).click();
    await b.page.expectFeedback('success', 'Part P1005 Hinge pin 6 mm set.');
    await expect(b.page.page.getByRole('textbox', { name: 'Lot (optional)' })).toHaveValue('LOT-9');
    await expect(b.page.page.getByRole('spinbutton', { name: 'Quantity' })).toHaveValue('24');
  });
});
