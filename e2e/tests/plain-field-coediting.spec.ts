import { expect, test, type Browser } from '@playwright/test';
import { signIn } from '../fixtures/actors.ts';
import { CaseloadPage } from '../pages/CaseloadPage.ts';
import { PlainTextBox } from '../pages/PlainTextBox.ts';
import { ReviewWorkspace } from '../pages/ReviewWorkspace.ts';
import { SENDCO, TEACHER } from '../support/demo.ts';
import { startStack, type Stack } from '../support/stack.ts';

let stack: Stack;
test.beforeAll(async () => {
  stack = await startStack();
});
test.afterAll(async () => {
  await stack.stop();
});

/** The SENDCo and the teacher, each in their own browser context, in the same review. */
async function meeting(browser: Browser, pupil: string) {
  const sendco = await signIn(browser, stack, SENDCO);
  const teacher = await signIn(browser, stack, TEACHER);
  const caseload = new CaseloadPage(sendco.page);
  await caseload.goto();
  const reviewId = await caseload.openReview(pupil);
  const views = [new ReviewWorkspace(sendco.page), new ReviewWorkspace(teacher.page)] as const;
  await views[1].goto(reviewId);
  await expect(sendco.page.getByTestId('presence-list')).toContainText(TEACHER.name);
  return {
    sendco,
    teacher,
    views,
    boxes: (part: string, label: string, index = 0) =>
      [new PlainTextBox(sendco.page, part, label, index), new PlainTextBox(teacher.page, part, label, index)] as const,
    /** Waits until both have everything durable, reloads both, and returns the boxes as the server gives them back. */
    async reloadFromServer(part: string, label: string, index = 0) {
      for (const view of views) await view.expectSaved();
      for (const view of views) await view.goto(reviewId);
      return this.boxes(part, label, index);
    },
    close: async () => Promise.all([sendco.context.close(), teacher.context.close()]),
  };
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

// The boxes are the personal budget notes: the SENDCo and a teacher may both write them (field
// roles: the recommendation's reasons are the SENDCo's alone).
test('two people typing into the personal budget notes at the same time, one at the start and one at the end, keep both sentences whole', async ({
  browser,
}) => {
  const room = await meeting(browser, 'Ben Carter');
  const [sendcoBox, teacherBox] = room.boxes('personal-budget', 'Notes');
  await sendcoBox.placeCaret('end');
  await sendcoBox.type('Agreed.', 20);
  await teacherBox.expectValue('Agreed.');

  await sendcoBox.placeCaret('start');
  await teacherBox.placeCaret('end');
  await Promise.all([sendcoBox.type('The plan should be amended. '), teacherBox.type(' Travel training is needed.')]);

  const expected = 'The plan should be amended. Agreed. Travel training is needed.';
  await sendcoBox.expectValue(expected);
  await teacherBox.expectValue(expected);
  for (const box of await room.reloadFromServer('personal-budget', 'Notes')) await box.expectValue(expected);
  await room.close();
});

test('two people typing at the end of the same empty box at once each keep their sentence whole, in one order on both screens', async ({
  browser,
}) => {
  const room = await meeting(browser, 'Amara Okafor');
  const [sendcoBox, teacherBox] = room.boxes('changes', 'Proposed change', 5);
  const [mine, theirs] = ['Add weekly speech therapy.', 'Keep the reading group.'];
  await sendcoBox.placeCaret('end');
  await teacherBox.placeCaret('end');
  await Promise.all([sendcoBox.type(mine), teacherBox.type(theirs)]);

  const either = new RegExp(`^(${escape(mine + theirs)}|${escape(theirs + mine)})$`);
  await sendcoBox.expectValue(either);
  const settled = await sendcoBox.box.inputValue();
  await teacherBox.expectValue(settled);
  for (const box of await room.reloadFromServer('changes', 'Proposed change', 5)) await box.expectValue(settled);
  await room.close();
});

test('replacing 😀 by 😁 in one browser shows 😁 in the other, with no broken character', async ({ browser }) => {
  const room = await meeting(browser, 'Chloe Nguyen');
  const [sendcoBox, teacherBox] = room.boxes('changes', 'Any difference of opinion');
  await sendcoBox.placeCaret('end');
  await sendcoBox.type('Parents are happy 😀', 20);
  await teacherBox.expectValue('Parents are happy 😀');

  await room.sendco.page.keyboard.press('Shift+ArrowLeft'); // selects the whole emoji
  await room.sendco.page.keyboard.type('😁');
  await sendcoBox.expectValue('Parents are happy 😁');
  await teacherBox.expectValue('Parents are happy 😁');
  for (const box of await room.reloadFromServer('changes', 'Any difference of opinion'))
    await box.expectValue('Parents are happy 😁');
  await room.close();
});

test('the other person sees "Tom Hughes is typing…" and his caret in the box he types in, gone when he leaves the box', async ({
  browser,
}) => {
  const room = await meeting(browser, 'Ben Carter');
  const [sendcoBox, teacherBox] = room.boxes('personal-budget', 'Notes');
  const [otherBox] = room.boxes('recommendation', 'Reasons');
  await teacherBox.placeCaret('end');
  const typing = teacherBox.type(' Tom was here.');
  await expect(sendcoBox.typingMarkerOf(TEACHER.name)).toBeVisible();
  await expect(sendcoBox.caretOf(TEACHER.name)).toBeVisible();
  await expect(otherBox.presenceOf(TEACHER.name)).toHaveCount(0);
  await expect(teacherBox.presenceOf(TEACHER.name)).toHaveCount(0); // nobody sees themselves
  await typing;

  await room.teacher.page.getByRole('heading', { name: 'Recommendation' }).click(); // leaves the box
  await expect(sendcoBox.presenceOf(TEACHER.name)).toHaveCount(0);
  await expect(sendcoBox.caretOf(TEACHER.name)).toHaveCount(0);

  await teacherBox.placeCaret('end');
  await expect(sendcoBox.presenceOf(TEACHER.name)).toBeVisible();
  await room.teacher.context.close(); // leaves the meeting
  await expect(sendcoBox.presenceOf(TEACHER.name)).toHaveCount(0, { timeout: 15_000 });
  await room.sendco.context.close();
});
