/** Asks the plant server which version it runs, so a tablet/server mismatch is explained, not silent. */
export async function fetchServerVersion(origin: string, fetchFn: typeof fetch = fetch): Promise<string | null> {
  try {
    const response = await fetchFn(`${origin.replace(/\/$/, '')}/api/health`, { cache: 'no-store' });
    if (!response.ok) return null;
    const body = (await response.json()) as { version?: unknown };
    return typeof body.version === 'string' ? body.version : null;
  } catch {
    return null; // offline or unreachable: nothing to compare yet
  }
}
