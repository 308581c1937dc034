// Each tablet has a stable id: it goes into every event (envelope `device`) and the clock stamps.
const deviceKey = 'gemba.device';
const siteKey = 'gemba.site';

function randomId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(6));
  return Array.from(bytes, (b) => b.toString(36).padStart(2, '0')).join('').toUpperCase().slice(0, 10);
}

export function deviceId(): string {
  let id = localStorage.getItem(deviceKey);
  if (!id) {
    id = `T${randomId()}`;
    localStorage.setItem(deviceKey, id);
  }
  return id;
}

/** The site this tablet works for. Enrolment (server authority) will set it; until then `?site=` or demo. */
export function siteId(): string {
  const fromUrl = new URLSearchParams(location.search).get('site');
  if (fromUrl && /^[a-z][a-z0-9_-]{0,40}$/.test(fromUrl)) localStorage.setItem(siteKey, fromUrl);
  return localStorage.getItem(siteKey) ?? 'demo';
}
