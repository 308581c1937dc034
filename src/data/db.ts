import { addRxPlugin, createRxDatabase, type RxCollection, type RxDatabase, type RxStorage } from 'rxdb';
import { getRxStorageDexie } from 'rxdb/plugins/storage-dexie';
import { eventSchema, type StoredEvent } from './schemas/eventSchema';
import { outboxSchema, type OutboxEntry } from './schemas/outboxSchema';
import { serverDocSchema, type ServerDoc } from './schemas/serverDocSchema';

export interface GembaCollections {
  events: RxCollection<StoredEvent>;
  outbox: RxCollection<OutboxEntry>;
  master: RxCollection<ServerDoc>;
  state: RxCollection<ServerDoc>;
}
export type GembaDatabase = RxDatabase<GembaCollections>;

export interface OpenDatabaseOptions {
  name: string;
  /** Tests pass fake-indexeddb's factory; the browser uses its own IndexedDB. */
  indexedDB?: IDBFactory;
  keyRange?: typeof IDBKeyRange;
}

async function storageFor(options: OpenDatabaseOptions): Promise<RxStorage<unknown, unknown>> {
  const dexieSettings = options.indexedDB ? { indexedDB: options.indexedDB, IDBKeyRange: options.keyRange } : {};
  const storage = getRxStorageDexie(dexieSettings);
  // Not under vitest either: the checks would slow every test and the remote page is unreachable.
  if (!import.meta.env.DEV || import.meta.env.MODE === 'test') return storage;
  // Dev-mode checks schemas and queries but needs a validating storage; never in production
  // (it also loads a remote page, which fails offline).
  const [{ RxDBDevModePlugin, disableWarnings }, { wrappedValidateAjvStorage }] = await Promise.all([
    import('rxdb/plugins/dev-mode'),
    import('rxdb/plugins/validate-ajv'),
  ]);
  disableWarnings();
  addRxPlugin(RxDBDevModePlugin);
  return wrappedValidateAjvStorage({ storage });
}

export async function openDatabase(options: OpenDatabaseOptions): Promise<GembaDatabase> {
  const db = await createRxDatabase<GembaCollections>({
    name: options.name,
    storage: await storageFor(options),
    multiInstance: true,
    eventReduce: true,
    closeDuplicates: true,
  });
  await db.addCollections({
    events: { schema: eventSchema },
    outbox: { schema: outboxSchema },
    master: { schema: serverDocSchema('gemba master data') },
    state: { schema: serverDocSchema('gemba projection snapshot') },
  });
  return db;
}
