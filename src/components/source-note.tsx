import type { ObservationSource } from '../kpi/observation';
import { formatSourceTitle } from '../i18n/format';
import { useI18n } from '../i18n/i18n-context';

/** Where a figure was published, as a reader cites it: the title, linked when the feed gives a URL, and the date. */
export function SourceNote({ source }: { source: ObservationSource | null }) {
  const { locale, t } = useI18n();
  if (source === null) return null;
  const title = formatSourceTitle(source, locale);
  return (
    <p className="note note-source">
      {t('card.source', { source: '' })}
      {source.url === null ? (
        title
      ) : (
        <a href={source.url} rel="noreferrer noopener" target="_blank">
          {title}
        </a>
      )}
    </p>
  );
}
