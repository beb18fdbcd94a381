import { expect, type Locator, type Page } from '@playwright/test';

/** The SENDCo's Address book page, and the review's "Invite from address book" picker. */
export class AddressBook {
  readonly entries: Locator;
  readonly result: Locator;

  constructor(private readonly page: Page) {
    this.entries = page.getByTestId('address-book-entry');
    this.result = page.getByTestId('address-book-result');
  }

  /** Opens the page from the navigation. */
  async open(): Promise<void> {
    await this.page.getByRole('navigation', { name: 'School records' }).getByRole('link', { name: 'Address book' }).click();
    await expect(this.page.getByRole('heading', { name: 'Address book', level: 1 })).toBeVisible();
  }

  /** The card of one person, by name. */
  entry(name: string): Locator {
    return this.entries.filter({ has: this.page.getByRole('heading', { name, exact: true }) });
  }

  /** Fills a form's boxes and lists by label, inside `scope` (lists by their option's text). */
  async fill(scope: Locator, facts: Record<string, string>): Promise<void> {
    for (const [label, value] of Object.entries(facts)) {
      const field = scope.getByLabel(label, { exact: true });
      if ((await field.evaluate((element) => element.tagName)) === 'SELECT') await field.selectOption({ label: value });
      else await field.fill(value);
    }
  }

  /** The picker on a review page (opened with its button). */
  picker(): Locator {
    return this.page.getByRole('region', { name: 'Invite from the address book' });
  }

  /** One person's tick box in the picker, by name. */
  choice(name: string): Locator {
    return this.picker().getByRole('checkbox', { name: new RegExp(`^${name}\\b`) });
  }
}
