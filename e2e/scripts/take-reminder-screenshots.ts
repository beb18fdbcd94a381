/**
 * Takes the reminder screenshots from the running production build: the participants tracker
 * with an overdue participant who was sent the automatic reminder, another just nudged, and a
 * third not reminded yet; and the reminder email in the outbox. An overdue participant needs a
 * due date in the past, which the API refuses, so the script moves one participant's dates back
 * in the database; the server's own reminder sweep (every second here, at any hour) does the rest.
 * Run with `npm run build && tsx e2e/scripts/take-reminder-screenshots.ts`; writes docs/screenshots/*.png.
 */
import { join } from 'node:path';
import { expect } from '@playwright/test';
import { MongoClient } from 'mongodb';
import { ParticipantsPanel } from '../pages/ParticipantsPanel.ts';
import { daysFromToday } from '../support/demo.ts';
import { openDemoReview, runScreenshotScript, SCREENSHOT_DIR } from '../support/screenshot-session.ts';

/** "Friday 20 November 2026", as the emails write dates. */
function longDate(isoDate: string): string {
  const date = new Date(`${isoDate}T00:00:00Z`);
  const part = (options: Intl.DateTimeFormatOptions) => date.toLocaleDateString('en-GB', { ...options, timeZone: 'UTC' });
  return `${part({ weekday: 'long' })} ${date.getUTCDate()} ${part({ month: 'long' })} ${date.getUTCFullYear()}`;
}

process.env.REMINDER_SWEEP_SECONDS = '1';
process.env.REMINDER_SEND_HOURS = '00-24';

runScreenshotScript('reminder', async ({ stack, browser }) => {
  const { context, page, reviewId } = await openDemoReview(stack, browser, 'Chloe Nguyen');
  const facts = await context.request.patch(`/api/reviews/${reviewId}/facts`, { data: { meetingDate: daysFromToday(24) } });
  expect(facts.ok(), await facts.text()).toBe(true);
  await page.reload();

  const panel = new ParticipantsPanel(page);
  await panel.add({ name: 'Linh Nguyen', email: 'linh.nguyen@example.test', role: 'Parent or carer' });
  await panel.add({ name: 'Mr Daniel Okafor', email: 'd.okafor@nhs.example', role: 'Speech and language therapist' });
  await panel.add({ name: 'Ms Rosa Evans', email: 'rosa.evans@oakfield.example', role: 'Teacher or other school staff' });

  // Linh was invited three weeks ago and her contribution was due two days ago; her invitation in
  // the outbox is moved back with her, so the reminder's reference to it matches.
  const client = await MongoClient.connect(stack.mongoUri);
  try {
    const db = client.db();
    const linh = { email: 'linh.nguyen@example.test' };
    const invitedAt = new Date(Date.now() - 21 * 86_400_000);
    const { dueDate } = (await db.collection('participants').findOne(linh))!;
    await db.collection('participants').updateOne(linh, { $set: { dueDate: daysFromToday(-2), invitedAt } });
    const invitation = (await db.collection('mailmessages').findOne({ to: linh.email }))!;
    const moved = (text: string) => text.replaceAll(longDate(dueDate as string), longDate(daysFromToday(-2)));
    await db
      .collection('mailmessages')
      .updateOne(
        { _id: invitation._id },
        { $set: { subject: moved(invitation.subject as string), text: moved(invitation.text as string), createdAt: invitedAt } },
      );
  } finally {
    await client.close();
  }
  await expect(async () => {
    await page.reload();
    await expect(panel.lastReminderOf('Linh Nguyen')).toContainText('automatic', { timeout: 5000 });
  }).toPass({ timeout: 45_000 });
  await expect(panel.statusOf('Linh Nguyen')).toHaveText('Overdue');
  await panel.nudge('Mr Daniel Okafor');
  await panel.panel.screenshot({ path: join(SCREENSHOT_DIR, 'participants-reminders.png') });

  await page.goto('/outbox');
  const reminder = page.getByTestId('outbox-message').filter({ hasText: 'linh.nguyen@example.test' }).first();
  await reminder.locator('summary').click();
  await page.screenshot({ path: join(SCREENSHOT_DIR, 'reminder-email.png'), fullPage: true });
});
