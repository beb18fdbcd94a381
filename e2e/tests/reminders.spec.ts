import { expect, test } from '@playwright/test';
import { signIn } from '../fixtures/actors.ts';
import { CaseloadPage } from '../pages/CaseloadPage.ts';
import { ParticipantsPanel } from '../pages/ParticipantsPanel.ts';
import { daysFromToday, SENDCO } from '../support/demo.ts';
import { startStack, type Stack } from '../support/stack.ts';

let stack: Stack;
test.beforeAll(async () => {
  stack = await startStack();
});
test.afterAll(async () => {
  await stack.stop();
});

test('the SENDCo nudges a participant once a day; the tracker shows when the reminder went', async ({ browser }) => {
  const sendco = await signIn(browser, stack, SENDCO);
  const caseload = new CaseloadPage(sendco.page);
  await caseload.goto();
  await caseload.openReview('Dylan Evans');
  const panel = new ParticipantsPanel(sendco.page);
  await expect(panel.panel).toContainText('Reminders go automatically 7 and 2 days before the due date');
  await panel.add({ name: 'Gwen Evans', email: 'gwen.evans@example.test', role: 'Parent or carer', dueDate: daysFromToday(9) });
  await expect(panel.lastReminderOf('Gwen Evans')).toHaveText('No reminder yet');

  const status = await panel.nudge('Gwen Evans');
  expect(status).toContain('reminder to Gwen Evans is waiting in the outbox');
  await expect(panel.lastReminderOf('Gwen Evans')).toContainText('· nudge · waiting in the outbox');

  await panel.nudgeButton('Gwen Evans').click();
  await expect(panel.error).toContainText('Gwen Evans was already nudged today');

  await panel.panel.getByRole('button', { name: 'Withdraw link of Gwen Evans' }).click();
  await expect(panel.nudgeButton('Gwen Evans')).toHaveCount(0);
  await expect(panel.lastReminderOf('Gwen Evans')).toContainText('· nudge ·');

  await sendco.page.goto('/outbox');
  const reminder = sendco.page.getByTestId('outbox-message').filter({ hasText: 'Reminder: ' }).first();
  await reminder.locator('summary').click();
  await expect(reminder.getByTestId('outbox-text')).toContainText('Your personal link is in the invitation we emailed you on');
});
