// First: configures zod before any module below defines a schema.
import './app/zod-jitless';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App, createQueryClient } from './app/app';
import { feedRequestPolicy, prefetchFeed } from './app/feed-start';
import type { FixtureInfo } from './app/fixture-info';
import { loadRuntimeConfig } from './app/runtime-config';
import { appScriptsSource, enforcePolicy, feedPolicy } from './app/content-security-policy';
import { startFixtures } from './app/start-fixtures';
import { StartupErrorPage } from './app/startup-error-page';
import { readLanguage } from './app/url-state';
import { parseRoute } from './navigation/routes';
import { fixtureFeedBaseUrl } from './feed/fixture-feed';
import './styles.css';

async function bootstrap(container: HTMLElement): Promise<void> {
  const root = createRoot(container);
  const { locale } = readLanguage(window.location.search);
  document.documentElement.lang = locale;

  // The configuration decides where data comes from, so nothing renders before it is known.
  // (Asking for it from index.html, before this script has loaded, was measured and gained
  // nothing: the script's evaluation, not the file, is what the first requests wait for.)
  const result = await loadRuntimeConfig(`${import.meta.env.BASE_URL}config.json`);
  if (!result.ok) {
    root.render(<StartupErrorPage problem={result.problem} locale={locale} />);
    return;
  }
  const { config } = result;
  enforcePolicy(feedPolicy(config.feed, appScriptsSource(window.location.origin, import.meta.env.BASE_URL, import.meta.env.DEV)));

  let fixtures: FixtureInfo | null = null;
  let feedBaseUrl: string;
  if (config.feed.mode === 'fixtures') {
    try {
      fixtures = await startFixtures(new URLSearchParams(window.location.search).get('scenario'));
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      root.render(<StartupErrorPage problem={{ code: 'fixtures-failed', message }} locale={locale} />);
      return;
    }
    feedBaseUrl = fixtureFeedBaseUrl(window.location.origin);
  } else {
    feedBaseUrl = config.feed.baseUrl;
  }

  // The first view's requests start now, not after React's first render.
  const queryClient = createQueryClient(config);
  void prefetchFeed(queryClient, feedBaseUrl, feedRequestPolicy(config), parseRoute(window.location.pathname));

  root.render(
    <StrictMode>
      <App config={config} feedBaseUrl={feedBaseUrl} fixtures={fixtures} queryClient={queryClient} />
    </StrictMode>,
  );
}

const container = document.getElementById('root');
if (container !== null) void bootstrap(container);
