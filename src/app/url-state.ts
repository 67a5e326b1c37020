import { z } from 'zod';
import { DEFAULT_LOCALE, LOCALES } from '../i18n/locale';
import type { Locale } from '../i18n/locale';
import type { Period } from '../kpi/period';
import { updateSearchParams, useLocationUrl } from '../navigation/location';
import { dayParam, parseParams, periodParam } from '../navigation/url-params';
import type { ParamProblem } from '../navigation/url-params';

/**
 * The page URL's parameters outside the detail view and the deck (which parse their own), so a
 * link reproduces a view. The URL never carries where the data comes from: that is config.json's
 * alone.
 */

/** `?lang=`, read on every route. */
export const languageParamsSchema = z.object({
  lang: z.enum(LOCALES).default(DEFAULT_LOCALE),
});

/** The overview's own: `?asOf=YYYY-MM`, the month to judge at (absent: the latest with data). */
export const overviewParamsSchema = z.object({
  asOf: periodParam.optional(),
});

/** `?knownOn=YYYY-MM-DD`, read on every route: replay the figures as published by that day. */
export const replayParamsSchema = z.object({
  knownOn: dayParam.optional(),
});

export interface ReplayState {
  knownOn: string | null;
  /** The `knownOn` parameter, quoted for a notice, when it named no real day. */
  invalidKnownOn: string | null;
}

export function readReplay(search: string): ReplayState {
  const { values, problems } = parseParams(replayParamsSchema, new URLSearchParams(search));
  return { knownOn: values.knownOn ?? null, invalidKnownOn: problems[0]?.value ?? null };
}

export interface LanguageState {
  locale: Locale;
  /** The `lang` parameter, quoted for a notice, when it named no supported language. */
  invalidLang: string | null;
}

export function readLanguage(search: string): LanguageState {
  const { values, problems } = parseParams(languageParamsSchema, new URLSearchParams(search));
  return { locale: values.lang, invalidLang: problems[0]?.value ?? null };
}

export type OverviewParamValues = z.output<typeof overviewParamsSchema>;

export interface OverviewParams {
  asOf: Period | null;
  /** Parameters of the link that could not be used, quoted for a notice. */
  problems: ParamProblem<keyof OverviewParamValues>[];
}

export function readOverviewParams(params: URLSearchParams): OverviewParams {
  const { values, problems } = parseParams(overviewParamsSchema, params);
  return { asOf: values.asOf ?? null, problems };
}

function setLocale(locale: Locale): void {
  updateSearchParams({ lang: locale });
}

export function useLanguage() {
  const url = useLocationUrl();
  return { ...readLanguage(url.search), setLocale };
}
