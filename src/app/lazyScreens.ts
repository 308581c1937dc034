import { lazy } from 'react';

// Screens other than the first ones people see (sign-in, kanban pull) are separate chunks, loaded
// when first opened. The service worker precaches them all, so they open offline too.
export const AndonScreen = lazy(() => import('../features/andon/AndonScreen').then((m) => ({ default: m.AndonScreen })));
export const LeaderAndonScreen = lazy(() => import('../features/leader/LeaderAndonScreen').then((m) => ({ default: m.LeaderAndonScreen })));
export const ProductionScreen = lazy(() => import('../features/production/ProductionScreen').then((m) => ({ default: m.ProductionScreen })));
export const ReplenishmentQueueScreen = lazy(() =>
  import('../features/replenish/ReplenishmentQueueScreen').then((m) => ({ default: m.ReplenishmentQueueScreen })),
);
export const ScannerSettingsScreen = lazy(() => import('../features/scan/ScannerSettingsScreen').then((m) => ({ default: m.ScannerSettingsScreen })));
export const SyncPanelScreen = lazy(() => import('../features/sync-status/SyncPanelScreen').then((m) => ({ default: m.SyncPanelScreen })));
export const WipMoveScreen = lazy(() => import('../features/wip/WipMoveScreen').then((m) => ({ default: m.WipMoveScreen })));
