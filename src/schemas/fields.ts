/**
 * Small field builders shared by the collection schemas. Every message is written for a
 * writer: it says what the field should hold, so the build error reads as a fix.
 */
import { z } from 'astro/zod';
import { CONTROL_CHARACTER } from '../lib/rules.ts';

/** A value that holds a control character: one written as a YAML escape ("\0") passes the raw-file check. */
export const holdsControlCharacter = (value: string): boolean => CONTROL_CHARACTER.test(value);

/** What the build and the linter say about it. */
export const controlCharacterError = (field: string): string =>
  `${field} holds a control character or another that feeds cannot carry (such as NUL, written "\\0", or "\\uFFFF"); delete it`;

/** Required text with a length window. `what` completes "…should be <what>". */
export function text(field: string, what: string, opts: { min?: number; max?: number } = {}) {
  let schema = z.string({
    error: (issue) =>
      issue.input === undefined
        ? `${field} is missing: add ${what}`
        : `${field} should be text (${what}), not ${typeof issue.input}`,
  });
  schema = schema.trim();
  // A NUL or other control character written as a YAML escape ("\0") passes the raw-file
  // check; refuse it in the value too, for the linter and the build alike.
  schema = schema.refine((value) => !holdsControlCharacter(value), {
    error: controlCharacterError(field),
  });
  const min = opts.min ?? 1;
  schema = schema.min(min, {
    error: (issue) =>
      min === 1
        ? `${field} is empty: add ${what}`
        : `${field} is ${String(issue.input ?? '').length} characters; it needs at least ${min}`,
  });
  if (opts.max !== undefined) {
    const max = opts.max;
    schema = schema.max(max, {
      error: (issue) =>
        `${field} is ${String(issue.input ?? '').length} characters; shorten it to ${max} or fewer`,
    });
  }
  return schema;
}

const ISO_WITH_ZONE = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2}))?$/;

/**
 * A publication date. YAML turns `2026-05-20` and `2026-05-20T09:00:00+10:00` into dates
 * itself (a timestamp without an offset is UTC by the YAML spec); a quoted string must be
 * ISO 8601 with a zone so nobody has to guess which midnight was meant.
 */
export function date(field: string) {
  return z
    .union([z.date(), z.string()], {
      error: `${field} is missing: add a date like 2026-05-20 or 2026-05-20T09:00:00+10:00`,
    })
    .transform((value, ctx) => {
      if (value instanceof Date) {
        if (Number.isNaN(value.getTime())) {
          ctx.addIssue({ code: 'custom', message: `${field} is not a real date` });
          return z.NEVER;
        }
        return value;
      }
      const trimmed = value.trim();
      if (!ISO_WITH_ZONE.test(trimmed) || Number.isNaN(Date.parse(trimmed))) {
        ctx.addIssue({
          code: 'custom',
          message: `${field} "${value}" is not a date: write 2026-05-20, or a time with its zone like 2026-05-20T09:00:00+10:00`,
        });
        return z.NEVER;
      }
      return new Date(trimmed);
    });
}

/** Where a figure or claim came from. The outlet is required; the link is optional. */
export const source = z.object(
  {
    publisher: text('sources[].publisher', 'the outlet, e.g. "CNBC"'),
    title: text('sources[].title', 'the headline of the piece you cite'),
    url: z.url({ protocol: /^https$/, error: 'sources[].url should be a full https:// link' }).optional(),
    date: date('sources[].date').optional(),
  },
  { error: 'each source should be an entry with publisher and title' },
);

export function sources(field = 'sources') {
  return z
    .array(source, {
      error: `${field} is missing: list at least one source with publisher and title`,
    })
    .min(1, { error: `${field} is empty: list at least one source with publisher and title` });
}
