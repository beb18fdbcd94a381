import { expect, test } from '@playwright/test';
import { computeTimeline } from '@ehcp/shared/deadlines';
import { signIn } from '../fixtures/actors.ts';
import { CaseloadPage } from '../pages/CaseloadPage.ts';
import { buildCaseloadCsv, iso } from '../support/caseload-csv.ts';
import { SENDCO } from '../support/demo.ts';
import { startStack, type Stack } from '../support/stack.ts';

let stack: Stack;
test.beforeAll(async () => {
  stack = await startStack();
});
test.afterAll(async () => {
  await stack.stop();
});

test('the SENDCo imports a caseload CSV; the caseload shows overdue, Year 9 and phase-transfer rows in order with the right dates', async ({
  browser,
}) => {
  const { page, context } = await signIn(browser, stack, SENDCO);
  const caseload = new CaseloadPage(page);
  await caseload.goto();
  const demoRows = await caseload.rows.count();
  const { csv, pupils, today } = buildCaseloadCsv();

  // A template to start from: the columns the import reads, with an example row.
  const template = await page.getByTestId('caseload-template').getAttribute('href');
  expect(decodeURIComponent(template!)).toContain('Pupil name,Date of birth,UPN,Plan issue date');

  // A file with a bad row is refused with per-row errors, and nothing is imported.
  const broken = csv.replace('Northshire,,primary-to-secondary', 'Northshire,,sideways');
  await caseload.importCsv(`${broken}Zed Bad,31/02/2015,,01/01/2020,,Northshire,,,\r\n`, 'broken.csv');
  await expect(caseload.importErrors).toBeVisible();
  await expect(caseload.importErrors.getByRole('row', { name: /3 Transfer type/ })).toBeVisible();
  await expect(caseload.importErrors.getByRole('row', { name: /6 Date of birth .*not a real date/ })).toBeVisible();
  await expect(caseload.rows).toHaveCount(demoRows);

  await caseload.importCsv(csv);
  await expect(caseload.importResult).toHaveText('Imported 4 pupils: 4 new, 0 updated, 0 unchanged.');
  await expect(caseload.rows).toHaveCount(demoRows + 4);
  // Importing the same file again changes nothing.
  await caseload.importCsv(csv);
  await expect(caseload.importResult).toHaveText('Imported 4 pupils: 0 new, 0 updated, 4 unchanged.');
  await expect(caseload.rows).toHaveCount(demoRows + 4);

  const names = await caseload.pupilNames();
  expect(names[0]).toBe('Olive Overdue');
  expect(names.indexOf('Theo Transfer')).toBeLessThan(names.indexOf('Nina Ninth'));
  expect(names.indexOf('Theo Transfer')).toBeLessThan(names.indexOf('Uma Under-five'));

  // Dates are the engine's: Olive must book by the R5 latest meeting date; Theo by the phase-transfer one.
  const olive = computeTimeline({
    dateOfBirth: iso(pupils.olive.dob),
    planIssuedDate: iso(pupils.olive.issued),
    lastReviewMeetingDate: iso(pupils.olive.lastReview),
    asOf: today,
  });
  const oliveRow = caseload.row('Olive Overdue');
  await expect(oliveRow.getByTestId('next-action')).toHaveText('Book the review meeting');
  await expect(oliveRow.getByTestId('next-action-date')).toHaveAttribute('datetime', olive.latestMeetingDate);
  await expect(oliveRow).toHaveAttribute('data-urgency', 'overdue');
  const theo = computeTimeline({
    dateOfBirth: iso(pupils.theo.dob),
    planIssuedDate: iso(pupils.theo.issued),
    lastReviewMeetingDate: iso(pupils.theo.lastReview),
    transfer: { type: 'primary-to-secondary', transferDate: iso(pupils.theo.transferDate) },
    asOf: today,
  });
  const theoRow = caseload.row('Theo Transfer');
  await expect(theoRow.getByTestId('next-action')).toHaveText('Book the phase-transfer review meeting');
  await expect(theoRow.getByTestId('next-action-date')).toHaveAttribute('datetime', theo.phaseTransfer!.latestMeetingDate);
  await expect(theoRow.getByText(/Phase transfer at risk/)).toBeVisible();
  // The law's date is shown apart from our plan: Theo's amended plan is due by the transfer's last
  // compliant day; until that passes he is behind our plan (at risk), not legally late.
  await expect(theoRow.getByTestId('statutory-date')).toHaveAttribute('datetime', theo.phaseTransfer!.lastCompliantDay);
  const theoUrgency = theo.phaseTransfer!.lastCompliantDay < today ? 'overdue' : 'behind-plan';
  await expect(theoRow).toHaveAttribute('data-urgency', theoUrgency);
  await expect(oliveRow.getByTestId('statutory')).toHaveAttribute('data-status', 'late');
  await expect(oliveRow.getByTestId('statutory-date')).toHaveAttribute('datetime', olive.reviewDueBy);

  const why = await caseload.openWhyThisDate('Olive Overdue');
  await expect(why).toContainText('R5');
  await expect(why).toContainText('Source');

  await caseload.filter('Overdue');
  expect((await caseload.pupilNames()).slice(0, 1)).toEqual(['Olive Overdue']);
  await caseload.filter(theoUrgency === 'overdue' ? 'Overdue' : 'Behind our plan');
  expect(await caseload.pupilNames()).toContain('Theo Transfer');
  await caseload.filter('Year 9+');
  expect(await caseload.pupilNames()).toContain('Nina Ninth');
  expect(await caseload.pupilNames()).not.toContain('Uma Under-five');
  await caseload.filter('Phase transfer');
  // Theo's is recorded and at risk, so first; pupils in Year 6 or Year 11 are transfers from their year group.
  const transfers = await caseload.pupilNames();
  expect(transfers[0]).toBe('Theo Transfer');
  expect(transfers).not.toContain('Nina Ninth');
  await expect(caseload.rows.getByTestId('transfer-tag')).toHaveCount(transfers.length);
  await caseload.filter('Under fives');
  expect(await caseload.pupilNames()).toContain('Uma Under-five');
  expect(await caseload.pupilNames()).not.toContain('Nina Ninth');

  // Search, filters and order are the server's: one pupil by part of her name, any case.
  await caseload.filter('All plans');
  await caseload.search('OVERD');
  expect(await caseload.pupilNames()).toEqual(['Olive Overdue']);
  await expect(page.getByText('Showing 1–1 of 1.')).toBeVisible();
  await page.getByRole('button', { name: 'Clear search and filters' }).click();
  await caseload.settled();
  await caseload.choose('Urgency', 'Overdue');
  expect(await caseload.pupilNames()).toContain('Olive Overdue');
  await caseload.choose('Urgency', 'Any');
  await caseload.choose('Order', 'Name (A to Z)');
  const byName = await caseload.pupilNames();
  expect(byName).toEqual([...byName].sort((a, b) => a.localeCompare(b)));
  await caseload.choose('Order', 'Most urgent first');

  // The review page shows the statutory timeline with today marked.
  await caseload.openReview('Olive Overdue');
  const timeline = page.getByTestId('review-timeline');
  await expect(timeline.getByTestId('timeline-today')).toContainText('Today');
  await expect(timeline.getByText('Annual review due by')).toBeVisible();

  // The SENDCo records a booked meeting; an impossible fact is refused next to its field.
  const meeting = iso(new Date(Date.parse(`${today}T12:00:00Z`) + 20 * 86_400_000));
  const meetingPanel = page.getByTestId('meeting-panel');
  await meetingPanel.getByLabel('Date').fill(meeting);
  await meetingPanel.getByRole('button', { name: 'Book meeting' }).click();
  await expect(meetingPanel.getByTestId('meeting-summary')).not.toHaveText('No meeting booked yet.');
  await timeline.getByText('Record what happened').click();
  await timeline.getByLabel('The meeting has been held').check();
  await timeline.getByRole('button', { name: 'Save' }).click();
  await expect(timeline.locator('#fact-meetingHeld-error')).toContainText('has not happened yet');
  await timeline.getByLabel('The meeting has been held').uncheck();
  await timeline.getByRole('button', { name: 'Save' }).click();
  await expect(timeline.getByText('Saved.')).toBeVisible();
  const meetingEntry = timeline
    .getByTestId('timeline-entry')
    .filter({ has: page.locator('.timeline-label', { hasText: /^Review meeting/ }) });
  await expect(meetingEntry.locator('time')).toHaveAttribute('datetime', meeting);
  await context.close();
});
