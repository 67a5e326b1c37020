import { useEffect, useState } from 'react';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { I18nProvider, translate, useI18n } from '../i18n/i18n-context';
import { OverviewPage } from '../features/overview/overview-page';
import type { FixtureInfo } from './fixture-info';
import { AppHeader } from './app-header';
import type { RuntimeConfig } from './runtime-config';
import { useViewState } from './url-state';

export function createQueryClient(config: RuntimeConfig): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        // A failed KPI shows its error and a retry button at once; automatic retries with
        // backoff belong to the reliability work (issue 5).
        retry: false,
        refetchOnWindowFocus: false,
        staleTime: 60_000,
        refetchInterval: config.refreshIntervalSeconds === null ? false : config.refreshIntervalSeconds * 1000,
      },
    },
  });
}

export interface AppProps {
  config: RuntimeConfig;
  /** The feed's base URL: config.json's in `http` mode, the fixture feed's in `fixtures` mode. */
  feedBaseUrl: string;
  fixtures: FixtureInfo | null;
  queryClient?: QueryClient;
}

export function App({ config, feedBaseUrl, fixtures, queryClient: givenClient }: AppProps) {
  const [queryClient] = useState(() => givenClient ?? createQueryClient(config));
  const view = useViewState();
  const { locale } = view;

  useEffect(() => {
    document.documentElement.lang = locale;
    document.title = translate(locale, 'app.title');
  }, [locale]);

  return (
    <QueryClientProvider client={queryClient}>
      <I18nProvider locale={locale}>
        <AppHeader config={config} fixtures={fixtures} invalidLang={view.invalidLang} onLocaleChange={view.setLocale} />
        <main id="main" tabIndex={-1}>
          <OverviewPage
            feedBaseUrl={feedBaseUrl}
            asOfParam={view.asOfParam}
            onAsOfChange={view.setAsOf}
            refreshIntervalSeconds={config.refreshIntervalSeconds}
          />
        </main>
        <AppFooter />      </I18nProvider>
    </QueryClientProvider>
  );
}

function AppFooter() {
  const { t } = useI18n();
  return (
    <footer className="app-footer">
      <p>{t('app.footer')}</p>
    </footer>
  );
}
