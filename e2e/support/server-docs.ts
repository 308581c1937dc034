import type { APIRequestContext } from '@playwright/test';

export interface ServerEvent {
  _id: string;
  type: string;
  device: string;
  payload: Record<string, unknown>;
}

/** Every event the plant server holds for the site, read through its CouchDB API. */
export async function serverEvents(request: APIRequestContext, serverUrl: string, site = 'demo'): Promise<ServerEvent[]> {
  const res = await request.get(`${serverUrl}/couch/${site}-events/_all_docs?include_docs=true`);
  if (!res.ok()) throw new Error(`_all_docs: ${res.status()}`);
  return ((await res.json()) as { rows: { doc: ServerEvent }[] }).rows.map((r) => r.doc);
}
