/**
 * Takes the participant screenshots from the running production build: a review's participants
 * panel (invited, opened and withdrawn people, with the link just created), the outbox, and the
 * page a parent sees behind their personal link. Run with
 * `npm run build && tsx e2e/scripts/take-participant-screenshots.ts`; writes docs/screenshots/*.png.
 */
import { join } from 'node:path';
import { ParticipantsPanel } from '../pages/ParticipantsPanel.ts';
import { daysFromToday } from '../support/demo.ts';
import { openDemoReview, runScreenshotScript, SCREENSHOT_DIR } from '../support/screenshot-session.ts';

const OUT = SCREENSHOT_DIR;

runScreenshotScript('participant', async ({ stack, browser }) => {
  const { page, reviewId } = await openDemoReview(stack, browser, 'Chloe Nguyen');
  const panel = new ParticipantsPanel(page);
  await panel.add({
    name: 'Mr Daniel Okafor',
    email: 'd.okafor@nhs.example',
    role: 'Speech and language therapist',
    dueDate: daysFromToday(24),
  });
  await panel.add({
    name: 'Ms Rosa Evans',
    email: 'rosa.evans@oakfield.example',
    role: 'Teacher or other school staff',
    dueDate: daysFromToday(20),
  });
  await panel.panel.getByRole('button', { name: 'Withdraw link of Ms Rosa Evans' }).click();
  const link = await panel.add({
    name: 'Linh Nguyen',
    email: 'linh.nguyen@example.test',
    role: 'Parent or carer',
    dueDate: daysFromToday(21),
  });

  const parent = await (await browser.newContext({ viewport: { width: 900, height: 800 }, locale: 'en-GB' })).newPage();
  await parent.goto(link);
  await parent.getByTestId('participant-ask').waitFor();
  const draft = parent.getByTestId('contribution-editor');
  await draft.locator('h2:has-text("What is going well") + p').click();
  await parent.keyboard.type('Chloe has made two new friends and reads to her brother every night.');
  await parent.getByTestId('save-status').filter({ hasText: 'Saved' }).waitFor();
  await parent.screenshot({ path: join(OUT, 'participant-landing.png'), fullPage: true });

  await page.goto(`/reviews/${reviewId}`);
  await panel.statusOf('Linh Nguyen').filter({ hasText: 'Drafting' }).waitFor();
  await panel.add({
    name: 'Amira Khan',
    email: 'amira.khan@example.test',
    role: 'Educational psychologist',
    dueDate: daysFromToday(25),
  });
  await panel.panel.screenshot({ path: join(OUT, 'participants-panel.png') });
  await page.screenshot({ path: join(OUT, 'review-with-participants.png'), fullPage: true });

  await page.goto('/outbox');
  const first = page.getByTestId('outbox-message').first();
  await first.locator('summary').click();
  await page.screenshot({ path: join(OUT, 'outbox.png'), fullPage: true });
  await page.goto('/audit');
  await page.getByTestId('audit-event').first().waitFor();
  await page.screenshot({ path: join(OUT, 'audit-trail.png'), fullPage: true });
});
