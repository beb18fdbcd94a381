/**
 * Takes the screenshots of issue 12 (families and accessibility) from the running production
 * build: a parent's page on a phone in English and in Arabic (right to left), the same page's
 * phone request and glossary, the SENDCo's tracker showing each person's language and a request
 * to be phoned, the Arabic parent's reminder in the outbox (right to left, then English), and the
 * caseload as cards on a phone. Run with
 * `npm run build && tsx e2e/scripts/take-family-screenshots.ts`; writes docs/screenshots/*.png.
 */
import { join } from 'node:path';
import type { Browser, Page } from '@playwright/test';
import { ParticipantsPanel } from '../pages/ParticipantsPanel.ts';
import { daysFromToday } from '../support/demo.ts';
import { openDemoReview, runScreenshotScript, SCREENSHOT_DIR } from '../support/screenshot-session.ts';

const PHONE = { width: 390, height: 844 };

/** A participant's page on a phone, once the draft can be written in. */
async function phonePage(browser: Browser, link: string): Promise<Page> {
  const page = await (await browser.newContext({ viewport: PHONE, locale: 'en-GB', deviceScaleFactor: 2 })).newPage();
  await page.goto(link);
  await page.getByTestId('contribution-editor').and(page.locator('[contenteditable="true"]')).waitFor();
  return page;
}

runScreenshotScript('family', async ({ stack, browser }) => {
  const { page, context } = await openDemoReview(stack, browser, 'Chloe Nguyen');
  const panel = new ParticipantsPanel(page);
  const dueDate = daysFromToday(21);
  const english = await panel.add({ name: 'Linh Nguyen', email: 'linh.nguyen@example.test', role: 'Parent or carer', dueDate });
  const arabic = await panel.add({
    name: 'Huda Haddad',
    email: 'huda.haddad@example.test',
    role: 'Parent or carer',
    dueDate,
    language: 'ar',
  });
  await panel.add({ name: 'Anna Nowak', email: 'anna.nowak@example.test', role: 'Young person', dueDate, language: 'pl' });

  const en = await phonePage(browser, english);
  await en.screenshot({ path: join(SCREENSHOT_DIR, 'participant-phone-en.png') });
  const ar = await phonePage(browser, arabic);
  await ar.screenshot({ path: join(SCREENSHOT_DIR, 'participant-phone-ar.png') });

  // The parent writes a line, opens the glossary and asks to be phoned.
  await en.getByTestId('contribution-editor').locator('h2:has-text("What is going well") + p').click();
  await en.keyboard.type('Chloe has made two new friends.');
  await en.getByText('Words we use').click();
  await en.getByRole('button', { name: 'Ask the school to phone me' }).click();
  await en.getByLabel('Phone number').fill('07700 900123');
  await en.getByLabel(/good time/).fill('After 3pm on weekdays');
  await en.getByRole('button', { name: 'Ask for a phone call' }).click();
  await en.getByTestId('call-requested').waitFor();
  await en.screenshot({ path: join(SCREENSHOT_DIR, 'participant-phone-en-full.png'), fullPage: true });
  await ar.screenshot({ path: join(SCREENSHOT_DIR, 'participant-phone-ar-full.png'), fullPage: true });

  await page.reload();
  await panel.participants.first().waitFor();
  await panel.panel.screenshot({ path: join(SCREENSHOT_DIR, 'participants-languages.png') });

  // Huda is reminded in Arabic first, then in English.
  await panel.nudge('Huda Haddad');
  await page.goto('/outbox');
  const reminder = page.getByTestId('outbox-message').filter({ hasText: 'huda.haddad@example.test' }).first();
  await reminder.locator('summary').click();
  await reminder.screenshot({ path: join(SCREENSHOT_DIR, 'reminder-email-ar.png') });

  const phone = await (await browser.newContext({ viewport: PHONE, locale: 'en-GB', deviceScaleFactor: 2 })).newPage();
  await phone.context().addCookies(await context.cookies());
  await phone.goto(`${stack.baseUrl}/`);
  await phone.getByTestId('caseload-row').first().waitFor();
  await phone.screenshot({ path: join(SCREENSHOT_DIR, 'caseload-phone.png') });
});
