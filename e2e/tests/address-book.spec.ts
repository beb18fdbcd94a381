import { expect, test, type Page } from '@playwright/test';
import { signIn } from '../fixtures/actors.ts';
import { AddressBook } from '../pages/AddressBook.ts';
import { CaseloadPage } from '../pages/CaseloadPage.ts';
import { ParticipantsPanel } from '../pages/ParticipantsPanel.ts';
import { ReviewWorkspace } from '../pages/ReviewWorkspace.ts';
import { AxeJourney } from '../support/axe.ts';
import { daysFromToday, SENDCO } from '../support/demo.ts';
import { startStack, type Stack } from '../support/stack.ts';

/**
 * Issue 11, item 4: the school's address book. The SENDCo adds an educational psychologist to the
 * book, opens a review, and invites the EP and a speech and language therapist invited to another
 * review before (so already in the book) in one go from the picker, by keyboard; both appear in
 * the participants list and in the outbox. Axe runs on the page and the picker at desktop width
 * and on a phone (390×844).
 */
let stack: Stack;
const journey = new AxeJourney('address-book');
test.beforeAll(async () => {
  stack = await startStack();
});
test.afterAll(async () => {
  journey.save();
  await stack?.stop();
});

/** Opens a pupil's review from the caseload and books its meeting 30 days ahead. */
async function openReviewWithMeeting(page: Page, pupil: string): Promise<ParticipantsPanel> {
  const caseload = new CaseloadPage(page);
  await caseload.goto();
  await caseload.openReview(pupil);
  await new ReviewWorkspace(page).recordMeetingDate(daysFromToday(30));
  return new ParticipantsPanel(page);
}

test('the SENDCo adds an EP to the address book and invites the EP and last term’s SaLT from it in one go', async ({
  browser,
}) => {
  test.setTimeout(180_000);
  const { page, context } = await signIn(browser, stack, SENDCO);

  // A therapist invited to another review is in the book from then on.
  const other = await openReviewWithMeeting(page, 'Ben Carter');
  await other.add({ name: 'Sally Salt', email: 'Sally.Salt@therapies.example', role: 'Speech and language therapist' });

  // The SENDCo adds an EP; an empty form lists its problems first.
  const book = new AddressBook(page);
  await book.open();
  await expect(book.entry('Sally Salt')).toContainText('Added when first invited to a review');
  await page.getByRole('button', { name: 'Add someone' }).click();
  const form = page.getByTestId('new-entry-form');
  await form.getByRole('button', { name: 'Add to address book' }).click();
  const problems = page.getByTestId('new-entry-problems');
  await expect(problems).toBeFocused();
  await expect(problems).toContainText('Enter their name.');
  await journey.scan(page, 'address book: form with problems');
  await book.fill(form, {
    Name: 'Dr Ade Bello',
    Role: 'Educational psychologist',
    'Organisation (optional)': 'Northshire Educational Psychology Service',
    Email: 'a.bello@eps.example',
    'Phone (optional)': '01632 960001',
  });
  await form.getByRole('button', { name: 'Add to address book' }).click();
  await expect(book.result).toHaveText('Dr Ade Bello was added to the address book.');
  await expect(book.result).toBeFocused();
  await page.getByLabel('Search the address book').fill('psychology');
  await expect(book.entries).toHaveCount(1);
  await expect(book.entry('Dr Ade Bello')).toContainText('Northshire Educational Psychology Service');
  await journey.scan(page, 'address book: searched');

  // On another review, a teacher invited by hand is shown as already invited and cannot be ticked.
  const panel = await openReviewWithMeeting(page, 'Amara Okafor');
  await panel.add({ name: 'Tess Teacher', email: 'tess@oakfield.example', role: 'Teacher or other school staff' });
  const opener = panel.panel.getByRole('button', { name: 'Invite from address book' });
  await opener.focus();
  await page.keyboard.press('Enter');
  await expect(opener).toHaveAttribute('aria-expanded', 'true');
  await expect(book.choice('Tess Teacher')).toBeDisabled();
  await expect(book.picker().getByTestId('address-book-choice').filter({ hasText: 'Tess Teacher' })).toContainText(
    'Already invited to this review',
  );
  await expect(book.picker().getByLabel(/Contributions needed by/)).not.toHaveValue('');

  // By keyboard: opening puts the cursor in the search; tick with Space; a tick stays while another search is shown.
  await expect(book.picker().getByLabel('Search the address book')).toBeFocused();
  await page.keyboard.type('bello');
  await expect(book.picker().getByTestId('address-book-choice')).toHaveCount(1);
  await page.keyboard.press('Tab');
  await expect(book.choice('Dr Ade Bello')).toBeFocused();
  await page.keyboard.press('Space');
  await book.picker().getByLabel('Search the address book').fill('speech');
  await expect(book.picker().getByTestId('address-book-choice')).toHaveCount(1);
  await book.choice('Sally Salt').focus();
  await page.keyboard.press('Space');
  await expect(book.picker().getByRole('group', { name: 'Who to invite (2 ticked)' })).toBeVisible();
  await journey.scan(page, 'picker: two ticked');
  await book.picker().getByRole('button', { name: 'Invite 2 people' }).focus();
  await page.keyboard.press('Enter');

  // One result per person, focused; both are on the tracker and in the outbox.
  const results = book.picker().getByTestId('address-book-results');
  await expect(results).toBeFocused();
  await expect(results).toContainText('Dr Ade Bello: invited, invitation waiting in the outbox.');
  await expect(results).toContainText('Sally Salt: invited, invitation waiting in the outbox.');
  await expect(panel.statusOf('Dr Ade Bello')).toHaveText('Invited');
  await expect(panel.statusOf('Sally Salt')).toHaveText('Invited');
  await expect(panel.participants).toHaveCount(3);
  await book.picker().getByLabel('Search the address book').fill('');
  await expect(book.choice('Dr Ade Bello')).toBeDisabled();
  await expect(book.choice('Sally Salt')).toBeDisabled();
  await journey.scan(page, 'picker: results');

  // The phone layout: nothing wider than the screen, and still no serious violation.
  await page.setViewportSize({ width: 390, height: 844 });
  await expect(book.picker()).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await journey.scan(page, 'picker on a phone');

  await page.getByRole('navigation', { name: 'School records' }).getByRole('link', { name: 'Outbox' }).click();
  const messages = page.getByTestId('outbox-message');
  await expect(messages.filter({ hasText: 'a.bello@eps.example' })).toHaveCount(1);
  await expect(messages.filter({ hasText: 'sally.salt@therapies.example' })).toHaveCount(2);
  await book.open();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await journey.scan(page, 'address book on a phone');
  await context.close();
});
