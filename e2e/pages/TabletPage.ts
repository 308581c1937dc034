import { expect, type Locator, type Page } from '@playwright/test';
import { emulateScanner } from '../support/scanner';

/** A Gemba tablet as a person uses it: scan with a wedge scanner, type codes, read the screen. */
export class TabletPage {
  constructor(readonly page: Page) {}

  async open(path = '/'): Promise<void> {
    await this.page.goto(path);
    await expect(this.page.getByRole('banner')).toBeVisible();
  }

  /** Waits until the service worker controls the page, so the app shell is available offline. */
  async waitForOfflineReady(): Promise<void> {
    await this.page.waitForFunction(async () => {
      const registration = await navigator.serviceWorker.ready;
      return registration.active?.state === 'activated';
    });
  }

  /** A keyboard-wedge scanner: a fast burst of keys ending in Enter, wherever focus is. */
  async scan(code: string): Promise<void> {
    // A person scans once the screen is there: its heading shows the app has booted and is listening.
    await expect(this.page.locator('main h1').first()).toBeVisible();
    // Focus anywhere but a text field: the scan is caught by the wedge listener wherever that is.
    await this.page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await emulateScanner(this.page, code);
    await this.page.keyboard.press('Enter');
  }

  /** Types a code into the screen's code field and presses Enter (works in any language). */
  async enterCode(code: string): Promise<void> {
    const field = this.page.locator('[data-scan-input]').first();
    await field.fill(code);
    await field.press('Enter');
  }

  async typeCode(label: RegExp | string, code: string): Promise<void> {
    await this.page.getByLabel(label).fill(code);
    await this.page.getByLabel(label).press('Enter');
  }

  feedback(): Locator {
    return this.page.getByTestId('feedback');
  }

  async expectFeedback(kind: 'success' | 'warning' | 'error', text?: RegExp | string): Promise<void> {
    await expect(this.feedback()).toHaveAttribute('data-kind', kind);
    if (text) await expect(this.feedback()).toContainText(text);
  }

  /** The sign-in screen knows the plant's people (from the server once, then from IndexedDB). */
  async waitForPlantData(): Promise<void> {
    await expect(this.page.locator('[data-plant-ready="true"]')).toBeVisible();
  }

  async signInWithBadge(badge: string): Promise<void> {
    await expect(this.page.getByRole('heading', { name: /scan your badge/i })).toBeVisible();
    await this.waitForPlantData();
    await this.scan(badge);
    // Whatever language the person's profile switches the screen to.
    await expect(this.page.getByTestId('session-bar')).toBeVisible();
  }

  queueRows(name: RegExp): Locator {
    return this.page.getByRole('table', { name }).locator('tbody tr');
  }

  syncStatus(): Locator {
    return this.page.getByTestId('sync-status'); // the same in every language
  }
}
