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
        wb.addEventListener('controlling', () => window.location.reload());
        wb.messageSkipWaiting();
      },
    });
  });
  wb.register().catch((error: unknown) => console.warn('service worker registration failed', error));
}
