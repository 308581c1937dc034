import { chromium, type BrowserContext } from '@playwright/test';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromiumArgs } from '../../playwright.config';
import { TabletPage } from '../pages/TabletPage';
import { findChromium } from './find-chromium.mjs';

/**
 * A tablet whose browser can be closed and started again with the same profile (IndexedDB, service
 * worker, local storage), as when a tablet is rebooted.
 */
export class PersistentTablet {
  readonly profileDir = mkdtempSync(join(tmpdir(), 'gemba-profile-'));
  context: BrowserContext | null = null;

  constructor(readonly baseURL: string) {}

  async start(options: { offline?: boolean } = {}): Promise<TabletPage> {
    this.context = await chromium.launchPersistentContext(this.profileDir, {
      executablePath: findChromium() ?? undefined,
      args: chromiumArgs,
      headless: true,
      baseURL: this.baseURL,
      offline: options.offline ?? false,
      viewport: { width: 1024, height: 768 },
    });
    const page = this.context.pages()[0] ?? (await this.context.newPage());
    const tablet = new TabletPage(page);
    await tablet.open();
    return tablet;
  }

  async close(): Promise<void> {
    await this.context?.close();
    this.context = null;
  }

  async dispose(): Promise<void> {
    await this.close();
    rmSync(this.profileDir, { recursive: true, force: true });
  }
}
