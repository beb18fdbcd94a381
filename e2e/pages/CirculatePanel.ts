import { expect, type Locator, type Page } from '@playwright/test';

/**
 * The "Papers for the meeting" panel on a review page (circulating papers), and the pack as a
 * participant reads it on their personal-link page.
 */
export class CirculatePanel {
  readonly panel: Locator;
  readonly warnings: Locator;
  readonly result: Locator;
  readonly current: Locator;

  constructor(private readonly page: Page) {
    this.panel = page.getByTestId('circulate-panel');
    this.warnings = this.panel.getByTestId('circulation-warning');
    this.result = this.panel.getByTestId('circulation-result');
    this.current = this.panel.getByTestId('circulation-current');
  }

  /** The button, or the reason circulating is refused, once the panel has loaded. */
  private async loaded(): Promise<void> {
    const button = this.panel.getByRole('button', { name: /^Circulate (updated )?papers$/ });
    await expect(button.or(this.panel.getByTestId('circulation-blocked')).or(this.current)).toBeVisible();
  }

  /** The warnings the SENDCo sees before circulating (late, no meeting, each missing contribution). */
  async readWarnings(): Promise<string[]> {
    await this.loaded();
    return this.warnings.allInnerTexts();
  }

  /**
   * Presses "Circulate papers" and, when there are warnings, confirms (unless `confirmWarnings`
   * is false, then it fails). Waits for the announced result.
   */
  async circulate(options: { confirmWarnings?: boolean } = {}): Promise<void> {
    await this.loaded();
    await this.panel.getByRole('button', { name: /^Circulate (updated )?papers$/ }).click();
    const confirm = this.panel.getByRole('button', { name: 'Yes, circulate papers' });
    await expect(confirm.or(this.result.filter({ hasText: 'Papers circulated' }))).toBeVisible();
    if (await confirm.isVisible()) {
      expect(options.confirmWarnings ?? true, 'circulating needs the warnings confirmed').toBe(true);
      await confirm.click();
    }
    await expect(this.result).toContainText('Papers circulated');
  }

  /** "On time", "N days late" or "No meeting booked" for the latest circulation. */
  lateness(): Locator {
    return this.current.getByTestId('circulation-lateness');
  }

  /** Opens the staff view of the latest pack. */
  async openPapers(): Promise<void> {
    await this.current.getByRole('link', { name: /View the papers/ }).click();
    await expect(this.page.getByRole('heading', { name: 'Papers for the meeting', level: 1 })).toBeVisible();
  }
}

/** The "Papers for the meeting" section of a participant's personal-link page. */
export class ParticipantPapers {
  readonly section: Locator;
  readonly contributions: Locator;

  constructor(page: Page) {
    this.section = page.getByTestId('participant-papers');
    this.contributions = this.section.getByTestId('pack-contribution');
  }

  /** One contribution in the pack, found by its author's name. */
  contributionBy(authorName: string): Locator {
    return this.contributions.filter({ has: this.section.page().getByRole('heading', { name: authorName }) });
  }
}
