import { z } from 'zod';

/** A MongoDB ObjectId as it crosses the wire: 24 lowercase or uppercase hex digits. */
export const IdSchema = z.string().regex(/^[0-9a-fA-F]{24}$/, 'must be a 24-character id');

/** A calendar date with no time part, `YYYY-MM-DD`. */
export const IsoDateSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date written YYYY-MM-DD')
  .refine((value) => {
    const [y, m, d] = value.split('-').map(Number) as [number, number, number];
    const date = new Date(Date.UTC(y, m - 1, d));
    return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
  }, 'is not a real calendar date');

/**
 * The token segment of a link route (`/api/participant/<token>`, `/api/shared/<token>`) as the
 * route receives it: any text. Its format is checked by the link's own lookup, so a malformed
 * link answers "no longer available" (410) like every other link that does not work, not 400.
 */
export const LinkTokenParamsSchema = z.object({ token: z.string().max(200) });
