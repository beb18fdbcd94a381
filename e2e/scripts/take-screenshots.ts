/**
 * Takes the README's screenshots from the running production build:
 * the caseload, a live review with two people's carets, and the LA link page.
 * Run with `npm run screenshots`; writes docs/screenshots/*.png.
 */
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { runScreenshotScript, SCREENSHOT_DIR } from '../support/screenshot-session.ts';
import { ASSISTANT, SENDCO, TEACHER } from '../support/demo.ts';

const OUT = SCREENSHOT_DIR;

async function typeInSection(page: Page, heading: string, text: string): Promise<void> {
  const paragraph = page.getByTestId('report-editor').locator(`h2:has-text("${heading}") + p`);
  await paragraph.click();
  await page.keyboard.type(text, { delay: 5 });
}

runScreenshotScript('readme', async ({ stack, browser }) => {
  const open = async (account: { email: string; password: string }) => {
    const context = await browser.newContext({ baseURL: stack.baseUrl, viewport: { width: 1280, height: 860 } });
    await context.request.post('/api/auth/login', { data: account });
    return context.newPage();
  };
  const sendco = await open(SENDCO);
  await sendco.goto('/');
  await sendco.getByTestId('caseload-row').first().waitFor();
  await sendco.screenshot({ path: join(OUT, 'caseload-demo.png'), fullPage: true });

  await sendco.getByRole('link', { name: 'Ben Carter' }).click();
  await sendco.getByTestId('report-editor').getByText('Attendees').waitFor();
  const reviewUrl = sendco.url();
  const teacher = await open(TEACHER);
  await teacher.goto(reviewUrl);
  await teacher.getByTestId('report-editor').getByText('Attendees').waitFor();
  const assistant = await open(ASSISTANT);
  await assistant.goto(reviewUrl);
  await assistant.getByTestId('report-editor').getByText('Attendees').waitFor();
  await typeInSection(
    sendco,
    'Attendees',
    'Priya Shah (SENDCo), Tom Hughes (class teacher), Aisha Rahman (teaching assistant), Mrs Carter (parent)',
  );
  await typeInSection(teacher, 'Progress towards outcomes', 'Reading: Ben now reads Level 12 books independently (target met).');
  await typeInSection(
    assistant,
    "The young person's views",
    'Ben said he likes working in the small group and wants to try the school football club.',
  );
  await sendco.locator('.collaboration-carets__label', { hasText: ASSISTANT.name }).waitFor();
  await sendco.getByText(TEACHER.name, { exact: false }).first().waitFor();
  await sendco.locator('.collaboration-carets__label', { hasText: TEACHER.name }).waitFor();
  await sendco.getByTestId('save-status').filter({ hasText: 'Saved' }).waitFor();
  await sendco.screenshot({ path: join(OUT, 'live-review.png'), fullPage: true });

  await sendco.getByRole('radio', { name: /Maintain the plan/ }).check();
  await sendco.getByLabel('Reasons').fill('Ben is making good progress; provision in Section F remains right for him.');
  await sendco.getByRole('button', { name: 'Finalise review' }).click();
  await sendco.getByTestId('review-status').filter({ hasText: 'Finalised' }).waitFor();
  await sendco.getByRole('button', { name: 'Create read-only link' }).click();
  const url = await sendco.getByTestId('share-url').inputValue();
  const la = await (await browser.newContext({ viewport: { width: 1100, height: 900 } })).newPage();
  await la.goto(url);
  await la.getByTestId('report-snapshot').waitFor();
  await la.screenshot({ path: join(OUT, 'la-outcome.png'), fullPage: true });
});
