import { useEffect, useState } from 'react';
import { DEFAULT_LOCALE, isLocale } from '../i18n/locale';
import type { Locale } from '../i18n/locale';

/**
 * The view's state in the page URL (`?asOf=2020-06&lang=en`), so a link reproduces a view. The
 * URL never carries where the data comes from: that is config.json's alone.
 */
export interface ViewState {
  /** The `asOf` parameter as written; validated against the data by the overview. */
  asOfParam: string | null;
  locale: Locale;
  /** The `lang` parameter when it named no supported language. */
  invalidLang: string | null;
}

export function readViewState(search: string): ViewState {
  const params = new URLSearchParams(search);
  const lang = params.get('lang');
  return {
    asOfParam: params.get('asOf'),
    locale: isLocale(lang) ? lang : DEFAULT_LOCALE,
    invalidLang: lang !== null && !isLocale(lang) ? lang : null,
  };
}

function writeParam(name: string, value: string | null): void {
  const url = new URL(window.location.href);
  if (value === null) url.searchParams.delete(name);
  else url.searchParams.set(name, value);
  if (url.href !== window.location.href) window.history.replaceState(window.history.state, '', url);
}

export function useViewState() {
  const [state, setState] = useState(() => readViewState(window.location.search));

  // Back and forward restore the view the URL describes.
  useEffect(() => {
    const onPopState = () => setState(readViewState(window.location.search));
    window.addEventListener('popstate', onPopState);
    return () => window.removeEventListener('popstate', onPopState);
  }, []);

  const setAsOf = (asOf: string) => {
    writeParam('asOf', asOf);
    setState((previous) => ({ ...previous, asOfParam: asOf }));
  };
  const setLocale = (locale: Locale) => {
    writeParam('lang', locale);
    setState((previous) => ({ ...previous, locale, invalidLang: null }));
  };
  return { ...state, setAsOf, setLocale };
}
