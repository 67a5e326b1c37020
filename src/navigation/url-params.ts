import { z } from 'zod';
import { isDay, isPeriod } from '../kpi/period';
import type { Period } from '../kpi/period';

/**
 * Page-URL parameters, parsed by one zod schema per route. Every field schema takes the raw
 * parameter (`undefined` when absent) and has a default, so a bad parameter never blanks the
 * page: it is reported, quoted briefly, and its default used.
 */

/** The longest stretch of a link's value a notice repeats. */
export const MAX_QUOTED_CHARACTERS = 60;

/**
 * A link's value as a notice may quote it: at most 60 characters (cut with "…"), and without
 * control or formatting characters, so a crafted link can neither flood the page with text nor
 * reorder the notice around it with bidirectional overrides.
 */
export function quoteParam(value: string): string {
  const characters = Array.from(value.replace(/[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/gu, '\uFFFD'));
  return characters.length > MAX_QUOTED_CHARACTERS ? `${characters.slice(0, MAX_QUOTED_CHARACTERS - 1).join('')}…` : characters.join('');
}

/** A month parameter, `YYYY-MM`. */
export const periodParam = z.custom<Period>((value) => isPeriod(value));

/** A day parameter, `YYYY-MM-DD` naming a real day. */
export const dayParam = z.custom<string>((value) => isDay(value));

/** A parameter the page could not use: its name and its value as quoted to the reader. */
export interface ParamProblem<Name extends string = string> {
  name: Name;
  value: string;
}

type ParamShape = Record<string, z.ZodType>;

/**
 * Parses `params` with `schema`, field by field: a field whose value fails takes its default
 * (the schema's answer for an absent parameter) and is listed in `problems`.
 */
export function parseParams<Shape extends ParamShape>(
  schema: z.ZodObject<Shape>,
  params: URLSearchParams,
): { values: z.output<z.ZodObject<Shape>>; problems: ParamProblem<keyof Shape & string>[] } {
  const values: Record<string, unknown> = {};
  const problems: ParamProblem<keyof Shape & string>[] = [];
  for (const [name, field] of Object.entries(schema.shape) as [keyof Shape & string, z.ZodType][]) {
    const raw = params.get(name) ?? undefined;
    const parsed = field.safeParse(raw);
    if (parsed.success) {
      values[name] = parsed.data;
    } else {
      problems.push({ name, value: quoteParam(raw ?? '') });
      values[name] = field.parse(undefined);
    }
  }
  // Every field of the shape was parsed by its own schema just above.
  return { values: values as z.output<z.ZodObject<Shape>>, problems };
}
