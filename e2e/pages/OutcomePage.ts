import { expect, type Locator, type Page } from '@playwright/test';

/** The local authority's read-only outcome page. */
export class OutcomePage {
  readonly report: Locator;
  readonly recommendation: Locator;

  constructor(private readonly page: Page) {
    this.report = page.getByTestId('report-snapshot');
    this.recommendation = page.getByTestId('outcome-recommendation');
  }

  async goto(url: string): Promise<void> {
    await this.page.goto(url);
    await expect(this.page.getByRole('heading', { name: /Annual review outcome/ })).toBeVisible();
  }

  /** Nothing on the page can be edited. */
  async expectNothingEditable(): Promise<void> {
    await expect(this.page.locator('[contenteditable="true"]')).toHaveCount(0);
    await expect(this.page.locator('input:not([type="hidden"]), textarea, select')).toHaveCount(0);
  }
}
