import type { ErrorEnvelope } from '@ehcp/shared';
import { ZodError } from 'zod';
import { AppError } from './app-error.ts';

/** Maps any thrown value to an HTTP status and the public error envelope. Unknown errors hide their message. */
export function toEnvelope(error: unknown): { status: number; body: ErrorEnvelope; isUnexpected: boolean } {
  if (error instanceof AppError) {
    const body: ErrorEnvelope = { error: { code: error.code, message: error.message } };
    if (error.details) body.error.details = error.details;
    return { status: error.status, body, isUnexpected: false };
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
