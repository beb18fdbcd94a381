import type { Request } from 'express';
import type { z } from 'zod';

/** Parses one part of a request with a shared zod schema; a ZodError becomes 400 validation_failed. */
export function parse<S extends z.ZodType>(schema: S, value: unknown): z.output<S> {
  return schema.parse(value);
}

export const parseBody = <S extends z.ZodType>(schema: S, req: Request) => parse(schema, req.body ?? {});
export const parseParams = <S extends z.ZodType>(schema: S, req: Request) => parse(schema, req.params);
