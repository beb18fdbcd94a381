import { expect, test } from '@playwright/test';
import { signIn } from '../fixtures/actors.ts';
import { CaseloadPage } from '../pages/CaseloadPage.ts';
import { PupilsPage } from '../pages/PupilsPage.ts';
import { SENDCO } from '../support/demo.ts';
import { startStack, type Stack } from '../support/stack.ts';

/**
 * Issue 11, item 3: the SENDCo adds a pupil, corrects the family name and archives them; invites
 * a teacher, who sets a password from the outbox link, signs in and, with involved-only
 * visibility, sees only the review they are assigned to.
 */
let stack: Stack;
test.beforeAll(async () => {
  stack = await startStack();
});
test.afterAll(async () => {
  await stack.stop();
});

test('the SENDCo adds, corrects and archives a pupil; an invited teacher sets a password and sees only the review they are involved in', async ({
  browser,
}) => {
  test.setTimeout(120_000);
  const { page, context } = await signIn(browser, stack, SENDCO);
  const caseload = new CaseloadPage(page);
  await caseload.goto();
  const pupils = new PupilsPage(page);
  await pupils.open();

  // An empty form: the problems are listed at the top, each linking to its field.
  await page.getByRole('button', { name: 'Add a pupil' }).click();
  const form = page.getByTestId('new-pupil-form');
  await form.getByRole('button', { name: 'Add pupil' }).click();
  const problems = page.getByTestId('new-pupil-problems');
  await expect(problems).toBeFocused();
  await problems.getByRole('link', { name: 'Enter the pupil’s family name.' }).click();
  await expect(form.getByLabel('Family name', { exact: true })).toBeFocused();

  await pupils.fill(form, {
    'Given name': 'Jade',
    'Family name': 'Quinn',
    'Date of birth': '2014-06-01',
    'Local authority': 'Northshire',
    'Plan first issued on': '2022-01-10',
  });
  await form.getByRole('button', { name: 'Add pupil' }).click();
  await expect(pupils.result).toHaveText('Jade Quinn was added, with a review on the caseload.');
  await expect(pupils.result).toBeFocused();
  await expect(pupils.pupil('Quinn, Jade')).toBeVisible();

  // The family name corrected.
  await pupils.pupil('Quinn, Jade').getByRole('button', { name: 'Edit Jade Quinn' }).click();
  const edit = pupils.pupil('Quinn, Jade').locator('form');
  await edit.getByLabel('Family name', { exact: true }).fill('Quinn-Lee');
  await edit.getByRole('button', { name: 'Save changes' }).click();
  await expect(pupils.result).toHaveText('Jade Quinn-Lee’s details were saved.');
  await expect(pupils.pupil('Quinn-Lee, Jade')).toBeVisible();
  await caseload.goto();
  await expect(caseload.rows.getByRole('link', { name: 'Jade Quinn-Lee', exact: true })).toBeVisible();

  // Archived: off the list and the caseload, found under "Archived".
  await pupils.open();
  await pupils.pupil('Quinn-Lee, Jade').getByRole('button', { name: 'Archive Jade Quinn-Lee' }).click();
  await expect(pupils.result).toHaveText('Jade Quinn-Lee was archived: off the caseload, records kept.');
  await expect(pupils.pupil('Quinn-Lee, Jade')).toHaveCount(0);
  await pupils.show('Archived');
  await expect(pupils.pupil('Quinn-Lee, Jade')).toBeVisible();
  await caseload.goto();
  await expect(caseload.rows.getByRole('link', { name: 'Jade Quinn-Lee' })).toHaveCount(0);

  // A teacher invited, and only involved staff see reviews.
  await page.getByRole('navigation', { name: 'School records' }).getByRole('link', { name: 'Staff' }).click();
  await expect(page.getByRole('heading', { name: 'Staff', level: 1 })).toBeVisible();
  const invite = page.getByTestId('invite-form');
  await invite.getByLabel('Name').fill('Vera Visible');
  await invite.getByLabel('Work email address').fill('vera@oakfield.example');
  await invite.getByLabel('What they do').selectOption({ label: 'Teacher' });
  await invite.getByRole('button', { name: 'Send invitation' }).click();
  await expect(page.getByText('Vera Visible was invited')).toBeFocused();
  await expect(page.getByTestId('staff-member').filter({ hasText: 'Vera Visible' })).toContainText('Invited, no password yet');
  await page.getByLabel('Only reviews they are involved in').check();
  await page.getByRole('button', { name: 'Save setting' }).click();
  await expect(page.getByTestId('visibility-message')).toHaveText(/^Saved/);

  // Vera assigned to Ben Carter's review.
  await caseload.goto();
  const benReview = await caseload.openReview('Ben Carter');
  await page.getByText('Staff assigned to this review').click();
  await page.getByRole('checkbox', { name: 'Vera Visible' }).check();
  await page.getByRole('button', { name: 'Save assigned staff' }).click();
  await expect(page.locator('.assigned-staff p[aria-live]')).toHaveText('Saved.');

  // The set-password link, from the outbox.
  await page.getByRole('navigation', { name: 'School records' }).getByRole('link', { name: 'Outbox' }).click();
  const message = page.getByTestId('outbox-message').filter({ hasText: 'vera@oakfield.example' });
  await message.locator('summary').click();
  const link = /https?:\/\/\S+\/set-password\/[A-Za-z0-9_-]+/.exec((await message.getByTestId('outbox-text').textContent())!)![0];

  const teacherContext = await browser.newContext({ baseURL: stack.baseUrl });
  const teacher = await teacherContext.newPage();
  await teacher.goto(new URL(link).pathname);
  await teacher.getByLabel('New password', { exact: true }).fill('vera chooses a password');
  await teacher.getByLabel('The same password again').fill('vera chooses a password');
  await teacher.getByRole('button', { name: 'Set password' }).click();
  await expect(teacher.getByRole('heading', { name: 'Your password is set' })).toBeFocused();
  await teacher.getByRole('link', { name: 'Sign in' }).click();
  await teacher.getByLabel('Email address').fill('vera@oakfield.example');
  await teacher.getByLabel('Password').fill('vera chooses a password');
  await teacher.getByRole('button', { name: 'Sign in' }).click();
  const teacherCaseload = new CaseloadPage(teacher);
  await expect(teacher.getByRole('heading', { name: 'Caseload', exact: true })).toBeVisible();
  await expect(teacherCaseload.rows).toHaveCount(1);
  expect(await teacherCaseload.pupilNames()).toEqual(['Ben Carter']);
  await teacher.goto(`/reviews/${benReview}`);
  await expect(teacher.getByRole('heading', { name: 'Annual review: Ben Carter' })).toBeVisible();
  // The link works once.
  await teacher.goto(new URL(link).pathname);
  await teacher.getByLabel('New password', { exact: true }).fill('another password now');
  await teacher.getByLabel('The same password again').fill('another password now');
  await teacher.getByRole('button', { name: 'Set password' }).click();
  await expect(teacher.getByRole('alert')).toContainText('This link no longer works');
  await teacherContext.close();
  await context.close();
});
