import { useTranslation } from 'react-i18next';
import { Redirect, Route, Switch } from 'wouter';
import { OperatorPullScreen } from '../features/kanban/OperatorPullScreen';
import { ReplenishmentQueueScreen } from '../features/replenish/ReplenishmentQueueScreen';
import { ScannerSettingsScreen } from '../features/scan/ScannerSettingsScreen';
import { SessionBar } from '../features/session/SessionBar';
import { SignInScreen } from '../features/session/SignInScreen';
import { useCurrentUser } from '../features/session/useCurrentUser';
import { SyncIndicator } from '../features/sync-status/SyncIndicator';
import { UpdateBanner } from '../platform/pwa/UpdateBanner';
import { FeedbackBanner } from '../ui/FeedbackBanner';
import { RoleNav } from '../ui/RoleNav';
import { homeFor } from './homeFor';

function SignedInRoutes() {
  const user = useCurrentUser();
  if (!user) return <SignInScreen />;
  return (
    <Switch>
      <Route path="/operator">
        <OperatorPullScreen userId={user.id} />
      </Route>
      <Route path="/handler">
        <ReplenishmentQueueScreen />
      </Route>
      <Route path="/settings/scanner">
        <ScannerSettingsScreen />
      </Route>
      <Route>
        <Redirect to={homeFor(user.role)} replace />
      </Route>
    </Switch>
  );
}

export function App() {
  const { t } = useTranslation();
  const user = useCurrentUser();
  return (
    <div className="app">
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <header className="app__header">
        <span className="app__title">{t('app.title')}</span>
        <SyncIndicator />
        {user && <SessionBar user={user} />}
      </header>
      {user && <RoleNav role={user.role} />}
      <UpdateBanner />
      <FeedbackBanner />
      <main id="main" className="app__main">
        <SignedInRoutes />
      </main>
    </div>
  );
}
