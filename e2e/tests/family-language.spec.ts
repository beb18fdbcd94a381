import { expect, test } from '@playwright/test';
import { sendcoOnReview } from '../fixtures/actors.ts';
import { daysFromToday } from '../support/demo.ts';
import { focused, tabTo } from '../support/keyboard.ts';
import { startStack, type Stack } from '../support/stack.ts';

/**
 * Issue 12, items 3–5: the family's language (chosen by the SENDCo, changeable by the person,
 * recorded with what they send), a right-to-left page, "I would rather talk to someone", and a
 * parent's contribution made with the keyboard alone, asserting where focus lands.
 */
let stack: Stack;
test.beforeAll(async () => {
  stack = await startStack();
});
test.afterAll(async () => {
  await stack.stop();
});

test('a parent invited in Arabic reads a right-to-left page, writes and sends by keyboard, and the SENDCo sees the language', async ({
  browser,
}, testInfo) => {
  test.setTimeout(120_000);
  const { page: staff, panel } = await sendcoOnReview(browser, stack, 'Chloe Nguyen');
  const link = await panel.add({
    name: 'Huda Haddad',
    email: 'huda.haddad@example.test',
    role: 'Parent or carer',
    dueDate: daysFromToday(21),
    language: 'ar',
  });
  await expect(panel.languageOf('Huda Haddad')).toHaveText('Page in Arabic');
  // Her invitation is in Arabic first (saying a computer translated it), then in English.
  const outbox = (await (await staff.request.get('/api/outbox')).json()) as { messages: { to: string; text: string }[] };
  const invitation = outbox.messages.find((message) => message.to === 'huda.haddad@example.test')!;
  // Each Arabic line starts with a RIGHT-TO-LEFT MARK, so mail programs lay it out right to left.
  expect(invitation.text.startsWith('\u200Fترجم الحاسوب هذه الرسالة.')).toBe(true);
  expect(invitation.text).toContain('Dear Huda Haddad,');

  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, locale: 'en-GB' });
  const parent = await context.newPage();
  await parent.goto(link);
  // In Arabic, laid out right to left, and saying that a computer translated it.
  await expect(parent.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(parent.locator('html')).toHaveAttribute('lang', 'ar');
  await expect(parent).toHaveTitle(/^دورك في المراجعة السنوية لـChloe – /);
  await expect(parent.getByRole('heading', { level: 1 })).toHaveText('مرحبًا Huda Haddad. هذا دورك في المراجعة السنوية لـChloe');
  await expect(parent.getByTestId('machine-translation-note')).toContainText('ترجم الحاسوب هذه الصفحة');
  await expect(parent.getByTestId('save-status')).toHaveText('تم الحفظ');
  // Right to left: the draft's heading is on the right, its save status on the left (mirrored from English).
  const draftHeading = (await parent.getByRole('heading', { name: 'رأيك' }).boundingBox())!;
  const status = (await parent.getByTestId('save-status').boundingBox())!;
  expect(status.x + status.width).toBeLessThan(draftHeading.x);
  expect(await parent.getByRole('heading', { level: 1 }).evaluate((el) => getComputedStyle(el).direction)).toBe('rtl');
  await testInfo.attach('participant-page-rtl', { body: await parent.screenshot({ fullPage: true }), contentType: 'image/png' });

  // Keyboard only: into the draft, type, then send; focus goes to each action's result.
  const editor = parent.getByTestId('contribution-editor');
  await expect(editor).toHaveAttribute('contenteditable', 'true');
  // Her draft starts with the parent's prompts in Arabic.
  await expect(editor.getByRole('heading', { level: 2 })).toHaveText(['ما الذي يسير بشكل جيد', 'ما الذي يقلقك', 'ما الذي تأمله']);
  await parent.locator('body').press('Tab'); // language chooser first
  expect(await parent.evaluate(() => document.activeElement?.id)).toBe('page-language');
  await tabTo(parent, 'contribution-editor', 10);
  await parent.keyboard.press('Control+End');
  await parent.keyboard.type('كلوي تحب المدرسة.');
  await expect(parent.getByTestId('save-status')).toHaveText('تم الحفظ');
  await parent.keyboard.press('Tab');
  expect(await focused(parent)).toBe('button:أرسل رأيي');
  await parent.keyboard.press('Enter');
  expect(await focused(parent)).toBe('button:نعم، أرسل رأيي');
  await parent.keyboard.press('Enter');
  await expect(parent.getByTestId('contribution-sent')).toBeFocused();

  // The SENDCo sees that it was written in Arabic.
  await staff.reload();
  await expect(panel.languageOf('Huda Haddad')).toHaveText('Written in Arabic (ask for a translation)');
  await context.close();
});

test('a parent changes the page to Polish and back, asks to be phoned, and the SENDCo sees the request', async ({ browser }) => {
  const { page: staff, panel } = await sendcoOnReview(browser, stack, 'Chloe Nguyen');
  const link = await panel.add({
    name: 'Piotr Nowak',
    email: 'piotr.nowak@example.test',
    role: 'Parent or carer',
    dueDate: daysFromToday(21),
  });

  const context = await browser.newContext({ locale: 'en-GB' });
  const parent = await context.newPage();
  await parent.goto(link);
  await expect(parent).toHaveTitle(/^Your part in Chloe’s annual review – /);
  await expect(parent.getByTestId('machine-translation-note')).toHaveCount(0);
  await parent.getByLabel('Language').selectOption('pl');
  await expect(parent.locator('html')).toHaveAttribute('lang', 'pl');
  await expect(parent.getByRole('heading', { name: 'O co Cię prosimy' })).toBeVisible();
  // The choice is kept: the next visit opens in Polish.
  await expect.poll(async () => (await parent.reload(), await parent.locator('html').getAttribute('lang'))).toBe('pl');
  await parent.getByLabel(/^Język/).selectOption('en');
  await expect(parent.locator('html')).toHaveAttribute('lang', 'en-GB');

  // "I would rather talk to someone": a bad number is refused with a clear message, then accepted.
  const call = parent.getByTestId('call-request');
  await call.getByRole('button', { name: 'Ask the school to phone me' }).click();
  await expect(call.getByLabel('Phone number')).toBeFocused();
  await call.getByLabel('Phone number').fill('ring me');
  await call.getByRole('button', { name: 'Ask for a phone call' }).click();
  await expect(call.getByRole('alert')).toHaveText('Enter a phone number using only numbers and spaces, like 07700 900123');
  await expect(call.getByLabel('Phone number')).toBeFocused();
  await call.getByLabel('Phone number').fill('07700 900123');
  await call.getByLabel(/good time/).fill('After 3pm');
  await call.getByRole('button', { name: 'Ask for a phone call' }).click();
  await expect(call.getByTestId('call-requested')).toBeFocused();
  await expect(call.getByTestId('call-requested')).toHaveText('Thank you. The school will phone you on 07700 900123.');

  await staff.reload();
  await expect(panel.participants.filter({ hasText: 'Piotr Nowak' }).getByTestId('participant-call-request')).toContainText(
    'Asked to be phoned on 07700 900123 (After 3pm)',
  );
  await context.close();
});
