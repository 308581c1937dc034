import { Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Redirect, Route, Switch } from 'wouter';
import { AndonAlarm } from '../features/andon/AndonAlarm';
import { OperatorPullScreen } from '../features/kanban/OperatorPullScreen';
import { SessionBar } from '../features/session/SessionBar';
import { SignInScreen } from '../features/session/SignInScreen';
import { useCurrentUser } from '../features/session/useCurrentUser';
import { SyncIndicator } from '../features/sync-status/SyncIndicator';
import { ServerMismatchBanner } from '../platform/pwa/ServerMismatchBanner';
import { UpdateBanner } from '../platform/pwa/UpdateBanner';
import { FeedbackBanner } from '../ui/FeedbackBanner';
import { RoleNav } from '../ui/RoleNav';
import { homeFor } from './homeFor';
import {
  AndonScreen,
  LeaderAndonScreen,
  ProductionScreen,
  ReplenishmentQueueScreen,
  ScannerSettingsScreen,
  SyncPanelScreen,
  WipMoveScreen,
} from './lazyScreens';

function SignedInRoutes() {
  const user = useCurrentUser();
  if (!user) return <SignInScreen />;
  return (
    <Suspense fallback={<ScreenLoading />}>
      <Switch>
      <Route path="/operator">
        <OperatorPullScreen userId={user.id} />
      </Route>
      <Route path="/handler">
        <ReplenishmentQueueScreen />
      </Route>
      <Route path="/operator/production">
        <ProductionScreen />
      </Route>
      <Route path="/operator/andon">
        <AndonScreen />
      </Route>
      <Route path="/leader">
        <LeaderAndonScreen />
      </Route>
      <Route path="/handler/wip">
        <WipMoveScreen />
      </Route>
      <Route path="/settings/scanner">
        <ScannerSettingsScreen />
      </Route>
      <Route>
        <Redirect to={homeFor(user.role)} replace />
      </Route>
      </Switch>
    </Suspense>
  );
}

function ScreenLoading() {
  const { t } = useTranslation();
  return <p role="status">{t('app.loading')}</p>;
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
      {user && <AndonAlarm role={user.role} />}
      <UpdateBanner />
      <ServerMismatchBanner />
      <FeedbackBanner />
      <main id="main" className="app__main">
        {/* The sync panel is open to anyone at the tablet: it shows no one's records, only their safety. */}
        <Switch>
          <Route path="/sync">
            <Suspense fallback={<ScreenLoading />}>
              <SyncPanelScreen />
            </Suspense>
          </Route>
          <Route>
            <SignedInRoutes />
          </Route>
        </Switch>
      </main>
    </div>
  );
}
