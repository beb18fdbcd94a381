import { expect, type Locator, type Page } from '@playwright/test';

/** The SENDCo's caseload table, its filters and the CSV import form. */
export class CaseloadPage {
  readonly rows: Locator;
  readonly importErrors: Locator;
  readonly importResult: Locator;

  constructor(private readonly page: Page) {
    this.rows = page.getByTestId('caseload-row');
    this.importErrors = page.getByTestId('import-errors');
    this.importResult = page.getByTestId('import-result');
  }

  async goto(): Promise<void> {
    await this.page.goto('/');
    await expect(this.page.getByRole('heading', { name: 'Caseload', exact: true })).toBeVisible();
  }

  /** Opens a pupil's review from its row of the table (not from "This week") and returns its id. */
  async openReview(pupilName: string): Promise<string> {
    await this.rows.getByRole('link', { name: pupilName, exact: true }).click();
    await expect(this.page.getByRole('heading', { name: `Annual review: ${pupilName}` })).toBeVisible();
    return this.page.url().split('/').pop()!;
  }

  /** Uploads a CSV through the import form. */
  async importCsv(csv: string, name = 'caseload.csv'): Promise<void> {
    await this.page.getByLabel('CSV file').setInputFiles({ name, mimeType: 'text/csv', buffer: Buffer.from(csv, 'utf8') });
    await this.page.getByRole('button', { name: 'Import caseload' }).click();
  }

  /** Shows only the rows of one filter (its button label starts with `label`). */
  async filter(label: string): Promise<void> {
    const button = this.page.getByRole('group', { name: 'Show' }).getByRole('button', { name: new RegExp(`^${label}`) });
    await button.click();
    await expect(button).toHaveAttribute('aria-pressed', 'true');
    await this.settled();
  }

  /** Waits for the list the server answers for the current search, filters and page. */
  async settled(): Promise<void> {
    await expect(this.page.locator('[aria-busy="true"]')).toHaveCount(0);
  }

  /** Searches the caseload by name or UPN (on the server). */
  async search(text: string): Promise<void> {
    await this.page.getByRole('searchbox', { name: 'Search by name or UPN' }).fill(text);
    await this.page.getByRole('button', { name: 'Search', exact: true }).click();
    await this.settled();
  }

  /** Picks an option of one of the filters (Year group, Local authority, Stage, Urgency, Order). */
  async choose(filter: string, option: string): Promise<void> {
    await this.page.getByLabel(filter, { exact: true }).selectOption({ label: option });
    await this.settled();
  }

  /** Pupil names in table order. */
  async pupilNames(): Promise<string[]> {
    return this.rows.getByRole('link').allTextContents();
  }

  row(pupilName: string): Locator {
    return this.rows.filter({ has: this.page.getByRole('link', { name: pupilName }) });
  }

  /** Opens a row's "Why this date?" disclosure with the keyboard and returns it. */
  async openWhyThisDate(pupilName: string): Promise<Locator> {
    const why = this.row(pupilName).getByTestId('why-this-date');
    await why.locator('summary').focus();
    await this.page.keyboard.press('Enter');
    await expect(why).toHaveAttribute('open', '');
    return why;
  }
}
