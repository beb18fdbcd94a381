/**
 * Takes the address-book screenshot from the running production build: a review's "Invite from
 * address book" picker with two people ticked (one added by the SENDCo, one remembered from an
 * invitation to another review) and a teacher already invited, who cannot be ticked. Run with
 * `npm run build && tsx e2e/scripts/take-address-book-screenshots.ts`; writes
 * docs/screenshots/address-book-invite.png.
 */
import { join } from 'node:path';
import { AddressBook } from '../pages/AddressBook.ts';
import { ParticipantsPanel } from '../pages/ParticipantsPanel.ts';
import { ReviewWorkspace } from '../pages/ReviewWorkspace.ts';
import { daysFromToday } from '../support/demo.ts';
import { openDemoReview, runScreenshotScript, SCREENSHOT_DIR } from '../support/screenshot-session.ts';

runScreenshotScript('address-book', async ({ stack, browser }) => {
  const { page, reviewId } = await openDemoReview(stack, browser, 'Dylan Evans');
  const api = page.request;
  // Remembered from invitations to another review, and typed in by the SENDCo.
  const other = await api.get('/api/caseload?q=Ben');
  const otherReview = ((await other.json()) as { rows: { reviewId: string }[] }).rows[0]!.reviewId;
  for (const person of [
    { name: 'Sally Salt', email: 'sally.salt@therapies.example', role: 'speech_language_therapist' },
    { name: 'Kofi Mensah', email: 'k.mensah@northshire-social.example', role: 'social_care' },
  ])
    await api.post(`/api/reviews/${otherReview}/participants`, { data: { ...person, dueDate: daysFromToday(20) } });
  for (const entry of [
    {
      name: 'Dr Ade Bello',
      role: 'educational_psychologist',
      organisation: 'Northshire Educational Psychology Service',
      email: 'a.bello@eps.example',
      phone: '01632 960001',
    },
    {
      name: 'Grace Lin',
      role: 'occupational_therapist',
      organisation: 'Northshire Children’s Therapies',
      email: 'g.lin@nct.example',
    },
    { name: 'Hannah Price', role: 'health', organisation: 'Northshire Health Visiting Team', email: 'h.price@nhs.example' },
  ])
    await api.post('/api/address-book', { data: entry });

  await new ReviewWorkspace(page).recordMeetingDate(daysFromToday(30));
  const panel = new ParticipantsPanel(page);
  await panel.add({ name: 'Rosa Evans', email: 'rosa.evans@oakfield.example', role: 'Teacher or other school staff' });
  await page.goto(`/reviews/${reviewId}`);
  await panel.panel.getByRole('button', { name: 'Invite from address book' }).click();
  const book = new AddressBook(page);
  await book.choice('Dr Ade Bello').check();
  await book.choice('Sally Salt').check();
  // The picker with a margin, in page coordinates (a box is measured in the viewport).
  const box = (await book.picker().boundingBox())!;
  const scrollY = await page.evaluate(() => window.scrollY);
  const margin = 12;
  await page.screenshot({
    path: join(SCREENSHOT_DIR, 'address-book-invite.png'),
    fullPage: true,
    clip: { x: box.x - margin, y: box.y + scrollY - margin, width: box.width + 2 * margin, height: box.height + 2 * margin },
  });
});
