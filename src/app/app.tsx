import { lazy, memo, Suspense, useDeferredValue, useEffect, useState } from 'react';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { I18nProvider, translate, useI18n } from '../i18n/i18n-context';
import { FeedPolicyProvider, useFeedPolicy } from '../feed/feed-policy';
import { OverviewPage } from '../features/overview/overview-page';
import type { OverviewPageProps } from '../features/overview/overview-page';
import { updateSearchParams, useLocationUrl } from '../navigation/location';
import { detailHref, overviewHref, parseRoute, presentHref } from '../navigation/routes';
import { navigate } from '../navigation/location';
import { AppLink } from '../navigation/app-link';
import { ErrorBoundary } from '../components/error-boundary';
import type { FixtureInfo } from './fixture-info';
import { AppHeader } from './app-header';
import { OfflineNotice } from './offline-notice';
import { feedRequestPolicy } from './feed-start';
import { MAX_REFRESH_SECONDS } from './runtime-config';
import type { RuntimeConfig } from './runtime-config';
import { readOverviewParams, readReplay, useLanguage } from './url-state';
import { KnownOnProvider } from '../feed/replay';
import type { OverviewParams, OverviewParamValues } from './url-state';
import type { MessageKey } from '../i18n/messages';
import { Notice } from '../components/notice';
import { CatalogueGate } from './catalogue-gate';
import { usableDefinitions } from '../feed/catalogue-schema';
import { useCatalogue } from '../feed/observations-query';
import { expectedLatestPeriod } from '../kpi/freshness';

// Only the overview is on the first load's path (issue 12): the detail view and the deck are
// fetched when first opened.
const KpiDetailPage = lazy(async () => ({ default: (await import('../features/kpi-detail/kpi-detail-page')).KpiDetailPage }));
const PresentPage = lazy(async () => ({ default: (await import('../features/present/present-page')).PresentPage }));

export function createQueryClient(config: RuntimeConfig): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        // Retries with backoff are set per query from config.json (observationsQueryOptions).
        refetchOnWindowFocus: false,
        staleTime: 60_000,
        // Clamped again where the timer is set: config.json's schema caps the interval, but a
        // delay past the browser's 32-bit timer limit would fire continuously, flooding the feed.
        refetchInterval: config.refreshIntervalSeconds === null ? false : Math.min(config.refreshIntervalSeconds, MAX_REFRESH_SECONDS) * 1000,
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
  const language = useLanguage();
  const url = useLocationUrl();
  const route = parseRoute(url.pathname);
  const { locale } = language;


  // Exports and slides name where their figures come from: the feed's host, or the built-in
  // published dataset; `null` is sample (fixture) data.
  const dataSource =
    config.feed.mode === 'http'
      ? new URL(config.feed.baseUrl).host
      : fixtures?.scenario === 'published'
        ? translate(locale, 'app.publishedSource')
        : null;
  const [policy] = useState(() => feedRequestPolicy(config));
  // Judged against the day the page was opened; a dashboard left open for months is reloaded anyway.
  // The latest day a replay can name: today, where the page is read.
  const [today] = useState(() => {
    const now = new Date();
    return `${String(now.getFullYear()).padStart(4, '0')}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
  });
  const [expectedLatest] = useState(() =>
    config.publicationLagMonths === null
      ? null
      : { period: expectedLatestPeriod(new Date(), config.publicationLagMonths), lagMonths: config.publicationLagMonths },
  );

  const overview = overviewHref(url.searchParams);
  const overviewParams = readOverviewParams(url.searchParams);
  // The overview follows the URL a step behind (issue 12): a change of month repaints its list at
  // once, and the cards and charts are recomputed in an interruptible render after that paint.
  const deferredHref = useDeferredValue(url.href);
  const replay = readReplay(url.search);
  return (
    <QueryClientProvider client={queryClient}>
      <FeedPolicyProvider policy={policy}>
        <I18nProvider locale={locale}>
          <KnownOnProvider knownOn={replay.knownOn}>
          <DocumentTitle route={route} feedBaseUrl={feedBaseUrl} />
          {route.name === 'present' ? (
            // The deck takes the whole screen: no header, no footer.
            <main id="main" className="present-main">
              <ErrorBoundary renderFallback={(_error, onRetry) => <PageFailed onRetry={onRetry} overview={overview} />}>
              <Suspense fallback={<ViewLoading />}>
              <CatalogueGate feedBaseUrl={feedBaseUrl}>
                {(items) => (
              <PresentPage
                feedBaseUrl={feedBaseUrl}
                definitions={usableDefinitions(items)}
                invalidLang={language.invalidLang}
                invalidKnownOn={replay.invalidKnownOn}
                params={url.searchParams}
                onSlideChange={(slide) => updateSearchParams({ slide: String(slide) })}
                onExit={() => {
                  if (document.fullscreenElement !== null) void document.exitFullscreen().catch(() => undefined);
                  navigate(overview);
                }}
                dataSource={dataSource}
              />
                )}
              </CatalogueGate>
              </Suspense>
              </ErrorBoundary>
            </main>
          ) : (
            <>
              <AppHeader config={config} fixtures={fixtures} invalidLang={language.invalidLang} onLocaleChange={language.setLocale} />
              <OfflineNotice />
              <main id="main" tabIndex={-1}>
                {route.name === 'overview' ? <OverviewLinkNotices problems={overviewParams.problems} /> : null}
                {replay.invalidKnownOn !== null ? <Notice>{translate(locale, 'replay.invalidParam', { value: replay.invalidKnownOn })}</Notice> : null}
                <ErrorBoundary key={url.pathname} renderFallback={(_error, onRetry) => <PageFailed onRetry={onRetry} overview={overview} />}>
                  {route.name === 'overview' ? (
                    <OverviewRoute
                      href={deferredHref}
                      feedBaseUrl={feedBaseUrl}
                      today={today}
                      refreshIntervalSeconds={config.refreshIntervalSeconds}
                      expectedLatest={expectedLatest}
                      dataSource={dataSource}
                    />
                  ) : route.name === 'kpi-detail' ? (
                    <Suspense fallback={<ViewLoading />}>
                    <CatalogueGate feedBaseUrl={feedBaseUrl}>
                      {(items) => {
                        const definition = usableDefinitions(items).find((candidate) => candidate.id === route.kpiId);
                        return definition === undefined ? (
                          <NotFound overview={overview} pathname={url.pathname} />
                        ) : (
                          <KpiDetailPage
                            key={route.kpiId}
                            feedBaseUrl={feedBaseUrl}
                            definition={definition}
                            params={url.searchParams}
                            onParamsChange={(updates) => updateSearchParams(updates)}
                            overviewHref={overview}
                            dataSource={dataSource}
                          />
                        );
                      }}
                    </CatalogueGate>
                    </Suspense>
                  ) : (
                    <NotFound overview={overview} pathname={route.pathname} />
                  )}
                </ErrorBoundary>
              </main>
              <AppFooter />
            </>
          )}
          </KnownOnProvider>
        </I18nProvider>
      </FeedPolicyProvider>
    </QueryClientProvider>
  );
}

/** The title names the view, so tabs, history and screen readers tell the pages apart. */
function DocumentTitle({ route, feedBaseUrl }: { route: ReturnType<typeof parseRoute>; feedBaseUrl: string }) {
  const { locale } = useI18n();
  const catalogue = useCatalogue(feedBaseUrl, useFeedPolicy());
  const kpiId = route.name === 'kpi-detail' ? route.kpiId : null;
  const kpiName = usableDefinitions(catalogue.data?.items ?? []).find((definition) => definition.id === kpiId)?.name[locale];
  const viewTitle =
    route.name === 'kpi-detail' && kpiName !== undefined
      ? `${kpiName} · ${translate(locale, 'app.title')}`
      : route.name === 'present'
        ? `${translate(locale, 'present.open')} · ${translate(locale, 'app.title')}`
        : translate(locale, 'app.title');
  useEffect(() => {
    document.documentElement.lang = locale;
    document.title = viewTitle;
  }, [locale, viewTitle]);
  return null;
}

// What the overview says about each of its link's parameters that could not be used.
const OVERVIEW_PARAM_MESSAGES = {
  asOf: 'asOf.invalidParam',
} as const satisfies Record<keyof OverviewParamValues, MessageKey>;

function OverviewLinkNotices({ problems }: { problems: OverviewParams['problems'] }) {
  const { t } = useI18n();
  return problems.map((problem) => (
    <Notice key={problem.name}>{t(OVERVIEW_PARAM_MESSAGES[problem.name], { value: problem.value })}</Notice>
  ));
}

interface OverviewRouteProps {
  /** The page URL, deferred: a string, so the memo compares it by value. */
  href: string;
  feedBaseUrl: string;
  today: string;
  refreshIntervalSeconds: number | null;
  expectedLatest: OverviewPageProps['expectedLatest'];
  dataSource: string | null;
}

/** The overview at `href`; memoised, so a render of the app with the same deferred URL skips it. */
const OverviewRoute = memo(function OverviewRoute({ href, feedBaseUrl, today, refreshIntervalSeconds, expectedLatest, dataSource }: OverviewRouteProps) {
  const { searchParams } = new URL(href);
  return (
    <CatalogueGate feedBaseUrl={feedBaseUrl}>
      {(items) => (
        <OverviewPage
          feedBaseUrl={feedBaseUrl}
          catalogue={items}
          asOfParam={readOverviewParams(searchParams).asOf}
          onAsOfChange={(asOf) => updateSearchParams({ asOf })}
          // A new replay day starts at its own latest month.
          onKnownOnChange={(knownOn) => updateSearchParams({ knownOn, asOf: null })}
          today={today}
          refreshIntervalSeconds={refreshIntervalSeconds}
          expectedLatest={expectedLatest}
          detailHref={(kpiId) => detailHref(kpiId, searchParams)}
          presentHref={presentHref(searchParams)}
          dataSource={dataSource}
        />
      )}
    </CatalogueGate>
  );
});

/** While a view's code is fetched (the detail view and the deck are separate chunks). */
function ViewLoading() {
  const { t } = useI18n();
  return (
    <p className="note" aria-busy="true">
      {t('app.viewLoading')}
    </p>
  );
}

function PageFailed({ onRetry, overview }: { onRetry: () => void; overview: string }) {
  const { t } = useI18n();
  return (
    <div className="kpi-error" role="alert">
      <p>{t('app.pageFailed')}</p>
      <button type="button" onClick={onRetry}>
        {t('card.retry')}
      </button>{' '}
      <AppLink href={overview}>{t('route.backToOverview')}</AppLink>
    </div>
  );
}

function NotFound({ overview, pathname }: { overview: string; pathname: string }) {
  const { t } = useI18n();
  return (
    <div className="notice" role="alert">
      <p>{t('route.notFound', { path: pathname })}</p>
      <AppLink href={overview}>{t('route.backToOverview')}</AppLink>
    </div>
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
