/**
 * The published dataset: every figure CNIPA and the official press stated for these KPIs,
 * 2017–2025, each with its source (`shared/reference/published-figures.md`; derived and unknown
 * figures are left out). The files are the static feed shipped in the build under
 * `/feeds/published/` (config.json `"layout": "static-files"`); the fixture scenario
 * `?scenario=published` serves the same files through MSW.
 */
import catalogue from '../public/feeds/published/kpis.json' with { type: 'json' };
import highValue from '../public/feeds/published/kpis/high-value-patent-review-cycle/observations.json' with { type: 'json' };
import trademark from '../public/feeds/published/kpis/trademark-registration-review-cycle/observations.json' with { type: 'json' };
import invention from '../public/feeds/published/kpis/invention-patent-review-cycle/observations.json' with { type: 'json' };
import pledge from '../public/feeds/published/kpis/ip-pledge-financing/observations.json' with { type: 'json' };
import type { CatalogueBody } from '../src/feed/catalogue-schema';
import type { ObservationsBody } from '../src/feed/observations-schema';

export const PUBLISHED_CATALOGUE: CatalogueBody = catalogue as CatalogueBody;

export const PUBLISHED_OBSERVATIONS: Readonly<Record<string, ObservationsBody>> = {
  'high-value-patent-review-cycle': highValue as ObservationsBody,
  'trademark-registration-review-cycle': trademark as ObservationsBody,
  'invention-patent-review-cycle': invention as ObservationsBody,
  'ip-pledge-financing': pledge as ObservationsBody,
};
