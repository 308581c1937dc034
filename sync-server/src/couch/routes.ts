// The supported CouchDB surface, as a list: one small module per endpoint.
import type { FastifyInstance } from 'fastify';
import type { CouchContext } from './context';
import { allDbsRoute } from './all-dbs';
import { allDocsRoute } from './all-docs';
import { bulkDocsRoute } from './bulk-docs';
import { bulkGetRoute } from './bulk-get';
import { changesRoute } from './changes';
import { dbAdminRoutes } from './db-admin';
import { dbRoute } from './db';
import { docRoute } from './doc';
import { localRoute } from './local';
import { revsDiffRoute } from './revs-diff';
import { sessionRoute } from './session';
import { upRoute } from './up';
import { uuidsRoute } from './uuids';
import { welcomeRoute } from './welcome';

export function registerCouchRoutes(app: FastifyInstance, ctx: CouchContext): void {
  welcomeRoute(app, ctx);
  upRoute(app, ctx);
  allDbsRoute(app, ctx);
  uuidsRoute(app);
  sessionRoute(app, ctx);
  dbRoute(app, ctx);
  dbAdminRoutes(app, ctx);
  allDocsRoute(app, ctx);
  bulkDocsRoute(app, ctx);
  bulkGetRoute(app, ctx);
  revsDiffRoute(app, ctx);
  changesRoute(app, ctx);
  localRoute(app, ctx);
  docRoute(app, ctx);
}
