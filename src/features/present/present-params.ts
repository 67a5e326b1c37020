import { z } from 'zod';
import type { Period } from '../../kpi/period';
import { parseParams, periodParam, quoteParam } from '../../navigation/url-params';
import type { ParamProblem } from '../../navigation/url-params';

/**
 * The deck's link: `?slide=` (1 is the summary) and `?asOf=YYYY-MM`. A slide is written in plain
 * decimal digits only: `Number()` would also take "0x3", "3e0", " 3" or "3.0", and the deck
 * would open at a slide the link never named in the way a person writes it.
 */
export const presentParamsSchema = z.object({
  slide: z
    .string()
    .regex(/^[1-9]\d{0,5}$/)
    .transform(Number)
    .optional(),
  asOf: periodParam.optional(),
  /** `notes=1`: the presenter-notes window, which turns pages with the deck. */
  notes: z.literal('1').optional(),
});

export type PresentParamValues = z.output<typeof presentParamsSchema>;

export interface PresentParams {
  slide: number;
  asOf: Period | null;
  isNotes: boolean;
  /** Parameters of the link that could not be used, quoted for a notice. */
  problems: ParamProblem<keyof PresentParamValues>[];
}

/** The deck's state from its URL; a slide past the deck's `count` starts it at slide 1. */
export function readPresentParams(params: URLSearchParams, count: number): PresentParams {
  const { values, problems } = parseParams(presentParamsSchema, params);
  let slide = values.slide ?? 1;
  if (slide > count) {
    problems.push({ name: 'slide', value: quoteParam(params.get('slide') ?? '') });
    slide = 1;
  }
  return { slide, asOf: values.asOf ?? null, isNotes: values.notes === '1', problems };
}
