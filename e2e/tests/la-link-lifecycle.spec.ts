import { expect, test } from '@playwright/test';
import { signIn } from '../fixtures/actors.ts';
import { AuditTrailPage } from '../pages/AuditTrailPage.ts';
import { CaseloadPage } from '../pages/CaseloadPage.ts';
import { OutcomePage } from '../pages/OutcomePage.ts';
import { SharePanel } from '../pages/SharePanel.ts';
import { SENDCO } from '../support/demo.ts';
import { finaliseInDatabase } from '../support/finalised-review.ts';
import { startStack, type Stack } from '../support/stack.ts';

// The LA link after finalisation: list, views, withdrawal, the audit trail, printing and safe
// rendering. (Finalising through the meeting report is covered by la-outcome-link.spec.ts.)

let stack: Stack;
test.beforeAll(async () => {
  stack = await startStack();
});
test.afterAll(async () => {
  await stack.stop();
});

/** A finalised report holding what an attacker might type or paste: markup, and a javascript: link. */
const UNSAFE_REPORT = {
  type: 'doc',
  content: [
    { type: 'paragraph', content: [{ type: 'text', text: 'Ben reads aloud <script>window.pwned=1</script>' }] },
    { type: 'paragraph', content: [{ type: 'text', text: '<img src=x onerror="window.pwned=2">' }] },
    {
      type: 'paragraph',
      content: [
        { type: 'text', text: 'Open the evidence', marks: [{ type: 'link', attrs: { href: 'javascript:window.pwned=3' } }] },
      ],
    },
  ],
};

test('the SENDCo lists, watches and withdraws an LA link; the opening and the withdrawal are in the audit trail', async ({
  browser,
}) => {
  await finaliseInDatabase(stack, 'Ben Carter', UNSAFE_REPORT);
  const sendco = await signIn(browser, stack, SENDCO);
  const caseload = new CaseloadPage(sendco.page);
  await caseload.goto();
  await caseload.openReview('Ben Carter');
  const share = new SharePanel(sendco.page);
  const url = await share.createLink(14);
  await expect(share.statusOf(0)).toHaveText('Active');
  await expect(share.viewsOf(0)).toHaveText('Not opened yet');

  // The LA officer opens it: the outcome, and the report's markup shown as text, never run.
  const la = await browser.newContext();
  const laPage = await la.newPage();
  const outcome = new OutcomePage(laPage);
  await outcome.goto(url);
  await expect(outcome.recommendation).toHaveText('Amend the plan');
  await expect(laPage.getByText('Ben reads aloud <script>window.pwned=1</script>')).toBeVisible();
  await expect(laPage.getByText('<img src=x onerror="window.pwned=2">')).toBeVisible();
  await expect(laPage.getByText('Open the evidence')).toBeVisible();
  await outcome.expectNoScriptLinks();
  expect(await laPage.evaluate(() => (window as unknown as { pwned?: number }).pwned)).toBeUndefined();
  // On paper the Print button is left out and the outcome stays.
  await laPage.emulateMedia({ media: 'print' });
  await expect(outcome.printButton).toBeHidden();
  await expect(outcome.recommendation).toBeVisible();
  await laPage.emulateMedia({ media: 'screen' });
  await expect(outcome.printButton).toBeVisible();

  // The SENDCo sees the opening, then withdraws the link; the LA page now says so.
  await share.refresh();
  await expect(share.viewsOf(0)).toContainText('Opened once');
  await share
    .link(0)
    .getByText(/^Openings/)
    .click();
  await expect(share.link(0).getByTestId('share-link-view')).toHaveCount(1);
  await share.revoke(0);
  await laPage.reload();
  await outcome.expectUnavailable();

  const audit = new AuditTrailPage(sendco.page);
  await audit.goto();
  await expect(audit.events.first()).toContainText('LA link withdrawn');
  await expect(audit.eventsLabelled('LA link opened')).toHaveCount(1);
  await expect(audit.eventsLabelled('LA link opened')).toContainText('browser:');
  const csv = await audit.downloadCsv();
  expect(csv.filename).toMatch(/^audit-trail-\d{4}-\d{2}-\d{2}\.csv$/);
  expect(csv.text).toContain('LA link withdrawn');
  expect(csv.text).toContain('share_link.viewed');

  await la.close();
  await sendco.context.close();
});

test('an unknown link and a withdrawn one look the same: no longer available, ask the school', async ({ browser }) => {
  const context = await browser.newContext();
  const outcome = new OutcomePage(await context.newPage());
  await outcome.expectUnavailable(`${stack.baseUrl}/la/${'x'.repeat(43)}`);
  await context.close();
});
