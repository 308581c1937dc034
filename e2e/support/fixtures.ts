import { test as base, type Browser, type BrowserContext } from '@playwright/test';
import { TabletPage } from '../pages/TabletPage';
import { startServer } from './server';

export interface Tablet {
  context: BrowserContext;
  page: TabletPage;
}

export type PlantServer = Awaited<ReturnType<typeof startServer>>;

interface Fixtures {
  server: PlantServer;
  /** Opens a new tablet: its own browser context (own IndexedDB and service worker) on the server. */
  openTablet: () => Promise<Tablet>;
}

async function newTablet(browser: Browser, url: string): Promise<Tablet> {
  const context = await browser.newContext({ baseURL: url, viewport: { width: 1024, height: 768 } });
  const page = await context.newPage();
  const tablet = new TabletPage(page);
  await tablet.open();
  return { context, page: tablet };
}

export const test = base.extend<Fixtures>({
  // eslint-disable-next-line no-empty-pattern -- Playwright needs the object pattern for a fixture without dependencies
  server: async ({}, use) => {
    const server = await startServer();
    await use(server);
    await server.stop();
  },
  openTablet: async ({ browser, server }, use) => {
    const contexts: BrowserContext[] = [];
    await use(async () => {
      const tablet = await newTablet(browser, server.url);
      contexts.push(tablet.context);
      return tablet;
    });
    await Promise.all(contexts.map((c) => c.close()));
  },
});

export { expect } from '@playwright/test';
