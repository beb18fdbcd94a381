import { expect, test, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { CaseloadPage } from '../pages/CaseloadPage.ts';
import { OutcomePage } from '../pages/OutcomePage.ts';
import { ParticipantsPanel } from '../pages/ParticipantsPanel.ts';
import { ReviewWorkspace } from '../pages/ReviewWorkspace.ts';
import { daysFromToday, SENDCO, TEACHER } from '../support/demo.ts';
import { finaliseInDatabase } from '../support/finalised-review.ts';
import { startStack, type Stack } from '../support/stack.ts';

/**
 * Issue 10, item 4: the built client works under the Content-Security-Policy (no inline script,
 * no framing) with no CSP error in any console: signing in through the form, the caseload, the
 * live editor with another person's caret, a participant's page and draft, the outbox, and the
 * LA page. Every violation the browser reports (`securitypolicyviolation`) and every console
 * message about the policy is collected from every page.
 */
let stack: Stack;
test.beforeAll(async () => {
  stack = await startStack();
});
test.afterAll(async () => {
  await stack.stop();
});

const problems: string[] = [];

/** A fresh browser context whose pages report CSP violations and console errors into `problems`. */
async function watchedContext(browser: Browser): Promise<BrowserContext> {
  const context = await browser.newContext({ baseURL: stack.baseUrl, viewport: { width: 1280, height: 900 } });
  await context.exposeFunction('reportViolation', (text: string) => problems.push(text));
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      const report = (window as unknown as { reportViolation: (text: string) => void }).reportViolation;
      report(`${event.violatedDirective} blocked ${event.blockedURI || 'inline'} (${event.sourceFile}:${event.lineNumber})`);
    });
  });
  context.on('page', (page) => watch(page));
  return context;
}

function watch(page: Page): void {
  page.on('console', (message) => {
    if (/content security policy|refused to (load|execute|apply|connect|frame)/i.test(message.text()))
      problems.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
}

/** Signs in through the login form, as a person does (the POST carries the page's Origin). */
async function signInThroughForm(page: Page, account: { email: string; password: string }): Promise<void> {
  await page.goto('/');
  await page.getByLabel('Email address').fill(account.email);
  await page.getByLabel('Password').fill(account.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('heading', { level: 1 })).not.toHaveText('EHCP annual review workspace');
}

test('the built client loads and works under the CSP with no CSP errors', async ({ browser }) => {
  const sendcoContext = await watchedContext(browser);
  const sendco = await sendcoContext.newPage();
  const document = await sendco.goto('/');
  const csp = document!.headers()['content-security-policy'] ?? '';
  expect(csp).toContain("script-src 'self'");
  expect(csp).toContain("frame-ancestors 'none'");
  expect(csp).not.toContain('unsafe-inline');

  await signInThroughForm(sendco, SENDCO);
  const caseload = new CaseloadPage(sendco);
  await caseload.goto();
  const reviewId = await caseload.openReview('Chloe Nguyen');
  const review = new ReviewWorkspace(sendco);
  await review.typeAtEnd('Typed under the content security policy.');
  await review.expectSaved();

  // A colleague in the same report: the live connection, presence and their caret (coloured from script).
  const teacherContext = await watchedContext(browser);
  const teacher = await teacherContext.newPage();
  await signInThroughForm(teacher, TEACHER);
  const teacherReview = new ReviewWorkspace(teacher);
  await teacherReview.goto(reviewId);
  await teacherReview.typeAtEnd('The teacher is here too.');
  await expect(review.caretOf(TEACHER.name)).toBeVisible();

  // A parent invited through the panel opens their link and drafts.
  const panel = new ParticipantsPanel(sendco);
  await panel.add({ name: 'Csp Parent', email: 'csp.parent@example.test', role: 'Parent or carer', dueDate: daysFromToday(21) });
  const link = await panel.linkFromOutbox('csp.parent@example.test');
  const parentContext = await watchedContext(browser);
  const parent = await parentContext.newPage();
  await parent.goto(link);
  await expect(parent.getByTestId('participant-ask')).toBeVisible();
  const draft = parent.getByTestId('contribution-editor');
  await draft.locator('h2:has-text("What is going well") + p').click();
  await parent.keyboard.type('Reading at bedtime.', { delay: 10 });
  await expect(parent.getByTestId('save-status')).toHaveText('Saved');

  // The LA page of a finalised review.
  const finalisedId = await finaliseInDatabase(stack, 'Ben Carter', {
    type: 'doc',
    content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Finalised under the CSP.' }] }],
  });
  const created = await sendcoContext.request.post(`/api/reviews/${finalisedId}/share-links`, { data: {} });
  expect(created.status()).toBe(201);
  const laContext = await watchedContext(browser);
  const laPage = await laContext.newPage();
  const outcome = new OutcomePage(laPage);
  await outcome.goto(((await created.json()) as { link: { url: string } }).link.url);
  await expect(outcome.report).toContainText('Finalised under the CSP.');

  expect(problems).toEqual([]);
});
