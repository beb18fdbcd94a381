import type { ErrorCode } from '@ehcp/shared';

/** A failure with a stable code, an HTTP status and a message safe to show users. */
export class AppError extends Error {
  readonly code: ErrorCode;
  readonly status: number;
  readonly details: { path: string; message: string }[] | undefined;
  /** Seconds the client should wait before trying again (sent as `Retry-After`). */
  readonly retryAfterSeconds: number | undefined;

  constructor(
    code: ErrorCode,
    status: number,
    message: string,
    options: { details?: { path: string; message: string }[]; cause?: unknown; retryAfterSeconds?: number } = {},
  ) {
    super(message, { cause: options.cause });
    this.name = 'AppError';
    this.code = code;
    this.status = status;
    this.details = options.details;
    this.retryAfterSeconds = options.retryAfterSeconds;
  }
}

export const notFound = (what: string, code: ErrorCode = 'not_found') =>
  new AppError(code, 404, `${what[0]?.toUpperCase()}${what.slice(1)} not found.`);
export const unauthenticated = () => new AppError('unauthenticated', 401, 'Please sign in.');
export const forbidden = (message = 'You do not have access to this.') => new AppError('forbidden', 403, message);
/** 429 rate_limited, saying in words how long to wait (and `Retry-After` in seconds). */
export function tooManyRequests(what: string, retryAfterSeconds: number): AppError {
  const minutes = Math.ceil(retryAfterSeconds / 60);
  const wait = retryAfterSeconds < 60 ? 'in a minute' : `in ${minutes} minute${minutes === 1 ? '' : 's'}`;
  return new AppError('rate_limited', 429, `${what} Please try again ${wait}.`, { retryAfterSeconds });
}
export const conflict = (code: ErrorCode, message: string) => new AppError(code, 409, message);

/** Normalises anything thrown into an Error for logging. */
export function toError(value: unknown): Error {
  if (value instanceof Error) return value;
  return new Error(typeof value === 'string' ? value : JSON.stringify(value));
}
