// Documents are stored as the JSON text of their user fields (no _id/_rev/_deleted). Responses
// splice the special fields back in as text, so a pull of thousands of docs never re-parses
// and re-serialises each body.

/** Special fields a client may send; they describe the revision, not the body. */
const REVISION_FIELDS = new Set([
  '_id', '_rev', '_deleted', '_revisions', '_conflicts', '_deleted_conflicts', '_revs_info', '_local_seq',
]);
/** Special fields that are part of the stored body. */
const BODY_SPECIAL_FIELDS = new Set(['_attachments']);

export type JsonObject = { [key: string]: unknown };

export function isJsonObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Returns the body text, or the name of a bad special member (CouchDB rejects those). */
export function bodyText(doc: JsonObject): { body: string } | { badField: string } {
  const body: JsonObject = {};
  for (const key of Object.keys(doc)) {
    if (REVISION_FIELDS.has(key)) continue;
    if (key.startsWith('_') && !BODY_SPECIAL_FIELDS.has(key)) return { badField: key };
    // defineProperty, not assignment: a "__proto__" key stays an ordinary field.
    Object.defineProperty(body, key, { value: doc[key], enumerable: true, writable: true, configurable: true });
  }
  return { body: JSON.stringify(body) };
}

/**
 * `{"_id":…,"_rev":…,[_deleted],…body,…extra}` as text. `extra` values are JSON-encoded here.
 */
export function docJson(
  id: string,
  rev: string,
  isDeleted: boolean,
  body: string | null,
  extra?: Record<string, unknown>,
): string {
  let out = `{"_id":${JSON.stringify(id)},"_rev":${JSON.stringify(rev)}`;
  if (isDeleted) out += ',"_deleted":true';
  if (body !== null && body.length > 2) out += ',' + body.slice(1, -1);
  if (extra) {
    for (const [key, value] of Object.entries(extra)) {
      if (value !== undefined) out += `,${JSON.stringify(key)}:${JSON.stringify(value)}`;
    }
  }
  return out + '}';
}
