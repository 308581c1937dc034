import { readFileSync } from 'node:fs';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';

const appVersion = (JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as { version: string }).version;

// The server answers these paths itself; the service worker must never serve them from cache.
const serverRoutes = [/^\/couch(\/|$)/, /^\/api(\/|$)/, /^\/metrics(\/|$)/];

export default defineConfig({
  define: { __APP_VERSION__: JSON.stringify(appVersion) },
  plugins: [
    react(),
    VitePWA({
      registerType: 'prompt',
      injectRegister: false,
      includeAssets: ['favicon.svg', 'icons/*.png'],
      manifest: {
        name: 'Gemba shop floor',
        short_name: 'Gemba',
        description: 'Kanban pulls, production, andon and shift boards — offline first.',
        theme_color: '#0b3d91',
        background_color: '#ffffff',
        display: 'standalone',
        orientation: 'any',
        start_url: '/',
        icons: [
          { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png' },
          { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png' },
          { src: '/icons/icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
        ],
      },
      workbox: {
        globPatterns: ['**/*.{js,css,html,svg,png,json,woff2}'],
        // The default language ships in the shell; other languages are cached the first time they are used.
        globIgnores: ['**/locale-*.js'],
        runtimeCaching: [
          {
            urlPattern: ({ url }) => /\/assets\/locale-[^/]+\.js$/.test(url.pathname),
            handler: 'CacheFirst',
            options: { cacheName: 'gemba-locales', expiration: { maxEntries: 20 } },
          },
        ],
        navigateFallback: '/index.html',
        navigateFallbackDenylist: serverRoutes,
        cleanupOutdatedCaches: true,
        // The first install takes control at once so lazy chunks are cached before the first outage.
        clientsClaim: true,
      },
    }),
  ],
  build: {
    target: 'es2022',
    sourcemap: true,
    rolldownOptions: {
      // The domain's event validator (ajv) is imported through the domain's index but only the
      // server calls it; ajv has no import-time side effects, so the tablet bundle may drop it.
      treeshake: { moduleSideEffects: (id: string) => !/node_modules\/(ajv|ajv-formats|fast-uri|fast-deep-equal|json-schema-traverse)\//.test(id) },
      output: {
        // Locale chunks get a recognisable name so the service worker can leave them out of the precache.
        chunkFileNames: (chunk) => (chunk.moduleIds.some((id) => id.includes('/i18n/locales/')) ? 'assets/locale-[hash].js' : 'assets/[name]-[hash].js'),
      },
    },
  },
  server: { proxy: { '/couch': 'http://127.0.0.1:5984', '/api': 'http://127.0.0.1:5984' } },
});
