import { expect, type Locator, type Page } from '@playwright/test';

/** The SENDCo's Pupils page: the list, its filter, the add and edit forms. */
export class PupilsPage {
  readonly pupils: Locator;
  readonly result: Locator;

  constructor(private readonly page: Page) {
    this.pupils = page.getByTestId('pupil');
    this.result = page.locator('.pupils-page > p[aria-live]');
  }

  /** Opens the page from the navigation. */
  async open(): Promise<void> {
    await this.page.getByRole('navigation', { name: 'School records' }).getByRole('link', { name: 'Pupils' }).click();
    await expect(this.page.getByRole('heading', { name: 'Pupils', level: 1 })).toBeVisible();
  }

  /** The card of one pupil, by the name it is listed under ("Family, Given"). */
  pupil(listedAs: string): Locator {
    return this.pupils.filter({ has: this.page.getByRole('heading', { name: listedAs }) });
  }

  /** Fills a pupil form's boxes by label, inside `scope`. */
  async fill(scope: Locator, facts: Record<string, string>): Promise<void> {
    for (const [label, value] of Object.entries(facts)) await scope.getByLabel(label, { exact: true }).fill(value);
  }

  async show(label: 'On the caseload' | 'Archived' | 'All'): Promise<void> {
    await this.page.getByRole('group', { name: 'Show pupils' }).getByRole('button', { name: label }).click();
  }
}
