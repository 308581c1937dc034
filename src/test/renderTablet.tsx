import { render, type RenderResult } from '@testing-library/react';
import type { ReactElement } from 'react';
import { buildDemoPlant, createHlcClock, type GembaEvent, type MasterData } from '../domain';
import { openDatabase, type GembaDatabase } from '../data/db';
import { ServicesProvider } from '../app/services';
import type { Services } from '../app/servicesContext';
import { initI18n } from '../i18n/i18n';
import { resetPlantStore, usePlant } from '../stores/plantStore';
import { useFeedback } from '../stores/feedbackStore';
import { useSession } from '../stores/sessionStore';

let dbCounter = 0;

export interface TabletHarness extends RenderResult {
  db: GembaDatabase;
  services: Services;
  master: MasterData;
  storedEvents(): Promise<GembaEvent[]>;
}

/**
 * Renders a screen the way the tablet runs it: a real RxDB database on (fake) IndexedDB, the demo
 * plant's master data, i18n in English. Only the clock is fixed.
 */
export async function renderTablet(ui: ReactElement, options: { nowMs?: number; language?: string } = {}): Promise<TabletHarness> {
  await initI18n(options.language ?? 'en');
  resetPlantStore();
  useFeedback.setState({ message: null });
  useSession.setState({ userId: null });
  dbCounter += 1;
  const db = await openDatabase({ name: `gemba-test-${Date.now()}-${dbCounter}` });
  const nowMs = options.nowMs ?? Date.parse('2026-11-23T08:00:00Z');
  const services: Services = { db, site: 'demo', device: 'T-TEST', clock: createHlcClock('T-TEST', () => nowMs), sync: null, now: () => nowMs };
  const master = buildDemoPlant();
  usePlant.getState().setMaster(master);
  const result = render(<ServicesProvider services={services}>{ui}</ServicesProvider>);
  return {
    ...result,
    db,
    services,
    master,
    async storedEvents() {
      const docs = await db.events.find({ sort: [{ hlc: 'asc' }] }).exec();
      return docs.map((d) => ({ ...d.toJSON(), _id: d.id }) as unknown as GembaEvent);
    },
  };
}
