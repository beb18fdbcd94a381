/**
 * Takes the screenshot of a plain text box with another person typing in it: the SENDCo's
 * view of the personal budget notes while the teacher types (a box both may write), on a desktop and on a phone. Run with
 * `npm run build && tsx e2e/scripts/take-plain-field-screenshots.ts`; writes
 * docs/screenshots/plain-field-typing*.png.
 */
import { join } from 'node:path';
import { PlainTextBox } from '../pages/PlainTextBox.ts';
import { TEACHER } from '../support/demo.ts';
import { openDemoReview, runScreenshotScript, SCREENSHOT_DIR } from '../support/screenshot-session.ts';

runScreenshotScript('plain-field', async ({ stack, browser }) => {
  const { page: sendco, reviewId } = await openDemoReview(stack, browser, 'Amara Okafor');
  const teacherContext = await browser.newContext({
    baseURL: stack.baseUrl,
    viewport: { width: 390, height: 844 },
    locale: 'en-GB',
  });
  await teacherContext.request.post('/api/auth/login', { data: TEACHER });
  const teacher = await teacherContext.newPage();
  await teacher.goto(`/reviews/${reviewId}`);

  const mine = new PlainTextBox(sendco, 'personal-budget', 'Notes');
  const theirs = new PlainTextBox(teacher, 'personal-budget', 'Notes');
  await mine.placeCaret('end');
  await mine.type('No personal budget is requested this year; the family may ask for one in Year 7.', 5);
  await sendco.getByRole('heading', { name: 'Personal budget' }).click(); // the SENDCo leaves the box
  await theirs.placeCaret('end');
  await theirs.type(' Travel training could be funded bef', 60);
  await mine.typingMarkerOf(TEACHER.name).waitFor();
  await mine.caretOf(TEACHER.name).waitFor();
  await mine.field.scrollIntoViewIfNeeded();
  await mine.field.screenshot({ path: join(SCREENSHOT_DIR, 'plain-field-typing.png') });

  // The phone: the teacher sees the SENDCo, who is still in the box.
  await theirs.type('ore the move.', 60);
  await teacher.getByRole('heading', { name: 'Personal budget' }).click();
  await mine.placeCaret('end');
  await mine.type(' Agreed', 60);
  await theirs.typingMarkerOf('Priya Shah').waitFor();
  await theirs.field.scrollIntoViewIfNeeded();
  await theirs.field.screenshot({ path: join(SCREENSHOT_DIR, 'plain-field-typing-phone.png') });

  // A long label (Year 9+) wraps above the box on the phone; the names stay on the box's edge.
  const pfaLabel = 'Higher education and/or employment (including training)';
  const pfaMine = new PlainTextBox(sendco, 'pfa', pfaLabel);
  await pfaMine.placeCaret('end');
  await pfaMine.type('Wants to train as a mechanic; college taster days booked', 60);
  const pfaTheirs = new PlainTextBox(teacher, 'pfa', pfaLabel);
  await pfaTheirs.typingMarkerOf('Priya Shah').waitFor();
  await pfaTheirs.field.scrollIntoViewIfNeeded();
  await pfaTheirs.field.screenshot({ path: join(SCREENSHOT_DIR, 'plain-field-typing-phone-long-label.png') });
});
