import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { CaseloadPage } from '../pages/CaseloadPage.ts';
import { startLocalDatabase } from '../../scripts/db/local-database.ts';
import { ROOT, TMP_DIR } from '../../scripts/paths.ts';
import { CHROMIUM_ARGS, chromiumExecutable } from './browser.ts';
import { SENDCO } from './demo.ts';
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
    const database = process.env.MONGODB_URI ? null : await startLocalDatabase({ dataDir, isThrowaway: true });
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

/** Signs in as the demo SENDCo in a new desktop-sized context and opens `pupilName`'s review from the caseload. */
export async function openDemoReview(
  stack: Stack,
  browser: Browser,
  pupilName: string,
): Promise<{ context: BrowserContext; page: Page; reviewId: string }> {
  const context = await browser.newContext({ baseURL: stack.baseUrl, viewport: { width: 1280, height: 900 }, locale: 'en-GB' });
  await context.request.post('/api/auth/login', { data: SENDCO });
  const page = await context.newPage();
  const caseload = new CaseloadPage(page);
  await caseload.goto();
  return { context, page, reviewId: await caseload.openReview(pupilName) };
}
