import { expect, type Locator, type Page } from '@playwright/test';

/** The SENDCo's "Share with the local authority" panel on a finalised review. */
export class SharePanel {
  readonly panel: Locator;
  /** The review's links, newest first. */
  readonly links: Locator;
  /** Polite announcements (e.g. that a link was withdrawn). */
  readonly announcement: Locator;

  constructor(private readonly page: Page) {
    this.panel = page.getByRole('region', { name: 'Share with the local authority' });
    this.links = this.panel.getByTestId('share-link');
    this.announcement = this.panel.getByRole('status');
  }

  /** Creates a link that works for `days` (one of the offered choices) and returns its URL. */
  async createLink(days = 30): Promise<string> {
    await this.panel.getByLabel('Link works for').selectOption(String(days));
    const before = await this.links.count();
    await this.panel.getByRole('button', { name: 'Create read-only link' }).click();
    const field = this.panel.getByTestId('share-url');
    await expect(field).toHaveValue(/\/la\/[A-Za-z0-9_-]{43}$/);
    await expect(this.links).toHaveCount(before + 1);
    return field.inputValue();
  }

  /** The `index`th link, newest first. */
  link(index = 0): Locator {
    return this.links.nth(index);
  }

  statusOf(index = 0): Locator {
    return this.link(index).getByTestId('share-link-status');
  }

  viewsOf(index = 0): Locator {
    return this.link(index).getByTestId('share-link-views');
  }

  /** Reloads the page so the list shows openings made elsewhere since. */
  async refresh(): Promise<void> {
    await this.page.reload();
    await expect(this.panel).toBeVisible();
  }

  /** Withdraws a link through its confirmation and waits for the announcement. */
  async revoke(index = 0): Promise<void> {
    const link = this.link(index);
    await link.getByRole('button', { name: /^Withdraw link/ }).click();
    await expect(link.getByRole('button', { name: 'Keep it' })).toBeFocused();
    await link.getByRole('button', { name: 'Yes, withdraw the link' }).click();
    await expect(this.announcement).toContainText('withdrawn');
    await expect(this.statusOf(index)).toHaveText('Withdrawn');
  }
}
