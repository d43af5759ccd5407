import type { ReactNode } from 'react';
import { Header } from './components/Header.js';
import { useLang } from './hooks/useLang.js';
import { useRoute } from './hooks/useRoute.js';
import { I18nProvider, useI18n } from './i18n/I18nContext.js';
import { SessionProvider, useSession } from './session/SessionContext.js';
import { may, nextPath } from './session/session.js';
import { LiveView } from './views/LiveView.js';
import { PlanningView } from './views/PlanningView.js';
import { PublicView } from './views/PublicView.js';
import { ReportView } from './views/ReportView.js';
import { SignInView, StaffOnly } from './views/SignInView.js';
import { TrackView } from './views/TrackView.js';
import { UnitsView } from './views/UnitsView.js';

/** Layout only: the header on every page, then the view the address names. */
export function App() {
  const [{ route, search }, navigate] = useRoute();
  const [lang, setLang] = useLang();
  return (
    <I18nProvider lang={lang}>
      <SessionProvider>
        <div className={`app app--${route.name}`}>
          <Header route={route} navigate={navigate} onLangChange={setLang} />
          {route.name === 'live' && <LiveView lang={lang} search={search} navigate={navigate} />}
          {route.name === 'report' && <ReportView navigate={navigate} />}
          {route.name === 'track' && <TrackView code={route.code} navigate={navigate} />}
          {route.name === 'public' && <PublicView lang={lang} />}
          {route.name === 'signin' && <SignInView next={nextPath(search)} navigate={navigate} />}
          {route.name === 'units' && (
            <Staff needs="stats.read">
              <UnitsView />
            </Staff>
          )}
          {route.name === 'planning' && (
            <Staff needs="stats.read">
              <PlanningView lang={lang} search={search} navigate={navigate} />
            </Staff>
          )}
          {route.name === 'notFound' && <NotFound />}
        </div>
      </SessionProvider>
    </I18nProvider>
  );
}

/** A staff page: shown to users who may take `needs`, else a sign-in prompt or a refusal. */
function Staff({ needs, children }: { needs: string; children: ReactNode }) {
  const { session } = useSession();
  if (!session.known) return null;
  if (may(session, needs)) return <>{children}</>;
  return <StaffOnly forbidden={session.user !== null} path={window.location.pathname + window.location.search} />;
}

function NotFound() {
  const { t } = useI18n();
  return (
    <main className="page">
      <h2>{t('notFoundTitle')}</h2>
      <p>{t('notFoundBody')}</p>
    </main>
  );
}
