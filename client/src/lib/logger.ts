import { clientConfig } from '../config.ts';

/** Thin client logger: silent in production except for errors. */
export const logger = {
  debug: (...args: unknown[]) => {
    if (!clientConfig.isProduction) console.debug(...args);
  },
  error: (...args: unknown[]) => console.error(...args),
};
