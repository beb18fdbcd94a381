import { expect, type Locator, type Page } from '@playwright/test';

/** The SENDCo's caseload table. */
export class CaseloadPage {
  readonly rows: Locator;

  constructor(private readonly page: Page) {
    this.rows = page.getByTestId('caseload-row');
  }

  async goto(): Promise<void> {
    await this.page.goto('/');
    await expect(this.page.getByRole('heading', { name: 'Caseload' })).toBeVisible();
  }

  /** Opens a pupil's review and returns its id. */
  async openReview(pupilName: string): Promise<string> {
    await this.page.getByRole('link', { name: pupilName }).click();
    await expect(this.page.getByRole('heading', { name: `Annual review: ${pupilName}` })).toBeVisible();
    return this.page.url().split('/').pop()!;
  }
}
