import { useSyncExternalStore } from 'react';
import { onlineManager } from '@tanstack/react-query';
import { useI18n } from '../i18n/i18n-context';

const subscribe = (onChange: () => void) => onlineManager.subscribe(onChange);
const isOnline = () => onlineManager.isOnline();

/**
 * While the browser is offline, fetching pauses (TanStack Query's online mode) and this says so;
 * when the connection returns every KPI refetches by itself, no reload needed.
 */
export function OfflineNotice() {
  const { t } = useI18n();
  const online = useSyncExternalStore(subscribe, isOnline, isOnline);
  if (online) return null;
  return (
    <p className="notice notice-offline" role="status">
      <span aria-hidden="true">⚠ </span>
      {t('app.offline')}
    </p>
  );
}
