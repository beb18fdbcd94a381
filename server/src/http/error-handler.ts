import type { ErrorRequestHandler, RequestHandler } from 'express';
import { toEnvelope, toError } from '../errors/index.ts';
import type { Logger } from '../logging/index.ts';

/**
 * Masks link tokens in a path before it is logged: LA, participant and calendar links carry a
 * 43-character base64url token as a path segment, and a logged token is a leaked credential.
 */
export function redactTokens(path: string): string {
  return path.replace(/(^|\/)[A-Za-z0-9_-]{43}(?=\.ics$|\/|$)/g, '$1[token]');
}

/** Turns every error into the JSON envelope; unexpected ones are logged with their stack. */
export function createErrorHandler(logger: Logger): ErrorRequestHandler {
  return (error, req, res, _next) => {
    // A streamed response (a CSV download) that failed midway: the status is already sent.
    if (res.headersSent) {
      logger.error({ err: toError(error), method: req.method, path: redactTokens(req.path) }, 'error after response started');
      res.destroy();
      return;
    }
    const { status, body, isUnexpected, headers } = toEnvelope(error);
    if (isUnexpected) logger.error({ err: toError(error), method: req.method, path: redactTokens(req.path) }, 'unhandled error');
    if (headers) res.set(headers);
    res.status(status).json(body);
  };
}

/** 404 envelope for unknown API routes. */
export const apiNotFound: RequestHandler = (_req, res) => {
  res.status(404).json({ error: { code: 'not_found', message: 'No such API route.' } });
};
