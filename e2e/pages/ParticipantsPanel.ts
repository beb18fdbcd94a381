import { expect, type Locator, type Page } from '@playwright/test';

/** The SENDCo's participants panel on a review page, and the outbox page. */
export class ParticipantsPanel {
  readonly panel: Locator;
  readonly participants: Locator;

  constructor(private readonly page: Page) {
    this.panel = page.getByRole('region', { name: 'Participants' });
    this.participants = this.panel.getByTestId('participant');
  }

  /** Adds a participant through the form and returns their personal link; `dueDate` is YYYY-MM-DD, `language` a code (en, pl, ur, ar). */
  async add(person: { name: string; email: string; role: string; dueDate?: string; language?: string }): Promise<string> {
    await this.panel.getByLabel('Name').fill(person.name);
    await this.panel.getByLabel('Email').fill(person.email);
    await this.panel.getByLabel('Role').selectOption({ label: person.role });
    if (person.dueDate) await this.panel.getByLabel(/Needed by/).fill(person.dueDate);
    if (person.language) await this.panel.getByLabel('Language of their page').selectOption(person.language);
    await this.panel.getByRole('button', { name: 'Add and send invitation' }).click();
    // The link field is labelled with the person's name, so an earlier person's link is never read.
    const link = this.panel.getByLabel(`Personal link for ${person.name}`);
    await expect(link).toHaveValue(/\/p\//);
    return link.inputValue();
  }

  /** The tracker's line about the language of `name`'s page, or of what they wrote once sent. */
  languageOf(name: string): Locator {
    return this.participants.filter({ hasText: name }).getByTestId('participant-language');
  }

  statusOf(name: string): Locator {
    return this.participants.filter({ hasText: name }).getByTestId('participant-status');
  }

  /** The tracker's line about `name`'s latest reminder ("Last reminder … · nudge · emailed", or "No reminder yet"). */
  lastReminderOf(name: string): Locator {
    return this.participants.filter({ hasText: name }).getByTestId('participant-last-reminder');
  }

  /** The "Nudge" button of `name` (shown only while they can still be reminded). */
  nudgeButton(name: string): Locator {
    return this.panel.getByRole('button', { name: `Nudge ${name}`, exact: true });
  }

  /** The status message announced after a nudge. */
  get nudgeStatus(): Locator {
    return this.panel.getByTestId('nudge-status');
  }

  /** The panel's error message (e.g. a second nudge the same day is refused). */
  get error(): Locator {
    return this.panel.getByRole('alert');
  }

  /** Nudges `name` and waits until the tracker shows the nudge; returns the status message. */
  async nudge(name: string): Promise<string> {
    await this.nudgeButton(name).click();
    await expect(this.nudgeStatus).toContainText(name);
    await expect(this.lastReminderOf(name)).toContainText('· nudge ·');
    return this.nudgeStatus.innerText();
  }

  /** Opens the outbox from the header and returns the personal link in the message to `email`. */
  async linkFromOutbox(email: string): Promise<string> {
    await this.page.getByRole('navigation', { name: 'School records' }).getByRole('link', { name: 'Outbox' }).click();
    const message = this.page.getByTestId('outbox-message').filter({ hasText: email }).first();
    await message.locator('summary').click();
    const text = await message.getByTestId('outbox-text').innerText();
    const link = /https?:\/\/\S+\/p\/[A-Za-z0-9_-]{43}/.exec(text)?.[0];
    expect(link, 'the invitation contains a personal link').toBeTruthy();
    return link!;
  }
}
