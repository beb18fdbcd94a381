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
