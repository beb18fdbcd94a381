import { expect, type Page } from '@playwright/test';

/** On a participant's page: writes under one of their prompts, waits until it is saved, and sends it. */
export async function sendContribution(page: Page, heading: string, text: string): Promise<void> {
  await expect(page.getByTestId('contribution-editor')).toHaveAttribute('contenteditable', 'true');
  await page.getByTestId('contribution-editor').locator(`h2:has-text("${heading}") + p`).click();
  await page.keyboard.type(text);
  await expect(page.getByTestId('save-status')).toHaveText('Saved');
  await page.getByRole('button', { name: 'Send my views' }).click();
  await page.getByRole('button', { name: 'Yes, send my views' }).click();
  await expect(page.getByTestId('contribution-sent')).toBeVisible();
}
