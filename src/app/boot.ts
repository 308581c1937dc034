import { createHlcClock } from '../domain';
import { openDatabase } from '../data/db';
import { eventStream, heldEvents$, pendingCount$ } from '../data/eventRepository';
import { masterData$ } from '../data/masterRepository';
import { startSync } from '../data/sync/replication';
import { fetchServerVersion } from '../data/sync/serverHealth';
import { deviceId, siteId } from '../platform/device/deviceIdentity';
import { readStorageReport, requestPersistentStorage } from '../platform/storage/persistentStorage';
import { usePlant } from '../stores/plantStore';
import { createSyncReporter, useSyncStatus, watchBrowserNetwork } from '../stores/syncStatusStore';
import type { Services } from './servicesContext';

/**
 * Opens the tablet's store and wires it to the UI stores and the server. Everything the UI shows
 * comes from IndexedDB, so the app works the same whether the server is reachable or not.
 */
export async function boot(serverOrigin: string = location.origin): Promise<Services> {
  const site = siteId();
  const device = deviceId();
  const db = await openDatabase({ name: `gemba-${site}` });
  const clock = createHlcClock(device, Date.now);

  masterData$(db, site).subscribe((master) => usePlant.getState().setMaster(master));
  eventStream(db).subscribe((events) => {
    // Every stamp seen moves our clock past it, so our next event sorts after what we have seen.
    for (const event of events) clock.receive(event.hlc);
    usePlant.getState().addEvents(events);
  });
  pendingCount$(db).subscribe((pending) => useSyncStatus.setState({ pending }));
  heldEvents$(db).subscribe((held) => useSyncStatus.setState({ unsaved: held.length }));
  watchBrowserNetwork();
  void watchStorage();

  const sync = startSync(db, { serverOrigin, site, reporter: createSyncReporter() });
  void watchServerVersion(serverOrigin);
  return { db, site, device, clock, sync, now: Date.now };
}

const storageCheckMs = 60_000;

/** Asks once for persistent storage, then keeps the usage/quota figures of the sync panel fresh. */
async function watchStorage(): Promise<void> {
  await requestPersistentStorage();
  const refresh = async (): Promise<void> => useSyncStatus.setState({ storage: await readStorageReport() });
  await refresh();
  setInterval(() => void refresh(), storageCheckMs);
}

const versionCheckMs = 5 * 60_000;

async function watchServerVersion(origin: string): Promise<void> {
  const check = async (): Promise<void> => {
    const serverVersion = await fetchServerVersion(origin);
    if (serverVersion) useSyncStatus.setState({ serverVersion });
  };
  await check();
  setInterval(() => void check(), versionCheckMs);
  addEventListener('online', () => void check());
}
