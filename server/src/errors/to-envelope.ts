import type { ErrorEnvelope } from '@ehcp/shared';
import { ZodError } from 'zod';
import { AppError } from './app-error.ts';

/** What an Express-level client error (not an AppError) answers, by status. */
const CLIENT_ERRORS: Record<number, ErrorEnvelope['error']> = {
  400: { code: 'validation_failed', message: 'The request could not be read.' },
  404: { code: 'not_found', message: 'Not found.' },
  413: { code: 'payload_too_large', message: 'What was sent is too large.' },
  415: { code: 'unsupported_media_type', message: 'Send JSON (Content-Type: application/json).' },
};

/** Maps any thrown value to an HTTP status and the public error envelope. Unknown errors hide their message. */
export function toEnvelope(error: unknown): {
  status: number;
  body: ErrorEnvelope;
  isUnexpected: boolean;
  headers?: Record<string, string>;
} {
  if (error instanceof AppError) {
    const body: ErrorEnvelope = { error: { code: error.code, message: error.message } };
    if (error.details) body.error.details = error.details;
    const headers = error.retryAfterSeconds === undefined ? undefined : { 'Retry-After': String(error.retryAfterSeconds) };
    return { status: error.status, body, isUnexpected: false, ...(headers ? { headers } : {}) };
  }
  const httpError = error as { status?: unknown; statusCode?: unknown; expose?: unknown; type?: unknown };
  const status = Number(httpError.status ?? httpError.statusCode);
  // Errors from Express, body-parser and serve-static (http-errors) carry a 4xx status meant for
  // the client: a body too large, malformed JSON, a path that is not valid percent-encoding.
  if (Number.isInteger(status) && status >= 400 && status < 500 && httpError.expose !== false) {
    return { status, body: { error: CLIENT_ERRORS[status] ?? CLIENT_ERRORS[400]! }, isUnexpected: false };
  }
  if (error instanceof ZodError) {
    const details = error.issues.map((issue) => ({ path: issue.path.join('.'), message: issue.message }));
    return {
      status: 400,
      body: { error: { code: 'validation_failed', message: 'Some of the information sent is not valid.', details } },
      isUnexpected: false,
    };
  }
  return {
    status: 500,
    body: { error: { code: 'internal_error', message: 'Something went wrong on our side. Please try again.' } },
    isUnexpected: true,
  };
}
