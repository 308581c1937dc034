import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import i18next from 'i18next';
import { App } from './app/App';
import { boot } from './app/boot';
import { ServicesProvider } from './app/services';
import { initI18n } from './i18n/i18n';
import { registerServiceWorker } from './platform/pwa/serviceWorker';
import './ui/styles.css';

async function start(): Promise<void> {
  const root = createRoot(document.getElementById('root') as HTMLElement);
  await initI18n(localStorage.getItem('gemba.language') ?? navigator.language);
  registerServiceWorker();
  try {
    const services = await boot();
    root.render(
      <StrictMode>
        <ServicesProvider services={services}>
          <App />
        </ServicesProvider>
      </StrictMode>,
    );
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    root.render(<p role="alert">{i18next.t('app.bootFailed', { reason })}</p>);
  }
}

void start();
