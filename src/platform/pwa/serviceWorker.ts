import { Workbox } from 'workbox-window';
import { create } from 'zustand';

/** A new version is installed and waiting; it is applied only when the person chooses. */
interface UpdateState {
  isUpdateWaiting: boolean;
  applyUpdate: (() => void) | null;
}

export const useUpdate = create<UpdateState>(() => ({ isUpdateWaiting: false, applyUpdate: null }));

export function registerServiceWorker(): void {
  if (!('serviceWorker' in navigator) || import.meta.env.DEV) return;
  const wb = new Workbox('/sw.js', { scope: '/' });
  wb.addEventListener('waiting', () => {
    useUpdate.setState({
      isUpdateWaiting: true,
      applyUpdate: () => {
        // Reloading keeps the URL and the signed-in person, so they come back where they were.
        wb.addEventListener('controlling', () => window.location.reload());
        wb.messageSkipWaiting();
      },
    });
  });
  wb.register().catch((error: unknown) => console.warn('service worker registration failed', error));
  // Tablets stay open for days: look for a new version now and then, not only at load.
  setInterval(() => void wb.update().catch(() => undefined), 30 * 60_000);
}
