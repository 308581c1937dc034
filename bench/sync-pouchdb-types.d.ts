// Copy of sync-server/test/pouchdb-types.d.ts for the root TypeScript project (bench/).
// Minimal typings for the PouchDB 9 modules the interop tests and the benchmark use
// (PouchDB ships no types; @types/pouchdb targets 7 and drags in many packages).
declare module 'pouchdb-core' {
  export interface PouchDoc {
    _id: string;
    _rev?: string;
    _deleted?: boolean;
    _conflicts?: string[];
    [key: string]: unknown;
  }
  export interface PutResult {
    ok: boolean;
    id: string;
    rev: string;
  }
  export interface ReplicationResult {
    ok: boolean;
    docs_read: number;
    docs_written: number;
    doc_write_failures: number;
    last_seq: number | string;
    status: string;
  }
  export interface Replication extends PromiseLike<ReplicationResult> {
    cancel(): void;
    on(event: 'change', listener: (info: { docs_written: number; docs_read: number }) => void): this;
    on(event: 'complete', listener: (info: ReplicationResult) => void): this;
    on(event: 'error' | 'denied', listener: (err: unknown) => void): this;
    on(event: 'paused' | 'active', listener: (info?: unknown) => void): this;
  }
  export interface ReplicateOptions {
    batch_size?: number;
    batches_limit?: number;
    live?: boolean;
    retry?: boolean;
    checkpoint?: 'source' | 'target' | boolean;
  }
  export interface Database {
    name: string;
    info(): Promise<{ doc_count: number; update_seq: number | string }>;
    put(doc: PouchDoc): Promise<PutResult>;
    get(id: string, options?: { conflicts?: boolean; rev?: string }): Promise<PouchDoc>;
    remove(doc: PouchDoc): Promise<PutResult>;
    bulkDocs(docs: PouchDoc[]): Promise<Array<PutResult | { error: string }>>;
    allDocs(options?: { include_docs?: boolean; keys?: string[] }): Promise<{ total_rows: number; rows: Array<{ id: string; value: { rev: string; deleted?: boolean }; doc?: PouchDoc }> }>;
    replicate: {
      to(target: Database | string, options?: ReplicateOptions): Replication;
      from(source: Database | string, options?: ReplicateOptions): Replication;
    };
    close(): Promise<void>;
    destroy(): Promise<void>;
  }
  export interface DatabaseOptions {
    adapter?: string;
    skip_setup?: boolean;
    auth?: { username: string; password: string };
  }
  interface PouchDBStatic {
    new (name: string, options?: DatabaseOptions): Database;
    plugin(plugin: unknown): PouchDBStatic;
    replicate(source: Database | string, target: Database | string, options?: ReplicateOptions): Replication;
  }
  const PouchDB: PouchDBStatic;
  export default PouchDB;
}
declare module 'pouchdb-adapter-memory' {
  const plugin: unknown;
  export default plugin;
}
declare module 'pouchdb-adapter-http' {
  const plugin: unknown;
  export default plugin;
}
declare module 'pouchdb-replication' {
  const plugin: unknown;
  export default plugin;
}
