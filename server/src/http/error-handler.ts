import type { ErrorRequestHandler, RequestHandler } from 'express';
import { toEnvelope, toError } from '../errors/index.ts';
import type { Logger } from '../logging/index.ts';

/** Turns every error into the JSON envelope; unexpected ones are logged with their stack. */
export function createErrorHandler(logger: Logger): ErrorRequestHandler {
  return (error, req, res, _next) => {
    // Body-parser errors (malformed or too large JSON) carry their own status.
    const status = (error as { status?: number; type?: string }).status;
    if ((error as { type?: string }).type && status && status < 500) {
      res.status(status).json({ error: { code: 'validation_failed', message: 'The request body could not be read.' } });
      return;
    }
    const { status: code, body, isUnexpected } = toEnvelope(error);
    if (isUnexpected) logger.error({ err: toError(error), method: req.method, path: req.path }, 'unhandled error');
    res.status(code).json(body);
  };
}

/** 404 envelope for unknown API routes. */
export const apiNotFound: RequestHandler = (_req, res) => {
  res.status(404).json({ error: { code: 'not_found', message: 'No such API route.' } });
};
