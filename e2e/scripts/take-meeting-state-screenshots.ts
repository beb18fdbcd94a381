/**
 * Screenshots of what a person sees when the live meeting is not plain sailing: offline with
 * changes kept on the device, a parent whose link was withdrawn mid-meeting, and a parent who
 * typed after the report was finalised. Run with `npm run build && tsx
 * e2e/scripts/take-meeting-state-screenshots.ts`; writes docs/screenshots/meeting-*.png.
 */
import { join } from 'node:path';
import { expect } from '@playwright/test';
import { startTcpProxy } from '../../scripts/tcp-proxy.ts';
import { ParticipantsPanel } from '../pages/ParticipantsPanel.ts';
import { ReviewWorkspace } from '../pages/ReviewWorkspace.ts';
import { daysFromToday, TEACHER } from '../support/demo.ts';
import { openDemoReview, runScreenshotScript, SCREENSHOT_DIR } from '../support/screenshot-session.ts';

runScreenshotScript('meeting-state', async ({ stack, browser }) => {
  // Offline: the teacher's browser reaches the app through a proxy that is then cut.
  const { reviewId } = await openDemoReview(stack, browser, 'Ben Carter');
  const proxy = await startTcpProxy({ host: '127.0.0.1', port: stack.port });
  try {
    const teacherContext = await browser.newContext({
      baseURL: stack.baseUrl,
      viewport: { width: 1280, height: 900 },
      locale: 'en-GB',
    });
    await teacherContext.request.post('/api/auth/login', { data: TEACHER });
    const teacher = await teacherContext.newPage();
    // Same host, another port: the session cookie is shared, and the page is served through the proxy.
    await teacher.goto(`http://127.0.0.1:${proxy.port}/reviews/${reviewId}`).catch(() => undefined);
    const view = new ReviewWorkspace(teacher);
    await expect(view.editor).toHaveAttribute('contenteditable', 'true');
    proxy.pause();
    await expect(view.saveStatus).toHaveText(/^Offline/, { timeout: 10_000 });
    await view.typeIn('editor-young-person-views', 'Ben told Tom he likes using his reading ruler in every lesson.');
    await teacher.getByRole('heading', { name: 'Review meeting report' }).scrollIntoViewIfNeeded();
    await teacher.screenshot({ path: join(SCREENSHOT_DIR, 'meeting-offline.png') });
    await teacherContext.close();
  } finally {
    await proxy.close();
  }

  // A parent's link withdrawn while the meeting report is open.
  const { page: sendco } = await openDemoReview(stack, browser, 'Chloe Nguyen');
  const panel = new ParticipantsPanel(sendco);
  const link = await panel.add({
    name: 'Linh Nguyen',
    email: 'linh@example.test',
    role: 'Parent or carer',
    dueDate: daysFromToday(21),
  });
  const parentContext = await browser.newContext({ viewport: { width: 390, height: 844 }, locale: 'en-GB' });
  const parent = await parentContext.newPage();
  await parent.goto(link);
  const meeting = parent.getByTestId('participant-meeting');
  await meeting.getByRole('button', { name: 'Open the meeting report' }).click();
  await expect(meeting.getByTestId('save-status')).toHaveText('Saved');
  await panel.panel.getByRole('button', { name: 'Withdraw link of Linh Nguyen' }).click();
  await expect(meeting.getByTestId('save-status')).toContainText('This link no longer works');
  await meeting.getByTestId('save-status').scrollIntoViewIfNeeded();
  await parent.screenshot({ path: join(SCREENSHOT_DIR, 'meeting-link-withdrawn.png') });
  await parentContext.close();

  // A parent who typed offline while the SENDCo finalised: back online, she is told it was not saved.
  const { page: chair } = await openDemoReview(stack, browser, 'Dylan Evans');
  const workspace = new ReviewWorkspace(chair);
  const rhys = await new ParticipantsPanel(chair).add({
    name: 'Rhys Evans',
    email: 'rhys@example.test',
    role: 'Parent or carer',
    dueDate: daysFromToday(14),
  });
  await workspace.recordMeetingDate(daysFromToday(-1));
  await workspace.completeReport({ recommendation: 'Maintain the plan', reasons: 'All outcomes are on track.' });
  const parentProxy = await startTcpProxy({ host: '127.0.0.1', port: stack.port });
  try {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 }, locale: 'en-GB' });
    const page = await context.newPage();
    const viaProxy = new URL(rhys);
    viaProxy.port = String(parentProxy.port);
    await page.goto(viaProxy.toString());
    const room = page.getByTestId('participant-meeting');
    await room.getByRole('button', { name: 'Open the meeting report' }).click();
    await expect(room.getByTestId('save-status')).toHaveText('Saved');
    parentProxy.pause();
    await room.getByTestId('editor-parent-views').click();
    await page.keyboard.press('Control+End');
    await page.keyboard.type(' Rhys: he sleeps better since the new routine.');
    await workspace.finalise();
    parentProxy.resume();
    await expect(room.getByTestId('save-status')).toContainText('Not saved', { timeout: 20_000 });
    await room.getByTestId('save-status').scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(SCREENSHOT_DIR, 'meeting-not-saved.png') });
    await context.close();
  } finally {
    await parentProxy.close();
  }
  process.stdout.write('meeting-offline.png, meeting-link-withdrawn.png, meeting-not-saved.png\n');
});
