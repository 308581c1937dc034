declare const __APP_VERSION__: string;

/** The version this tablet runs, stamped in at build time from package.json. */
export const appVersion: string = typeof __APP_VERSION__ === 'string' ? __APP_VERSION__ : '0.0.0-test';

/**
 * Whether a tablet and a server can sync. Semver: a different major breaks the protocol, and while
 * Gemba is 0.x a different minor may too, so those are reported; patches always work together.
 */
export function isCompatibleServer(tabletVersion: string, serverVersion: string): boolean {
  const [tMajor, tMinor] = tabletVersion.split('.');
  const [sMajor, sMinor] = serverVersion.split('.');
  if (tMajor !== sMajor) return false;
  return tMajor !== '0' || tMinor === sMinor;
}
