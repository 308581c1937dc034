import { createContext, useContext } from 'react';
import type { HlcClock } from '../domain';
import type { GembaDatabase } from '../data/db';
import type { SyncHandle } from '../data/sync/replication';

/** Long-lived things the screens need, made once at boot. */
export interface Services {
  db: GembaDatabase;
  site: string;
  device: string;
  clock: HlcClock;
  sync: SyncHandle | null;
  now: () => number;
}

export const ServicesContext = createContext<Services | null>(null);

export function useServices(): Services {
  const services = useContext(ServicesContext);
  if (!services) throw new Error('useServices outside ServicesProvider');
  return services;
}
