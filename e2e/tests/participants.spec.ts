import { expect, test } from '@playwright/test';
import { signIn } from '../fixtures/actors.ts';
import { CaseloadPage } from '../pages/CaseloadPage.ts';
import { ParticipantsPanel } from '../pages/ParticipantsPanel.ts';
import { SENDCO } from '../support/demo.ts';
import { startStack, type Stack } from '../support/stack.ts';

let stack: Stack;
test.beforeAll(async () => {
  stack = await startStack();
});
test.afterAll(async () => {
  await stack.stop();
});

const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

test('the SENDCo invites a parent, the invitation is in the outbox, and the parent opens it without an account', async ({
  browser,
}) => {
  const sendco = await signIn(browser, stack, SENDCO);
  const caseload = new CaseloadPage(sendco.page);
  await caseload.goto();
  const reviewId = await caseload.openReview('Chloe Nguyen');
  const panel = new ParticipantsPanel(sendco.page);
  const dueDate = inDays(21);
  await panel.add({ name: 'Linh Nguyen', email: 'linh.nguyen@example.test', role: 'Parent or carer', dueDate });
  await expect(panel.statusOf('Linh Nguyen')).toHaveText('Invited');
  const link = await panel.linkFromOutbox('linh.nguyen@example.test');
  await expect(sendco.page.getByTestId('outbox-text').first()).toContainText('You do not need an account');

  // The parent: a fresh browser with no session.
  const parent = await browser.newContext();
  const parentPage = await parent.newPage();
  await parentPage.goto(link);
  await expect(parentPage.getByRole('heading', { level: 1 })).toContainText('Chloe’s annual review');
  await expect(parentPage.getByTestId('participant-ask')).toContainText('how Chloe is getting on at home and at school');
  await expect(parentPage.getByTestId('participant-due').locator('time')).toHaveAttribute('datetime', dueDate);
  await expect(parentPage.getByTestId('contribution-coming-soon')).toContainText('opens soon');
  await expect(parentPage.getByRole('button', { name: 'Sign out' })).toHaveCount(0);

  // The SENDCo sees it was opened, withdraws the link, and it stops working.
  await sendco.page.goto(`/reviews/${reviewId}`);
  await expect(panel.statusOf('Linh Nguyen')).toHaveText('Opened');
  await panel.panel.getByRole('button', { name: 'Withdraw link of Linh Nguyen' }).click();
  await expect(panel.statusOf('Linh Nguyen')).toHaveText('Link withdrawn');
  await parentPage.reload();
  await expect(parentPage.getByTestId('link-error')).toContainText('no longer available');

  // The audit trail shows what happened.
  await sendco.page.getByRole('navigation', { name: 'School records' }).getByRole('link', { name: 'Audit trail' }).click();
  const events = sendco.page.getByTestId('audit-event');
  await expect(events.first()).toContainText('Participant link withdrawn');
  await expect(sendco.page.getByTestId('audit')).toContainText('Participant link opened');
  await expect(sendco.page.getByTestId('audit')).toContainText('Participant added');

  await parent.close();
  await sendco.context.close();
});
