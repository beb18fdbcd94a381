import { expect, test } from '@playwright/test';
import { signIn } from '../fixtures/actors.ts';
import { CaseloadPage } from '../pages/CaseloadPage.ts';
import { ReviewWorkspace } from '../pages/ReviewWorkspace.ts';
import { SENDCO, TEACHER } from '../support/demo.ts';
import { startStack, type Stack } from '../support/stack.ts';

let stack: Stack;
test.beforeAll(async () => {
  stack = await startStack();
});
test.afterAll(async () => {
  await stack.stop();
});

test('two people co-edit the review report live and see each other’s text and caret', async ({ browser }) => {
  const sendco = await signIn(browser, stack, SENDCO);
  const teacher = await signIn(browser, stack, TEACHER);
  const caseload = new CaseloadPage(sendco.page);
  await caseload.goto();
  const reviewId = await caseload.openReview('Ben Carter');
  const sendcoView = new ReviewWorkspace(sendco.page);
  const teacherView = new ReviewWorkspace(teacher.page);
  await teacherView.goto(reviewId);

  await expect(sendco.page.getByTestId('presence-list')).toContainText(TEACHER.name);
  await sendcoView.typeAtEnd('SENDCo: Ben has met his reading outcome.');
  await teacherView.typeAtEnd('Teacher: needs a quiet space for tests.');

  for (const view of [sendcoView, teacherView]) {
    await expect(view.editor).toContainText('SENDCo: Ben has met his reading outcome.');
    await expect(view.editor).toContainText('Teacher: needs a quiet space for tests.');
  }
  await expect(sendcoView.caretOf(TEACHER.name)).toBeVisible();
  await expect(teacherView.caretOf(SENDCO.name)).toBeVisible();
  // Screen readers hear a short summary of the other person's changes, not their own.
  await expect(sendco.page.getByTestId('remote-changes')).toHaveText(`${TEACHER.name} changed Discussion notes.`);
  await expect(teacher.page.getByTestId('remote-changes')).toHaveText(`${SENDCO.name} changed Discussion notes.`);
  await expect(sendco.page.getByTestId('remote-changes')).toHaveAttribute('aria-live', 'polite');
  await sendcoView.expectSaved();
  await teacherView.expectSaved();

  await teacher.context.close();
  await expect(sendcoView.caretOf(TEACHER.name)).toHaveCount(0, { timeout: 15_000 });
  await sendco.context.close();
});

test('the report text survives a server restart without duplication', async ({ browser }) => {
  const sendco = await signIn(browser, stack, SENDCO);
  const caseload = new CaseloadPage(sendco.page);
  await caseload.goto();
  const reviewId = await caseload.openReview('Amara Okafor');
  const view = new ReviewWorkspace(sendco.page);
  await view.typeAtEnd('Written before the restart.');
  await view.expectSaved();

  await stack.restart();
  await view.goto(reviewId);
  await expect(view.editor).toContainText('Written before the restart.');
  await expect(view.editor.getByText('Written before the restart.')).toHaveCount(1);
  // The server seeds each part of the report once: after the restart each empty part still has one paragraph.
  await expect(sendco.page.getByTestId('editor-parent-views').locator('p')).toHaveCount(1);
  await view.expectSaved();
  await sendco.context.close();
});
