// What every /couch route needs, passed explicitly instead of decorating the Fastify instance.
import type { AdminAuth } from '../auth/admin-auth';
import type { Metrics } from '../metrics';
import type { Store } from '../storage/store';

export interface CouchContext {
  store: Store;
  auth: AdminAuth;
  metrics: Metrics;
  version: string;
  /** Ends open feeds on shutdown. */
  feeds: Set<() => void>;
}

export const COUCH_VERSION = '3.3.3';
