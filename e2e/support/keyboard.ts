import type { Page } from '@playwright/test';

/** What has keyboard focus: its test id, else its id, else its tag and text ("button:Save"); "body" when nothing has. */
export const focused = (page: Page): Promise<string> =>
  page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body) return 'body';
    return el.dataset.testid ?? (el.id || `${el.tagName.toLowerCase()}:${el.textContent?.trim() ?? ''}`);
  });

/** Presses Tab until `target` (as `focused` names it) has focus; fails after `most` presses. Returns the count. */
export async function tabTo(page: Page, target: string, most: number): Promise<number> {
  for (let presses = 1; presses <= most; presses++) {
    await page.keyboard.press('Tab');
    if ((await focused(page)) === target) return presses;
  }
  throw new Error(`"${target}" not reached in ${most} Tab presses (focus is on "${await focused(page)}")`);
}
