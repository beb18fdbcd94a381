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

  /** Types a new paragraph at the end of the report's discussion notes, as a person would. */
  async typeAtEnd(text: string): Promise<void> {
    // As a person does: wait until the report can be written in (the server has said so).
    await expect(this.editor).toHaveAttribute('contenteditable', 'true');
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

  /** Books the meeting in the review's meeting panel (date, and optionally time and place). */
  async recordMeetingDate(date: string, details: { time?: string; place?: string } = {}): Promise<void> {
    const panel = this.page.getByTestId('meeting-panel');
    await panel.getByLabel('Date').fill(date);
    if (details.time) await panel.getByLabel('Time').fill(details.time);
    if (details.place) await panel.getByLabel('Place').fill(details.place);
    await panel.getByRole('button', { name: /Book meeting|Save meeting/ }).click();
    await expect(this.page.getByTestId('review-timeline')).toContainText('Review meeting');
  }

  /** Types into one of the report's rich-text parts (e.g. 'editor-parent-views'). */
  async typeIn(testId: string, text: string): Promise<void> {
    const editor = this.page.getByTestId(testId);
    await expect(editor).toHaveAttribute('contenteditable', 'true');
    await editor.click();
    await this.page.keyboard.press('Control+End');
    await this.page.keyboard.type(text, { delay: 5 });
  }

  /** Fills every required part of the meeting report that this review shows, through the UI. */
  async completeReport(options: { recommendation: 'Maintain the plan' | 'Amend the plan' | 'Cease the plan'; reasons: string }) {
    const page = this.page;
    await page.getByRole('button', { name: 'Add attendee' }).click();
    const attendee = page.getByTestId('attendees-row').last();
    await attendee.getByLabel('Name').fill('Priya Shah');
    await attendee.getByLabel('Role').fill('SENDCo');
    await attendee.getByLabel('Attendance').selectOption('attended');
    await this.typeIn('editor-young-person-views', 'I like science club and want to keep my reading time.');
    await this.typeIn('editor-parent-views', 'Reading has come on; mornings are still hard.');
    await page.getByRole('button', { name: 'Add outcome' }).click();
    const outcome = page.getByTestId('outcomes-row').last();
    await outcome.getByLabel(/^Outcome \d+$/).fill('Read aloud with confidence in class');
    await outcome.getByLabel('Progress', { exact: true }).selectOption('good-progress');
    await outcome.getByLabel('Evidence of progress').fill('Reading age up 14 months since the last review.');
    await page.getByTestId('part-changes').getByLabel('Proposed change').nth(5).fill('Weekly speech and language therapy.');
    await this.typeIn('editor-provision-review', 'Small-group literacy three times a week continues.');
    await page.getByRole('radio', { name: 'Discussed: no personal budget requested' }).check();
    const pfa = page.getByTestId('part-pfa');
    if (await pfa.isVisible()) for (const box of await pfa.getByRole('textbox').all()) await box.fill('Discussed and agreed.');
    const transfer = page.getByTestId('part-phase-transfer');
    if (await transfer.isVisible()) await transfer.getByRole('textbox').fill('Oakfield High School');
    await page.getByRole('radio', { name: options.recommendation }).check();
    await page.getByTestId('part-recommendation').getByLabel('Reasons').fill(options.reasons);
    await page.getByRole('button', { name: 'Add action' }).click();
    const action = page.getByTestId('actions-row').last();
    await action.getByLabel('What').fill('Send the review report to the LA');
    await action.getByLabel('Who').fill('SENDCo');
    await action.getByLabel('By when').fill('2026-12-04');
    await this.expectSaved();
  }

  /** Tries to finalise an incomplete report; returns the missing items the page lists. */
  async finaliseExpectingMissing(): Promise<string[]> {
    await this.page.getByRole('button', { name: 'Finalise review' }).click();
    const items = this.page.getByTestId('missing-items').getByRole('listitem');
    await expect(items.first()).toBeVisible();
    await expect(this.page.getByTestId('review-status')).toHaveText('Open');
    return items.allInnerTexts();
  }

  /** Finalises: the panel lists what will be locked and asks first. */
  async finalise(): Promise<void> {
    await this.page.getByRole('button', { name: 'Finalise review' }).click();
    await expect(this.page.getByTestId('finalise-locks')).toContainText('the recommendation and its reasons');
    await this.page.getByRole('button', { name: 'Yes, finalise and lock the report' }).click();
    await expect(this.page.getByTestId('review-status')).toHaveText('Finalised');
  }

  async createShareLink(): Promise<string> {
    await this.page.getByRole('button', { name: 'Create read-only link' }).click();
    const field = this.page.getByTestId('share-url');
    await expect(field).toHaveValue(/\/la\//);
    return field.inputValue();
  }
}
