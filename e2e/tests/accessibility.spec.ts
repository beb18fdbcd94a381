import { expect, test, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { AttachmentsPanel } from '../pages/AttachmentsPanel.ts';
import { CaseloadPage } from '../pages/CaseloadPage.ts';
import { CirculatePanel } from '../pages/CirculatePanel.ts';
import { ParticipantsPanel } from '../pages/ParticipantsPanel.ts';
import { makeAttachmentFiles } from '../support/attachment-files.ts';
import { AxeJourney } from '../support/axe.ts';
import { sendContribution } from '../support/contribution.ts';
import { daysFromToday, SENDCO } from '../support/demo.ts';
import { finaliseInDatabase } from '../support/finalised-review.ts';
import { startStack, type Stack } from '../support/stack.ts';

/**
 * Issue 12, item 1: axe-core runs on every page state the journeys reach, for staff, a parent,
 * a professional, a young person and the LA, at desktop width and on a phone (390×844), and
 * fails on any serious or critical violation. The counts per state are written to
 * test-results/axe/<viewport>.json.
 */
const VIEWPORTS = [
  { name: 'desktop', viewport: { width: 1280, height: 900 } },
  { name: 'phone', viewport: { width: 390, height: 844 } },
] as const;

for (const { name, viewport } of VIEWPORTS) {
  test.describe(`accessibility on ${name} (${viewport.width}×${viewport.height})`, () => {
    let stack: Stack;
    const journey = new AxeJourney(name);
    test.beforeAll(async () => {
      stack = await startStack();
    });
    test.afterAll(async () => {
      journey.save();
      await stack?.stop();
    });

    const newContext = (browser: Browser): Promise<BrowserContext> =>
      browser.newContext({ baseURL: stack.baseUrl, viewport, locale: 'en-GB' });

    /** A participant's page behind their link, once the draft can be written in. */
    async function openParticipantPage(browser: Browser, link: string): Promise<Page> {
      const page = await (await newContext(browser)).newPage();
      await page.goto(link);
      await expect(page.getByTestId('contribution-editor')).toHaveAttribute('contenteditable', 'true');
      await expect(page.getByTestId('save-status')).toHaveText(/^(Saved|تم الحفظ)$/);
      return page;
    }

    /** Invites someone through the API (the journeys' data is seeded there, not through the UI) and returns their link. */
    async function invite(
      context: BrowserContext,
      reviewId: string,
      person: { name: string; email: string; role: string; language?: string },
    ) {
      const response = await context.request.post(`/api/reviews/${reviewId}/participants`, {
        data: { ...person, dueDate: daysFromToday(21) },
      });
      expect(response.status()).toBe(201);
      return ((await response.json()) as { link: string }).link;
    }

    test('every page state of the staff, family, professional and LA journeys has no serious or critical violation', async ({
      browser,
    }) => {
      test.setTimeout(240_000);
      // Signing in.
      const staffContext = await newContext(browser);
      const staff = await staffContext.newPage();
      await staff.goto('/');
      await expect(staff.getByRole('button', { name: 'Sign in' })).toBeVisible();
      await journey.scan(staff, 'sign-in');
      await staff.getByRole('button', { name: 'Sign in' }).click();
      await expect(staff.getByRole('alert')).toBeVisible();
      await journey.scan(staff, 'sign-in with an error');
      await staff.getByLabel('Email address').fill(SENDCO.email);
      await staff.getByLabel('Password').fill(SENDCO.password);
      await staff.getByRole('button', { name: 'Sign in' }).click();

      // The caseload.
      const caseload = new CaseloadPage(staff);
      await expect(staff.getByRole('heading', { name: 'Caseload', exact: true })).toBeVisible();
      await expect(caseload.rows.first()).toBeVisible();
      await journey.scan(staff, 'caseload');
      await caseload.filter('Overdue');
      await caseload.openWhyThisDate((await caseload.pupilNames())[0]!);
      await journey.scan(staff, 'caseload filtered, "why this date" open');
      await caseload.filter('All plans');

      // A review: the live report, the invitation form with errors, an invitation sent, facts, what is missing.
      const reviewId = await caseload.openReview('Chloe Nguyen');
      await expect(staff.getByTestId('report-editor')).toHaveAttribute('contenteditable', 'true');
      await expect(staff.getByTestId('save-status')).toHaveText('Saved');
      await journey.scan(staff, 'review (open, live report)');
      const panel = new ParticipantsPanel(staff);
      await panel.panel.getByRole('button', { name: 'Add and send invitation' }).click();
      await expect(panel.panel.getByRole('alert')).toBeVisible();
      await journey.scan(staff, 'review: invitation form with errors');
      const parentLink = await panel.add({
        name: 'Linh Nguyen',
        email: 'linh.nguyen@example.test',
        role: 'Parent or carer',
        dueDate: daysFromToday(21),
      });
      await journey.scan(staff, 'review: invitation sent');
      const files = await makeAttachmentFiles(browser);
      const papersFiles = AttachmentsPanel.papers(staff);
      await papersFiles.panel.getByRole('button', { name: 'Add this file' }).click();
      await expect(papersFiles.panel.getByRole('alert')).toBeVisible();
      await journey.scan(staff, 'review: attaching a file, with an error');
      await papersFiles.attach({ name: 'SALT report.pdf', mimeType: 'application/pdf', buffer: files.pdf }, 'Therapy report');
      await journey.scan(staff, 'review: a file attached to the papers');
      await staff.getByText('Record what happened').click();
      await journey.scan(staff, 'review: record what happened');
      await staff.getByRole('button', { name: 'Check what is missing' }).click();
      await expect(staff.getByTestId('missing-items')).toBeVisible();
      await journey.scan(staff, 'review: what is missing');

      // The parent writes and sends their contribution.
      const parent = await openParticipantPage(browser, parentLink);
      await journey.scan(parent, 'parent: contribution draft');
      await parent.getByText('Words we use').click();
      await parent.getByRole('button', { name: 'Ask the school to phone me' }).click();
      await parent.getByRole('button', { name: 'Ask for a phone call' }).click();
      await expect(parent.getByTestId('call-request').getByRole('alert')).toBeVisible();
      await journey.scan(parent, 'parent: glossary open, phone request with an error');
      await parent.getByLabel('Phone number').fill('07700 900123');
      await parent.getByRole('button', { name: 'Ask for a phone call' }).click();
      await expect(parent.getByTestId('call-requested')).toBeVisible();
      await journey.scan(parent, 'parent: phone call requested');
      const ownFiles = AttachmentsPanel.contribution(parent);
      await ownFiles.panel.getByRole('button', { name: 'Add this file' }).click();
      await expect(ownFiles.panel.getByRole('alert')).toBeVisible();
      await journey.scan(parent, 'parent: attaching a drawing, with an error');
      await ownFiles.attach({ name: 'Chloe drawing.png', mimeType: 'image/png', buffer: files.drawing }, 'Chloe drew her family');
      await journey.scan(parent, 'parent: a drawing attached');
      await sendContribution(parent, 'What is going well', 'Chloe has made two new friends.');
      await journey.scan(parent, 'parent: contribution sent');

      // A professional and a young person, each on their own page.
      const ep = await openParticipantPage(
        browser,
        await invite(staffContext, reviewId, {
          name: 'Dr Sam Okoro',
          email: 'sam.okoro@example.test',
          role: 'educational_psychologist',
        }),
      );
      await journey.scan(ep, 'professional: contribution draft');
      const youngPerson = await openParticipantPage(
        browser,
        await invite(staffContext, reviewId, { name: 'Chloe Nguyen', email: 'chloe@example.test', role: 'young_person' }),
      );
      await journey.scan(youngPerson, 'young person: contribution draft');
      const arabic = await openParticipantPage(
        browser,
        await invite(staffContext, reviewId, {
          name: 'Huda Haddad',
          email: 'huda@example.test',
          role: 'parent_carer',
          language: 'ar',
        }),
      );
      await expect(arabic.locator('html')).toHaveAttribute('dir', 'rtl');
      await journey.scan(arabic, 'parent in Arabic (right to left): contribution draft');

      // Circulating the papers (with warnings), the staff pack, the parent's papers and the meeting.
      await staff.reload();
      const circulation = new CirculatePanel(staff);
      await circulation.readWarnings();
      await circulation.panel.getByRole('button', { name: 'Circulate papers' }).click();
      await expect(circulation.panel.getByRole('button', { name: 'Yes, circulate papers' })).toBeVisible();
      await journey.scan(staff, 'review: circulate with warnings');
      await circulation.panel.getByRole('button', { name: 'Yes, circulate papers' }).click();
      await expect(circulation.result).toContainText('Papers circulated');
      await journey.scan(staff, 'review: papers circulated');
      await circulation.openPapers();
      await journey.scan(staff, 'staff: papers');
      await staff.goto('/outbox');
      await staff.getByTestId('outbox-message').first().locator('summary').click();
      await journey.scan(staff, 'outbox');
      await staff.goto('/audit');
      await expect(staff.getByTestId('audit-event').first()).toBeVisible();
      await journey.scan(staff, 'audit trail');

      await parent.reload();
      await expect(parent.getByTestId('papers-pack')).toBeVisible();
      await journey.scan(parent, 'parent: papers');
      await parent.getByRole('button', { name: 'Open the meeting report' }).click();
      await expect(parent.getByTestId('participant-meeting').getByTestId('save-status')).toHaveText('Saved');
      await journey.scan(parent, 'parent: meeting report');

      // A finalised review: outcome, share panel, the LA's page, and links that no longer work.
      const finalisedId = await finaliseInDatabase(stack, 'Ben Carter', {
        type: 'doc',
        content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Ben reads with confidence.' }] }],
      });
      await staff.goto(`/reviews/${finalisedId}`);
      await expect(staff.getByTestId('outcome-summary')).toBeVisible();
      await journey.scan(staff, 'review (finalised)');
      await staff.getByRole('button', { name: 'Create read-only link' }).click();
      const url = await staff.getByTestId('share-url').inputValue();
      await journey.scan(staff, 'review: LA link created');
      const la = await (await newContext(browser)).newPage();
      await la.goto(url);
      await expect(la.getByTestId('outcome-summary')).toBeVisible();
      await journey.scan(la, 'LA: outcome');
      await la.goto('/la/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA');
      await expect(la.getByTestId('link-error')).toBeVisible();
      await journey.scan(la, 'LA: link no longer works');
      await la.goto('/p/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA');
      await expect(la.getByTestId('link-error')).toBeVisible();
      await journey.scan(la, 'participant: link no longer works');

      for (const page of [parent, ep, youngPerson, arabic, la]) await page.context().close();
      await staffContext.close();
    });

    test('the Pupils, Staff and set-password pages have no serious or critical violation', async ({ browser }) => {
      test.setTimeout(120_000);
      const context = await newContext(browser);
      const login = await context.request.post('/api/auth/login', { data: { email: SENDCO.email, password: SENDCO.password } });
      expect(login.status()).toBe(200);
      const staff = await context.newPage();
      await staff.goto('/pupils');
      await expect(staff.getByTestId('pupil').first()).toBeVisible();
      await journey.scan(staff, 'pupils');
      await staff.getByRole('button', { name: 'Add a pupil' }).click();
      await staff.getByRole('button', { name: 'Add pupil' }).click();
      await expect(staff.getByTestId('new-pupil-problems')).toBeFocused();
      await journey.scan(staff, 'pupils: add form with errors');
      await staff.getByRole('button', { name: 'Cancel' }).click();
      await staff
        .getByTestId('pupil')
        .first()
        .getByRole('button', { name: /^Edit / })
        .click();
      await journey.scan(staff, 'pupils: editing a pupil');
      await staff.getByRole('button', { name: 'Cancel' }).click();
      await staff
        .getByTestId('pupil')
        .first()
        .getByRole('button', { name: /^Delete / })
        .click();
      await expect(staff.getByRole('dialog')).toBeVisible();
      await journey.scan(staff, 'pupils: confirm delete');
      await staff.getByRole('button', { name: 'Keep' }).click();

      await staff.goto('/staff');
      await expect(staff.getByTestId('staff-member').first()).toBeVisible();
      await journey.scan(staff, 'staff');
      await staff.getByRole('button', { name: 'Send invitation' }).click();
      await expect(staff.getByTestId('invite-problems')).toBeFocused();
      await journey.scan(staff, 'staff: invitation with errors');

      const visitor = await (await newContext(browser)).newPage();
      await visitor.goto('/set-password/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA');
      await expect(visitor.getByRole('heading', { name: 'Choose your password' })).toBeVisible();
      await journey.scan(visitor, 'set password');
      await visitor.getByRole('button', { name: 'Set password' }).click();
      await expect(visitor.getByRole('alert')).toBeVisible();
      await journey.scan(visitor, 'set password with an error');
      await visitor.context().close();
      await context.close();
    });
  });
}
