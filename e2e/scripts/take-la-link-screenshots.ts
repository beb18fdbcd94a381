/**
 * Takes the LA link screenshots from the running production build: the share panel with an
 * opened link and a withdrawn one, the outcome page as printed, and the audit trail. Run with
 * `npm run build && tsx e2e/scripts/take-la-link-screenshots.ts`; writes docs/screenshots/*.png.
 */
import { join } from 'node:path';
import { signIn } from '../fixtures/actors.ts';
import { AuditTrailPage } from '../pages/AuditTrailPage.ts';
import { CaseloadPage } from '../pages/CaseloadPage.ts';
import { OutcomePage } from '../pages/OutcomePage.ts';
import { SharePanel } from '../pages/SharePanel.ts';
import { SENDCO } from '../support/demo.ts';
import { finaliseInDatabase } from '../support/finalised-review.ts';
import { runScreenshotScript, SCREENSHOT_DIR } from '../support/screenshot-session.ts';

const paragraph = (text: string) => ({ type: 'paragraph', content: [{ type: 'text', text }] });
const heading = (text: string) => ({ type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text }] });
const REPORT = {
  type: 'doc',
  content: [
    heading('Attendees'),
    paragraph('Priya Shah (SENDCo), Tom Hughes (class teacher), Mrs Carter (parent), Ben.'),
    heading('Progress towards outcomes'),
    paragraph('Reading: Ben now reads Level 12 books independently (target met). Writing: sentences with capitals.'),
    heading('Recommendation'),
    paragraph('Amend Section F: weekly speech and language therapy in a small group.'),
  ],
};
const BROWSERS = [
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0 Safari/537.36 Edg/131.0',
  'Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Safari/605.1.15',
];

runScreenshotScript('la-link', async ({ stack, browser }) => {
  await finaliseInDatabase(stack, 'Ben Carter', REPORT);
  const { page } = await signIn(browser, stack, SENDCO);
  const caseload = new CaseloadPage(page);
  await caseload.goto();
  await caseload.openReview('Ben Carter');
  const share = new SharePanel(page);
  await share.createLink(7);
  await share.revoke(0);
  const url = await share.createLink(30);

  for (const userAgent of BROWSERS) {
    const la = await (await browser.newContext({ userAgent, viewport: { width: 1000, height: 900 } })).newPage();
    await new OutcomePage(la).goto(url);
    await la.context().close();
  }
  const la = await (await browser.newContext({ viewport: { width: 900, height: 1200 } })).newPage();
  await new OutcomePage(la).goto(url);
  await la.emulateMedia({ media: 'print' });
  await la.screenshot({ path: join(SCREENSHOT_DIR, 'la-outcome-print.png'), fullPage: true });

  await share.refresh();
  await share
    .link(0)
    .getByText(/^Openings/)
    .click();
  await share.panel.screenshot({ path: join(SCREENSHOT_DIR, 'share-panel.png') });
  await share.revoke(0);

  const audit = new AuditTrailPage(page);
  await audit.goto();
  await page.screenshot({ path: join(SCREENSHOT_DIR, 'audit-trail-la-links.png') });
});
