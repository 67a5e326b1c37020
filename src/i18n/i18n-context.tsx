import { createContext, use, useMemo } from 'react';
import type { ReactNode } from 'react';
import type { Locale } from './locale';
import { en, zhCN } from './messages';
import type { MessageKey, Messages } from './messages';

const CATALOGUES: Record<Locale, Messages> = { 'zh-CN': zhCN, en };

export type Translate = (key: MessageKey, params?: Record<string, string | number>) => string;

/** Fills `{name}` placeholders; a placeholder without a value stays visible rather than vanishing. */
export function translate(locale: Locale, key: MessageKey, params: Record<string, string | number> = {}): string {
  return CATALOGUES[locale][key].replace(/\{(\w+)\}/g, (match, name: string) =>
    name in params ? String(params[name]) : match,
  );
}

interface I18nValue {
  locale: Locale;
  t: Translate;
}

const I18nContext = createContext<I18nValue | null>(null);

export function I18nProvider({ locale, children }: { locale: Locale; children: ReactNode }) {
  // One value per language: a new object on every render would re-render every component that
  // reads it whenever the app re-renders (every URL change), memoised or not.
  const value = useMemo<I18nValue>(() => ({ locale, t: (key, params) => translate(locale, key, params) }), [locale]);
  return <I18nContext value={value}>{children}</I18nContext>;
}

export function useI18n(): I18nValue {
  const value = use(I18nContext);
  if (value === null) throw new Error('useI18n must be used inside <I18nProvider>');
  return value;
}
