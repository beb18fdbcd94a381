/**
 * Takes the README's caseload screenshots from the running production build: the caseload
 * after a CSV import with a "why this date" opened, the import's per-row errors, and a review's
 * statutory timeline with a refused fact. Run with `npm run screenshots:caseload`; writes docs/screenshots/*.png.
 */
import { join } from 'node:path';
import { CaseloadPage } from '../pages/CaseloadPage.ts';
import { runScreenshotScript, SCREENSHOT_DIR } from '../support/screenshot-session.ts';
import { buildCaseloadCsv, iso } from '../support/caseload-csv.ts';
import { SENDCO } from '../support/demo.ts';

const OUT = SCREENSHOT_DIR;

runScreenshotScript('caseload', async ({ stack, browser }) => {
  const context = await browser.newContext({ baseURL: stack.baseUrl, viewport: { width: 1280, height: 900 }, locale: 'en-GB' });
  await context.request.post('/api/auth/login', { data: SENDCO });
  const page = await context.newPage();
  const caseload = new CaseloadPage(page);
  await caseload.goto();
  const { csv } = buildCaseloadCsv();

  const broken = csv.replace('Northshire,,primary-to-secondary', 'Northshire,,sideways');
  await caseload.importCsv(`${broken}Zed Bad,31/02/2015,,01/01/2020,,Northshire,,,\r\n`, 'broken.csv');
  await caseload.importErrors.waitFor();
  await page.locator('.caseload-tools').screenshot({ path: join(OUT, 'caseload-import-errors.png') });

  await caseload.importCsv(csv);
  await caseload.importResult.waitFor();
  await page.reload();
  await caseload.rows.first().waitFor();
  await caseload.openWhyThisDate('Olive Overdue');
  await page.screenshot({ path: join(OUT, 'caseload.png'), fullPage: true });

  await caseload.filter('Phase transfer');
  await caseload.openWhyThisDate('Theo Transfer');
  await page.screenshot({ path: join(OUT, 'caseload-phase-transfer.png') });

  await caseload.filter('All plans');
  await caseload.openReview('Theo Transfer');
  const timeline = page.getByTestId('review-timeline');
  await timeline.getByTestId('timeline-today').waitFor();
  await timeline.getByTestId('why-this-date').first().locator('summary').click();
  await timeline.screenshot({ path: join(OUT, 'review-timeline.png') });

  // Recording facts: a meeting marked as held on a future date is refused next to its field.
  await page
    .getByTestId('meeting-panel')
    .getByLabel('Date')
    .fill(iso(new Date(Date.now() + 20 * 86_400_000)));
  await page.getByTestId('meeting-panel').getByRole('button', { name: 'Book meeting' }).click();
  await timeline.getByText('Record what happened').click();
  await timeline.getByLabel('The meeting has been held').check();
  await timeline.getByRole('button', { name: 'Save' }).click();
  await timeline.locator('#fact-meetingHeld-error').waitFor();
  await timeline.screenshot({ path: join(OUT, 'review-facts-error.png') });
});
