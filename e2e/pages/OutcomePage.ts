import { expect, type Locator, type Page } from '@playwright/test';

/** The local authority's read-only outcome page. */
export class OutcomePage {
  readonly report: Locator;
  readonly recommendation: Locator;
  readonly printButton: Locator;
  /** The message shown instead of the outcome when the link does not work. */
  readonly unavailableMessage: Locator;

  constructor(private readonly page: Page) {
    this.report = page.getByTestId('report-snapshot');
    this.recommendation = page.getByTestId('outcome-recommendation');
    this.printButton = page.getByRole('button', { name: /^Print/ });
    this.unavailableMessage = page.getByTestId('link-error');
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

  /** The page (opened at `url`, or as it is) says plainly that the link no longer works and what to do. */
  async expectUnavailable(url?: string): Promise<void> {
    if (url) await this.page.goto(url);
    await expect(this.unavailableMessage).toContainText('no longer available');
    await expect(this.unavailableMessage).toContainText('Ask the school that sent it for a new link');
    await expect(this.page.getByRole('heading', { name: /Annual review outcome/ })).toHaveCount(0);
  }

  /** Whatever the report holds, no element on the page is a link that runs script, and no script was added. */
  async expectNoScriptLinks(): Promise<void> {
    const hrefs = await this.page
      .locator('[href], [src]')
      .evaluateAll((elements) => elements.map((element) => element.getAttribute('href') ?? element.getAttribute('src') ?? ''));
    expect(hrefs.filter((href) => /^\s*(javascript|vbscript|data):/i.test(href))).toEqual([]);
    await expect(this.report.locator('script, img, iframe, object, embed')).toHaveCount(0);
  }
}
