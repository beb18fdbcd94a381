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

test('the SENDCo invites a parent, the invitation is in the outbox, and the parent opens it without an account', async ({
  browser,
}) => {
  const sendco = await signIn(browser, stack, SENDCO);
  const caseload = new CaseloadPage(sendco.page);
  await caseload.goto();
  const reviewId = await caseload.openReview('Chloe Nguyen');
  const panel = new ParticipantsPanel(sendco.page);
  const dueDate = daysFromToday(21);
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
  // The parent drafts under the prompts for parents; it saves as they type and is there on a later visit.
  const draft = parentPage.getByTestId('contribution-editor');
  await expect(draft.getByRole('heading', { name: 'What is going well' })).toBeVisible();
  await expect(draft).toHaveAttribute('contenteditable', 'true'); // once the server says she may write
  await draft.locator('h2:has-text("What is going well") + p').click();
  await parentPage.keyboard.type('Chloe has made two new friends in her class.');
  await expect(parentPage.getByTestId('save-status')).toHaveText('Saved');
  await parentPage.reload();
  await expect(draft).toContainText('Chloe has made two new friends in her class.');
  await expect(parentPage.getByRole('button', { name: 'Sign out' })).toHaveCount(0);

  // The SENDCo sees it was opened, withdraws the link, and it stops working.
  await sendco.page.goto(`/reviews/${reviewId}`);
  await expect(panel.statusOf('Linh Nguyen')).toHaveText('Drafting');
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

test('a participant sends their contribution; it is locked for them afterwards', async ({ browser }) => {
  const sendco = await signIn(browser, stack, SENDCO);
  const caseload = new CaseloadPage(sendco.page);
  await caseload.goto();
  const reviewId = await caseload.openReview('Dylan Evans');
  const panel = new ParticipantsPanel(sendco.page);
  await panel.add({
    name: 'Dr Sam Okoro',
    email: 'sam.okoro@example.test',
    role: 'Educational psychologist',
    dueDate: daysFromToday(14),
  });
  const link = await panel.linkFromOutbox('sam.okoro@example.test');

  const ep = await browser.newContext();
  const page = await ep.newPage();
  await page.goto(link);
  const draft = page.getByTestId('contribution-editor');
  await expect(draft).toHaveAttribute('contenteditable', 'true');
  await draft.locator('h2:has-text("Recommendations") + p').click();
  await page.keyboard.type('Keep the weekly small-group sessions for working memory.');
  await expect(page.getByTestId('save-status')).toHaveText('Saved');
  await page.getByRole('button', { name: 'Send my views' }).click();
  await page.getByRole('button', { name: 'Yes, send my views' }).click();
  await expect(page.getByTestId('contribution-sent')).toContainText('you cannot change it now');
  await expect(draft).toHaveAttribute('contenteditable', 'false');
  await page.reload();
  await expect(page.getByTestId('contribution-sent')).toBeVisible();
  await expect(draft).toContainText('Keep the weekly small-group sessions for working memory.');
  await expect(draft).toHaveAttribute('contenteditable', 'false');
  await sendco.page.goto(`/reviews/${reviewId}`);
  await expect(panel.statusOf('Dr Sam Okoro')).toHaveText('Submitted');
  await ep.close();
  await sendco.context.close();
});
