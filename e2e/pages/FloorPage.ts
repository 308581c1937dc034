import { expect, type Locator, type Page } from '@playwright/test';
import type { TabletPage } from './TabletPage';

/** The floor screens (handler, production, andon, leader, WIP) on top of a signed-in tablet. */
export class FloorPage {
  readonly page: Page;

  constructor(readonly tablet: TabletPage) {
    this.page = tablet.page;
  }

  /** Moves between a role's screens with the tab bar, as a person does. */
  async goTo(screen: RegExp): Promise<void> {
    await this.page.getByRole('navigation', { name: /screens/i }).getByRole('link', { name: screen }).click();
  }

  nextStep(): Locator {
    return this.page.getByRole('status', { name: /next step/i });
  }

  queueTables(): Locator {
    return this.page.getByRole('table', { name: /replenishment queue/i });
  }

  /** Events the plant server holds, read straight from its CouchDB API. */
  static async serverEventTypes(request: { get(url: string): Promise<{ json(): Promise<unknown> }> }, serverUrl: string): Promise<string[]> {
    const res = await request.get(`${serverUrl}/couch/demo-events/_all_docs?include_docs=true`);
    return ((await res.json()) as { rows: { doc: { type: string } }[] }).rows.map((r) => r.doc.type);
  }

  async expectScreen(heading: RegExp): Promise<void> {
    await expect(this.page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
  }
}
