import { expect, test } from '@playwright/test';
import { sendcoOnReview } from '../fixtures/actors.ts';
import { daysFromToday } from '../support/demo.ts';
import { tabTo } from '../support/keyboard.ts';
import { startStack, type Stack } from '../support/stack.ts';

/**
 * Issue 12, item 1: the SENDCo's main actions on a review page with the keyboard alone. What to
 * do next comes first in the page, and after each action focus lands on its result, never on
 * <body>. Tab counts are the page's order, not timings.
 */
let stack: Stack;
test.beforeAll(async () => {
  stack = await startStack();
});
test.afterAll(async () => {
  await stack.stop();
});

test('the SENDCo invites, records, checks what is missing and adds an outcome by keyboard; focus lands on each result', async ({
  browser,
}) => {
  test.setTimeout(120_000);
  const { page } = await sendcoOnReview(browser, stack, 'Chloe Nguyen');
  await expect(page.getByTestId('report-editor')).toHaveAttribute('contenteditable', 'true');
  await expect(page).toHaveTitle(/^Annual review: Chloe Nguyen – /);

  // The invitation form is near the top of the page, before the whole report.
  // From the very top of a freshly loaded page (skip link, header, then the page).
  await page.reload();
  await expect(page.getByTestId('save-status')).toHaveText('Saved');
  const pressesToInvite = await tabTo(page, 'participant-name', 15);
  expect(pressesToInvite).toBeLessThanOrEqual(12);
  console.log(`keyboard-sendco: ${pressesToInvite} Tab presses from the top of the review page to the invitation form`);
  // Name, email, role, language, the date's day, month and year, then the button.
  await tabTo(page, 'button:Add and send invitation', 10);
  await page.keyboard.press('Enter');
  // Refused (nothing filled in): focus goes to the list of what is wrong.
  await expect(page.locator('.add-participant [role="alert"]')).toBeFocused();

  await page.getByLabel('Name', { exact: true }).focus();
  await page.keyboard.type('Linh Nguyen');
  await page.keyboard.press('Tab');
  await page.keyboard.type('linh.nguyen@example.test');
  await tabTo(page, 'participant-due', 4);
  // The native date box's segment order depends on the browser's locale: set its value directly.
  await page.getByTestId('participant-due').or(page.locator('#participant-due')).fill(daysFromToday(21));
  await tabTo(page, 'button:Add and send invitation', 6);
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('invitation-result')).toBeFocused();
  await expect(page.getByTestId('invitation-result')).toContainText('invitation');

  // "Record what happened": open it, save, and focus is on the answer.
  await page.getByText('Record what happened').focus();
  await page.keyboard.press('Enter');
  await tabTo(page, 'button:Save', 40);
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('facts-message')).toBeFocused();
  await expect(page.getByTestId('facts-message')).toHaveText('Saved.');

  // "Check what is missing": focus is on the answer; each missing item is a link to its field.
  await tabTo(page, 'button:Check what is missing', 80);
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('finalise-checklist')).toBeFocused();
  const parentsViews = page.getByTestId('missing-items').getByRole('link', { name: "Parents' and carers' views" });
  await expect(parentsViews).toBeVisible();
  await tabTo(page, `a:Parents' and carers' views`, 12);
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('editor-parent-views')).toBeFocused();
  await page
    .getByTestId('missing-items')
    .getByRole('link', { name: /^Progress towards outcomes/ })
    .focus();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('rows-outcomes').getByRole('button', { name: 'Add outcome' })).toBeFocused();

  // "Add outcome": focus goes into the new row's first box; "Remove" returns it to "Add".
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('rows-outcomes').getByLabel('Outcome 1')).toBeFocused();
  await page.keyboard.type('Chloe reads a short book on her own.');
  await page.getByRole('button', { name: 'Remove outcome 1' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('rows-outcomes').getByRole('button', { name: 'Add outcome' })).toBeFocused();
  await page.context().close();
});
