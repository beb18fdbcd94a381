import { randomUUID } from 'node:crypto';
import type { RequestHandler } from 'express';
import { logContext } from '../../logging/index.ts';

/** Gives every request an id (echoed as X-Request-Id) and runs the rest inside its log context. */
export const requestContext: RequestHandler = (req, res, next) => {
  const header = req.get('x-request-id');
  const requestId = header && /^[\w-]{1,64}$/.test(header) ? header : randomUUID();
  res.setHeader('X-Request-Id', requestId);
  logContext.run({ requestId }, next);
};
