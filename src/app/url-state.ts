import { DEFAULT_LOCALE, isLocale } from '../i18n/locale';
import type { Locale } from '../i18n/locale';
import { updateSearchParams, useLocationUrl } from '../navigation/location';

/**
 * The language in the page URL (`?lang=en`), so a link reproduces a view. The URL never carries
 * where the data comes from: that is config.json's alone.
 */
export interface LanguageState {
  locale: Locale;
  /** The `lang` parameter when it named no supported language. */
  invalidLang: string | null;
}

export function readLanguage(search: string): LanguageState {
  const lang = new URLSearchParams(search).get('lang');
  return {
    locale: isLocale(lang) ? lang : DEFAULT_LOCALE,
    invalidLang: lang !== null && !isLocale(lang) ? lang : null,
  };
}

function setLocale(locale: Locale): void {
  updateSearchParams({ lang: locale });
}

export function useLanguage() {
  const url = useLocationUrl();
  return { ...readLanguage(url.search), setLocale };
}
