/** What replication tells the sync indicator; implemented by the sync-status store. */
export interface SyncReporter {
  reached(url: string): void;
  unreachable(reason: string): void;
  serverError(reason: string): void;
  synced(): void;
  replicationError(reason: string): void;
  localError(reason: string): void;
}
