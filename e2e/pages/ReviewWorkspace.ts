import { expect, type Locator, type Page } from '@playwright/test';

/** One review: live report, presence, finalise and share. */
export class ReviewWorkspace {
  readonly editor: Locator;
  readonly saveStatus: Locator;

  constructor(private readonly page: Page) {
    this.editor = page.getByTestId('report-editor');
    this.saveStatus = page.getByTestId('save-status');
  }

  async goto(reviewId: string): Promise<void> {
    await this.page.goto(`/reviews/${reviewId}`);
    await expect(this.editor.or(this.page.getByTestId('report-snapshot'))).toBeVisible();
  }

  /** Types a new paragraph at the end of the report, as a person would. */
  async typeAtEnd(text: string): Promise<void> {
    await expect(this.editor).toContainText('Attendees');
    await this.editor.click();
    await this.page.keyboard.press('Control+End');
    await this.page.keyboard.press('Enter');
    await this.page.keyboard.type(text, { delay: 15 });
  }

  async expectSaved(): Promise<void> {
    await expect(this.saveStatus).toHaveText('Saved');
  }

  /** Another person's caret label in the editor. */
  caretOf(name: string): Locator {
    return this.editor.locator('.collaboration-carets__label', { hasText: name });
  }

  async finalise(recommendation: 'Maintain the plan' | 'Amend the plan' | 'Cease the plan', reasons: string): Promise<void> {
    await this.page.getByRole('radio', { name: new RegExp(recommendation) }).check();
    await this.page.getByLabel('Reasons').fill(reasons);
    await this.page.getByRole('button', { name: 'Finalise review' }).click();
    await expect(this.page.getByTestId('review-status')).toHaveText('Finalised');
  }

  async createShareLink(): Promise<string> {
    await this.page.getByRole('button', { name: 'Create read-only link' }).click();
    const field = this.page.getByTestId('share-url');
    await expect(field).toHaveValue(/\/la\//);
    return field.inputValue();
  }
}
