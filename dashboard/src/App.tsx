import { Header } from './components/Header.js';
import { useLang } from './hooks/useLang.js';
import { useRoute } from './hooks/useRoute.js';
import { I18nProvider, useI18n } from './i18n/I18nContext.js';
import { LiveView } from './views/LiveView.js';
import { PublicView } from './views/PublicView.js';
import { ReportView } from './views/ReportView.js';
import { TrackView } from './views/TrackView.js';

/** Layout only: the header on every page, then the view the address names. */
export function App() {
  const [{ route, search }, navigate] = useRoute();
  const [lang, setLang] = useLang();
  return (
    <I18nProvider lang={lang}>
      <div className={`app app--${route.name}`}>
        <Header route={route} navigate={navigate} onLangChange={setLang} />
        {route.name === 'live' && <LiveView lang={lang} search={search} navigate={navigate} />}
        {route.name === 'report' && <ReportView navigate={navigate} />}
        {route.name === 'track' && <TrackView code={route.code} navigate={navigate} />}
        {route.name === 'public' && <PublicView lang={lang} />}
        {route.name === 'notFound' && <NotFound />}
      </div>
    </I18nProvider>
  );
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
