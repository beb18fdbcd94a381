import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser } from '@playwright/test';
import { startLocalDatabase } from '../../scripts/db/local-database.ts';
import { ROOT, TMP_DIR } from '../../scripts/paths.ts';
import { CHROMIUM_ARGS, chromiumExecutable } from './browser.ts';
import { startStack, type Stack } from './stack.ts';

/** Where the README's screenshots live. */
export const SCREENSHOT_DIR = join(ROOT, 'docs', 'screenshots');

/**
 * Runs a screenshot script: a database (MONGODB_URI or a throwaway local engine), the
 * production build on its own port, and Chromium; everything is stopped afterwards, and a
 * failure exits non-zero with its stack.
 */
export function runScreenshotScript(name: string, take: (session: { stack: Stack; browser: Browser }) => Promise<void>): void {
  const run = async () => {
    mkdirSync(SCREENSHOT_DIR, { recursive: true });
    const dataDir = join(TMP_DIR, `${name}-screenshots-db-${process.pid}`);
    const database = process.env.MONGODB_URI ? null : await startLocalDatabase({ dataDir });
    process.env.E2E_MONGODB_URI = process.env.MONGODB_URI ?? database!.uri;
    const stack = await startStack();
    const browser = await chromium.launch({ executablePath: chromiumExecutable(), args: CHROMIUM_ARGS });
    try {
      await take({ stack, browser });
      process.stdout.write(`Screenshots written to ${SCREENSHOT_DIR}\n`);
    } finally {
      await browser.close();
      await stack.stop();
      await database?.stop();
      rmSync(dataDir, { recursive: true, force: true });
    }
  };
  run().catch((error: unknown) => {
    process.stderr.write(`${(error as Error).stack}\n`);
    process.exit(1);
  });
}
