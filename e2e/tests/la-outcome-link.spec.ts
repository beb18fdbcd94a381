import { expect, test } from '@playwright/test';
import { signIn } from '../fixtures/actors.ts';
import { CaseloadPage } from '../pages/CaseloadPage.ts';
import { OutcomePage } from '../pages/OutcomePage.ts';
import { ReviewWorkspace } from '../pages/ReviewWorkspace.ts';
import { daysFromToday, SENDCO } from '../support/demo.ts';
import { craftReportUpdate, openShareSocket, readReportText, sendCraftedWrites } from '../support/raw-collab.ts';
import { startStack, type Stack } from '../support/stack.ts';

let stack: Stack;
test.beforeAll(async () => {
  stack = await startStack();
});
test.afterAll(async () => {
  await stack.stop();
});

test('the SENDCo finalises; the LA link shows the finalised report read-only and cannot change it', async ({ browser }) => {
  const sendco = await signIn(browser, stack, SENDCO);
  const caseload = new CaseloadPage(sendco.page);
  await caseload.goto();
  const reviewId = await caseload.openReview('Chloe Nguyen');
  const review = new ReviewWorkspace(sendco.page);
  await review.typeAtEnd('Chloe reads aloud confidently <script>window.pwned=1</script>');
  await review.expectSaved();
  await review.recordMeetingDate(daysFromToday(-1));
  await review.completeReport({
    recommendation: 'Amend the plan',
    reasons: 'Speech and language provision in Section F should increase.',
  });
  await review.finalise();
  await expect(sendco.page.getByTestId('report-snapshot')).toContainText('Chloe reads aloud confidently');
  const url = await review.createShareLink();

  // The LA officer: a fresh browser with no session.
  const la = await browser.newContext();
  const laPage = await la.newPage();
  const outcome = new OutcomePage(laPage);
  await outcome.goto(url);
  await expect(outcome.recommendation).toHaveText('Amend the plan');
  await expect(outcome.report).toContainText('Chloe reads aloud confidently <script>window.pwned=1</script>');
  expect(await laPage.evaluate(() => (window as unknown as { pwned?: number }).pwned)).toBeUndefined();
  await outcome.expectNothingEditable();

  // A raw WebSocket with the LA link's access tries to write to the report.
  const token = new URL(url).pathname.split('/').pop()!;
  const docName = `review:${reviewId}:report`;
  const attacker = await openShareSocket(stack.baseUrl, docName, token);
  sendCraftedWrites(attacker, craftReportUpdate('WRITTEN THROUGH THE LA LINK'));
  expect(await readReportText(attacker)).not.toContain('WRITTEN THROUGH THE LA LINK');
  attacker.close();

  // Nobody else sees it, and it was not stored: a restarted server loads the same text.
  const observer = await openShareSocket(stack.baseUrl, docName, token);
  expect(await readReportText(observer)).not.toContain('WRITTEN THROUGH THE LA LINK');
  observer.close();
  await stack.restart();
  const afterRestart = await openShareSocket(stack.baseUrl, docName, token);
  const stored = await readReportText(afterRestart);
  expect(stored).toContain('Chloe reads aloud confidently');
  expect(stored).not.toContain('WRITTEN THROUGH THE LA LINK');
  afterRestart.close();

  await la.close();
  await sendco.context.close();
});

test('a link that does not exist says it is no longer available', async ({ browser }) => {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${stack.baseUrl}/la/${'x'.repeat(43)}`);
  await expect(page.getByTestId('link-error')).toContainText('no longer available');
  await context.close();
});
