// PouchDB 9 assembled from its modules: in-memory local databases and the HTTP adapter.
import PouchDB from 'pouchdb-core';
import memoryAdapter from 'pouchdb-adapter-memory';
import httpAdapter from 'pouchdb-adapter-http';
import replication from 'pouchdb-replication';

export const Pouch = PouchDB.plugin(memoryAdapter).plugin(httpAdapter).plugin(replication);

let counter = 0;
export function localDb(prefix = 'local'): InstanceType<typeof Pouch> {
  return new Pouch(`${prefix}-${process.pid}-${counter++}`, { adapter: 'memory' });
}

export function remoteDb(url: string): InstanceType<typeof Pouch> {
  return new Pouch(url, { adapter: 'http', skip_setup: true });
}
