import { I18nProvider, useI18n } from '../i18n/i18n-context';
import type { Locale } from '../i18n/locale';
import type { ConfigProblem } from './runtime-config';

const EXAMPLE = '{ "feed": { "mode": "fixtures" } }';

export type StartupProblem = ConfigProblem | { code: 'fixtures-failed'; message: string };

/** A full-page message for a dashboard that cannot start, naming the problem and the fix. */
export function StartupErrorPage({ problem, locale }: { problem: StartupProblem; locale: Locale }) {
  return (
    <I18nProvider locale={locale}>
      <StartupError problem={problem} />
    </I18nProvider>
  );
}

function StartupError({ problem }: { problem: StartupProblem }) {
  const { t } = useI18n();
  let message: string;
  switch (problem.code) {
    case 'config-missing':
      message = t('config.missing', { status: problem.status, example: EXAMPLE });
      break;
    case 'config-unreachable':
      message = t('config.unreachable', { message: problem.message });
      break;
    case 'config-not-json':
      message = t('config.notJson', { example: EXAMPLE });
      break;
    case 'config-invalid':
      message = t('config.invalid', { field: problem.field, expected: t(`config.expected.${problem.expected}`), received: problem.received });
      break;
    case 'fixtures-failed':
      message = t('fixtures.failed', { message: problem.message });
      break;
  }
  return (
    <main className="startup-error">
      <div role="alert">
        <h1>{problem.code === 'fixtures-failed' ? t('app.title') : t('config.title')}</h1>
        <p>{message}</p>
      </div>
      <button type="button" onClick={() => window.location.reload()}>
        {t('config.reload')}
      </button>
    </main>
  );
}
