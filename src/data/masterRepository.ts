import { map, type Observable } from 'rxjs';
import { plantFromMasterDocs, type MasterData } from '../domain';
import type { GembaDatabase } from './db';

/** The plant's master data as the domain reads it, updated whenever the server sends a change. */
export function masterData$(db: GembaDatabase, site: string): Observable<MasterData> {
  return db.master
    .find()
    .$.pipe(map((docs) => plantFromMasterDocs(site, docs.map((d) => ({ _id: d.id, kind: d.kind, ...d.body })))));
}
