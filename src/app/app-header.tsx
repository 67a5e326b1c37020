import { useI18n } from '../i18n/i18n-context';
import type { Locale } from '../i18n/locale';
import type { FixtureInfo } from './fixture-info';
import type { RuntimeConfig } from './runtime-config';

export interface AppHeaderProps {
  config: RuntimeConfig;
  fixtures: FixtureInfo | null;
  invalidLang: string | null;
  onLocaleChange: (locale: Locale) => void;
}

export function AppHeader({ config, fixtures, invalidLang, onLocaleChange }: AppHeaderProps) {
  const { locale, t } = useI18n();
  const other: Locale = locale === 'zh-CN' ? 'en' : 'zh-CN';
  return (
    <header className="app-header">
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <div className="app-title">
        <h1>{t('app.title')}</h1>
        <p className="app-subtitle">{t('app.subtitle')}</p>
      </div>
      <div className="app-header-side">
        {config.feed.mode === 'fixtures' ? (
          <p className="fixture-badge">
            <span aria-hidden="true">⚑ </span>
            {fixtures?.scenario === 'published' ? t('app.publishedBadge') : t('app.fixtureBadge')}
            {fixtures !== null && fixtures.scenario !== 'normal' && fixtures.scenario !== 'published' ? ` · ${t('app.fixtureScenario', { scenario: fixtures.scenario })}` : ''}
          </p>
        ) : (
          <p className="feed-source">{t('app.liveFeed', { host: new URL(config.feed.baseUrl).host })}</p>
        )}
        <button type="button" className="language-switch" lang={other} onClick={() => onLocaleChange(other)}>
          {t('app.switchLanguage')}
        </button>
      </div>
      {invalidLang !== null ? (
        <p className="notice" role="status">
          {t('lang.invalidParam', { value: invalidLang })}
        </p>
      ) : null}
      {fixtures?.unknownScenario != null ? (
        <p className="notice" role="status">
          {t('scenario.unknown', { value: fixtures.unknownScenario, list: fixtures.scenarios.join(', ') })}
        </p>
      ) : null}
    </header>
  );
}
