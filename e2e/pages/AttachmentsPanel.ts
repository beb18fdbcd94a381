import { expect, type Locator, type Page } from '@playwright/test';

/** A panel with an "attach a file" form and the list of attached files (review page or participant page). */
export class AttachmentsPanel {
  readonly files: Locator;

  constructor(readonly panel: Locator) {
    this.files = panel.getByTestId('attachment');
  }

  /** The SENDCo's "Files with the papers" on the review page. */
  static papers(page: Page): AttachmentsPanel {
    return new AttachmentsPanel(page.getByRole('region', { name: 'Files with the papers' }));
  }

  /** A participant's "Photos, drawings and voice notes" beside their contribution. */
  static contribution(page: Page): AttachmentsPanel {
    return new AttachmentsPanel(page.getByTestId('contribution-attachments'));
  }

  /** Chooses a file, says what it is, adds it, and waits until it is listed. */
  async attach(file: { name: string; mimeType: string; buffer: Buffer }, description = ''): Promise<void> {
    const before = await this.files.count();
    await this.panel.getByTestId('attach-file-input').setInputFiles(file);
    if (description) await this.panel.getByLabel(/^What is it\?/).fill(description);
    await this.panel.getByRole('button', { name: 'Add this file' }).click();
    await expect(this.panel.getByTestId('attach-result')).toContainText(`${file.name} has been added.`);
    await expect(this.files).toHaveCount(before + 1);
  }

  file(name: string): Locator {
    return this.files.filter({ has: this.panel.page().getByRole('link', { name, exact: true }) });
  }
}
