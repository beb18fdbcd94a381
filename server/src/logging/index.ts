import { AsyncLocalStorage } from 'node:async_hooks';
import pino, { type Logger } from 'pino';

/** Per-request / per-connection context attached to every log line. */
export interface LogContext {
  requestId?: string;
  userId?: string;
  reviewId?: string;
}

export const logContext = new AsyncLocalStorage<LogContext>();

/** Creates the process logger. Secrets and document content are never logged. */
export function createLogger(options: { level: string; pretty: boolean }): Logger {
  return pino({
    level: options.level,
    redact: {
      paths: ['req.headers.cookie', 'req.headers.authorization', '*.password', '*.token', 'password', 'token'],
      censor: '[redacted]',
    },
    mixin: () => ({ ...logContext.getStore() }),
    ...(options.pretty ? { transport: { target: 'pino-pretty', options: { colorize: true } } } : {}),
  });
}

export type { Logger };
