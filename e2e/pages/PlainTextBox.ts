import { expect, type Locator, type Page } from '@playwright/test';

/** One plain text box of the meeting report (Reasons, a proposed change, a row's cell…) with its presence markers. */
export class PlainTextBox {
  readonly box: Locator;
  /** The labelled field around the box: label, presence markers, box, carets. */
  readonly field: Locator;

  /** `part` is the report part's id (e.g. 'recommendation'), `label` the box's label; `index` picks among boxes with that label. */
  constructor(
    private readonly page: Page,
    part: string,
    label: string,
    index = 0,
  ) {
    this.field = page
      .getByTestId(`part-${part}`)
      .locator('.collab-field')
      .filter({ has: page.getByLabel(label, { exact: true }) })
      .nth(index);
    this.box = this.field.getByLabel(label, { exact: true });
  }

  /** Puts the caret at the start (`'start'`) or the end of the box. */
  async placeCaret(where: 'start' | 'end'): Promise<void> {
    await this.box.click();
    await this.page.keyboard.press(where === 'start' ? 'Control+Home' : 'Control+End');
  }

  /** Types at the caret, one key every `delay` ms, as a person would. */
  async type(text: string, delay = 120): Promise<void> {
    await this.box.pressSequentially(text, { delay });
  }

  /** Another person's "… is typing…" marker beside the label. */
  typingMarkerOf(name: string): Locator {
    return this.field.getByTestId('field-presence').getByText(`${name} is typing…`, { exact: true });
  }

  /** Every presence marker of another person (typing or not). */
  presenceOf(name: string): Locator {
    return this.field.getByTestId('field-presence').getByText(name);
  }

  /** Another person's caret drawn in the box. */
  caretOf(name: string): Locator {
    return this.field.locator(`[data-testid="field-caret"][title="${name}"]`);
  }

  async expectValue(value: string | RegExp): Promise<void> {
    await expect(this.box).toHaveValue(value);
  }
}
