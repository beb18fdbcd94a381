import { readFile } from 'node:fs/promises';
import { expect, type Locator, type Page } from '@playwright/test';

/** The SENDCo's audit trail page. */
export class AuditTrailPage {
  readonly events: Locator;

  constructor(private readonly page: Page) {
    this.events = page.getByTestId('audit-event');
  }

  async goto(): Promise<void> {
    await this.page.goto('/audit');
    await expect(this.page.getByRole('heading', { name: 'Audit trail' })).toBeVisible();
  }

  /** Rows whose "What" column is `label` (e.g. "LA link opened"). */
  eventsLabelled(label: string): Locator {
    return this.events.filter({ has: this.page.getByRole('rowheader', { name: label, exact: true }) });
  }

  /** Downloads the trail through the page's link and returns the CSV text. */
  async downloadCsv(): Promise<{ filename: string; text: string }> {
    const [download] = await Promise.all([
      this.page.waitForEvent('download'),
      this.page.getByRole('link', { name: 'Download as CSV' }).click(),
    ]);
    return { filename: download.suggestedFilename(), text: await readFile(await download.path(), 'utf8') };
  }
}
